/**
 * From the words that name a speaker to a declared source. Handles pronouns ("he said" → the last
 * person who spoke), surnames ("Tsang said" → Steve Tsang), "the report" (→ the last outlet), "the
 * embassy" (→ the embassy named before), documents ("a survey by the Institute" → the Institute),
 * countries and capitals (→ that government), and new names (→ a new source with a guessed kind).
 */
import { findPeople, isPersonName, nameGender, withoutHonorific } from './names.ts';
import { peopleBySurname, personBySurname, titleBefore, type Person } from './people.ts';
import { countryOfAdjective, countryOfPhrase, firstMetonymIn, governmentName } from './places.ts';
import { guessKind, headPhrase, kindOfNamedPerson } from './source-kind.ts';
import type { SourceRegistry } from './source-registry.ts';
import type { SuggestedSource } from './types.ts';
import { escapeRegExp } from '../util/escape-regexp.ts';

export interface ResolutionContext {
  registry: SourceRegistry;
  people: ReadonlyMap<string, Person>;
  /** The paragraph the speaker is named in, for "the regime of X" (→ the capital named nearby). */
  paragraph: string;
  /** The original outlet's name, so "told Meridian Wire" is not a relay. */
  originalOutlet?: string;
  /** The paragraph's prose before the speaker's words, quotations blanked: for "he said", the person named last. */
  before?: string;
}

export interface Resolved {
  source: SuggestedSource;
  /** Set when the source was inferred; becomes a `check:` remark. */
  check?: string;
}

const PRONOUNS = /^(he|she|they|it|him|her|them)$/i;
const POSSESSIVE_DOCUMENT = /^(its|their|his|her)\b/i;
const DOCUMENT = /\b(survey|study|report|reports|figures|data|documents?|analysis|statement|records?|audit|review|poll|letter|filing|model|assessment|estimates?|findings|research|paper|cables?|memo)\b/i;
/** "A 2023 survey by …", "figures published by …", "its own inspection reports": a document, whose author is the source. */
export function isDocumentPhrase(phrase: string): boolean {
  const [document = ''] = phrase.split(/\s+(?:by|from|of|published|obtained|released|seen|prepared)\b/i);
  return DOCUMENT.test(document) && !/^(?:the|this|that)\s+(?:report|newspaper|paper)$/i.test(phrase);
}

/** Nouns of bodies that speak as themselves: "the company" is never its chief executive. */
/** The kind of source an institution's noun stands for: "the ministry" a government body, "the company" an organisation. */
export function institutionKind(noun: string): 'government' | 'organization' {
  return /^(?:ministry|department|government|administration|embassy|authority|police|army|office|council|court|regulator)$/i.test(noun) ? 'government' : 'organization';
}

export const INSTITUTION_NOUN = /^(?:company|firm|group|organisation|organization|agency|ministry|department|government|court|committee|union|party|foundation|council|commission|institute|university|campaign|administration|office|network|broadcaster|newspaper|website|charity|association|bank|embassy|authority|club|team|airline|operator|regulator|police|army|board)$/i;

const NOT_A_SPEAKER = /^(this|that|these|those|there|which|what|who|i|we|you|one|nobody|everyone|anyone|it is|there is)$/i;

