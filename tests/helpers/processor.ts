import { fillCallouts, type ArticleAnnotations } from '../../src/lib/annotations/index';
import { readStoredAnnotations } from '../../src/lib/render/article-data';
import { createDeferredArticleRenderer } from '../../src/lib/render/renderer';

/** Sources most tests use, as raw frontmatter. */
export const TEST_SOURCES = {
  'us-officials': { name: 'US officials', kind: 'anonymous' },
  ft: { name: 'Financial Times', kind: 'outlet' },
  tsang: { name: 'Steve Tsang', kind: 'expert', role: 'director of the SOAS China Institute' },
  embassy: { name: 'Chinese embassy in the US', kind: 'government' },
} as const;

/** The renderer the build uses (its equality with Astro's renderer is tested in tests/unit/render/renderer.test.ts). */
const processor = createDeferredArticleRenderer();

/**
 * Renders Markdown as the build does, returning the HTML as readers get it (callouts filled in),
 * the HTML as the pipeline stores it (callouts as placeholders) and the annotation model.
 */
export async function renderArticle(
  markdown: string,
  frontmatter: Record<string, unknown> = { sources: TEST_SOURCES },
): Promise<{ html: string; storedHtml: string; annotations: ArticleAnnotations }> {
  const result = await processor.render(markdown, { frontmatter: structuredClone(frontmatter) });
  const annotations = readStoredAnnotations(result.metadata);
  return { html: fillCallouts(result.code, annotations), storedHtml: result.code, annotations };
}

/** `line:column rule-id` for each diagnostic, for compact assertions. */
export function positionsAndRules(annotations: ArticleAnnotations): string[] {
  return annotations.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`);
}
