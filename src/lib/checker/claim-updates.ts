/**
 * Checks an article's `updates:` list (claim status changes) in the frontmatter, reporting every
 * problem at its position: the form of each entry, a status that is not a status, a date that is
 * not a date, before the article's `published` or after today, and entries out of date order.
 * Whether each update names a claim of its article needs the article's claims: see
 * claims/claim-links.ts.
 */
import { CLAIM_STATUSES, DEFAULT_CLAIM_STATUS, isClaimStatus } from '../annotations/vocabulary.ts';
import { CLAIM_UPDATE_FIELDS } from '../schemas/claim-update.ts';
import { dateSchema, httpUrlSchema, SLUG_PATTERN } from '../schemas/slug.ts';
import { didYouMean, listValues } from '../diagnostics/did-you-mean.ts';
import { toIsoDate } from '../util/format-date.ts';
import { isRealDate } from './frontmatter.ts';

type Position = { line: number; column: number };

/** What the check needs from the frontmatter reader (checker/frontmatter.ts). */
export interface UpdateLocator {
  value(path: readonly PropertyKey[]): Position;
  key(path: readonly PropertyKey[]): Position | undefined;
  text(path: readonly PropertyKey[]): string | undefined;
}

export type Report = (ruleId: string, at: Position, message: string, hint?: string) => void;

const DATE_HINT = 'Write it as YYYY-MM-DD, e.g. `2026-11-25`.';
const REQUIRED = ['date', 'claim', 'status', 'note'] as const;
const EXAMPLE: Record<(typeof REQUIRED)[number], string> = {
  date: '`date: 2026-11-25`',
  claim: 'the id of one of this article’s claims, e.g. `claim: cause`',
  status: `one of ${listValues(CLAIM_STATUSES)}`,
  note: 'why the status changed, e.g. `note: "The assessor reached the same finding."`',
};

/** Today as a UTC day, for "not in the future". */
function today(): string {
  return toIsoDate(new Date());
}

/** Checks `data.updates`; `published` is the article's parsed publication date, when valid. */
export function checkClaimUpdates(data: Record<string, unknown>, locate: UpdateLocator, report: Report): void {
  const updates = data['updates'];
  if (updates === undefined) return;
  if (!Array.isArray(updates)) {
    report('bad-updates', locate.value(['updates']), '`updates` must be a list of status updates.', 'Start each update with `- date:` on its own line under `updates:` (see content/README.md, “Claims over time”).');
    return;
  }
  const published = dateSchema.safeParse(data['published']);
  let previous: { date: string; item: number } | undefined;
  updates.forEach((update: unknown, index) => {
    const item = `\`updates\` item ${index + 1}`;
    const path = (field: string): PropertyKey[] => ['updates', index, field];
    if (update === null || typeof update !== 'object' || Array.isArray(update)) {
      report('bad-update', locate.value(['updates', index]), `${item} is not an update.`, 'Give each update `date:`, `claim:`, `status:` and `note:` (and optionally `evidence:`), one per line.');
      return;
    }
    const fields = update as Record<string, unknown>;
    for (const key of Object.keys(fields)) {
      if (!CLAIM_UPDATE_FIELDS.includes(key)) {
        report('unknown-field', locate.key(path(key)) ?? locate.value(['updates', index]), `${item}: \`${key}\` is not a field of an update.${didYouMean(key, CLAIM_UPDATE_FIELDS)}`, `Fields of an update: ${listValues(CLAIM_UPDATE_FIELDS)}.`);
      }
    }
    for (const field of REQUIRED) {
      const value = fields[field];
      if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
        report('missing-field', value === undefined ? locate.value(['updates', index]) : locate.value(path(field)), `${item} has no \`${field}\`.`, `Add \`${field}:\` with ${EXAMPLE[field]}.`);
      }
    }
    const status = fields['status'];
    if (typeof status === 'string' && status.trim() !== '' && !isClaimStatus(status.trim())) {
      report('bad-update-status', locate.value(path('status')), `${item}: status \`${status}\` is not a claim status.${didYouMean(status.trim(), CLAIM_STATUSES)}`, `Use ${listValues(CLAIM_STATUSES)} (a claim starts as \`${DEFAULT_CLAIM_STATUS}\` unless its \`status=\` says otherwise).`);
    } else if (status !== undefined && status !== null && typeof status !== 'string') {
      report('bad-update-status', locate.value(path('status')), `${item}: status must be a word, e.g. \`corroborated\`.`, `Use ${listValues(CLAIM_STATUSES)}.`);
    }
    const claim = fields['claim'];
    if (claim !== undefined && claim !== null && (typeof claim !== 'string' || (claim.trim() !== '' && !SLUG_PATTERN.test(claim.trim())))) {
      report('bad-update-claim', locate.value(path('claim')), `${item}: claim \`${String(claim)}\` is not a claim id.`, 'Write the id the claim has in this article, without `#`, e.g. `claim: cause` for `:claim[…]{#cause …}`.');
    }
    const evidence = fields['evidence'];
    if (evidence !== undefined && !httpUrlSchema.safeParse(evidence).success) {
      report('bad-update-evidence', locate.value(path('evidence')), `${item}: evidence \`${String(evidence)}\` is not a web address.`, 'Give an absolute http:// or https:// URL, or remove `evidence:`.');
    }
    const rawDate = fields['date'];
    if (rawDate === undefined || rawDate === null) return;
    const text = locate.text(path('date')) ?? String(rawDate);
    const parsed = dateSchema.safeParse(rawDate);
    if (!parsed.success || !isRealDate(text) || Number.isNaN(parsed.data.getTime())) {
      report('bad-update-date', locate.value(path('date')), `${item}: date \`${text}\` is not a date.`, DATE_HINT);
      return;
    }
    const day = toIsoDate(parsed.data);
    if (published.success && day < toIsoDate(published.data)) {
      report('update-before-published', locate.value(path('date')), `${item} is dated ${day}, before the article was published (${toIsoDate(published.data)}).`, 'A status can only change after the claim was published: check the date, or put the update in the article where the claim first appeared.');
    }
    if (day > today()) {
      report('update-in-future', locate.value(path('date')), `${item} is dated ${day}, which is in the future.`, 'Record an update on or after the day the status changed, not before.');
    }
    if (previous && day < previous.date) {
      report('updates-out-of-order', locate.value(path('date')), `${item} (${day}) is dated before item ${previous.item} (${previous.date}).`, 'List updates oldest first, so the history reads in order.');
    }
    previous = { date: day, item: index + 1 };
  });
}
