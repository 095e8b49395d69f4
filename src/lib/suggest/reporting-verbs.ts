/**
 * Verbs that attribute words to someone ("said", "told", "according to"), split by what they
 * signal: speech, denial, or a belief or finding that is still someone's statement.
 */

/** Verbs of saying, past and present. */
export const SPEECH_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'stated', 'states', 'noted', 'notes',
  'explained', 'explains', 'warned', 'warns', 'argued', 'argues', 'insisted', 'insists', 'wrote', 'writes',
  'tweeted', 'posted', 'asked', 'asks', 'replied', 'replies', 'continued', 'continues', 'recalled', 'recalls',
  'declared', 'declares', 'claimed', 'claims', 'announced', 'announces', 'acknowledged', 'acknowledges',
  'admitted', 'admits', 'confirmed', 'confirms', 'reported', 'reports', 'reiterated', 'reiterates',
  'stressed', 'stresses', 'emphasised', 'emphasized', 'suggested', 'suggests', 'estimated', 'estimates',
  'predicted', 'predicts', 'conceded', 'concedes', 'cautioned', 'cautions', 'observed', 'remarked',
  'commented', 'responded', 'responds', 'countered', 'counters', 'alleged', 'alleges', 'maintained', 'maintains',
  'promised', 'promises', 'calls', 'called', 'interrupted', 'answered',
] as const;

/** Verbs of denial: the claim they introduce is marked `status=denied`. */
export const DENIAL_VERBS = ['denied', 'denies', 'deny', 'rejected', 'rejects', 'dismissed', 'dismisses', 'refuted', 'refutes', 'disputed', 'disputes'] as const;

/** Verbs of belief or finding: "officials believe …", "the survey found that …". */
export const BELIEF_VERBS = [
  'believe', 'believes', 'believed', 'fear', 'fears', 'feared', 'think', 'thinks', 'thought', 'suspect', 'suspects',
  'expect', 'expects', 'expected', 'concluded', 'concludes', 'found', 'finds', 'show', 'shows', 'showed', 'shown',
  'assess', 'assesses', 'assessed',
] as const;

/** Phrases that carry a belief the same way: "US officials are convinced: …". */
export const BELIEF_PHRASES = ['are convinced', 'is convinced', 'were convinced', 'was convinced', 'are sure', 'is sure'] as const;

const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

/** Any attribution verb or phrase, as a regular-expression alternation (longest first). */
export const ATTRIBUTION_VERB_SOURCE = alternation([...BELIEF_PHRASES, ...SPEECH_VERBS, ...DENIAL_VERBS, ...BELIEF_VERBS]);

/** Verbs of saying that can follow a quotation ("…,” he said) or precede its speaker ("…,” said Tsang). */
export const QUOTE_TAIL_VERB_SOURCE = alternation([...SPEECH_VERBS, ...DENIAL_VERBS, 'writes', 'wrote']);

export function isDenialVerb(word: string): boolean {
  return (DENIAL_VERBS as readonly string[]).includes(word.toLowerCase());
}

export function isBeliefVerb(word: string): boolean {
  return (BELIEF_VERBS as readonly string[]).includes(word.toLowerCase()) || (BELIEF_PHRASES as readonly string[]).includes(word.toLowerCase());
}
