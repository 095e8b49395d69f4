/**
 * Walks the article's paragraphs in order and turns attributions into suggested quotes and claims.
 * Each rule lives in its own module; this file only decides, for every sentence, which rule
 * applies and keeps the state that spans sentences (who spoke last, the previous sentence).
 */
import { findAnchors, trimContent, type Anchor } from './attributions.ts';
import { claimId } from './claim-ids.ts';
import { findDeniedClaim, findLaterDeniedClaim, findPointedClaim, soundsLikeDenial } from './denials.ts';
import { guessKind } from './source-kind.ts';
import type { Person } from './people.ts';
import { countWords, findQuotations, maskQuotations, type Quotation } from './quotations.ts';
import { attributeQuotation, colonIntroduction, sentenceIntroduction } from './quote-attribution.ts';
import { resolveQuoteAttribution, type QuoteSpeakerContext } from './quote-speaker.ts';
import { namesIn, readSpeakerPhrase } from './speaker-phrase.ts';
import { nameGender } from './names.ts';
import { speakerSince } from './speaker-change.ts';
import { splitSentences } from './sentences.ts';
import { isSlogan } from './slogans.ts';
import { resolveSpeaker, type Resolved, type ResolutionContext } from './speaker-resolution.ts';
import { SourceRegistry } from './source-registry.ts';
import { isAnswerLabel, isQuestionLabel, readTranscriptTurn } from './transcript.ts';
import type { Span, SuggestedClaim, SuggestedQuote, SuggestedSource } from './types.ts';
import { verbOffsets } from './verbs.ts';

export interface ParagraphAnnotations {
  quotes: SuggestedQuote[];
  claims: SuggestedClaim[];
}

export interface ArticleAnnotations {
  paragraphs: ParagraphAnnotations[];
  sources: SuggestedSource[];
}

interface SentenceRecord {
  paragraph: number;
  span: Span;
  attributed: boolean;
}

interface LastQuote {
  paragraph: number;
  source: SuggestedSource;
  /** The paragraph ended inside this quotation: the next paragraph's opening quotation continues it. */
  runsOn: boolean;
  /** Offset just after the quotation. */
  at: number;
}

interface Walk {
  texts: readonly string[];
  registry: SourceRegistry;
  people: ReadonlyMap<string, Person>;
  originalOutlet?: string;
  out: ParagraphAnnotations[];
  previousSentence?: SentenceRecord;
  lastQuote?: LastQuote;
  lastTranscriptSpeaker?: SuggestedSource;
  /** Named people, growing as speakers are found (for "he" and "she"). */
  knownPeople: Map<string, Person>;
  /** Each paragraph with its quotations blanked out. */
  prose: string[];
}

/** The placeholder source for a quote nobody could be found for. */
const UNKNOWN_SPEAKER = 'Unknown speaker';

