/**
 * What kind of speaker a subject phrase names, and by which name: a person ("Interior Minister
 * Joachim Brudziński" → Joachim Brudziński, role "Interior Minister"), an organisation ("The
 * Electronic Frontier Foundation"), a described person or group ("One MP", "a senior official")
 * or a pronoun. Clause fragments ("After the vote", "In late May he", "Newly released files") are
 * no speakers at all.
 *
 * Names are read from capitalisation, because news names are often ones a lexicon does not know
 * (diacritics, transliterations): a run of capitalised words, cut after the last title, acronym,
 * possessive, place or organisation word before it.
 */
import nlp from 'compromise';
import { MASKING } from './masking.ts';

export type SpeakerPhrase =
  | { kind: 'person'; name: string; role?: string }
  | { kind: 'organization'; name: string; role?: string }
  | { kind: 'description'; name: string; role?: string }
  | { kind: 'pronoun'; pronoun: string };

/** Titles and role words that can stand before a name, lower-cased. */
const TITLE_WORDS = new Set(
  `president vice prime minister secretary senator sheriff captain governor mayor judge justice chairman chairwoman chairperson chair director director-general
   professor prof dr doctor mr mrs ms mx sir dame lord lady pope cardinal archbishop bishop reverend rev father sister brother king queen prince princess
   coach actor actress officer sergeant lieutenant colonel major general admiral commander chief deputy acting former interim foreign interior health finance
   defence defense justice home state county city police attorney chancellor premier leader spokesman spokeswoman spokesperson ambassador envoy commissioner
   representative represenative rep congressman congresswoman assemblyman assemblywoman councillor councilor alderman mp mep speaker emeritus dean provost
   superintendent inspector constable detective prosecutor counsel advisor adviser minister-president first lead head executive ceo cfo coo founder co-founder
   editor reporter correspondent host presenter anchor analyst economist historian scientist researcher manager owner partner chef player striker captain
   half back forward guard goalkeeper midfielder defender winger assistant secretary-general undersecretary under-secretary treasurer comptroller auditor
   general-secretary nominee candidate challenger incumbent presumptive senior junior associate special principal member members chairmen
   birther artist writer author novelist poet singer musician rapper comedian designer photographer filmmaker producer activist campaigner journalist
   blogger columnist commentator strategist pollster lawyer barrister solicitor teacher nurse surgeon physician engineer architect entrepreneur
   businessman businesswoman organiser organizer coordinator volunteer witness survivor`.split(/\s+/),
);

/** Words that make a capitalised run an organisation's name. */
const ORGANIZATION_WORDS = new Set(
  `foundation association party union council court ministry department office agency organization organisation bank fund committee commission institute
   university school college company corporation corp inc ltd llc plc group news times post service services society forum coalition network team house
   congress parliament government army police force forces command authority board league alliance church centre center club federation embassy assembly
   campaign administration brigade secretariat media press channel broadcaster international trust institution centers centres hospital library review
   journal gazette herald tribune daily weekly magazine radio television tv records studios entertainment games lab laboratory laboratories observatory
   agency's ministry's department's society's programme program project initiative movement front caucus senate legislature cabinet monarchy republic
   kingdom state's tribunal nations states prosecution prosecutors commonwealth union's notice statement report study survey website`.split(/\s+/),
);

