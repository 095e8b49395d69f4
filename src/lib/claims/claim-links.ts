/**
 * The checks that need every article: `same=` naming a missing article or claim, a draft, the
 * article itself or a later article, and an update naming no claim of its article. Written once;
 * the build (site/articles.ts) and `npm run check` (cli/check.ts) both call `checkClaimLinks`
 * and so report the same messages at the same positions.
 */
import type { ClaimReference } from '../annotations/model.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { didYouMean } from '../diagnostics/did-you-mean.ts';
import { toIsoDate } from '../util/format-date.ts';

/** What the checks need to know about one article. */
export interface LinkedArticle {
  /** The article's slug (its file name without `.md`). */
  id: string;
  /** The file path problems are reported against. */
  path: string;
  published: Date | undefined;
  draft: boolean;
  claims: readonly { id: string; same?: ClaimReference | undefined }[];
  /** The `claim:` of each update, with its position. */
  updates: readonly { item: number; claim: string; line: number; column: number }[];
}

/** A problem and the file it is in. */
export interface LinkProblem {
  path: string;
  diagnostic: Diagnostic;
}

const error = (ruleId: string, at: { line: number; column: number }, message: string, hint: string): Diagnostic => ({ ruleId, severity: 'error', message, hint, ...at });

/**
 * Every cross-article problem of `articles`; only articles whose id is in `report` (default: all)
 * are reported on, the others serve as targets.
 */
export function checkClaimLinks(articles: readonly LinkedArticle[], report?: ReadonlySet<string>): LinkProblem[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const problems: LinkProblem[] = [];
  for (const article of articles) {
    if (report && !report.has(article.id)) continue;
    const add = (diagnostic: Diagnostic) => problems.push({ path: article.path, diagnostic });
    const claimIds = article.claims.map((claim) => claim.id);
    for (const update of article.updates) {
      if (claimIds.includes(update.claim)) continue;
      add(
        error(
          'unknown-update-claim',
          update,
          `\`updates\` item ${update.item} names claim \`${update.claim}\`, which is not a claim of this article.${didYouMean(update.claim, claimIds)}`,
          claimIds.length === 0
            ? 'This article marks no claims: put the update in the article where the claim appears.'
            : 'Use the `#id` of one of this article’s claims; for a claim first made in another article, repeat it here with `same=` or put the update there.',
        ),
      );
    }
    for (const claim of article.claims) {
      const same = claim.same;
      if (!same) continue;
      const written = `\`:claim\` same=\`${same.article}/${same.claim}\``;
      if (same.article === article.id) {
        add(error('same-own-article', same, `${written} names a claim of this same article.`, 'A claim repeated in one article needs no `same=`: refer to it with `responds=` or mark it once.'));
        continue;
      }
      const target = byId.get(same.article);
      if (!target) {
        add(
          error(
            'unknown-same-article',
            same,
            `${written} names article \`${same.article}\`, which does not exist.${didYouMean(same.article, byId.keys())}`,
            'Use the slug of the article where the claim first appeared: its file name without `.md`.',
          ),
        );
        continue;
      }
      const targetIds = target.claims.map((other) => other.id);
      if (!targetIds.includes(same.claim)) {
        add(
          error(
            'unknown-same-claim',
            same,
            `${written} names claim \`${same.claim}\`, which is not a claim of \`${same.article}\`.${didYouMean(same.claim, targetIds)}`,
            `Use the \`#id\` the claim has in \`${same.article}\`; give it one there (\`{#its-id …}\`) if it has none.`,
          ),
        );
        continue;
      }
      if (target.draft && !article.draft) {
        add(error('same-draft-article', same, `${written} names a claim of \`${same.article}\`, which is a draft.`, 'Publish that article first (remove `draft: true`), or remove `same=`.'));
        continue;
      }
      if (article.published && target.published && toIsoDate(target.published) > toIsoDate(article.published)) {
        add(
          error(
            'same-later-article',
            same,
            `${written} names a later article: \`${same.article}\` was published ${toIsoDate(target.published)}, this article ${toIsoDate(article.published)}.`,
            '`same=` names the claim’s earlier appearance: put `same=` on the claim in the later article instead.',
          ),
        );
      }
    }
  }
  return problems;
}
