/**
 * `:claim[words]{#id by=source via=source status=… responds=other-id note="…"}`: an attributed
 * statement. The handler validates one claim and records it; after the walk, `linkResponses`
 * links claims that answer each other and `markUpClaims` writes each claim's element and the
 * claim number after it (its callout is placed by grouping.ts and filled in by pages and feeds).
 */
/// <reference path="../mdast.d.ts" />
import type { ElementContent } from 'hast';
import type { Nodes, Parent, Root, RootContent } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { someNode } from '../../util/for-each-node.ts';
import { SLUG_PATTERN } from '../../schemas/slug.ts';
import { didYouMean, listValues } from '../../diagnostics/did-you-mean.ts';
import { CLAIM_STATUSES, DEFAULT_CLAIM_STATUS } from '../vocabulary.ts';
import type { Claim } from '../model.ts';
import { describeSourcing } from '../sourcing.ts';
import { claimProperties, claimRefProperties, visuallyHiddenProperties } from '../markup/contract.ts';
import type { AnnotationContext } from './context.ts';
import { checkLabel, checkUnreadableAttributes, inlineFormHint, readChoice, type ChoiceProblem } from './directive-checks.ts';
import type { AnnotationHandler } from './handlers.ts';
import { placementOf } from './placement.ts';
import { resolveSource, unknownSource } from './sources.ts';
import { readSameAttribute } from './same-claim.ts';
import { resolveSpeakers, splitSourceIds } from './speakers.ts';

const BAD_STATUS: ChoiceProblem = {
  ruleId: 'bad-status',
  noun: 'a status',
  hint: `Use ${listValues(CLAIM_STATUSES)} (default \`${DEFAULT_CLAIM_STATUS}\`).`,
};

export const CLAIM_HANDLER: AnnotationHandler<TextDirective> = {
  form: 'textDirective',
  formHint: inlineFormHint('claim'),
  visit(node, context, ancestors) {
    const unreadable = checkUnreadableAttributes(context, node, ancestors.at(-1));
    const { parent, outerLink, block, claimNode, inQuote } = placementOf(ancestors);
    const at = context.position(node);
    if (claimNode) {
      context.report('nested-claim', at, 'A `:claim` sits inside another `:claim`.', 'Close the first claim before starting the next; claims cannot nest.');
    }
    if (inQuote) {
      context.report(
        'claim-in-quote',
        at,
        'A `:claim` sits inside a `:quote`.',
        'Put the `:quote` inside the `:claim` instead: `:claim[he said “:quote[words]{by=x}”]{by=x}`.',
      );
    }
    const text = checkLabel(context, node);
    const attributes = node.attributes ?? {};
    const speakers = resolveSpeakers(context, node, !unreadable);
    const by = speakers[0];
    const via = resolveSource(context, node, 'via', false);
    const status = readChoice(context, node, 'status', CLAIM_STATUSES, BAD_STATUS) ?? DEFAULT_CLAIM_STATUS;
    const id = attributes['id'] ?? '';
    if (attributes['id'] !== undefined && !SLUG_PATTERN.test(id)) {
      context.report(
        'bad-id',
        context.attributePosition(node, 'id'),
        `\`:claim\` id \`#${id}\` is not a valid id.`,
        'Use lowercase letters, digits and single hyphens, e.g. `#russia-request`.',
      );
    }
    const note = attributes['note']?.trim() || undefined;
    if (attributes['note'] !== undefined && !note) {
      context.report('empty-note', context.attributePosition(node, 'note'), '`:claim` has an empty `note=`.', 'Write the remark in quotes, e.g. `note="Not confirmed by the State Department"`, or remove it.');
    }
    const record: Claim = {
      id,
      number: context.claims.length + 1,
      text,
      by: by ?? unknownSource(splitSourceIds(attributes['by'] ?? '')[0] ?? ''),
      speakers: speakers.length > 0 ? speakers : [unknownSource(attributes['by'] ?? '')],
      via,
      status,
      responds: attributes['responds'] || undefined,
      respondedBy: [],
      sourcing: '',
      note,
      quotes: [],
      same: readSameAttribute(context, node),
      ...at,
    };
    record.sourcing = describeSourcing(record.by, via, status);
    if (attributes['responds'] === '') {
      context.report('unknown-claim', context.attributePosition(node, 'responds'), '`:claim` has an empty `responds=`.', 'Give the `#id` of the claim this one answers, e.g. `responds=russia-request`.');
    }
    context.claims.push({ record, node, parent, outerLink, block });
  },
};

/** Once every claim has its id: links each `responds=` to the claim it answers, both ways, and reports unknown targets. */
export function linkResponses(context: AnnotationContext): void {
  const byId = new Map(context.claims.map((found) => [found.record.id, found.record]));
  for (const found of context.claims) {
    const { responds } = found.record;
    if (!responds) continue;
    const target = byId.get(responds);
    if (!target) {
      const suggestion = didYouMean(responds, [...byId.keys()]);
      context.report(
        'unknown-claim',
        context.attributePosition(found.node, 'responds'),
        `\`:claim\` responds=\`${responds}\` names no claim in this article.${suggestion}`,
        'Give the claim being answered an id (`{#its-id …}`) and use that id in `responds=`.',
      );
      found.record.responds = undefined;
    } else if (target === found.record) {
      context.report('unknown-claim', context.attributePosition(found.node, 'responds'), `\`:claim\` #${responds} responds to itself.`, '`responds=` takes the id of another claim.');
      found.record.responds = undefined;
    } else target.respondedBy.push(found.record.id);
  }
}

function findParent(tree: Root, child: Nodes): Parent | undefined {
  let parent: Parent | undefined;
  someNode(tree, (node) => {
    if ((node as Parent).children?.includes(child as RootContent)) parent = node as Parent;
    return parent !== undefined;
  });
  return parent;
}

/** Makes each claim a `<span>` and puts its number, a link to its callout, right after it (after the link around it, if any). */
export function markUpClaims(context: AnnotationContext): void {
  for (const { record, node, parent, outerLink } of context.claims) {
    node.data = { hName: 'span', hProperties: claimProperties(record.id, record.status) };
    const ref = {
      type: 'sourcedClaimRef',
      data: {
        hName: 'a',
        hProperties: claimRefProperties(record.id),
        hChildren: [
          { type: 'element', tagName: 'span', properties: visuallyHiddenProperties(), children: [{ type: 'text', value: 'Claim ' }] },
          { type: 'text', value: String(record.number) },
          { type: 'element', tagName: 'span', properties: visuallyHiddenProperties(), children: [{ type: 'text', value: ': see sourcing' }] },
        ] satisfies ElementContent[],
      },
    } as unknown as RootContent;
    const anchor: Nodes = outerLink ?? node;
    const host = outerLink ? findParent(context.tree, outerLink) : parent;
    if (!host) continue;
    host.children.splice(host.children.indexOf(anchor as never) + 1, 0, ref as never);
  }
}
