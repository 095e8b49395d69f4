/** Where compromise reads a verb in a paragraph: "reports" is a verb in "the FT reports", a noun in "inspection reports". */
import nlp from 'compromise';

interface CompromiseTerm {
  text: string;
  tags: string[];
  offset?: { start: number; length: number };
}

/** Start offsets of every word compromise tags as a verb. */
export function verbOffsets(text: string): Set<number> {
  const sentences = nlp(text).json({ offset: true }) as { terms: CompromiseTerm[] }[];
  const offsets = new Set<number>();
  for (const sentence of sentences) {
    for (const term of sentence.terms) {
      if (term.offset && term.tags.includes('Verb')) {
        // compromise's term offset may include leading punctuation; point at the first letter.
        const lead = term.text.search(/\p{L}/u);
        offsets.add(term.offset.start + Math.max(0, lead));
      }
    }
  }
  return offsets;
}