const PRONOUNS = /^(?:he|she|they|it|we|i|you)$/i;
/** Words of place names that are no one's name ("East Mediterranean", "Lafayette Square"). */
const GEOGRAPHIC = /^(?:north|south|east|west|eastern|western|northern|southern|central|mediterranean|sea|ocean|river|island|islands|gulf|bay|coast|mount|mountains?|lake|valley|street|road|avenue|park|square|bridge|hall|stadium|airport|station|county|province|district|region|city|town|village|border|strait|peninsula|desert|plateau|crater|canal|cathedral|mall|arena|centre|center|capitol|building|tower|palace|castle|temple|mosque|church|museum|zone|corridor|highway|base|camp)$/i;
/** Words that open a clause or an adverbial, never a speaker. */
const FRAGMENT_START =
  /^(?:after|before|in|on|at|as|while|when|whenever|where|during|regarding|asked|with|without|for|despite|although|though|because|if|since|following|later|earlier|meanwhile|however|then|also|once|upon|amid|among|between|by|from|into|onto|over|under|through|throughout|to|toward|towards|until|unlike|like|about|against|beyond|near|per|via|within|speaking|commenting|responding|addressing|writing|citing|according|asking|saying|noting|adding|just|even|only|still|yet|so|thus|hence|therefore|here|there|now|today|yesterday|tomorrow|last|next|this|that|these|those|what|which|whose|who|whom|how|why|not|no|never|both|either|neither|all|every|each|much|more|most|less|least|such|than)\b/i;
/** Finite verbs and auxiliaries inside a phrase make it a clause, not a name. */
const FINITE = /\b(?:is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|shall|should|can|could|may|might|must|said|says|told|got|went|came|made|took|gave)\b/i;
/** Plural nouns of people and bodies that can speak without a determiner ("Protesters said", "Officials told"). */
const DESCRIBED_GROUP = /^(?:officials|sources|diplomats|aides|analysts|experts|officers|insiders|residents|witnesses|eyewitnesses|critics|observers|spokespeople|representatives|negotiators|investigators|researchers|scientists|economists|lawyers|doctors|engineers|executives|employees|members|lawmakers|legislators|politicians|activists|protesters|protestors|demonstrators|organisers|organizers|prosecutors|police|authorities|rescuers|firefighters|survivors|relatives|families|parents|students|teachers|workers|unions|leaders|ministers|senators|republicans|democrats|conservatives|liberals|supporters|opponents|fans|attendees|voters|citizens|locals|villagers|farmers|soldiers|troops|militants|rebels|sceptics|skeptics|campaigners|advocates|residents)$/i;
const DETERMINER = /^(?:a|an|the|one|two|three|four|five|several|some|many|another|other|its|his|her|their|our|my|your|two|both|most|few|a few)\b/i;

interface Token {
  word: string;
  start: number;
  end: number;
}

