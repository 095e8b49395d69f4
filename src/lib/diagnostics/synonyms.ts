/**
 * Did-you-mean by meaning: words analysts write for a value Sourced spells differently, where the
 * nearest spelling would mislead (`verified` is one letter from `unverified`, but means
 * `confirmed`). Keys are lowercase; each lists the values meant, most likely first. A suggestion
 * is only made from the values allowed where the word was written (see did-you-mean.ts).
 */
export const MEANT_VALUES: Readonly<Record<string, readonly string[]>> = {
  // Claim statuses.
  verified: ['confirmed'],
  true: ['confirmed'],
  proven: ['confirmed'],
  established: ['confirmed'],
  fact: ['confirmed'],
  certain: ['confirmed'],
  false: ['denied', 'disputed'],
  debunked: ['disputed', 'denied'],
  refuted: ['disputed', 'denied'],
  untrue: ['disputed', 'denied'],
  rejected: ['denied'],
  denial: ['denied'],
  contested: ['disputed'],
  challenged: ['disputed'],
  doubtful: ['disputed'],
  unconfirmed: ['unverified'],
  alleged: ['unverified'],
  claimed: ['unverified'],
  rumour: ['unverified'],
  rumor: ['unverified'],
  unknown: ['unverified'],
  supported: ['corroborated'],
  backed: ['corroborated'],
  // Source kinds.
  anon: ['anonymous'],
  unnamed: ['anonymous'],
  unidentified: ['anonymous'],
  organisation: ['organization'],
  org: ['organization'],
  ngo: ['organization'],
  company: ['organization'],
  party: ['organization'],
  media: ['outlet'],
  newspaper: ['outlet'],
  news: ['outlet'],
  press: ['outlet'],
  ministry: ['government'],
  state: ['government'],
  embassy: ['government'],
  minister: ['official'],
  politician: ['official'],
  spokesperson: ['official'],
  analyst: ['expert'],
  academic: ['expert'],
  individual: ['person'],
  witness: ['person'],
  report: ['document'],
  filing: ['document'],
  paper: ['document', 'outlet'],
  papers: ['document'],
  dataset: ['document'],
  // Kinds of note and term.
  erratum: ['correction'],
  fix: ['correction'],
  translated: ['translation'],
  warning: ['caveat'],
  background: ['context'],
  weasel: ['hedge'],
  biased: ['loaded'],
};

/** The allowed values `input` means, most likely first (none when the table does not know the word). */
export function findMeant(input: string, candidates: Iterable<string>): string[] {
  const meant = MEANT_VALUES[input.trim().toLowerCase()] ?? [];
  const allowed = new Map([...candidates].map((candidate) => [candidate.toLowerCase(), candidate]));
  return meant.map((value) => allowed.get(value)).filter((value): value is string => value !== undefined);
}
