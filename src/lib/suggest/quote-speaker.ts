/**
 * From the words a quotation's attribution names its speaker with to a declared source: a person
 * by their name (titles go to the role), an organisation or a described speaker as written, "he"
 * and "she" by the latest fitting person named before. When the words name no one (a clause
 * fragment) or a pronoun fits no one, the answer is undefined: the caller marks the quote
 * "Unknown speaker" with a `check:` note rather than guess.
 */
import type { Person } from './people.ts';
import { isOrganizationName, nameGender } from './names.ts';
import { headPhrase, kindOfNamedPerson } from './source-kind.ts';
import { describedAntecedent, describedGender } from './described-antecedent.ts';
import { messageAuthor } from './message-author.ts';
import { speakerSince } from './speaker-change.ts';
import { nicknameOwner } from './nicknames.ts';
import { antecedentOf, personMentions, subjectSince } from './pronoun-antecedent.ts';
import type { QuoteAttribution } from './quote-attribution.ts';
import { readSpeakerPhrase } from './speaker-phrase.ts';
import { INSTITUTION_NOUN, institutionKind, resolveSpeaker, type Resolved, type ResolutionContext } from './speaker-resolution.ts';
import type { SuggestedSource } from './types.ts';

const PERSONAL: readonly SuggestedSource['kind'][] = ['official', 'expert', 'person', 'anonymous'];

export interface QuoteSpeakerContext {
  resolution: ResolutionContext;
  /** People the article names, by full name (compromise's finds and speakers found so far). */
  people: Map<string, Person>;
  /** Every paragraph's prose with quotations blanked out. */
  prose: readonly string[];
  /** The paragraphs' own words up to this one, for nicknames ("whom everyone calls “Doc”"). */
  texts?: readonly string[];
  paragraph: number;
  /** The speaker of the quotation before, and where it ended. */
  lastSpeaker?: { source: SuggestedSource; paragraph: number; at: number } | undefined;
}

export interface QuoteSpeaker {
  resolved?: Resolved;
  /** Why no speaker was given, for the `check:` note. */
  unsure?: string;
}


/** "He also said …" right after the same man's quote: the last speaker, when no other person became the subject in between. */
function lastSpeakerFits(pronoun: string, context: QuoteSpeakerContext, at: number): SuggestedSource | undefined {
  const last = context.lastSpeaker;
  if (!last || last.paragraph < context.paragraph - 1 || !PERSONAL.includes(last.source.kind)) return undefined;
  const wanted = pronoun === 'he' ? 'male' : 'female';
  const gender = nameGender(last.source.name) ?? describedGender(last.source.name);
  if (gender && gender !== wanted) return undefined;
  return subjectSince(context.prose, context.people, last, context.paragraph, at, last.source.name) ? undefined : last.source;
}

/** "“…,” protesters said. … “…,” they added." / "“…,” the ministry said. … “…,” it added.": the last speaker, a group for "they", an institution for "it". */
function groupContinues(pronoun: string, context: QuoteSpeakerContext, at: number): SuggestedSource | undefined {
  const last = context.lastSpeaker;
  if (!last || last.paragraph < context.paragraph - 1) return undefined;
  const { kind, name } = last.source;
  const plural = kind === 'anonymous' && /s$/i.test(name.split(/\s+(?:who|with|in|at|of|for|from)\b/i)[0]!.trim());
  const institution = ['organization', 'government', 'outlet', 'document'].includes(kind);
  const fits = pronoun === 'they' ? plural || institution : pronoun === 'it' && institution;
  if (!fits) return undefined;
  return speakerSince(context.prose, context.people, last, name, context.paragraph, at) ? undefined : last.source;
}

const quoted = (text: string) => `“${text.length > 50 ? `${text.slice(0, 49)}…` : text}”`;

/** "“Doc” shrugged: “…”": the person the text gave the nickname to, else the nickname as a person's name, to be checked. */
function nicknameSpeaker(nickname: string, context: QuoteSpeakerContext): QuoteSpeaker {
  const owner = nicknameOwner(context.texts ?? [], nickname);
  const found = owner ? resolveSpeaker(owner, context.resolution) : undefined;
  if (found) return { resolved: { source: found.source, check: `“${nickname}” taken to be ${found.source.name}’s nickname` } };
  const source = context.resolution.registry.add({ name: nickname, kind: 'person', reason: 'a nickname in quotation marks, speaking', person: true });
  return { resolved: { source, check: `“${nickname}” is a nickname: whose?` } };
}

