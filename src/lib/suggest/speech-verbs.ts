/**
 * Verbs that introduce someone's quoted words, in every form news copy uses them: "said", "says",
 * "saying", "tweeted", "told", "described … as", "praised … on Twitter:", "called it". Wider than
 * the claim-attribution verbs in reporting-verbs.ts: a quotation's speaker may be introduced by a
 * verb that would not make the sentence a claim ("praised", "thanked", "quipped").
 */

/** Regular verbs by their base form (past, third person and -ing forms are derived). */
const REGULAR = `add state note explain warn argue insist tweet post ask reply continue recall declare claim announce acknowledge admit confirm report
  reiterate stress emphasise emphasize suggest predict concede caution observe remark comment respond counter allege maintain promise call
  interrupt answer describe characterise characterize praise criticise criticize urge thank accuse quip joke defend deny reject dismiss demand
  opine muse shout scream exclaim cite label term dub hail laud blast attack slam condemn credit reveal agree contend vow pledge plead blame
  recount testify conclude summarise summarize proclaim lament boast concur assert affirm mention express welcome tout rail lash mock question
  wonder complain chant yell whisper mutter murmur sigh laugh cheer announce inform assure counsel advise appeal propose recommend
  implore beg insist protest object retort interject elaborate clarify specify detail outline recommend decry denounce deplore applaud
  commend congratulate acclaim celebrate mourn remember reflect reminisce confess disclose divulge share caution threaten dare challenge
  quote echo repeat insist brand underline disagree reaffirm reassert signal indicate hint highlight tweet retweet sing talk decide rule judge`.split(/\s+/).filter(Boolean);

/** Irregular forms, written out. */
const IRREGULAR = `said says say saying told tells tell telling wrote writes write writing written spoke speaks speak speaking read reads
  thought thinks sang sings found finds`.split(/\s+/).filter(Boolean);

/** Forms that are also common nouns or adjectives: only verbs when not after a determiner. */
const AMBIGUOUS = new Set(['call', 'calls', 'post', 'posts', 'report', 'reports', 'claim', 'claims', 'comment', 'comments', 'answer', 'answers', 'note', 'notes', 'state', 'states', 'tweet', 'tweets', 'question', 'questions', 'attack', 'attacks', 'demand', 'demands', 'promise', 'promises', 'credit', 'credits', 'term', 'terms', 'label', 'labels', 'reply', 'replies', 'counter', 'counters', 'quote', 'quotes', 'share', 'shares', 'welcome', 'alleged', 'reported', 'read', 'reads', 'say', 'write', 'speak', 'tell', 'think', 'express', 'protest', 'protests', 'appeal', 'appeals', 'challenge', 'challenges', 'detail', 'details', 'echo', 'echoes', 'brand', 'brands', 'joke', 'jokes', 'cheer', 'cheers', 'laugh', 'rail', 'mock', 'dare', 'object', 'objects', 'sigh', 'yell', 'chant', 'chants', 'remember', 'reflect', 'share', 'celebrate', 'mourn', 'advise', 'counsel', 'outline', 'specify', 'state', 'rule', 'rules', 'found', 'finds', 'judge', 'judges', 'decide']);

function forms(base: string): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const doubled = /^(?:rail|quip|dub|plan|stop|slam|chat|blab|nag|jab)$/.test(base) ? base + base.at(-1) : stem;
  const third = /(?:s|sh|ch|x|z)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const past = /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : base.endsWith('e') ? `${base}d` : `${doubled}ed`;
  const ing = base.endsWith('ie') ? `${base.slice(0, -2)}ying` : base.endsWith('e') && !base.endsWith('ee') ? `${stem}ing` : `${doubled}ing`;
  return [base, third, past, ing];
}

const ALL = new Set([...REGULAR.flatMap(forms), ...IRREGULAR]);

/** A regular expression source matching any speech-verb form as a whole word (longest first). */
export const SPEECH_VERB_SOURCE = [...ALL].sort((a, b) => b.length - a.length).join('|');

/** True for any speech-verb form. */
export function isSpeechVerb(word: string): boolean {
  return ALL.has(word.toLowerCase());
}

/** True for forms that also read as nouns or adjectives ("the claims", "a call"). */
export function isAmbiguousVerb(word: string): boolean {
  return AMBIGUOUS.has(word.toLowerCase());
}

/** True for -ing forms ("saying", "adding"): their subject is the main clause's. */
export function isParticiple(word: string): boolean {
  return /ing$/i.test(word) && isSpeechVerb(word);
}
