/**
 * People's and organisations' names, read with compromise. Wraps compromise so the rules only see
 * plain strings: "is this phrase a person's name?", "which organisations does it name?".
 */
import nlp from 'compromise';

/** Titles that may precede a name and are not part of it. */
const HONORIFICS = /^(?:dr|mr|mrs|ms|mx|prof|professor|sir|dame|rev|gen|col|capt|sen|rep)\.?\s+/i;

interface CompromiseTerm {
  text: string;
  tags: string[];
}

function terms(phrase: string): CompromiseTerm[] {
  return (nlp(phrase).json() as { terms: CompromiseTerm[] }[]).flatMap((sentence) => sentence.terms);
}

/** The phrase without a leading honorific ("Dr Sanna Reyes" → "Sanna Reyes"). */
export function withoutHonorific(phrase: string): string {
  return phrase.trim().replace(HONORIFICS, '');
}

/** Titles compromise may read as part of a name ("Minister Dana Korvel"); they belong to the role. */
const TITLE_WORDS = ['Minister', 'President', 'Prime', 'Secretary', 'General', 'Senator', 'Governor', 'Mayor', 'Chancellor', 'Ambassador', 'Chairman', 'Chairwoman', 'Director', 'Spokesman', 'Spokeswoman', 'Judge', 'Commissioner', 'King', 'Queen'];
const TITLES = new RegExp(`^(?:(?:${TITLE_WORDS.join('|')})\\s+)+`);
const TITLE_WORD = new RegExp(`^(?:${TITLE_WORDS.join('|')})$`);

/** The name without leading titles. */
export function withoutTitle(name: string): string {
  const stripped = name.replace(TITLES, '');
  return stripped.split(/\s+/).length >= 2 ? stripped : name;
}

/** A capitalised word: "Tsang", "O’Neill", "Jean-Luc", "Farmers'". */
const NAME_WORD = /^\p{Lu}[\p{L}’'-]*$|^\p{Lu}\.$/u;

/**
 * True when the whole phrase is a personal name: two to four capitalised words that compromise
 * reads as a person ("Steve Tsang", "Dr Sanna Reyes"), or whose last word it reads as a person's
 * and none as a place, organisation, adjective, date or number.
 */
export function isPersonName(phrase: string): boolean {
  const name = withoutHonorific(phrase);
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 4 || !words.every((word) => NAME_WORD.test(word))) return false;
  // "Health Minister Dana Korvel" is a title and a name, not a name.
  if (words.some((word) => TITLE_WORD.test(word))) return false;
  const found = (nlp(phrase.trim()).people().out('array') as string[]).map((person) => withoutHonorific(person.replace(/[^\p{L}\s.’'-]/gu, '').trim()));
  if (found.includes(name)) return true;
  const tagged = terms(name);
  const isOther = (term: CompromiseTerm) => term.tags.some((tag) => ['Place', 'Organization', 'Adjective', 'Date', 'Value'].includes(tag));
  return tagged.length === words.length && !tagged.some(isOther) && (tagged.at(-1)?.tags.includes('Person') ?? false);
}

/** True when compromise reads a proper noun that is not a person: "Xi Jingping" is checked separately. */
export function isProperNounPhrase(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  return words.length > 0 && words.every((word) => NAME_WORD.test(word) || /^(of|the|and|for|de|van|von)$/.test(word));
}

export interface NameMention {
  name: string;
  start: number;
  end: number;
}

/** Personal names compromise finds in a text, with offsets, trimmed of punctuation. */
export function findPeople(text: string): NameMention[] {
  const people = nlp(text).people().json({ offset: true }) as { text: string; offset: { start: number; length: number } }[];
  const mentions: NameMention[] = [];
  for (const person of people) {
    let start = person.offset.start;
    let end = start + person.offset.length;
    while (end > start && /[^\p{L}]/u.test(text[end - 1]!)) end -= 1;
    while (start < end && /[^\p{L}]/u.test(text[start]!)) start += 1;
    const name = withoutTitle(withoutHonorific(text.slice(start, end)));
    if (name.split(/\s+/).length >= 2) mentions.push({ name, start: end - name.length, end });
  }
  return mentions;
}

export type Gender = 'female' | 'male';

/** The gender compromise reads in a first name ("Marta" → female), for "she said"; undefined when unknown. */
export function nameGender(name: string): Gender | undefined {
  const first = terms(withoutHonorific(name))[0];
  if (first?.tags.includes('FemaleName')) return 'female';
  if (first?.tags.includes('MaleName')) return 'male';
  return undefined;
}

/** True when compromise tags the phrase as an organisation. */
export function isOrganizationName(phrase: string): boolean {
  return (nlp(phrase).organizations().out('array') as string[]).length > 0;
}