export function resolveQuoteAttribution(attribution: Extract<QuoteAttribution, { phrase: string }>, context: QuoteSpeakerContext): QuoteSpeaker {
  if (attribution.how === 'nickname') return nicknameSpeaker(attribution.phrase, context);
  const shape = readSpeakerPhrase(attribution.phrase, new Set(context.people.keys()));
  if (!shape) return { unsure: `${quoted(attribution.phrase)} does not name a speaker` };
  const ctx: ResolutionContext = { ...context.resolution, before: context.prose[context.paragraph]!.slice(0, attribution.start) };
  if (shape.kind === 'pronoun') {
    if (/^(?:he|she)$/.test(shape.pronoun)) {
      const continuing = lastSpeakerFits(shape.pronoun, context, attribution.start);
      if (continuing) return { resolved: { source: continuing, check: `“${shape.pronoun}” taken to be ${continuing.name}` } };
      const person = antecedentOf(shape.pronoun, context.prose, context.people, context.paragraph, attribution.start);
      // "A woman who lives near the port said …. “…,” she said": the described speaker the pronoun fits.
      const described = person ? undefined : describedAntecedent(shape.pronoun as 'he' | 'she', context.resolution.registry.sources, context.prose, context.people, context.paragraph, attribution.start);
      if (described) return { resolved: { source: described, check: `“${shape.pronoun}” taken to be ${described.name}` } };
      if (!person) return { unsure: `“${shape.pronoun}”: no one named before fits` };
      const resolved = resolveSpeaker(person.name, ctx, person.role);
      return resolved ? { resolved: { source: resolved.source, check: `“${shape.pronoun}” taken to be ${resolved.source.name}` } } : { unsure: `“${shape.pronoun}”: who is it?` };
    }
    // "they" and "it" continue the group or the institution that spoke last, when no one else spoke since; else the analyst decides.
    const continuing = groupContinues(shape.pronoun, context, attribution.start);
    if (continuing) return { resolved: { source: continuing, check: `“${shape.pronoun}” taken to be ${continuing.name}, who spoke just before` } };
    return { unsure: `“${shape.pronoun}”: who is it?` };
  }
  // "the tweet", "the statement": whoever the text says posted or issued it.
  const author = shape.kind === 'description' ? messageAuthor(shape.name, context.prose, context.paragraph, attribution.start) : undefined;
  const authorShape = author ? readSpeakerPhrase(author, new Set(context.people.keys())) : undefined;
  const byAuthor = authorShape && authorShape.kind !== 'pronoun' ? resolveSpeaker(authorShape.name, ctx, authorShape.role) : undefined;
  if (byAuthor) return { resolved: { source: byAuthor.source, check: `“${shape.name}” taken to be ${byAuthor.source.name}’s` } };
  // "the actress", "the company": someone named before with that role, or the analyst decides.
  // "Russia’s foreign minister", "the company’s chief executive": the whole role must be the person's ("foreign minister").
  const possessed = shape.kind === 'description' ? /^(?:the\s+)?[\p{L}.&-]+(?:\s+[\p{L}.&-]+)?[’']s\s+((?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+))$/u.exec(shape.name) : null;
  const definite = possessed ? [possessed[0], possessed[2]!] : shape.kind === 'description' ? /^the\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)$/iu.exec(shape.name) : null;
  if (definite) {
    const noun = definite[1]!.toLowerCase();
    const roleWords = possessed ? possessed[1]!.replace(/\s+/g, '\\s+') : noun;
    const institution = INSTITUTION_NOUN.test(noun);
    // The role's head ("chief executive" of "chief executive of the ferry company"): "the company" is not its chief executive.
    const withRole = institution ? [] : personMentions(context.prose, context.people, context.paragraph - 3, context.paragraph, attribution.start).filter((mention) => mention.person.role !== undefined && new RegExp(`\\b${roleWords}\\b`, 'i').test(headPhrase(mention.person.role)));
    const candidates = new Set(withRole.map((mention) => mention.person.name));
    // "Foreign Minister Korvel met Finance Minister Feld. … the minister said": which one is for the analyst.
    if (candidates.size > 1) return { unsure: `“${shape.name}”: ${[...candidates].join(' or ')}?` };
    const person = withRole.at(-1)?.person;
    if (person) {
      const found = resolveSpeaker(person.name, ctx, person.role);
      if (found) return { resolved: { source: found.source, check: `“${shape.name}” taken to be ${found.source.name}` } };
    }
    if (institution) {
      // "the company" after one company (and no other organisation) spoke: that company.
      const known = context.resolution.registry.byNoun(noun, { institutionsOnly: true }) ?? context.resolution.registry.onlyOfKind(institutionKind(noun));
      return known ? { resolved: { source: known, check: `“${shape.name}” taken to be ${known.name}` } } : { unsure: `“${shape.name}”: which one?` };
    }
  }
  let resolved = resolveSpeaker(shape.name, ctx, shape.role);
  // A single name the text treats as a person's ("Sergey said"), which the lexicon does not know: a person, not an organisation.
  // So is a name after a person's title ("glass artist Jenn Arvo").
  const titledName = shape.kind === 'person' && shape.role !== undefined && resolved?.source.kind === 'organization';
  if (resolved && shape.kind === 'person' && (!shape.name.includes(' ') || titledName) && !PERSONAL.includes(resolved.source.kind) && !isOrganizationName(shape.name)) {
    const guess = kindOfNamedPerson(shape.role);
    const registry = context.resolution.registry;
    // The name may have just been registered as an organisation by its shape alone: it is a person's.
    const why = `${guess.reason}; ${titledName ? 'a name after a title' : 'a single name'}`;
    resolved = { source: resolved.source.kind === 'organization' && resolved.source.name === shape.name ? registry.retypeAsPerson(resolved.source, guess.kind, why) : registry.add({ name: shape.name, kind: guess.kind, reason: why, person: true, ...(shape.role ? { role: shape.role } : {}) }) };
  }
  if (!resolved) return { unsure: `${quoted(attribution.phrase)} does not name a speaker` };
  if (shape.kind === 'person' && shape.name.includes(' ') && !context.people.has(shape.name)) context.people.set(shape.name, { name: shape.name, ...(shape.role ? { role: shape.role } : {}) });
  const check = attribution.how === 'subject' ? `the sentence’s subject, ${resolved.source.name}, taken to be the speaker` : resolved.check;
  return { resolved: { source: resolved.source, ...(check ? { check } : {}) } };
}
