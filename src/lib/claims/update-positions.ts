import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { toLineColumn } from '../diagnostics/positions.ts';

/**
 * The `claim:` of each entry of the frontmatter's `updates:` list with its file position, read
 * from the article's text (the build's data has no positions). Entries without a text `claim:`
 * are left out: the frontmatter check reports them.
 */
export function locateUpdateClaims(fileText: string): { item: number; claim: string; line: number; column: number }[] {
  const match = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?)\r?\n---/.exec(fileText);
  if (!match) return [];
  const start = match[1]!.length;
  const document = parseDocument(match[2]!);
  if (!isMap(document.contents)) return [];
  const updates = document.contents.get('updates', true);
  if (!isSeq(updates)) return [];
  return updates.items.flatMap((item, index) => {
    const claim = isMap(item) ? item.get('claim', true) : undefined;
    if (!isScalar(claim) || typeof claim.value !== 'string' || !claim.range) return [];
    return [{ item: index + 1, claim: claim.value.trim(), ...toLineColumn(fileText, start + claim.range[0]) }];
  });
}
