/**
 * Claim ids and where callouts go, once the walk has found every claim.
 *
 * `assignClaimIds`: claims keep the `#id` the analyst gave them (a second claim with the same id
 * is an error); the others get `c1`, `c2`… in reading order, skipping ids already taken.
 *
 * `insertCallouts` groups each top-level block that holds claims with an empty callouts
 * placeholder naming its claims (filled in by pages and feeds from the model, see
 * fill-callouts.ts) and the plain blocks that follow it, up to the next block with claims:
 *
 *     <div class="sourced-group">
 *       <p>…claims…</p>
 *       <div class="sourced-callouts" data-callouts="aid c2"></div>
 *       <div class="sourced-group__rest"><p>…</p><ul>…</ul></div>
 *     </div>
 *
 * Reading order stays block → callouts → rest (narrow screens show it so); on wide screens the
 * stylesheet puts the callouts in the margin beside the block and the rest, so a long callout
 * runs down beside the following paragraphs instead of opening a gap in the text. Blocks before
 * the first claim stay outside any group.
 */
import type { RootContent } from 'mdast';
import type { Claim } from '../model.ts';
import { calloutsPlaceholderProperties, groupProperties } from '../markup/contract.ts';
import type { AnnotationContext, Found } from './context.ts';

/** Gives every claim its final id; reports ids used twice. */
export function assignClaimIds(context: AnnotationContext): void {
  const seen = new Map<string, Found<Claim>>();
  for (const found of context.claims) {
    const { id } = found.record;
    if (!id) continue;
    const first = seen.get(id);
    if (first) {
      context.report(
        'duplicate-id',
        context.attributePosition(found.node, 'id'),
        `\`:claim\` id \`#${id}\` is already used by the claim on line ${first.record.line}.`,
        'Give each claim its own id, or remove the id to have one generated.',
      );
    } else seen.set(id, found);
  }
  let next = 1;
  for (const found of context.claims) {
    if (found.record.id && seen.get(found.record.id) === found) continue;
    while (seen.has(`c${next}`)) next++;
    found.record.id = `c${next}`;
    seen.set(found.record.id, found);
  }
}

/** A `<div>` around blocks, as an mdast node the HTML step understands. */
function wrapper(part: 'group' | 'rest', children: RootContent[]): RootContent {
  return { type: 'sourcedGroup', children, data: { hName: 'div', hProperties: groupProperties(part) } } as unknown as RootContent;
}

/** The empty element standing for the callouts of a block's claims. */
function calloutsPlaceholder(claims: readonly Claim[]): RootContent {
  return {
    type: 'sourcedCallouts',
    data: { hName: 'div', hProperties: calloutsPlaceholderProperties(claims.map((claim) => claim.id)), hChildren: [] },
  } as unknown as RootContent;
}

/** Regroups the article's top-level blocks as described above. */
export function insertCallouts(context: AnnotationContext): void {
  const byBlock = new Map<RootContent, Claim[]>();
  for (const { record, block } of context.claims) {
    const list = byBlock.get(block) ?? [];
    list.push(record);
    byBlock.set(block, list);
  }
  if (byBlock.size === 0) return;
  const result: RootContent[] = [];
  let group: { children: RootContent[]; rest: RootContent[] } | undefined;
  const close = () => {
    if (!group) return;
    if (group.rest.length > 0) group.children.push(wrapper('rest', group.rest));
    result.push(wrapper('group', group.children));
    group = undefined;
  };
  for (const child of context.tree.children) {
    const blockClaims = byBlock.get(child);
    if (blockClaims) {
      close();
      group = { children: [child, calloutsPlaceholder(blockClaims)], rest: [] };
    } else if (group) group.rest.push(child);
    else result.push(child);
  }
  close();
  context.tree.children = result;
}
