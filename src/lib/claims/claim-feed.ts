/**
 * The claim feed (`/claims/rss.xml`): one item per new claim (dated its first appearance) and
 * one per status update (dated the update), newest first. Descriptions are plain text made
 * safe for the HTML feed readers read them as (HTML-escaped here, XML-escaped by the RSS writer);
 * the full item is HTML built from escaped parts.
 */
import { escapeHtmlAttribute, escapeHtmlText } from '../util/html-text.ts';
import { toReadableDate } from '../util/format-date.ts';
import { CLAIM_STATUS_LABELS } from '../annotations/vocabulary.ts';
import type { ClaimRegistry } from './model.ts';
import type { ClaimUrls } from './claims-data.ts';

/** How many items the claim feed carries: readers keep older ones. */
export const CLAIM_FEED_LIMIT = 100;

/** One item of the claim feed. */
export interface ClaimFeedItem {
  /** Absolute URL: the claim page, with `#change-<n>` for an update (so each item has its own id). */
  url: string;
  title: string;
  /** Plain text (feeds/rss.ts escapes it for readers that read descriptions as HTML). */
  summary: string;
  contentHtml: string;
  published: Date;
}

/** The anchor of history entry `index` on a claim page. */
export const changeAnchor = (index: number): string => `change-${index}`;

const link = (href: string, text: string) => `<a href="${escapeHtmlAttribute(href)}">${escapeHtmlText(text)}</a>`;
const paragraph = (html: string) => `<p>${html}</p>`;

export function buildClaimFeedItems(registry: ClaimRegistry, urls: ClaimUrls): ClaimFeedItem[] {
  const items: (ClaimFeedItem & { order: number })[] = [];
  let order = 0;
  for (const claim of registry.claims) {
    const page = urls.claim(claim.key);
    const first = claim.appearances[0]!;
    const who = claim.by.role ? `${claim.by.name}, ${claim.by.role}` : claim.by.name;
    claim.history.forEach((change, index) => {
      const status = CLAIM_STATUS_LABELS[change.status];
      const where = claim.appearances.find((appearance) => appearance.article === change.article)?.title ?? change.article;
      if (change.initial) {
        const text = `${who}: “${claim.text}” (${claim.sourcing}). Status when reported: ${status.toLowerCase()}.`;
        items.push({
          url: page,
          title: `New claim: “${claim.text}”`,
          summary: text,
          contentHtml:
            paragraph(`${escapeHtmlText(`${who}: “${claim.text}”`)}`) +
            paragraph(escapeHtmlText(`${claim.sourcing}. Status when reported: ${status.toLowerCase()}.`)) +
            paragraph(`First reported in ${link(urls.article(first.article), first.title)}, ${escapeHtmlText(toReadableDate(first.published))}. ${link(page, 'The claim’s page')} follows its status.`),
          published: change.date,
          order: order++,
        });
        return;
      }
      const previous = CLAIM_STATUS_LABELS[claim.history[index - 1]!.status].toLowerCase();
      const text = `“${claim.text}” (${who}) is now ${status.toLowerCase()}, was ${previous}. ${change.note ?? ''}${change.evidence ? ` Evidence: ${change.evidence}` : ''}`.trim();
      items.push({
        url: `${page}#${changeAnchor(index)}`,
        title: `${status}: “${claim.text}”`,
        summary: text,
        contentHtml:
          paragraph(escapeHtmlText(`“${claim.text}” (${who}) is now ${status.toLowerCase()}, since ${toReadableDate(change.date)}; it was ${previous}.`)) +
          (change.note ? paragraph(escapeHtmlText(change.note)) : '') +
          (change.evidence ? paragraph(`Evidence: ${link(change.evidence, change.evidence)}`) : '') +
          paragraph(`Recorded in ${link(urls.article(change.article), where)}. ${link(page, 'The claim’s history')}.`),
        published: change.date,
        order: order++,
      });
    });
  }
  return items
    .sort((a, b) => b.published.getTime() - a.published.getTime() || a.order - b.order)
    .slice(0, CLAIM_FEED_LIMIT)
    .map(({ order: _order, ...item }) => item);
}
