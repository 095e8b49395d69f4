import { escapeHtmlAttribute, escapeHtmlText } from '../../util/html-text.ts';
import { toReadableDate } from '../../util/format-date.ts';
import type { Claim } from '../model.ts';
import { CLAIM_STATUS_LABELS } from '../vocabulary.ts';
import { HTML_CLASSES } from './contract.ts';

/**
 * The callout line that follows a claim over time, when the site tracks it:
 * `Corroborated since <time>25 November 2026</time>. <a>Claim history</a>` (the link names the
 * claim for screen readers). Empty for a claim the site does not track (e.g. in unit tests).
 */
export function renderTrackedStatus(claim: Claim): string {
  const tracked = claim.tracked;
  if (!tracked) return '';
  const date = `<time datetime="${escapeHtmlAttribute(tracked.since)}">${escapeHtmlText(toReadableDate(new Date(tracked.since)))}</time>`;
  const link = `<a href="${escapeHtmlAttribute(tracked.page)}">Claim history<span class="${HTML_CLASSES.visuallyHidden}">${escapeHtmlText(` of claim ${claim.number}`)}</span></a>`;
  return `<p class="${HTML_CLASSES.calloutLine} ${HTML_CLASSES.calloutSince}">${escapeHtmlText(CLAIM_STATUS_LABELS[claim.status])} since ${date}. ${link}</p>`;
}
