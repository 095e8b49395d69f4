import { fillCallouts, getStoredAnnotations, type ArticleAnnotations } from '../../src/lib/annotations/index';
import { createArticleRenderer } from '../../src/lib/render/astro-processor';

/** Sources most tests use, as raw frontmatter. */
export const TEST_SOURCES = {
  'us-officials': { name: 'US officials', kind: 'anonymous' },
  ft: { name: 'Financial Times', kind: 'outlet' },
  tsang: { name: 'Steve Tsang', kind: 'expert', role: 'director of the SOAS China Institute' },
  embassy: { name: 'Chinese embassy in the US', kind: 'government' },
} as const;

/** The renderer the build uses. */
const processor = await createArticleRenderer();

/** Renders Markdown as readers get it (Astro's pipeline, then the callouts filled in), returning the HTML and the annotation model. */
export async function renderArticle(
  markdown: string,
  frontmatter: Record<string, unknown> = { sources: TEST_SOURCES },
): Promise<{ html: string; annotations: ArticleAnnotations }> {
  const result = await processor.render(markdown, { frontmatter: structuredClone(frontmatter) });
  const annotations = getStoredAnnotations(result.metadata.frontmatter);
  return { html: fillCallouts(result.code, annotations), annotations };
}

/** `line:column rule-id` for each diagnostic, for compact assertions. */
export function positionsAndRules(annotations: ArticleAnnotations): string[] {
  return annotations.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`);
}
