/**
 * Denials answer an earlier claim. A claim is a denial when its verb denies ("denied", "rejects")
 * or when it negates ("not aware", "never", "not correct"). The claim it most likely answers is the
 * latest earlier claim by another source that shares content words with it, or with the sentence
 * around it; the draft links them with `responds=` and asks the analyst to check.
 */

/** Words that deny a claim, not merely negate ("is never an easy decision" denies nothing). */
const NEGATION = /\b(?:not aware|no such|not true|not correct|untrue|false|baseless|groundless|nonsense|fake news|no record|no evidence|not (?:the case|accurate)|never happened|did not happen|didn't happen|(?:categorically |firmly |strongly )?(?:den(?:y|ies|ied)|reject(?:s|ed)?|refute(?:s|d)?))\b/i;
const STOPWORDS = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'and', 'or', 'that', 'it', 'its', 'was', 'were', 'is', 'are', 'be', 'been', 'has', 'have', 'had', 'for', 'with', 'by', 'at', 'as', 'from', 'this', 'not', 'no', 'any', 'also', 'would', 'will', 'could', 'should', 'their', 'there', 'they', 'he', 'she', 'we', 'our', 'his', 'her', 'but', 'than', 'more', 'said', 'says']);

/** True when words negate something: a candidate denial. */
export function soundsLikeDenial(words: string): boolean {
  return NEGATION.test(words);
}

/** Letters kept of each word: enough to match "Russia" with "Russian", "request" with "requested". */
const STEM_LENGTH = 4;

/** Content words, crudely stemmed to their first letters, for overlap. */
export function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/\p{L}[\p{L}’'-]*/gu) ?? [];
  return new Set(words.filter((word) => word.length > 2 && !STOPWORDS.has(word)).map((word) => word.slice(0, STEM_LENGTH)));
}

export interface ClaimForLinking {
  /** Index in the article's claim list. */
  index: number;
  by: string;
  text: string;
}

/** The earlier claim a denial most likely answers, if any shares content words with it. */
export function findDeniedClaim(denial: ClaimForLinking, context: string, earlier: readonly ClaimForLinking[]): ClaimForLinking | undefined {
  const words = new Set([...contentWords(denial.text), ...contentWords(context)]);
  let best: { claim: ClaimForLinking; score: number } | undefined;
  for (const claim of earlier) {
    if (claim.by === denial.by || claim.index >= denial.index) continue;
    const shared = [...contentWords(claim.text)].filter((word) => words.has(word)).length;
    if (shared > 1 && (!best || shared > best.score || (shared === best.score && claim.index > best.claim.index))) best = { claim, score: shared };
  }
  return best?.claim;
}

/**
 * The claim a denial answers when the allegation comes after it in the text ("X denied it. The
 * report had said that …"): the nearest later claim by another source sharing at least two content words.
 */
export function findLaterDeniedClaim(denial: ClaimForLinking, later: readonly ClaimForLinking[]): ClaimForLinking | undefined {
  const words = contentWords(denial.text);
  let best: { claim: ClaimForLinking; score: number } | undefined;
  for (const claim of later) {
    if (claim.by === denial.by || claim.index <= denial.index) continue;
    const shared = [...contentWords(claim.text)].filter((word) => words.has(word)).length;
    if (shared >= 2 && (!best || shared > best.score || (shared === best.score && claim.index < best.claim.index))) best = { claim, score: shared };
  }
  return best?.claim;
}

/** "denied the report", "rejected the allegations": a denial whose object points at a claim instead of repeating it. */
const ANAPHORIC_OBJECT = /\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|refute(?:s|d)?|dismiss(?:es|ed)?|disput(?:es|ed)?)\s+(?:the|these|those|such|this|that|all)\s+(?:(?:media|press|news|newspaper|latest|earlier)\s+)?(?:reports?|allegations?|claims?|accusations?|charges?|story|stories|article|suggestions?)\b/i;

/**
 * The claim a denial like "X denied the report" answers when it shares no words with it: the
 * nearest claim by another source, the one just before (same claim list order) or, when there is
 * none within two claims, the one just after ("X denied the report. The Gazette reported that …").
 */
export function findPointedClaim(denial: ClaimForLinking, earlier: readonly ClaimForLinking[], later: readonly ClaimForLinking[]): ClaimForLinking | undefined {
  if (!ANAPHORIC_OBJECT.test(denial.text)) return undefined;
  const before = earlier.filter((claim) => claim.by !== denial.by && claim.index < denial.index && claim.index >= denial.index - 2).at(-1);
  return before ?? later.find((claim) => claim.by !== denial.by && claim.index > denial.index && claim.index <= denial.index + 2);
}