function tokens(phrase: string): Token[] {
  return [...phrase.matchAll(/[^\s]+/g)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

const bare = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '').replace(/\.$/, (dot) => (/^\p{Lu}\.$/u.test(word) ? dot : ''));
const isCapitalised = (word: string) => /^\p{Lu}/u.test(bare(word)) || /^(?:al|el|ad|as|ash|at)-\p{Lu}/u.test(bare(word)) || /^(?:al|el)-\p{Ll}/u.test(bare(word));
const isParticle = (word: string) => /^(?:al|el|bin|ibn|bint|de|del|della|der|den|di|da|dos|das|du|la|le|van|von|ter|ten|y|abu|ben|st)$/i.test(bare(word));
const isConnector = (word: string) => /^(?:of|for|and|the|on|de|des|du|la|le)$/.test(bare(word));
const isAcronym = (word: string) => /^\p{Lu}{2,}s?$/u.test(bare(word).replace(/[’']s?$/, '').replace(/[.&-]/g, '')) && bare(word).replace(/[’']s?$/, '').length <= 6;
const isPossessive = (word: string) => /[’']s?$/.test(word.replace(/[,.;:]+$/, ''));
const isTitle = (word: string) => TITLE_WORDS.has(bare(word).toLowerCase());
const isOrganizationWord = (word: string) => ORGANIZATION_WORDS.has(bare(word).toLowerCase());

/** Answers of compromise, remembered: the same words come back many times in an article. */
const remembered = new Map<string, boolean>();
function cached(key: string, compute: () => boolean): boolean {
  let value = remembered.get(key);
  if (value === undefined) {
    value = compute();
    if (remembered.size > 20_000) remembered.clear();
    remembered.set(key, value);
  }
  return value;
}

/** Places, nationalities and other non-name words compromise knows ("London", "Greek"). */
function isPlaceOrAdjective(word: string): boolean {
  return cached(`place:${bare(word)}`, () => {
    const term = (nlp(bare(word)).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0];
    return Boolean(term?.tags.some((tag) => ['Place', 'Country', 'City', 'Demonym', 'Region'].includes(tag)));
  });
}

/** A word compromise knows as a first name ("Mark", "Alice"). */
function isFirstName(word: string): boolean {
  return cached(`first:${bare(word)}`, () => nlp(bare(word)).has('#FirstName'));
}

/** Runs of capitalised words (names may join "of", particles or initials) in a phrase. */
function capitalisedRuns(list: readonly Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  list.forEach((token, index) => {
    const next = list[index + 1];
    const joins = run.length > 0 && (isConnector(token.word) || isParticle(token.word)) && next !== undefined && isCapitalised(next.word);
    const endsHere = /[,;:()"“”!?]$/.test(token.word) || (/\.$/.test(token.word) && !/^(?:\p{Lu}|Jr|Sr|Dr|Mr|Mrs|Ms|St|Gen|Col|Capt|Lt|Sgt|Rep|Sen|Gov|Prof|Rev|Mt|Ft)\.$/u.test(token.word)) || isPossessive(token.word);
    if (isCapitalised(token.word) || /^\p{Lu}\.$/u.test(token.word) || joins || (isParticle(token.word) && next !== undefined && isCapitalised(next.word))) {
      run.push(token);
      if (endsHere) {
        runs.push(run);
        run = [];
      }
    } else {
      if (run.length > 0) runs.push(run);
      run = [];
    }
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

/** A single capitalised word that names a person: a surname of someone named in the article, or a word compromise reads as a name. */
function isSingleName(word: string, knownNames: ReadonlySet<string>): boolean {
  if ([...knownNames].some((known) => known.split(/\s+/).at(-1) === word || known.split(/\s+/)[0] === word)) return true;
  return cached(`person:${word}`, () => nlp(word).has('#Person') && !nlp(word).has('#Place'));
}

/** The personal name in one segment of a capitalised run (the run split at "of", "for", "and"). */
function nameInSegment(segment: readonly Token[], knownNames: ReadonlySet<string>, alone: boolean, allowPossessive = false, titled = false): Token[] | undefined {
  let cut = 0;
  segment.forEach((token, index) => {
    if (index < segment.length - 1 && (isTitle(token.word) || isAcronym(token.word) || isPossessive(token.word) || isOrganizationWord(token.word) || /[,;:]$/.test(token.word))) cut = index + 1;
  });
  let name = segment.slice(cut);
  // "The", "This", "Its" at the start of a sentence are capitalised without being part of a name.
  while (name.length > 0 && /^(?:the|a|an|this|that|these|those|its|his|her|their|our|one|another|some|many|several)$/i.test(bare(name[0]!.word))) name = name.slice(1);
  // Places and nationalities before the name ("London Sadiq Khan", "Greek Nikos Dendias").
  while (name.length > 2 && isPlaceOrAdjective(name[0]!.word)) name = name.slice(1);
  // A title word after a first name is a surname ("Mark Dean", "Lisa King").
  const firstNamed = name.length >= 2 && isFirstName(name[0]!.word);
  if (name.length === 0 || name.some((token, index) => isOrganizationWord(token.word) || isAcronym(token.word) || (isTitle(token.word) && !(firstNamed && index > 0)) || GEOGRAPHIC.test(bare(token.word)))) return undefined;
  if (isPossessive(name.at(-1)!.word) && !allowPossessive) return undefined;
  if (name.length > 4) name = name.slice(-3);
  // "Twitter West": a known surname after words that are not the person's first name.
  if (name.length >= 2 && knownNames.size > 0) {
    const joined = name.map((token) => bare(token.word)).join(' ');
    const last = bare(name.at(-1)!.word);
    const owner = [...knownNames].find((full) => full.split(/\s+/).at(-1) === last);
    if (owner && !knownNames.has(joined) && owner.split(/\s+/)[0] !== bare(name[0]!.word)) name = name.slice(-1);
  }
  const text = name.map((token) => bare(token.word)).join(' ');
  if (!/^\p{Lu}/u.test(text) && !/^(?:al|el)-/u.test(text)) return undefined;
  if (name.length === 1) {
    const word = bare(name[0]!.word);
    const known = [...knownNames].some((full) => full.split(/\s+/).at(-1) === word);
    if (PRONOUNS.test(word) || (!known && isPlaceOrAdjective(word))) return undefined;
    // A surname of someone the article names, or a single name standing alone as the subject ("Grivik", "Katya").
    if (!isSingleName(word, knownNames) && !(alone && segment.length === 1)) return undefined;
    return name;
  }
  // After a title ("treasurer Lyon Marsh") two or three capitalised words are a name, whatever place the lexicon knows by it.
  if (!(titled && cut === 0 && name.length <= 3) && cached(`other:${text}`, () => (nlp(text).places().out('array') as string[]).length > 0 || (nlp(text).organizations().out('array') as string[]).length > 0)) return undefined;
  return name;
}

/** The personal name in a run of capitalised words, if any. */
function nameInRun(run: readonly Token[], knownNames: ReadonlySet<string>, alone: boolean, allowPossessive = false, titled = false): Token[] | undefined {
  const segments: Token[][] = [[]];
  for (const token of run) {
    if (isConnector(token.word)) segments.push([]);
    else segments.at(-1)!.push(token);
  }
  for (const segment of segments) {
    if (segment.length === 0) continue;
    const name = nameInSegment(segment, knownNames, alone && segments.length === 1, allowPossessive, titled && segment === segments[0]);
    if (name) return name;
  }
  return undefined;
}

/** True when the phrase reads as a clause fragment or an adverbial, not as someone who speaks. */
export function isClauseFragment(phrase: string): boolean {
  const text = phrase.trim().replace(/^[^\p{L}\p{N}]+/u, '');
  if (!text) return true;
  if (/[·“”"]/.test(text)) return true;
  if (PRONOUNS.test(text)) return false;
  if (FRAGMENT_START.test(text) && !/^\p{Lu}{2,}\b/u.test(text)) return true;
  const words = text.split(/\s+/);
  if (words.length > 12) return true;
  // "Exports and farm output", "the victims were": lower-case phrases with verbs or no noun a speaker could be.
  if (FINITE.test(text)) return true;
  if (/\b(?:and|or|but|if|when|as|that|which|who|whom|because|while|although|though|unless|once|than|so)\s*$/i.test(text) || /\b(?:of|to|for|with|by|at|in|on|from)\s*$/i.test(text)) return true;
  // "Two weeks later", "A year ago", "Hours after the vote": times, not speakers.
  if (/^(?:(?:\p{L}+|\d+)\s+)?(?:(?:more|full|long)\s+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\s+(?:later|earlier|ago|after|before|on|into|since)\b/iu.test(text)) return true;
  // "The next day", "Last week": times, not speakers.
  if (/^(?:the\s+)?(?:next|following|previous|same|last|this|that|one|every)\s+(?:day|week|month|year|morning|afternoon|evening|night|weekend|time)\b/i.test(text)) return true;
  return false;
}


const cleanRole = (role: string) =>
  role
    .replace(MASKING, ' ')
    .replace(/^[\s,;:(]+|[\s,;:)]+$/g, '')
    .replace(/^(?:the|its|his|her|their)\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Reads a subject phrase; `knownNames` are the full names of people the article names. */
export function readSpeakerPhrase(rawPhrase: string, knownNames: ReadonlySet<string> = new Set()): SpeakerPhrase | undefined {
  let phrase = rawPhrase.replace(MASKING, ' ').replace(/["“][^"“”]*["”]\s*/g, '').replace(/\s*\([^)]*\)/g, '').replace(/^[\s,;:—–-]+|[\s,;:—–.-]+$/g, '').replace(/\s+/g, ' ');
  if (!phrase) return undefined;
  if (PRONOUNS.test(phrase)) return { kind: 'pronoun', pronoun: phrase.toLowerCase() };
  // "Jonas Feld and Marta Lind", "Feld, along with Lind": two speakers, which one quote cannot name.
  if (/^\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*(?:,?\s+and\s+|,\s+along with\s+|\s+together with\s+)\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*,?$/u.test(phrase)) return undefined;
  // "The order signed by the governor", "The report, published by the Marine Institute,": the author.
  const authored = /^(?:the|a|an|its|their)\s+[\p{L}\s-]+?,?\s+(?:signed|issued|written|published|released|prepared|drafted|posted|commissioned)\s+by\s+([^,]+)/iu.exec(phrase);
  if (authored) return readSpeakerPhrase(authored[1]!, knownNames);
  // "Nancy Pelosi, the Speaker of the House" / "Its leader, Per Ostman": a name and an apposition.
  const parts = phrase.split(/\s*,\s*/).filter((part) => part && !/^\d+$/.test(part));
  let role: string | undefined;
  if (parts.length > 1) {
    // The part that names a person ("University of California, San Diego's chancellor, Pradeep Khosla"), else the first.
    const kinds = parts.map((part) => (isClauseFragment(part) ? undefined : readSpeakerPhrase(part, knownNames)?.kind));
    // "The father of Anna Berg, Karl Berg": the part that is a name, not a description that mentions one.
    const bareName = kinds.findIndex((kind, index) => kind === 'person' && !DETERMINER.test(parts[index]!) && !/\b(?:of|for|to|with)\b/.test(parts[index]!));
    const named = bareName >= 0 ? bareName : kinds.indexOf('person');
    // "One of these groups, the Syrian Democratic Forces": the name, not the description.
    const organization = kinds[0] === 'description' ? kinds.indexOf('organization') : -1;
    // Else the first part that names anyone ("Two weeks later, the harbour master": the harbour master).
    const chosen = named >= 0 ? named : organization >= 0 ? organization : Math.max(0, kinds.findIndex((kind) => kind !== undefined));
    role = cleanRole(parts.filter((part, index) => index !== chosen && !/^\p{Ll}+ing\b/u.test(part) && !/^(?:who|whom|whose|which|known as|also known as|nicknamed|dubbed)\b/.test(part) && !isClauseFragment(part)).join(', ')) || undefined;
    phrase = parts[chosen]!;
  }
  // "a protester using the pseudonym Katya", "a woman named Ana": the name.
  const named = /^(.*?\b(?:named|called|pseudonym|nicknamed|identified as|known as|known only as))\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})$/u.exec(phrase);
  if (named && DETERMINER.test(named[1]!)) return { kind: 'person', name: named[2]!, role: cleanRole(named[1]!.replace(/^(?:a|an|the)\s+/i, '')) };
  // "In late May he", "On the live television he": the pronoun or name that ends an adverbial.
  if (isClauseFragment(phrase) && !/[·“”"]/.test(phrase)) {
    const pronoun = /\s(he|she|they|it|we)$/i.exec(phrase);
    if (pronoun && !/\b(?:that|which|who|if|when|because)\s+\S+$/i.test(phrase)) return { kind: 'pronoun', pronoun: pronoun[1]!.toLowerCase() };
    const trailing = capitalisedRuns(tokens(phrase)).at(-1);
    const name = trailing ? nameInRun(trailing, knownNames, false) : undefined;
    if (trailing && name && name.at(-1) === trailing.at(-1) && phrase.trimEnd().endsWith(name.at(-1)!.word)) return { kind: 'person', name: name.map((token) => bare(token.word)).join(' ') };
  }
  // "Some of the protesters Wikinews interviewed": a reduced relative clause after the description.
  phrase = phrase.replace(/^((?:some|many|several|one|two|three|most|all|few|a few|none|each) of the \p{L}+)\s+\p{Lu}\S*\s+(?:interviewed|contacted|asked|reached|surveyed|quoted)$/iu, '$1');
  if (isClauseFragment(phrase)) return undefined;
  const list = tokens(phrase);
  const runs = capitalisedRuns(list);
  // A person's name: the first run that holds one (the head of "Steve Peers of the University of Essex").
  // "The regime of Xi Jingping", "the government of Peru": an institution, named with its whole phrase.
  if (/^(?:the\s+)?(?:[\p{L}-]+\s+)?(?:regime|government|administration|leadership|cabinet|office|ministry|embassy|family|campaign|party|court|council|spokes(?:man|woman|person)|lawyers?|representatives?|supporters)\s+(?:of|for)\s+/iu.test(phrase)) {
    return { kind: 'organization', name: phrase, ...(role ? { role } : {}) };
  }
  // The run nearest the verb first ("Scripps Oceanography director Margaret Leinen"); a name before "of the
  // University of Essex" is found when the later runs name no one.
  for (const run of [...runs].reverse()) {
    const runAt = list.indexOf(run[0]!);
    const found = nameInRun(run, knownNames, list.length === run.length, false, runAt > 0 && isTitle(list[runAt - 1]!.word) && /^\p{Ll}/u.test(list[runAt - 1]!.word));
    if (!found) continue;
    const start = found[0]!.start;
    const end = found.at(-1)!.end;
    // "The Trump campaign", "the Biden administration": the name modifies a group.
    const nextWord = phrase.slice(end).trim().split(/\s+/)[0] ?? '';
    if (/^(?:campaign|administration|family|team|camp|allies|supporters|aides|lawyers|government|office|foundation|organisation|organization|company|group)$/i.test(nextWord)) {
      const group = phrase.replace(/^the\s+/i, '').trim();
      return { kind: 'organization', name: group.charAt(0).toUpperCase() + group.slice(1) };
    }
    const name = phrase.slice(start, end).replace(/[^\p{L}\p{N}.’'-]+$/u, '').replace(/^[^\p{L}]+/u, '');
    const title = cleanRole(phrase.slice(0, start).replace(/^["“”]?[^"“”]*["“”]\s*/, (quoted) => (/["“”]/.test(quoted) ? '' : quoted)));
    // "said Marta Lind of her late husband": whom she spoke of, not her role.
    const after = /^\s*of\s+(?:her|his|their|him|them|it|its)\b/i.test(phrase.slice(end)) ? '' : cleanRole(phrase.slice(end));
    // "Jonas Feld criticised Marta Lind, who …": another name and its verb are no title.
    const clause = /\p{Lu}[\p{L}’'-]+\s+\p{Ll}+(?:ed|s)\b/u.test(title);
    const own = [title && !DETERMINER.test(title) && !clause ? title : '', after].filter((part) => part && /\p{L}{2}/u.test(part)).join(/^of\b/.test(after) ? ' ' : ', ');
    const roles = [own, role ?? ''].filter(Boolean);
    return { kind: 'person', name, ...(roles.length > 0 ? { role: roles.join(', ') } : {}) };
  }
  const words = phrase.split(/\s+/);
  // "RIAA's DMCA notice", "the ministry's statement": a document stands for its author.
  const owner = /^(?:[Tt]he\s+)?([\p{L}\p{N}.&-]+(?:\s+[\p{Lu}][\p{L}\p{N}.&-]*)*)[’']s?\s+(?:[\p{L}-]+\s+){0,2}(?:notice|statement|letter|filing|complaint|website|decree|press release|release|report|office|account|spokesman|spokeswoman|spokesperson|summary|ruling|judgment|judgement|order|verdict|decision|opinion|response|reply|answer|message|tweet|post|comment|comments|position)$/u.exec(phrase);
  if (owner && (isAcronym(owner[1]!) || owner[1]!.split(/\s+/).some((word) => isOrganizationWord(word)))) return { kind: 'organization', name: owner[1]!.replace(/[’']s$/, '') };
  // "Vardanyan's office", "the mayor's office": a person's office speaks as an institution of its own.
  const office = /^(?:the\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})[’']s\s+(office|press office|campaign|cabinet|administration|team|staff|spokesman|spokeswoman|spokesperson)$/u.exec(phrase);
  if (office) return /^spokes/.test(office[2]!) ? { kind: 'description', name: phrase } : { kind: 'organization', name: phrase.replace(/^the\s+/i, '') };
  // "The State Department", "Facebook", "the Turkish Ministry of Foreign Affairs": a proper name, written out.
  const whole = phrase.replace(/^the\s+/i, '');
  const allCapitalised = whole.split(/\s+/).every((word) => isCapitalised(word) || isConnector(word) || isParticle(word));
  if (allCapitalised && runs.length > 0 && !DETERMINER.test(whole)) return { kind: 'organization', name: whole.replace(/[’']s$/, ''), ...(role ? { role } : {}) };
  if (words.length === 1 && /^\p{Lu}/u.test(phrase)) return { kind: 'organization', name: phrase };
  // "One MP", "The father", "a senior official", "Protesters": a described person or group, never a clause ("Exports and farm output").
  // "Russia’s foreign minister", "Acme’s chief executive": a role described by whose it is.
  const possessedRole = /^\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)*[’']s\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+$/u.test(phrase) && isTitle(words.at(-1)!);
  if (words.length > 8 || !(DETERMINER.test(phrase) || DESCRIBED_GROUP.test(words.at(-1)!) || possessedRole)) return undefined;
  return { kind: 'description', name: phrase, ...(role ? { role } : {}) };
}

/** Personal names of two or more words anywhere in a text (quotations blanked), read the same way as speakers' names. */
export function namesIn(text: string): { name: string; title?: string }[] {
  const names: { name: string; title?: string }[] = [];
  const list = tokens(text);
  for (const run of capitalisedRuns(list)) {
    const runAt = list.indexOf(run[0]!);
    const single = run[0]!.word;
    // "president Vardanyan": one capitalised word after a title is a name the lexicon need not know.
    const afterTitle = run.length === 1 && runAt > 0 && isTitle(list[runAt - 1]!.word) && !/[,.;:]$/.test(list[runAt - 1]!.word) && !isTitle(single) && !isOrganizationWord(single) && !isAcronym(single) && !GEOGRAPHIC.test(bare(single)) && !isPlaceOrAdjective(single) && /^\p{Lu}\p{Ll}/u.test(bare(single));
    const found = nameInRun(run, new Set(), false, true, runAt > 0 && isTitle(list[runAt - 1]!.word) && /^\p{Ll}/u.test(list[runAt - 1]!.word)) ?? (afterTitle ? [run[0]!] : undefined);
    const at0 = found ? list.indexOf(found[0]!) : -1;
    // A single name counts after a title ("president Erdoğan", "Mr Feld").
    const titled = found?.length === 1 && at0 > 0 && isTitle(list[at0 - 1]!.word) && !isPlaceOrAdjective(found[0]!.word);
    if (!found || (found.length < 2 && !titled)) continue;
    const name = found.map((token) => bare(token.word).replace(/[’']s?$/, '')).join(' ');
    if (FRAGMENT_START.test(name) || DETERMINER.test(name) || /[·]/.test(name) || cached(`date:${name}`, () => nlp(name).has('#Date'))) continue;
    // The title before the name, with the lower-case role words before it ("Actress Denise Crosby", "AIP chairman Markham Robinson").
    const at = list.indexOf(found[0]!);
    const before: string[] = [];
    for (let index = at - 1; index >= 0 && before.length < 4; index -= 1) {
      const word = list[index]!.word;
      // A clause before the name ends the title: "He thanked Peter Holm" gives no title.
      if (/[,.;:)"“”]$/.test(word) || /^(?:the|a|an|and|of|to|by|with|for|from|in|at|on|about|after|before|into|over|said|told|says|he|she|they|it|we|i|you|who|whom|which|that|met|saw|thanked)$/i.test(word) || (/^\p{Ll}+ed$/u.test(word) && !isTitle(word))) break;
      before.unshift(bare(word));
    }
    const title = before.filter((word) => isTitle(word) || /^\p{Ll}/u.test(word)).length > 0 ? before.join(' ') : undefined;
    names.push({ name, ...(title ? { title } : {}) });
  }
  return names;
}
