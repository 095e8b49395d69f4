/**
 * Guessing a source's `kind` from how the text names it. The head word of the phrase decides:
 * "A senior US Defense Department official" is an official, unnamed → `anonymous`; "the Chinese
 * embassy" → `government`; "the Financial Times" → `outlet`; a named person is `official` or
 * `expert` by the role in their apposition, else `person`.
 */
import type { SourceKind } from '../schemas/source.ts';
import { isOrganizationName, isPersonName, isProperNounPhrase } from './names.ts';
import { countryOfPhrase } from './places.ts';

export interface KindGuess {
  kind: SourceKind;
  /** Why, for the `# check:` comment. */
  reason: string;
}

/** Words in the names of news outlets. */
const OUTLET_NAMES = /\b(Times|Post|Journal|News|Herald|Tribune|Gazette|Telegraph|Guardian|Wire|Courier|Ledger|Record|Chronicle|Observer|Independent|Economist|Reuters|Bloomberg|AFP|AP|Associated Press|BBC|CNN|NPR|Xinhua|TASS|Interfax|RIA Novosti|Axios|Politico|Al Jazeera|Der Spiegel|Le Monde|Radio|Television|TV|Broadcasting|Press Agency|News Agency)\b/;
/** Generic words for an outlet or its report. */
const OUTLET_WORDS = /^(report|reports|newspaper|paper|broadcaster|outlet|magazine|agency|news agency|wire service|daily|weekly)$/i;

/** Head words of documents: filings, dossiers, datasets (a bare "report" stays an outlet's report). */
const DOCUMENT_WORDS = /^(document|documents|filing|filings|dossier|dataset|indictment|affidavit|memo|memorandum|cable|cables|white paper|court papers)$/i;

/** Head words of a government speaking as an institution. */
const GOVERNMENT_WORDS = /^(government|governments|ministry|ministries|embassy|embassies|consulate|regime|administration|cabinet|presidency|kremlin|parliament|department|authority|authorities|regulator|office|police|army|military|navy|prosecutors?|prosecutor's office|council|municipality|mayoralty|state|white house|pentagon)$/i;

/** Head words of organisations: companies, unions, NGOs, institutes. */
const ORGANIZATION_WORDS = /^(company|companies|firm|group|corporation|corp|inc|ltd|llc|plc|bank|union|association|party|league|chamber|foundation|institute|university|ngo|organisation|organization|committee|federation|cooperative|co-operative|coalition|alliance|consulting|service|services|charity|trust|club|network|commission|board|agency|nato|un|eu|who|water)$/i;

/** Head words of unnamed people: officials, sources, residents. */
const PERSON_NOUNS = /^(officials?|sources?|diplomats?|people|persons?|aides?|analysts?|experts?|officers?|staff|insiders?|residents?|witnesses?|farmers?|workers?|critics?|observers?|spokes(?:man|woman|person|men|women|people)|representatives?|negotiators?|investigators?|researchers?|scientists?|economists?|lawyers?|doctors?|engineers?|executives?|managers?|employees?|members?|lawmakers?|legislators?|politicians?|activists?|protesters?|protestors?|traders?|bankers?|reporters?|journalists?|correspondents?|someone|somebody|officers?|soldiers?|troops|police officers?|hydrologists?|locals?|villagers?|parents?|teachers?|nurses?|patients?|students?|users?|customers?|owners?|growers?|dockers?|dockworkers?|unionists?|leaders?|minister|ministers|source)$/i;

/** Role words of officials. */
const OFFICIAL_ROLE = /\b(minister|secretary|spokes(?:man|woman|person)|ambassador|senator|congress(?:man|woman)|president|vice[- ]president|prime minister|governor|mayor|general|admiral|commander|chief of staff|official|commissioner|envoy|deputy|chair(?:man|woman|person)?|chairs|member of parliament|mp|lawmaker|legislator|director-general|press secretary|attach[ée]|consul|chief executive|ceo|head of|leader|councillor|councilor|chaired|represents|advis[eo]r|aide|judge|justice|magistrate|prosecutor|attorney general|district attorney|sheriff|police chief|chief of police|police officer|inspector|constable|detective|superintendent|diplomat|representative|assembly(?:man|woman|member)|council(?:man|woman|member))\b/i;

/** Role words of outside experts. */
const EXPERT_ROLE = /\b(professor|lecturer|researcher|fellow|analyst|expert|economist|scholar|historian|scientist|hydrogeologist|hydrologist|academic|director of the .*(institute|centre|center|programme|program)|at the .*(university|institute|school|college|think tank|centre|center)|university|institute|consulting|consultancy|think tank|head of research)\b/i;

/** The head phrase of a noun phrase: the part before a relative clause or a prepositional phrase. */
export function headPhrase(phrase: string): string {
  const cut = phrase.split(/\s+(?:who|which|that|with|from|at|in|of|for|on|familiar|close|based|speaking|briefed|involved)\b/i)[0] ?? phrase;
  return cut.replace(/\s*\([^)]*\)\s*$/, '').trim();
}

/** The head word: the last word of the head phrase, possessives removed. */
export function headWord(phrase: string): string {
  const words = headPhrase(phrase).replace(/['’]s?$/, '').split(/\s+/);
  return (words.at(-1) ?? '').replace(/[^\p{L}-]/gu, '');
}

/** The kind of a named person, from their role. */
export function kindOfNamedPerson(role: string | undefined): KindGuess {
  if (role && OFFICIAL_ROLE.test(role) && !/\bformer\b.*\b(professor|analyst)\b/i.test(role)) {
    return { kind: 'official', reason: `a named person whose role (“${role}”) reads as an official's` };
  }
  if (role && EXPERT_ROLE.test(role)) return { kind: 'expert', reason: `a named person whose role (“${role}”) reads as an outside expert's` };
  return { kind: 'person', reason: role ? `a named person; the role (“${role}”) is neither an official's nor an expert's` : 'a named person; the text gives no role' };
}

/** Guesses the kind of a source from the phrase that names it (and the role, for people). */
export function guessKind(phrase: string, role?: string): KindGuess {
  const text = phrase.trim().replace(/^(the|a|an)\s+/i, '');
  if (isPersonName(text)) return kindOfNamedPerson(role);
  const head = headWord(text);
  const headText = headPhrase(text);
  if (OUTLET_NAMES.test(headText) && !GOVERNMENT_WORDS.test(head) && !PERSON_NOUNS.test(head)) {
    return { kind: 'outlet', reason: 'the name reads as a news outlet' };
  }
  if (DOCUMENT_WORDS.test(head)) return { kind: 'document', reason: `“${head}” names a document` };
  if (OUTLET_WORDS.test(head)) return { kind: 'outlet', reason: `“${head}” refers to a news report or outlet` };
  if (countryOfPhrase(text)) return { kind: 'government', reason: 'a country or its capital speaking as a government' };
  if (PERSON_NOUNS.test(head)) return { kind: 'anonymous', reason: `unnamed (“${headPhrase(phrase.trim())}”)` };
  if (GOVERNMENT_WORDS.test(head) || /^(white house|state department|foreign office|kremlin)$/i.test(headText)) {
    return { kind: 'government', reason: `“${head.toLowerCase()}” reads as a government body` };
  }
  if (ORGANIZATION_WORDS.test(head) || isOrganizationName(text)) return { kind: 'organization', reason: 'the name reads as an organisation' };
  if (isProperNounPhrase(text)) return { kind: 'organization', reason: 'a proper name that is not a person’s: organisation guessed' };
  return { kind: 'anonymous', reason: 'no name given' };
}
