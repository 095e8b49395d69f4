import { describe, expect, test } from 'vitest';
import { checkFrontmatter } from '../../../src/lib/checker/frontmatter';

/** A valid article published 2026-11-02 whose frontmatter ends with `updates` (line 11 on). */
function article(updates: string[]): string {
  return [
    '---',
    'title: A headline',
    'description: What it is about.',
    'published: 2026-11-02',
    'original:',
    '  outlet: Example News',
    'sources:',
    '  ft:',
    '    name: Financial Times',
    '    kind: outlet',
    ...updates,
    '---',
    '',
    ':claim[Words]{#cause by=ft}',
  ].join('\n');
}

function problems(source: string): string[] {
  return checkFrontmatter(source).diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}: ${d.message}${d.hint ? ` ${d.hint}` : ''}`);
}

const update = (date: string, status = 'corroborated', more: string[] = []) => [`  - date: ${date}`, '    claim: cause', `    status: ${status}`, '    note: Why.', ...more];

describe('the `updates:` checks', () => {
  test('accept well-formed updates, oldest first, with optional evidence', () => {
    expect(problems(article(['updates:', ...update('2026-11-10', 'corroborated', ['    evidence: https://example.org/r']), ...update('2026-11-25', 'confirmed')]))).toEqual([]);
  });

  test('a status that is not a status, with did-you-mean, at the value', () => {
    expect(problems(article(['updates:', ...update('2026-11-10', 'corrobrated')]))).toEqual([
      '14:13 bad-update-status: `updates` item 1: status `corrobrated` is not a claim status. Did you mean `corroborated`? Use `unverified`, `corroborated`, `confirmed`, `disputed` or `denied` (a claim starts as `unverified` unless its `status=` says otherwise).',
    ]);
  });

  test('a date that is not a date, and an impossible day', () => {
    expect(problems(article(['updates:', ...update('soon'), ...update('2026-02-30')]))).toEqual([
      '12:11 bad-update-date: `updates` item 1: date `soon` is not a date. Write it as YYYY-MM-DD, e.g. `2026-11-25`.',
      '16:11 bad-update-date: `updates` item 2: date `2026-02-30` is not a date. Write it as YYYY-MM-DD, e.g. `2026-11-25`.',
    ]);
  });

  test('a date before the article was published, and one in the future', () => {
    expect(problems(article(['updates:', ...update('2026-10-01'), ...update('2099-01-01')]))).toEqual([
      '12:11 update-before-published: `updates` item 1 is dated 2026-10-01, before the article was published (2026-11-02). A status can only change after the claim was published: check the date, or put the update in the article where the claim first appeared.',
      '16:11 update-in-future: `updates` item 2 is dated 2099-01-01, which is in the future. Record an update on or after the day the status changed, not before.',
    ]);
  });

  test('updates out of date order', () => {
    expect(problems(article(['updates:', ...update('2026-11-25'), ...update('2026-11-10')]))).toEqual([
      '16:11 updates-out-of-order: `updates` item 2 (2026-11-10) is dated before item 1 (2026-11-25). List updates oldest first, so the history reads in order.',
    ]);
  });

  test('missing and unknown fields, a bad claim id and evidence, all at once', () => {
    expect(problems(article(['updates:', '  - date: 2026-11-10', '    claim: "#cause"', '    staus: confirmed', '    evidence: "javascript:alert(1)"']))).toEqual([
      '14:5 unknown-field: `updates` item 1: `staus` is not a field of an update. Did you mean `status`? Fields of an update: `date`, `claim`, `status`, `note` or `evidence`.',
      '12:5 missing-field: `updates` item 1 has no `status`. Add `status:` with one of `unverified`, `corroborated`, `confirmed`, `disputed` or `denied`.',
      '12:5 missing-field: `updates` item 1 has no `note`. Add `note:` with why the status changed, e.g. `note: "The assessor reached the same finding."`.',
      '13:12 bad-update-claim: `updates` item 1: claim `#cause` is not a claim id. Write the id the claim has in this article, without `#`, e.g. `claim: cause` for `:claim[…]{#cause …}`.',
      '15:15 bad-update-evidence: `updates` item 1: evidence `javascript:alert(1)` is not a web address. Give an absolute http:// or https:// URL, or remove `evidence:`.',
    ]);
  });

  test('`updates` that is not a list', () => {
    expect(problems(article(['updates: soon']))).toEqual([
      '11:10 bad-updates: `updates` must be a list of status updates. Start each update with `- date:` on its own line under `updates:` (see content/README.md, “Claims over time”).',
    ]);
  });
});
