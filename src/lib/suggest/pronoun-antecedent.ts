/**
 * "he said" / "she wrote": the person the pronoun stands for. The latest person of a fitting
 * gender named as the subject of a clause ("Mr Feld toured the plant" makes Feld the next "he",
 * whatever he did), else the latest one named at all, in this paragraph and the two before.
 * Undefined when no one fits: the caller then says it does not know.
 */
import { nameGender } from './names.ts';
import { peopleBySurname, type Person } from './people.ts';
import { escapeRegExp } from '../util/escape-regexp.ts';


/** A lower-case verb-like word after the name (with an apposition or adverbs between): the name is a subject. */
const ADVERBS = String.raw`(?:(?:\p{Ll}+ly|also|then|later|had|has|have|would|will|was|is|were|did|could|further|first|once|again|previously|still)\s+)*`;
/** Verbs in the past or present: regular forms, and the irregular pasts news copy uses most. */
const VERB = String.raw`(?:\p{Ll}+(?:ed|s)|said|told|wrote|spoke|was|is|gave|took|made|met|went|came|saw|led|won|lost|held|ran|began|left|got|sent|put|set|read|sang|hugged|toured|visited|stood|sat|rose|fell|fled|flew|drove|rode|broke|brought|bought|built|caught|chose|felt|fought|found|grew|hit|kept|knew|paid|quit|shook|shot|sold|sought|struck|swore|taught|thought|threw|took|understood|wore|became|did|had)\b`;
const SUBJECT_AFTER = new RegExp(String.raw`^(?:\s*\([^)]*\))?(?:\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s*)+)?(?:,[^.;]{0,220}?,)?\s+${ADVERBS}${VERB}`, 'u');
/** "Her deputy, John Berg, resigned": a name in apposition, then the verb after its closing comma. */
const APPOSITION_SUBJECT_AFTER = new RegExp(String.raw`^,\s+${ADVERBS}${VERB}`, 'u');
const PREPOSITION_BEFORE = /\b(?:of|to|by|with|for|at|on|from|about|against|into|than|like|and|or)\s+(?:\p{Lu}\p{Ll}*\s+){0,3}$/u;

export interface Mention {
  person: Person;
  paragraph: number;
  at: number;
  subject: boolean;
}

/** Each person's pattern: the full name, or the surname alone for the namesake the article names first ("Feld" is not Marta Feld when Jonas Feld came first). */
const patternsOf = new WeakMap<ReadonlyMap<string, Person>, { size: number; patterns: [Person, RegExp][] }>();
function namePatterns(people: ReadonlyMap<string, Person>): [Person, RegExp][] {
  const known = patternsOf.get(people);
  if (known && known.size === people.size) return known.patterns;
  const patterns = [...people.values()].map((person): [Person, RegExp] => {
    const surname = person.name.split(/\s+/).at(-1)!;
    const bySurname = peopleBySurname(people, surname)[0] === person || !person.name.includes(' ');
    return [person, new RegExp(`(?<![\\p{L}])(?:${escapeRegExp(person.name)}${bySurname ? `|${escapeRegExp(surname)}` : ''})(?![\\p{L}])(?![’'](?!s(?![\\p{L}])))`, 'gu')];
  });
  patternsOf.set(people, { size: people.size, patterns });
  return patterns;
}

/** Mentions of known people in the prose (quotations blanked) of paragraphs `from`..`to`, up to `limit` in the last. */
export function personMentions(prose: readonly string[], people: ReadonlyMap<string, Person>, from: number, to: number, limit: number): Mention[] {
  const mentions: Mention[] = [];
  const patterns = namePatterns(people);
  for (let paragraph = Math.max(0, from); paragraph <= to; paragraph += 1) {
    const text = paragraph === to ? prose[paragraph]!.slice(0, limit) : prose[paragraph]!;
    for (const [person, pattern] of patterns) {
      // A possessive ("Brell's arrival") is a mention, never a subject.
      for (const match of text.matchAll(pattern)) {
        const after = text.slice(match.index + match[0].length, match.index + match[0].length + 140);
        const before = text.slice(Math.max(0, match.index - 40), match.index);
        // "according to X", "said X": the person speaks, which makes them as good as a subject (titles and initials between, no sentence end).
        const speaker = /\b(?:[Aa]ccording to|[Ss]aid|says|added|wrote|writes|told|asked|explained|tweeted|continued)\s+(?:(?:\p{Lu}|Dr|Mr|Mrs|Ms|Mx|Prof|Gen|Col|Capt|Lt|Sgt|Sen|Rep|Gov|Rev|St)\.\s+|[\p{L}’'-]+\s+){0,4}$/u.test(before);
        const apposition = /(?:^|\s)\p{Ll}+,\s*$/u.test(before) && APPOSITION_SUBJECT_AFTER.test(after);
        const possessive = /^['’]s?(?![\p{L}])/u.test(after);
        // "adding that Holm was wrong", "asked whether Holm knew": the subject of reported words, not of the story.
        const reported = /\b(?:that|whether|if)\s+(?:(?:the|former|then|\p{Lu}[\p{L}.’'-]*)\s+){0,3}$/u.test(before);
        mentions.push({ person, paragraph, at: match.index, subject: !possessive && !reported && (speaker || ((SUBJECT_AFTER.test(after) || apposition) && !PREPOSITION_BEFORE.test(before))) });
      }
    }
  }
  return mentions.sort((a, b) => a.paragraph - b.paragraph || a.at - b.at);
}

/**
 * A person other than `speaker` who became the subject of a clause after (`paragraph`, `at`) and
 * before (`toParagraph`, `limit`): "“…,” said Feld. Marta Lind disagreed. “…”" has Lind between.
 */
export function subjectSince(prose: readonly string[], people: ReadonlyMap<string, Person>, since: { paragraph: number; at: number }, toParagraph: number, limit: number, speaker: string): Person | undefined {
  const surname = speaker.split(/\s+/).at(-1);
  return personMentions(prose, people, since.paragraph, toParagraph, limit)
    .filter((mention) => (mention.paragraph > since.paragraph || mention.at >= since.at) && mention.subject && mention.person.name.split(/\s+/).at(-1) !== surname)
    .at(-1)?.person;
}

/** The person "he" or "she" at (`paragraph`, `offset`) stands for, if the text makes it clear enough. */
export function antecedentOf(pronoun: string, prose: readonly string[], people: ReadonlyMap<string, Person>, paragraph: number, offset: number): Person | undefined {
  const wanted = /^(?:he|him|his)$/i.test(pronoun) ? 'male' : /^(?:she|her)$/i.test(pronoun) ? 'female' : undefined;
  if (!wanted) return undefined;
  const fits = personMentions(prose, people, paragraph - 1, paragraph, offset).filter((mention) => {
    const gender = nameGender(mention.person.name);
    return gender === undefined || gender === wanted;
  });
  // Only a subject is a safe antecedent: "X met Y. He said …" is X; with no subject in sight, nobody.
  const near = fits.filter((mention) => mention.subject).at(-1)?.person;
  if (near) return near;
  // "Singer Tomas Brell's arrival … He joked …": the one person who fits, named in this paragraph, even not as a subject.
  const here = new Set(fits.filter((mention) => mention.paragraph === paragraph).map((mention) => mention.person));
  if (here.size === 1) return [...here][0];
  // Further back, only a subject whose first name is known to fit ("Marta" for "she").
  return personMentions(prose, people, paragraph - 3, paragraph, offset)
    .filter((mention) => mention.subject && nameGender(mention.person.name) === wanted)
    .at(-1)?.person;
}