const quoted = (text: string, max = 60) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}”`;
};

function context(walk: Walk, paragraph: number): ResolutionContext {
  return { registry: walk.registry, people: walk.people, paragraph: walk.texts[paragraph]!, ...(walk.originalOutlet ? { originalOutlet: walk.originalOutlet } : {}) };
}

/** The relaying outlet when a speaker "told" one (not the original outlet itself). */
function viaListener(walk: Walk, paragraph: number, listener: string | undefined): SuggestedSource | undefined {
  if (!listener || guessKind(listener).kind !== 'outlet') return undefined;
  const name = listener.replace(/^the\s+/i, '').trim();
  if (walk.originalOutlet && name.toLowerCase() === walk.originalOutlet.toLowerCase()) return undefined;
  return resolveSpeaker(listener, context(walk, paragraph))?.source;
}

function addClaim(claims: SuggestedClaim[], claim: SuggestedClaim, quotes: readonly Quotation[]): void {
  // A claim may contain whole quotations but never cut one; claims never overlap.
  if (quotes.some((q) => q.start < claim.end && q.end > claim.start && !(q.start >= claim.start && q.end <= claim.end) && !(claim.start >= q.start && claim.end <= q.end))) return;
  if (claims.some((other) => other.start < claim.end && other.end > claim.start)) return;
  claims.push(claim);
}

/** The whole quotation when a claim's words are exactly one quotation with its marks. */
function unwrapQuotation(span: Span, quotations: readonly Quotation[]): Span {
  const whole = quotations.find((q) => span.start <= q.open && span.end >= q.close - 1 && span.end <= q.close && span.start >= q.open - 1);
  return whole ? { start: whole.start, end: whole.end } : span;
}

function annotateTranscriptTurn(walk: Walk, index: number, text: string): boolean {
  const turn = readTranscriptTurn(text);
  if (!turn || findQuotations(text).length > 0) return false;
  const out = walk.out[index]!;
  let resolved: Resolved | undefined;
  if (isQuestionLabel(turn.label)) {
    resolved = {
      source: walk.registry.add({ name: 'Questioners in the transcript', kind: 'anonymous', reason: 'the transcript marks questions “Q:” without naming who asked' }),
      check: 'questions marked “Q:”: who asked them?',
    };
  } else if (isAnswerLabel(turn.label) && walk.lastTranscriptSpeaker) {
    resolved = { source: walk.lastTranscriptSpeaker, check: `“A:” taken to be ${walk.lastTranscriptSpeaker.name}` };
  } else {
    const label = turn.label.charAt(0) + turn.label.slice(1).toLowerCase();
    resolved = resolveSpeaker(label, context(walk, index));
  }
  if (!resolved) return false;
  const words = text.slice(turn.words.start, turn.words.end);
  out.quotes.push({ ...turn.words, by: resolved.source.id, ...(resolved.check ? { check: resolved.check } : {}) });
  if (!isQuestionLabel(turn.label)) {
    walk.lastTranscriptSpeaker = resolved.source;
    if (!words.trim().endsWith('?') && words.split(/\s+/).length >= 4) {
      addClaim(out.claims, { ...turn.words, by: resolved.source.id, status: soundsLikeDenial(words) ? 'denied' : 'unverified', checks: resolved.check ? [resolved.check] : [] }, []);
    }
  }
  return true;
}

/** What resolving a quotation's speaker in paragraph `index` needs to know. */
function speakerContext(walk: Walk, index: number): QuoteSpeakerContext {
  const last = walk.lastQuote && walk.lastQuote.source.name !== UNKNOWN_SPEAKER ? walk.lastQuote : undefined;
  return { resolution: context(walk, index), people: walk.knownPeople, prose: walk.prose, texts: walk.texts.slice(0, index + 1), paragraph: index, ...(last ? { lastSpeaker: last } : {}) };
}

/**
 * The speaker of one quotation, from its attribution (quote-attribution.ts), else the quote it
 * continues, else "Unknown speaker" with a `check:` note. Undefined for short quoted terms and
 * titles with no attribution: they are not quotes.
 */
function quoteSpeaker(walk: Walk, index: number, masked: string, quotations: readonly Quotation[], sentences: readonly Span[], quotation: Quotation, speakers: ReadonlyMap<Quotation, Resolved>): Resolved | undefined {
  const text = walk.texts[index]!;
  const position = quotations.indexOf(quotation);
  const attribution = attributeQuotation(text, masked, quotations, position, sentences);
  let resolved: Resolved | undefined;
  let unsure: string | undefined;
  if ('phrase' in attribution) {
    const found = resolveQuoteAttribution(attribution, speakerContext(walk, index));
    resolved = found.resolved;
    unsure = found.unsure;
  } else if (attribution.how === 'sibling') {
    // The quotation before it may be a term with no speaker of its own ("“crushing” and wrote “…”"): read its attribution.
    let before = position - 1;
    resolved = speakers.get(quotations[before]!);
    while (!resolved && before >= 0) {
      const earlier = attributeQuotation(text, masked, quotations, before, sentences);
      if ('phrase' in earlier) {
        const found = resolveQuoteAttribution(earlier, speakerContext(walk, index));
        resolved = found.resolved;
        unsure = found.unsure;
        break;
      }
      if (earlier.how !== 'sibling') break;
      before -= 1;
    }
  } else if (attribution.passiveWithoutAgent) {
    unsure = 'the words were told to someone (“was told”): who said them?';
  }
  const words = text.slice(quotation.start, quotation.end);
  // A quoted term, title or scare quote ("crushing", "Breaking Into Comics"): not someone's quote.
  const titleCase = countWords(words) <= 7 && words.split(/\s+/).every((word) => /^[^\p{Ll}]/u.test(word) || /^(?:of|the|and|for|a|an|in|on|to|at|by|or|vs\.?)$/.test(word));
  // One or two quoted words are someone's only when a speech verb gives them to a named speaker ("called the move “lousy”").
  const direct = (attribution.how === 'lead' || attribution.how === 'tail') && resolved !== undefined;
  // A name or title in capitals inside the writer's sentence ("calls him “Doc”", "the report “Water for All”") is no one's words, even after a speech verb.
  const namedThing = titleCase && !quotation.endsWithPunctuation && attribution.how !== 'tail';
  if ((countWords(words) < 3 && !direct) || (!resolved && titleCase) || namedThing || isSlogan(masked, quotation) || (attribution.how === 'none' && !attribution.passiveWithoutAgent && quotation.fragment)) return undefined;
  // A block quotation after a paragraph ending in a colon: the speaker that sentence introduces.
  const opening = text.slice(0, quotation.open).trim() === '' && quotations.indexOf(quotation) === 0;
  const introduction = !resolved && !unsure && attribution.how === 'none' && opening && index > 0 ? colonIntroduction(walk.prose[index - 1]!) : undefined;
  if (introduction) {
    const found = resolveQuoteAttribution(introduction, { ...speakerContext(walk, index - 1), lastSpeaker: undefined });
    if (found.resolved) resolved = { source: found.resolved.source, check: found.resolved.check ?? `introduced by the paragraph before (“…:”)` };
  }
  // A quotation opening a sentence after one that introduces a person speaking ("X told of …. “…”").
  const sentenceAt = sentences.findIndex((s) => quotation.open >= s.start && quotation.open < s.end);
  const before = sentenceAt > 0 ? sentences[sentenceAt - 1]! : undefined;
  const opensSentence = sentenceAt >= 0 && masked.slice(sentences[sentenceAt]!.start, quotation.open).trim() === '';
  const introducer = !resolved && !unsure && attribution.how === 'none' && !quotation.fragment && opensSentence && before && !(walk.lastQuote?.paragraph === index && walk.lastQuote.at > before.start) ? sentenceIntroduction(masked, before) : undefined;
  if (introducer) {
    const found = resolveQuoteAttribution(introducer, speakerContext(walk, index));
    if (found.resolved && ['official', 'expert', 'person'].includes(found.resolved.source.kind)) resolved = { source: found.resolved.source, check: `introduced by the sentence before: ${found.resolved.check ?? `${found.resolved.source.name} taken to be the speaker`}` };
  }
  if (!resolved && !unsure && walk.lastQuote) {
    const last = walk.lastQuote;
    const opensParagraph = text.slice(0, quotation.open).trim() === '';
    // "“…,” said Feld. Marta Lind disagreed. “…”": someone else became the subject since; the analyst decides.
    const other = last.source.name === UNKNOWN_SPEAKER ? undefined : speakerSince(walk.prose, walk.knownPeople, last, last.source.name, index, quotation.open);
    if (other) unsure = `${other} spoke after ${last.source.name}’s quote: whose words are these?`;
    else if (last.paragraph === index || (last.runsOn && last.paragraph === index - 1)) resolved = { source: last.source };
    else if (last.paragraph === index - 1 && opensParagraph) resolved = { source: last.source, check: `no attribution: taken to continue ${last.source.name}’s quote in the paragraph before` };
  }
  return resolved ?? { source: walk.registry.add({ name: UNKNOWN_SPEAKER, kind: 'anonymous', reason: 'no attribution found: replace with the real speaker' }), check: unsure ? `unknown speaker: ${unsure}` : 'no attribution found: who said this?' };
}

function annotateParagraph(walk: Walk, index: number): void {
  const text = walk.texts[index]!;
  const out = walk.out[index]!;
  if (annotateTranscriptTurn(walk, index, text)) {
    walk.previousSentence = { paragraph: index, span: { start: 0, end: text.length }, attributed: true };
    return;
  }
  const quotations = findQuotations(text);
  const masked = maskQuotations(text, quotations);
  const verbs = verbOffsets(text);
  const sentences = splitSentences(text, quotations);
  const ctx = context(walk, index);

  const speakers = new Map<Quotation, Resolved>();
  for (const sentence of sentences) {
    const inSentence = quotations.filter((q) => q.open >= sentence.start && q.open < sentence.end);
    const anchors = findAnchors(masked, sentence, quotations, verbs);
    const resolvedAnchors: { anchor: Anchor; resolved: Resolved; via?: SuggestedSource; cited?: Resolved }[] = [];
    for (const anchor of anchors) {
      // The same reading of names as for quotes: titles to the role, clause fragments are no one.
      const shape = readSpeakerPhrase(anchor.speaker.phrase, new Set(walk.knownPeople.keys()));
      if (!shape) continue;
      const phrase = shape.kind === 'pronoun' ? shape.pronoun : shape.name;
      const role = anchor.speaker.role ?? (shape.kind === 'pronoun' ? undefined : shape.role);
      const resolved = resolveSpeaker(phrase, { ...ctx, before: masked.slice(0, anchor.speaker.start) }, role);
      if (!resolved) continue;
      const cited = anchor.cited ? resolveSpeaker(anchor.cited.phrase, ctx) : undefined;
      const via = viaListener(walk, index, anchor.listener);
      resolvedAnchors.push({ anchor, resolved, ...(via ? { via } : {}), ...(cited ? { cited } : {}) });
    }

    // Claims from attributions with their own words.
    for (const { anchor, resolved, via, cited } of resolvedAnchors) {
      if (anchor.kind === 'tail' || anchor.question) continue;
      const by = cited ? cited.source : resolved.source;
      const relay = cited ? resolved.source : via;
      const checks = [resolved.check, cited?.check].filter((check): check is string => Boolean(check));
      if (!anchor.content) {
        // "The Financial Times reports, citing officials …": the previous sentence is what they report.
        const previous = walk.previousSentence;
        if (cited && previous && !previous.attributed) {
          const prevText = walk.texts[previous.paragraph]!;
          const colon = /^[^:“"]{1,80}:\s+/.exec(prevText.slice(previous.span.start, previous.span.end));
          const span = trimContent(prevText, previous.span.start + (colon && colon[0].split(/\s+/).length <= 9 ? colon[0].length : 0), previous.span.end);
          if (span) {
            addClaim(walk.out[previous.paragraph]!.claims, { ...span, by: by.id, ...(relay ? { via: relay.id } : {}), status: 'unverified', checks: [...checks, `attributed by the next sentence (“${anchor.verb}, citing …”)`] }, findQuotations(prevText));
            previous.attributed = true;
          }
        }
        continue;
      }
      const span = unwrapQuotation(anchor.content, quotations);
      const words = text.slice(span.start, span.end);
      const status = anchor.denial ? 'denied' : 'unverified';
      const candidate = !anchor.denial && soundsLikeDenial(words);
      addClaim(out.claims, { ...span, by: by.id, ...(relay ? { via: relay.id } : {}), status, checks: candidate ? [...checks, 'denial?'] : checks }, quotations);
    }

    // Quotes and their speakers.
    for (const quotation of inSentence) {
      const tail = resolvedAnchors.find((entry) => entry.anchor.quotation === quotation);
      const speaker = quoteSpeaker(walk, index, masked, quotations, sentences, quotation, speakers);
      if (!speaker) continue;
      const resolved = speaker;
      speakers.set(quotation, resolved);
      // "The regime of X expressed its “regret” for …": a fragment given by a verb that is no attribution of its own; the predicate is the claim.
      if (quotation.fragment && resolvedAnchors.length === 0 && resolved.source.name !== UNKNOWN_SPEAKER) {
        const verb = [...verbs].filter((offset) => offset > sentence.start && offset < quotation.open && masked[offset] !== '·').sort((a, b) => a - b)[0];
        const span = verb === undefined ? undefined : trimContent(masked, verb, sentence.end);
        if (span) addClaim(out.claims, { ...span, by: resolved.source.id, status: 'unverified', checks: [resolved.check, `the sentence’s subject taken to be the speaker of ${quoted(text.slice(quotation.start, quotation.end))}`].filter((c): c is string => Boolean(c)) }, quotations);
      }
      // One or two quoted words after a speech verb ("called the deal “lousy”"): the speaker's word, or the writer's scare quote?
      const short = countWords(text.slice(quotation.start, quotation.end)) < 3 ? 'one or two quoted words: the speaker’s own, or a term or scare quote of the writer’s (then :term or no mark)?' : undefined;
      const quoteCheck = [resolved.check, short].filter(Boolean).join('; ');
      out.quotes.push({ start: quotation.start, end: quotation.end, by: resolved.source.id, ...(quoteCheck ? { check: quoteCheck } : {}) });
      const words = text.slice(quotation.start, quotation.end);
      if (!quotation.fragment && !/\?\s*$/.test(words)) {
        const checks = resolved.check ? [resolved.check] : [];
        const denial = (tail?.anchor.denial ?? false) || soundsLikeDenial(words);
        addClaim(out.claims, { start: quotation.start, end: quotation.end, by: resolved.source.id, status: tail?.anchor.denial ? 'denied' : 'unverified', checks: denial && !tail?.anchor.denial ? [...checks, 'denial?'] : checks }, quotations);
      }
      walk.lastQuote = { paragraph: index, source: resolved.source, runsOn: !quotation.closed, at: quotation.close };
      // A placeholder is no one: "he said" must not point back at it.
      if (resolved.source.name !== UNKNOWN_SPEAKER) walk.registry.noteSpeaker(resolved.source);
    }

    for (const { resolved } of resolvedAnchors) if (resolved) walk.registry.noteSpeaker(resolved.source);
    const attributed = resolvedAnchors.length > 0 || inSentence.length > 0 || out.claims.some((claim) => claim.start < sentence.end && claim.end > sentence.start);
    walk.previousSentence = { paragraph: index, span: sentence, attributed };
  }
}

/** Characters before a denial read with it. */
const DENIAL_LEAD = 60;

/** Links denials to the claims they answer and gives those claims ids. */
function linkDenials(walk: Walk): void {
  const all = walk.out.flatMap((paragraph, p) => paragraph.claims.map((claim) => ({ claim, p }))).sort((a, b) => a.p - b.p || a.claim.start - b.claim.start);
  const taken = new Set<string>();
  all.forEach(({ claim, p }, index) => {
    const isCandidate = claim.checks.includes('denial?');
    if (claim.status !== 'denied' && !isCandidate) return;
    claim.checks = claim.checks.filter((check) => check !== 'denial?');
    const text = walk.texts[p]!;
    // Denials answer claims, not other denials.
    const earlier = all
      .slice(0, index)
      .map((entry, i) => ({ index: i, by: entry.claim.by, status: entry.claim.status, text: walk.texts[entry.p]!.slice(entry.claim.start, entry.claim.end) }))
      .filter((entry) => entry.status !== 'denied');
    // The words just before the denial name what is denied too ("Russia also denied …").
    const before = text.slice(Math.max(0, claim.start - DENIAL_LEAD), claim.start);
    const lead = before.slice(Math.max(0, ...[...before.matchAll(/[.!?]["”]?\s/g)].map((m) => m.index + m[0].length)));
    const later = all
      .map((entry, i) => ({ index: i, by: entry.claim.by, status: entry.claim.status, text: walk.texts[entry.p]!.slice(entry.claim.start, entry.claim.end) }))
      .filter((entry) => entry.index > index && entry.status !== 'denied' && !entry.text.includes('·'));
    const denial = { index, by: claim.by, text: text.slice(claim.start, claim.end) };
    const target = findDeniedClaim(denial, lead, earlier) ?? (claim.status === 'denied' ? (findLaterDeniedClaim(denial, later) ?? findPointedClaim(denial, earlier, later)) : undefined);
    if (!target) {
      if (claim.status === 'denied') claim.checks.push('a denial: which claim does it answer? Give that claim an #id and add responds=<id>');
      return;
    }
    const answered = all[target.index]!.claim;
    answered.id ??= claimId(target.text, taken);
    taken.add(answered.id);
    claim.status = 'denied';
    claim.responds = answered.id;
    claim.checks.push(`a denial: responds to #${answered.id} (${quoted(target.text, 50)})?`);
    if (!answered.checks.some((check) => check.startsWith('answered by'))) answered.checks.push(`answered by a denial ${target.index > index ? 'above' : 'below'}: status=disputed?`);
  });
}

