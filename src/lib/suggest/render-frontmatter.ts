/**
 * The draft's frontmatter: a header comment for the analyst (hedges, dropped boilerplate, how to
 * review), the article fields (`draft: true`), the original, and the sources with `# check:`
 * comments on every guessed kind.
 */
import type { Hedge } from './hedges.ts';
import type { SuggestedSource } from './types.ts';

export interface FrontmatterInput {
  title: string;
  published: string;
  outlet?: string;
  outletReason: string;
  byline?: string;
  hedges: readonly Hedge[];
  dropped: readonly string[];
  sources: readonly SuggestedSource[];
  inputName?: string;
}

/** A YAML double-quoted scalar. */
export const yamlString = (text: string): string => JSON.stringify(text);

const comment = (text: string) => text.replace(/\s+/g, ' ').trim();

function header(input: FrontmatterInput): string[] {
  const lines = [
    `# DRAFT suggested by \`npm run suggest\`${input.inputName ? ` from ${comment(input.inputName)}` : ''}. Every annotation is a machine suggestion:`,
    '# review each one against the original, above all those marked "check:" (search for it), then delete these comments.',
  ];
  if (input.hedges.length > 0) {
    lines.push('# Hedges in the original (who stands behind them? a claim, or a caveat note?):');
    for (const hedge of input.hedges) lines.push(`#   - “${comment(hedge.phrase)}” (${hedge.where === 'title' ? 'headline' : `paragraph ${hedge.where}`}): ${comment(hedge.excerpt)}`);
  } else {
    lines.push('# Hedges in the original: none found.');
  }
  if (input.dropped.length > 0) lines.push(`# Dropped from the end of the pasted text as site boilerplate: ${input.dropped.map((line) => `“${comment(line)}”`).join(', ')}`);
  return lines;
}

function sourceLines(source: SuggestedSource): string[] {
  return [
    `  ${source.id}:`,
    `    name: ${yamlString(source.name)}`,
    `    kind: ${source.kind}  # check: ${comment(source.reason)}`,
    ...(source.role ? [`    role: ${yamlString(source.role)}`] : []),
  ];
}

/** The frontmatter block, `---` lines included. */
export function renderFrontmatter(input: FrontmatterInput): string {
  const lines = [
    '---',
    ...header(input),
    `title: ${yamlString(input.title)}`,
    'description: "TODO: one or two sentences saying what this analysis shows."',
    `published: ${input.published}`,
    'tags: []',
    'draft: true',
    'original:',
    `  outlet: ${yamlString(input.outlet ?? 'TODO')}  # ${input.outlet ? 'check: ' : 'TODO: '}${comment(input.outletReason)}`,
    `  title: ${yamlString(input.title)}`,
    ...(input.byline ? [`  byline: ${yamlString(input.byline)}`] : []),
    `  datenote: ${yamlString("The original's date of publication is not known: the pasted text gives none. TODO: find it, add original.published and remove this note.")}`,
  ];
  if (input.sources.length === 0) lines.push('sources: {}');
  else lines.push('sources:', ...input.sources.flatMap(sourceLines));
  lines.push('---');
  return lines.join('\n');
}
