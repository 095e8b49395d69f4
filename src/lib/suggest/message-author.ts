/**
 * Who wrote "the statement", "the tweet", "the letter" a quote is given to: the subject of the
 * latest sentence that says they issued, posted or sent one ("The ministry issued a statement on
 * Monday. … the statement said"), in this paragraph before the quote or in the one before.
 */

const MESSAGE = /^(?:the|this|that|its|his|her|their)\s+(?:[\p{Ll}-]+\s+)?(statement|tweet|post|message|letter|email|e-mail|video|release|memo|note|announcement|notice)$/iu;
const PUBLISHED = String.raw`(?:issued|released|published|posted|sent|put out|shared|tweeted|wrote|signed|read out|made)`;

/** The words naming the author of the message `phrase` refers to, if the prose before says who put one out. */
export function messageAuthor(phrase: string, prose: readonly string[], paragraph: number, before: number): string | undefined {
  const noun = MESSAGE.exec(phrase.trim())?.[1];
  if (!noun) return undefined;
  const issued = new RegExp(String.raw`(?:^|[.!?;]\s+|,\s+)((?:[\p{Lu}][\p{L}.’'-]*|[Tt]he)(?:\s+[\p{L}.’'-]+){0,5}?)\s+(?:(?:also|later|then|\p{Ll}+ly)\s+)?${PUBLISHED}\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?${noun}s?\b`, 'gu');
  for (let index = paragraph; index >= Math.max(0, paragraph - 1); index -= 1) {
    const text = index === paragraph ? prose[index]!.slice(0, before) : prose[index]!;
    const last = [...text.matchAll(issued)].at(-1);
    if (last) return last[1]!.trim();
  }
  return undefined;
}
