/**
 * remarkAnnotations: the unified attacher of the annotation step. It reads what the Markdown
 * processor hands over in `file` (the body, Astro's frontmatter, the whole file when a caller
 * provides it), runs {@link annotateArticle} (annotate.ts) on the tree, and leaves the results
 * where later steps and the pages find them. Every `file.data` key the annotation step uses is
 * read or written here and nowhere else.
 *
 * Markdown in (`:claim`, `:quote`, `:term` and `:::note`; see content/README.md):
 *
 *     US officials say :claim[China offered aid]{#aid by=us-officials via=ft}.
 *
 *     “:quote[I doubt it]{by=tsang},” Tsang said.
 *
 * HTML out (the classes, ids and data attributes are defined in markup/contract.ts; the empty
 * callouts placeholder is filled in by pages and feeds, markup/fill-callouts.ts):
 *
 *     <div class="sourced-group"><p>US officials say <span class="sourced-claim sourced-claim--unverified"
 *       id="claim-aid" data-claim="aid" data-status="unverified" aria-describedby="callout-aid">China
 *       offered aid</span><a class="sourced-claim__ref" href="#callout-aid" data-claim-ref="aid"><span
 *       class="visually-hidden">Claim </span>1</a>.</p><div class="sourced-callouts" data-callouts="aid"></div><div
 *       class="sourced-group__rest"><p>“<a class="sourced-quote" id="quote-q1" data-quote="q1" data-speaker="tsang"
 *       href="#quote-entry-q1">I doubt it</a>,” Tsang said.</p></div></div>
 *
 * Data out: `file.data.astro.frontmatter` is replaced by `{ [ANNOTATIONS_KEY]: model }` (pages
 * read it back with {@link getStoredAnnotations}); `file.data[DECLARED_SOURCES_KEY]` holds the
 * ids of the declared sources. The plugin never throws: problems are diagnostics in the model.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { ANNOTATIONS_KEY, type ArticleAnnotations } from '../model.ts';
import { annotateArticle } from './annotate.ts';

/** Key of `file.data` where a caller that already read the article file can hand its text over. */
export const FILE_SOURCE_KEY = 'sourcedFileSource';

/**
 * Key of `file.data` where the plugin leaves the ids of the sources the frontmatter declares, for
 * the later steps of the pipeline (the frontmatter itself is replaced by the model).
 */
export const DECLARED_SOURCES_KEY = 'sourcedDeclaredSources';

/** Options of {@link remarkAnnotations}. */
export interface RemarkAnnotationsOptions {
  /**
   * Reads the article's whole file (frontmatter included) so positions can be reported as file
   * lines. Default: none, and positions count from the first line of the body.
   */
  readFile?: ((path: string) => string | undefined) | undefined;
}

/** Reads the model the plugin stored in an entry's rendered frontmatter. */
export function getStoredAnnotations(frontmatter: Record<string, unknown> | undefined): ArticleAnnotations {
  const stored = frontmatter?.[ANNOTATIONS_KEY] as ArticleAnnotations | undefined;
  return stored ?? { claims: [], quotes: [], notes: [], terms: [], diagnostics: [] };
}

/** The remark plugin: claims Sourced's directives; leaves every other directive to the restorer. */
export function remarkAnnotations(options: RemarkAnnotationsOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const data = file.data as Record<string, unknown>;
    const astro = (data['astro'] ??= {}) as { frontmatter?: Record<string, unknown> };
    const frontmatter = (astro.frontmatter ??= {});
    const given = data[FILE_SOURCE_KEY];
    const fileSource = typeof given === 'string' ? given : file.path && options.readFile ? options.readFile(file.path) : undefined;
    const { annotations, declaredSourceIds } = annotateArticle(tree, { source: String(file.value), frontmatter, fileSource });
    data[DECLARED_SOURCES_KEY] = declaredSourceIds;
    // Astro stores this object with every article (`rendered.metadata.frontmatter`). The fields
    // are stored already (as the entry's `data`), so only the model is kept: a new object, so the
    // frontmatter Astro handed in is left as it was.
    astro.frontmatter = { [ANNOTATIONS_KEY]: annotations };
  };
}
