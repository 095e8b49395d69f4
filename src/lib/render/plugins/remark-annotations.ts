/**
 * The annotation step of the pipeline: reads what the processor hands over (the body, Astro's
 * frontmatter, the whole file when a caller provides it or `readFile` can read it), runs
 * `annotateArticle` (annotations/remark/annotate.ts) on the tree, and leaves the model and the
 * declared source ids for the later steps and the pages (article-data.ts). It never throws:
 * problems are diagnostics in the model.
 *
 * Markdown in (`:claim`, `:quote`, `:term` and `:::note`; see content/README.md):
 *
 *     US officials say :claim[China offered aid]{#aid by=us-officials via=ft}.
 *
 *     “:quote[I doubt it]{by=tsang},” Tsang said.
 *
 * HTML out (the classes, ids and data attributes are defined in annotations/markup/contract.ts;
 * the empty callouts placeholder is filled in by pages, annotations/markup/fill-callouts.ts):
 *
 *     <div class="sourced-group"><p>US officials say <span class="sourced-claim sourced-claim--unverified"
 *       id="claim-aid" data-claim="aid" data-status="unverified" aria-describedby="callout-aid">China
 *       offered aid</span><a class="sourced-claim__ref" href="#callout-aid" data-claim-ref="aid"><span
 *       class="visually-hidden">Claim </span>1</a>.</p><div class="sourced-callouts" data-callouts="aid"></div><div
 *       class="sourced-group__rest"><p>“<a class="sourced-quote" id="quote-q1" data-quote="q1" data-speaker="tsang"
 *       href="#quote-entry-q1">I doubt it</a>,” Tsang said.</p></div></div>
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { annotateArticle } from '../../annotations/remark/annotate.ts';
import { readFileSource, readInputFrontmatter, storeAnnotationResults } from '../article-data.ts';
import { siteSourcesForArticle } from '../../sources/site-sources.ts';

/** Options of {@link remarkAnnotations}. */
export interface RemarkAnnotationsOptions {
  /**
   * Reads the article's whole file (frontmatter included) so positions can be reported as file
   * lines. Default: none, and positions count from the first line of the body.
   */
  readFile?: ((path: string) => string | undefined) | undefined;
}

/** The remark plugin: claims Sourced's directives; leaves every other directive to the restorer. */
export function remarkAnnotations(options: RemarkAnnotationsOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const fileSource = readFileSource(file) ?? (file.path && options.readFile ? options.readFile(file.path) : undefined);
    // Site-wide sources: the `sources/` folder next to the `articles/` folder the file is in.
    const siteSources = new Map([...siteSourcesForArticle(file.path || undefined)].map(([id, { file: _file, ...source }]) => [id, source]));
    const { annotations, declaredSourceIds } = annotateArticle(tree, { source: String(file.value), frontmatter: readInputFrontmatter(file), fileSource, siteSources });
    storeAnnotationResults(file, annotations, declaredSourceIds);
  };
}
