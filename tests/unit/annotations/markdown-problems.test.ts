import { describe, expect, test } from 'vitest';
import { positionsAndRules, renderArticle } from '../../helpers/processor';

describe('valid Markdown that is probably a slip', () => {
  test('is reported as warnings at the right place', async () => {
    const markdown = ['Intro with [](https://example.org/a) and [ ](#b).', '##', 'A note.[^gone] and a real one.[^1]', '[^1]: Real.'].join('\n\n');
    const { annotations } = await renderArticle(markdown, { sources: {} });
    expect(positionsAndRules(annotations)).toEqual(['1:12 empty-link', '1:42 empty-link', '3:1 empty-heading', '5:8 missing-footnote']);
    expect(annotations.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
    expect(annotations.diagnostics[3]?.message).toBe('The footnote `[^gone]` has no definition, so it shows on the page as typed.');
  });

  test('links with words or an image, headings with words and defined footnotes are fine', async () => {
    const { annotations } = await renderArticle('## Title\n\n[words](https://example.org) [![A chart](/c.png)](https://example.org) [`code`](#x) text.[^1]\n\n`[^not] in code`\n\n[^1]: Defined.', { sources: {} });
    expect(positionsAndRules(annotations)).toEqual([]);
  });

  test('a missing footnote is placed where it is written, after escapes and entities', async () => {
    const { annotations } = await renderArticle('A \\* b &amp; c [^gone] d [^gone].', { sources: {} });
    expect(positionsAndRules(annotations)).toEqual(['1:16 missing-footnote', '1:26 missing-footnote']);
  });
});

