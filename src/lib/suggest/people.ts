/**
 * Named people in the whole article, with the role the text gives them: in an apposition after the
 * name ("Sergey Radchenko, a professor at …") or as a title before it ("Health Minister Dana
 * Korvel"). Read once, so "Tsang said" finds Steve Tsang's role wherever it is given.
 */
import { findPeople } from './names.ts';
import { roleFromApposition } from './subject.ts';

export interface Person {
  name: string;
  role?: string;
  /** Where the article first names them in full: of two people with one surname, the surname alone means the one named first. */
  firstNamed?: number;
}

const ROLE_WORD = /^(minister|secretary|general|spokes(?:man|woman|person)|chief|executive|deputy|director|president|senator|chair(?:man|woman)?|leader|head|envoy|ambassador|official|governor|mayor|commissioner|professor|dr|prime|vice|foreign|defen[cs]e|health|finance|interior|justice|economy|trade|transport|press|authority|union|party|ministry|kremlin|white|house|state|senior|former|opposition|police|army|company|court|cabinet|minister’s|ministry’s)$/i;
const NOT_ROLE = /^(said|says|told|by|the|to|with|and|of|as|when|that|from|for|on|in|at|a|an|asked|added)$/i;

/** A title in front of a name: the trailing run of role words in `before`. */
export function titleBefore(before: string): string | undefined {
  const words = before.trimEnd().split(/\s+/);
  const run: string[] = [];
  for (let index = words.length - 1; index >= 0 && run.length < 5; index -= 1) {
    const word = words[index]!.replace(/[’']s$/, '');
    // "Korvel met Finance Minister Feld": a verb ends the title.
    if (!word || NOT_ROLE.test(word) || /[,.;:“”"(]$/.test(words[index]!) || !/^[\p{L}’'-]+$/u.test(word) || /^(?:\p{Ll}+ed|met|saw|led|beat|won|lost|told|thanked|urged|hit|he|she|they|it|we|i|you)$/u.test(word)) break;
    run.unshift(words[index]!);
  }
  if (run.length === 0 || !run.some((word) => ROLE_WORD.test(word.replace(/[’']s$/, '')) && !/^[A-Z]{2,}$/.test(word))) return undefined;
  return run.join(' ');
}

/** An apposition right after a name: ", a professor at …" up to the next comma, full stop or quotation. */
export function appositionAfter(after: string): string | undefined {
  const match = /^,\s*([^,.;“”"]+)/.exec(after);
  if (!match) return undefined;
  const text = match[1]!.trim();
  if (!/^(?:a|an|the|who|\p{Ll})/u.test(text) || /^(?:and|but|said|says|told|according)\b/.test(text)) return undefined;
  // "John Berg, resigned on Monday": the name is the subject of a verb, not given a role.
  if (/^(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|was|is|were|had|has|did|went|came|left|took|gave|made|met|stood|sat|rose|fell|fled|won|lost|ran|led|spoke|wrote|became|would|will|could)\b/u.test(text)) return undefined;
  return roleFromApposition(text);
}

/** Every named person in the paragraphs, by full name, with the first role found. */
export function collectPeople(paragraphs: readonly string[]): Map<string, Person> {
  const people = new Map<string, Person>();
  for (const text of paragraphs) {
    for (const mention of findPeople(text)) {
      const role = appositionAfter(text.slice(mention.end)) ?? titleBefore(text.slice(0, mention.start));
      const known = people.get(mention.name);
      if (!known) people.set(mention.name, { name: mention.name, ...(role ? { role } : {}) });
      else if (!known.role && role) known.role = role;
    }
  }
  return people;
}

/** A person by surname (case-insensitive): "Tsang", "KORVEL". */
export function personBySurname(people: ReadonlyMap<string, Person>, surname: string): Person | undefined {
  return peopleBySurname(people, surname)[0];
}

/** Everyone with this surname, the one the article names first, first (writers give later namesakes their full names: "Feld" is Jonas Feld, "Marta Feld" is named in full). */
export function peopleBySurname(people: ReadonlyMap<string, Person>, surname: string): Person[] {
  const word = surname.toLowerCase();
  const all = [...people.values()].filter((person) => person.name.toLowerCase().split(/\s+/).at(-1) === word);
  // "Vardanyan" after a title and "Aram Vardanyan" are one person: the full name stands for both.
  const found = all.some((person) => person.name.includes(' ')) ? all.filter((person) => person.name.includes(' ')) : all;
  return found.sort((a, b) => (a.firstNamed ?? Infinity) - (b.firstNamed ?? Infinity));
}
