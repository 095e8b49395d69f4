import { distance } from 'fastest-levenshtein';
import { findMeant } from './synonyms.ts';

/**
 * The candidate closest to `input` (case-insensitive), if it is close enough to be a likely
 * typo: at most 2 edits, and fewer edits than half the input's length.
 */
export function findClosest(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  let bestTie = Infinity;
  for (const candidate of candidates) {
    const d = distance(needle, candidate.toLowerCase());
    const tie = tieBreak(needle, candidate.toLowerCase());
    if (d < bestDistance || (d === bestDistance && (tie < bestTie || (tie === bestTie && best !== undefined && candidate < best)))) {
      best = candidate;
      bestDistance = d;
      bestTie = tie;
    }
  }
  if (best === undefined) return undefined;
  if (bestDistance === 0) return best;
  return bestDistance <= 2 && bestDistance < Math.max(2, needle.length / 2) ? best : undefined;
}

/**
 * Among equally distant candidates, prefer swapped letters (`qoute` → `quote`, same letters),
 * then the same first letter: the usual shapes of a typo.
 */
function tieBreak(needle: string, candidate: string): number {
  const sameLetters = [...needle].sort().join('') === [...candidate].sort().join('');
  return (sameLetters ? 0 : 2) + (needle[0] === candidate[0] ? 0 : 1);
}

/** ` Did you mean \`x\`?` (or \`x\` or \`y\` for a word with two meanings: synonyms.ts first, spelling after) or an empty string. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const list = [...candidates];
  const meant = findMeant(input, list);
  if (meant.length > 0 && !list.includes(input)) return ` Did you mean ${listValues(meant)}?`;
  const closest = findClosest(input, list);
  return closest === undefined ? '' : ` Did you mean \`${closest}\`?`;
}

/** A short readable list of allowed values: `a`, `b` or `c`. */
export function listValues(values: readonly string[]): string {
  const quoted = values.map((value) => `\`${value}\``);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}
