/**
 * Whether someone else has taken the floor since a speaker's quote: a named person who became the
 * subject of a clause ("Marta Lind disagreed."), or anyone the prose has speak ("The ministry
 * disagreed sharply."). A quote with no attribution after that is not the earlier speaker's to
 * continue; the draft then asks the analyst.
 */
import type { Person } from './people.ts';
import { subjectSince } from './pronoun-antecedent.ts';
import { speakerInProse } from './quote-attribution.ts';

/** The words naming whoever spoke or acted since (`since.paragraph`, `since.at`) up to (`paragraph`, `at`), other than `speaker`. */
export function speakerSince(prose: readonly string[], people: ReadonlyMap<string, Person>, since: { paragraph: number; at: number }, speaker: string, paragraph: number, at: number): string | undefined {
  const person = subjectSince(prose, people, since, paragraph, at, speaker);
  if (person) return person.name;
  const surname = speaker.split(/\s+/).at(-1)!;
  for (let index = since.paragraph; index <= paragraph; index += 1) {
    const text = prose[index]!.slice(index === since.paragraph ? since.at : 0, index === paragraph ? at : undefined);
    const other = speakerInProse(text);
    if (other && !other.toLowerCase().includes(surname.toLowerCase())) return other;
  }
  return undefined;
}