/**
 * The article's people by clean names: compromise's finds with titles moved to the role
 * ("Captain Monica Rochester" → Monica Rochester, role Captain), and names it misses
 * ("Joachim Brudziński") read from capitalisation.
 */
function namedPeople(people: ReadonlyMap<string, Person>, prose: readonly string[]): Map<string, Person> {
  const clean = new Map<string, Person>();
  for (const person of people.values()) {
    const shape = readSpeakerPhrase(person.name);
    if (shape?.kind !== 'person' || !shape.name.includes(' ')) continue;
    const role = person.role ?? shape.role;
    if (!clean.has(shape.name)) clean.set(shape.name, { name: shape.name, ...(role ? { role } : {}) });
  }
  for (const text of prose) {
    for (const { name, title } of namesIn(text)) {
      // Only names that read as people's: a title before them or a first name compromise knows ("Star Trek" is neither).
      if (!title && !nameGender(name) && !clean.has(name)) continue;
      const known = clean.get(name);
      if (!known) clean.set(name, { name, ...(title ? { role: title } : {}) });
      else if (!known.role && title) known.role = title;
    }
  }
  const all = prose.join('\n');
  for (const person of clean.values()) if (all.includes(person.name)) person.firstNamed = all.indexOf(person.name);
  return clean;
}

/** Annotates every paragraph; headings are passed as undefined and left alone. */
export function annotateArticle(texts: readonly (string | undefined)[], people: ReadonlyMap<string, Person>, originalOutlet?: string): ArticleAnnotations {
  const registry = new SourceRegistry();
  const prose = texts.map((text) => (text === undefined ? '' : maskQuotations(text, findQuotations(text))));
  const knownPeople = namedPeople(people, prose);
  const walk: Walk = { texts: texts.map((text) => text ?? ''), registry, people: knownPeople, knownPeople, prose, out: texts.map(() => ({ quotes: [], claims: [] })), ...(originalOutlet ? { originalOutlet } : {}) };
  texts.forEach((text, index) => {
    if (text !== undefined) annotateParagraph(walk, index);
  });
  linkDenials(walk);
  for (const paragraph of walk.out) paragraph.claims.sort((a, b) => a.start - b.start);
  // Only sources that something is attributed to are declared.
  const used = new Set(walk.out.flatMap((paragraph) => [...paragraph.quotes.map((q) => q.by), ...paragraph.claims.flatMap((c) => [c.by, ...(c.via ? [c.via] : [])])]));
  return { paragraphs: walk.out, sources: registry.sources.filter((source) => used.has(source.id)) };
}
