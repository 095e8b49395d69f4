/**
 * "A woman who lives near the port said … “…,” she said": an unnamed speaker whose description
 * says whether "he" or "she" fits (a woman, a spokesman, the victim's mother), when the paragraph
 * (or the one before) names no person who fits after it.
 */
import { personMentions } from './pronoun-antecedent.ts';
import { nameGender } from './names.ts';
import type { Person } from './people.ts';
import type { SuggestedSource } from './types.ts';

const FEMALE = /^(?:woman|women|mother|wife|daughter|sister|girl|spokeswoman|chairwoman|congresswoman|businesswoman|actress|queen|grandmother|aunt|niece|lady|widow|girlfriend|mum|mom)$/i;
const MALE = /^(?:man|men|father|husband|son|brother|boy|spokesman|chairman|congressman|businessman|actor|king|grandfather|uncle|nephew|widower|boyfriend|dad)$/i;

/** The gender the head noun of a description gives ("A woman who …" → female), if any. */
export function describedGender(name: string): 'female' | 'male' | undefined {
  const head = name.split(/\s+(?:who|which|that|with|from|at|in|of|for|on|near|living|speaking)\b/i)[0]!.trim().split(/\s+/).at(-1) ?? '';
  return FEMALE.test(head) ? 'female' : MALE.test(head) ? 'male' : undefined;
}

/** The unnamed source "he"/"she" at (`paragraph`, `at`) stands for, if its description fits and no fitting named person came after it. */
export function describedAntecedent(pronoun: 'he' | 'she', sources: readonly SuggestedSource[], prose: readonly string[], people: ReadonlyMap<string, Person>, paragraph: number, at: number): SuggestedSource | undefined {
  const wanted = pronoun === 'he' ? 'male' : 'female';
  let best: { source: SuggestedSource; paragraph: number; at: number } | undefined;
  for (const source of sources) {
    if (source.kind !== 'anonymous' || describedGender(source.name) !== wanted) continue;
    const words = source.name.replace(/^(?:the|a|an)\s+/i, '').toLowerCase();
    for (let index = Math.max(0, paragraph - 1); index <= paragraph; index += 1) {
      const text = (index === paragraph ? prose[index]!.slice(0, at) : prose[index]!).toLowerCase();
      const found = text.lastIndexOf(words);
      if (found >= 0 && (!best || index > best.paragraph || (index === best.paragraph && found > best.at))) best = { source, paragraph: index, at: found };
    }
  }
  if (!best) return undefined;
  const later = personMentions(prose, people, best.paragraph, paragraph, at).filter((mention) => (mention.paragraph > best!.paragraph || mention.at > best!.at) && (nameGender(mention.person.name) ?? wanted) === wanted);
  return later.length === 0 ? best.source : undefined;
}
