/**
 * Every rule the checker and the build report is explained in the analyst's guide's error
 * catalogue (content/README.md, "Errors and warnings"), so a message's rule id always leads there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../helpers/build-site';

/** Rule ids written in the code: `report('rule', …)`, `ruleId: 'rule'`, `{ ruleId: 'rule' … }` tables. */
function ruleIdsInCode(): Set<string> {
  const ids = new Set<string>();
  const folder = join(PROJECT_ROOT, 'src/lib');
  for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts') || file.startsWith('suggest')) continue;
    const text = readFileSync(join(folder, file), 'utf8');
    for (const match of text.matchAll(/(?:\breport\(\s*|ruleId: )'([a-z][a-z-]+)'/g)) ids.add(match[1]!);
  }
  return ids;
}

test('the guide’s error catalogue names every rule the code reports', () => {
  const guide = readFileSync(join(PROJECT_ROOT, 'content/README.md'), 'utf8');
  const catalogue = guide.slice(guide.indexOf('## Errors and warnings'), guide.indexOf('## Examples'));
  const ids = ruleIdsInCode();
  for (const id of ['source-conflict', 'bad-speakers', 'placeholder', 'source-file-syntax', 'duplicate-source-file']) expect(ids).toContain(id);
  const missing = [...ids].filter((id) => !catalogue.includes(`\`${id}\``)).sort();
  expect(missing).toEqual([]);
});
