import { describe, expect, test } from 'vitest';
import { formatWarnings } from '../../../src/lib/diagnostics/build-report';

const warning = (ruleId: string, file: string, line: number) => ({
  ruleId,
  position: `${file}:${line}:1`,
  text: `${file}:${line}:1  warning  ${ruleId}  Something about ${ruleId}.`,
});

describe('warnings in a build log', () => {
  test('up to a screenful are listed one per line, in full', () => {
    const warnings = [warning('unused-source', 'a.md', 3), warning('empty-link', 'b.md', 9)];
    expect(formatWarnings(warnings, 5)).toBe(
      '2 warnings in articles:\na.md:3:1  warning  unused-source  Something about unused-source.\nb.md:9:1  warning  empty-link  Something about empty-link.',
    );
  });

  test('past a screenful they are grouped by rule, most frequent first, with counts, the first positions and a pointer to npm run check', () => {
    const warnings = [
      ...Array.from({ length: 7 }, (_, i) => warning('unused-source', `s${i}.md`, 11)),
      warning('empty-link', 'b.md', 9),
    ];
    expect(formatWarnings(warnings, 5)).toBe(
      [
        '8 warnings in articles, grouped by rule (run `npm run check` for the full list):',
        '  unused-source: 7 × (s0.md:11:1, s1.md:11:1, s2.md:11:1, and 4 more)',
        '  empty-link: 1 × (b.md:9:1)',
      ].join('\n'),
    );
  });

  test('10,000 warnings make a few lines', () => {
    const warnings = Array.from({ length: 10_000 }, (_, i) => warning(i % 2 ? 'unused-source' : 'empty-heading', `a${i}.md`, 1));
    expect(formatWarnings(warnings).split('\n')).toHaveLength(3);
  });
});