/** Cleans a speaker phrase: parentheticals, leading articles in names, punctuation. */
export function cleanPhrase(phrase: string): string {
  return phrase
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/[.,;:!?]+$/g, '')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Financial Times" from "The Financial Times"; "Officials …" with a capital. Anonymous names keep their article ("A senior … official"). */
function displayName(phrase: string, kind: SuggestedSource['kind']): string {
  const text = kind === 'anonymous' ? phrase : phrase.replace(/^(the)\s+/i, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function newNamedPerson(context: ResolutionContext, name: string, role: string | undefined): SuggestedSource {
  const known = context.people.get(name);
  const finalRole = role ?? known?.role;
  const guess = kindOfNamedPerson(finalRole);
  return context.registry.add({ name, kind: guess.kind, reason: guess.reason, person: true, ...(finalRole ? { role: finalRole } : {}) });
}

/** A new or known non-person source named by `phrase`. */
function newSource(context: ResolutionContext, phrase: string, role?: string): Resolved {
  const country = countryOfPhrase(phrase);
  if (country) {
    const source = context.registry.add({ name: governmentName(country), kind: 'government', reason: `“${phrase}” taken to mean the ${governmentName(country)}` });
    return { source };
  }
  // "Per Ostman", role "leader": a name compromise does not know, but the role is a person's.
  if (role && /^\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2}$/u.test(phrase) && kindOfNamedPerson(role).kind !== 'person') {
    const person = newNamedPerson(context, phrase, role);
    return { source: person, check: `“${phrase}” taken to be a person’s name (role “${role}”)` };
  }
  const guess = guessKind(phrase, role);
  // Long anonymous descriptions: a short name, the whole description as the role.
  const head = headPhrase(phrase.replace(/^(the)\s+/i, ''));
  if (guess.kind === 'anonymous' && head !== phrase && phrase.split(/\s+/).length > 4 && !/^(?:some|many|several|one|two|three|most|all|few|none|each|any)$/i.test(head) && !/^(?:an?|the)\s+[\p{L}-]+\s+(?:for|of)\s+(?:the\s+)?[\p{L}’' -]+$/iu.test(phrase)) {
    const source = context.registry.add({ name: displayName(head, guess.kind), kind: 'anonymous', reason: guess.reason, role: role ?? phrase.replace(/^(the|a|an)\s+/i, '') });
    return { source, check: `“${phrase}” shortened to the source name “${source.name}”` };
  }
  const source = context.registry.add({ name: displayName(phrase, guess.kind), kind: guess.kind, reason: guess.reason, ...(role ? { role } : {}) });
  return { source };
}


/** For "he"/"she": the person whose name (or surname) appears last in the prose before it, if the gender fits. */
function lastMentionedPerson(pronoun: string, context: ResolutionContext): SuggestedSource | undefined {
  const wanted = /^(he|him)$/i.test(pronoun) ? 'male' : /^(she|her)$/i.test(pronoun) ? 'female' : undefined;
  if (!wanted || !context.before) return undefined;
  let best: { person: Person; at: number } | undefined;
  for (const person of context.people.values()) {
    const gender = nameGender(person.name);
    if (gender && gender !== wanted) continue;
    const surname = person.name.split(/\s+/).at(-1)!;
    const pattern = new RegExp(`(?<![\\p{L}])(?:${escapeRegExp(person.name)}|${escapeRegExp(surname)})(?![\\p{L}])`, 'gu');
    for (const match of context.before.matchAll(pattern)) if (!best || match.index > best.at) best = { person, at: match.index };
  }
  return best ? newNamedPerson(context, best.person.name, undefined) : undefined;
}

/** Resolves the words naming a speaker to a source, or undefined when they name no one. */
export function resolveSpeaker(rawPhrase: string, context: ResolutionContext, role?: string): Resolved | undefined {
  const phrase = cleanPhrase(rawPhrase);
  if (!phrase || NOT_A_SPEAKER.test(phrase) || phrase.split(/\s+/).length > 16 || /[“”"·]/.test(phrase)) return undefined;
  const { registry } = context;

  if (PRONOUNS.test(phrase)) {
    const mentioned = lastMentionedPerson(phrase, context);
    if (mentioned) return { source: mentioned, check: `“${phrase}” taken to be ${mentioned.name}, named just before` };
    const source = registry.forPronoun(phrase);
    return source ? { source, check: `“${phrase}” taken to be ${source.name}` } : undefined;
  }

  // A document stands for its author: "a 2023 survey by the National Hydrology Institute", "its own inspection reports".
  if (isDocumentPhrase(phrase)) {
    const by = /\b(?:by|from|of)\s+(.+)$/i.exec(phrase);
    if (by) {
      const author = cleanPhrase(by[1]!.replace(/\s+(?:in|on|last|this)\s+\S+$/i, ''));
      const resolved = resolveSpeaker(author, context);
      if (resolved) {
        registry.noteDocumentAuthor(resolved.source);
        return { source: resolved.source, check: `“${phrase}” attributed to ${resolved.source.name}` };
      }
    }
    if (POSSESSIVE_DOCUMENT.test(phrase)) {
      const source = registry.forPronoun('it') ?? registry.forPronoun('they');
      if (source) return { source, check: `“${phrase}” taken to be ${source.name}'s` };
    }
  }

  // "the study", "the report" after "a study by the Institute": one document, so one source, its author.
  if (/^(?:the|this|that)\s+(?:new\s+|latest\s+|full\s+|same\s+)?(?:report|study|survey|analysis|findings|research|paper|audit|review|poll|assessment|document)$/i.test(phrase)) {
    const author = registry.documentAuthor();
    if (author) return { source: author, check: `“${phrase}” taken to be the document by ${author.name} named before` };
  }

  // "the report", "the newspaper" → the outlet named last.
  if (/^(?:the|this|that)\s+(?:report|newspaper|paper|broadcaster|agency|outlet|magazine)$/i.test(phrase)) {
    const outlet = registry.lastOutlet();
    if (outlet) return { source: outlet, check: `“${phrase}” taken to be ${outlet.name}` };
  }

  // "the embassy", "the minister", "the reporter" → the source of that noun named before.
  const definite = /^[Tt]he\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)$/u.exec(phrase);
  if (definite) {
    const noun = definite[1]!.split(/\s+/).at(-1)!;
    const institution = INSTITUTION_NOUN.test(noun);
    // "the company" after one company (and no other organisation) spoke: that company.
    const known = registry.byNoun(noun, { institutionsOnly: institution }) ?? (institution ? registry.onlyOfKind(institutionKind(noun)) : undefined);
    if (known) return { source: known, check: `“${phrase}” taken to be ${known.name}` };
  }

  // "the foreign minister", "Russia's foreign minister": the one person the article names with that role.
  const described = /^(?:[Tt]he|\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)*[’']s)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)$/u.exec(phrase);
  if (described && !INSTITUTION_NOUN.test(described[1]!.split(/\s+/).at(-1)!)) {
    const role = new RegExp(`\\b${described[1]!.replace(/\s+/g, '\\s+')}\\b`, 'i');
    const holders = [...context.people.values()].filter((person) => person.role !== undefined && role.test(person.role.split(/\s+(?:of|for|at|in|to)\s+/i)[0]!));
    if (holders.length === 1) return { source: newNamedPerson(context, holders[0]!.name, undefined), check: `“${phrase}” taken to be ${holders[0]!.name}, the article’s only ${described[1]}` };
  }

  // A surname alone, with or without a title: "Tsang", "KORVEL", "Ms Lind".
  const bare = withoutHonorific(phrase);
  if (/^[\p{Lu}][\p{L}’'-]+$/u.test(bare)) {
    const namesakes = peopleBySurname(context.people, bare);
    // Two people with one surname: the one the article names first, with a note.
    if (namesakes.length > 1 && namesakes[0]!.firstNamed !== undefined) {
      return { source: newNamedPerson(context, namesakes[0]!.name, role), check: `“${bare}” taken to be ${namesakes[0]!.name}, the ${bare} the article names first` };
    }
    const known = registry.bySurname(bare);
    if (known) return { source: known };
    const person = personBySurname(context.people, bare);
    if (person) return { source: newNamedPerson(context, person.name, role) };
  }

  // A full name, possibly after a title: "Steve Tsang", "Kremlin spokesman Dmitry Peskov".
  if (isPersonName(bare)) return { source: newNamedPerson(context, bare, role) };
  const mention = findPeople(phrase).at(-1);
  if (mention && mention.end === phrase.length) {
    const title = titleBefore(phrase.slice(0, mention.start)) ?? phrase.slice(0, mention.start).replace(/^(?:its|his|her|their|the)\s+/i, '').trim();
    return { source: newNamedPerson(context, mention.name, role ?? (title || undefined)) };
  }

  // "the regime of Xi Jingping": a government whose country the text gives only nearby (a capital in the paragraph).
  if (/^(?:the\s+)?(?:regime|government|administration|leadership|cabinet)\s+of\s+/i.test(phrase) && !countryOfPhrase(phrase.replace(/^.*?\bof\s+/i, ''))) {
    const country = firstMetonymIn(context.paragraph);
    if (country) {
      const source = registry.add({ name: governmentName(country), kind: 'government', reason: `“${phrase}” taken to mean the ${governmentName(country)}` });
      return { source, check: `“${phrase}” taken to be the ${governmentName(country)} (the paragraph names ${country.metonyms[0]})` };
    }
  }

  // "the Chinese government", "Russian officials" stay as written; "the Chinese embassy in the US" too.
  if (countryOfAdjective(phrase) && /\bgovernment$/i.test(phrase)) {
    const country = countryOfAdjective(phrase)!;
    return { source: registry.add({ name: governmentName(country), kind: 'government', reason: 'a national government' }) };
  }

  return newSource(context, phrase, role);
}
