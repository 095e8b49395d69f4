/**
 * Everything the steps of the Markdown pipeline hand each other, and everything a render leaves
 * for the pages, in one typed place: no step reads another's result through a cast of
 * `file.data`, `frontmatter` or `metadata`, and every key is spelled here only.
 *
 * Two slots carry data, because Astro decides what it keeps:
 * - `file.data` (the VFile of one render): the article file's whole text, handed in by a caller
 *   that read it already (positions are reported as file lines), and the ids of the sources the
 *   frontmatter declares (for the page-id steps after the annotation step);
 * - `file.data.astro.frontmatter`, which Astro stores with the entry as
 *   `rendered.metadata.frontmatter`: the annotation model replaces the frontmatter there (the
 *   fields themselves are stored as the entry's `data`), and a deferred render keeps the raw
 *   frontmatter there until the pages render the article (deferred-render.ts).
 */
import type { VFile } from 'vfile';
import type { ArticleAnnotations } from '../annotations/model.ts';
import { articlePageIds } from '../annotations/markup/page-element-ids.ts';

/** `file.data`: the article file's whole text (frontmatter included), when a caller has it. */
const FILE_SOURCE = 'sourcedFileSource';
/** `file.data`: ids of the sources the frontmatter declares. */
const DECLARED_SOURCES = 'sourcedDeclaredSources';
/** `file.data.astro.frontmatter` / `rendered.metadata.frontmatter`: the annotation model. */
const ANNOTATIONS = 'sourcedAnnotations';
/** `rendered.metadata.frontmatter` of an article left for later: its raw frontmatter. */
const DEFERRED_FRONTMATTER = 'sourcedDeferredFrontmatter';

/** What Astro keeps of a render in `file.data.astro`. */
interface AstroFileData {
  frontmatter?: Record<string, unknown>;
}

/** A render's metadata as an entry stores it (`rendered.metadata`), where only our keys are read. */
export type StoredMetadata = Record<string, unknown> | undefined;

const EMPTY_ANNOTATIONS: ArticleAnnotations = { claims: [], quotes: [], notes: [], terms: [], diagnostics: [] };

function astroData(file: VFile): AstroFileData {
  return ((file.data as Record<string, unknown>)['astro'] ??= {}) as AstroFileData;
}

/** The `file.data` a caller starts a render with: Astro's frontmatter and, when it has read it, the whole file. */
export function initialFileData(frontmatter: Record<string, unknown>, fileSource?: string): Record<string, unknown> {
  return { astro: { frontmatter }, ...(fileSource === undefined ? {} : { [FILE_SOURCE]: fileSource }) };
}

/** The frontmatter Astro handed to this render (an empty object when none). */
export function readInputFrontmatter(file: VFile): Record<string, unknown> {
  return (astroData(file).frontmatter ??= {});
}

/** The article file's whole text, if the caller handed it over. */
export function readFileSource(file: VFile): string | undefined {
  const value = (file.data as Record<string, unknown>)[FILE_SOURCE];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Leaves the annotation step's results: the model replaces the frontmatter in Astro's slot (a new
 * object, so the frontmatter Astro handed in is left as it was), the declared source ids go to
 * `file.data`.
 */
export function storeAnnotationResults(file: VFile, annotations: ArticleAnnotations, declaredSourceIds: readonly string[]): void {
  (file.data as Record<string, unknown>)[DECLARED_SOURCES] = [...declaredSourceIds];
  astroData(file).frontmatter = { [ANNOTATIONS]: annotations };
}

function annotationsIn(frontmatter: unknown): ArticleAnnotations {
  const stored = typeof frontmatter === 'object' && frontmatter !== null ? (frontmatter as Record<string, unknown>)[ANNOTATIONS] : undefined;
  return (stored as ArticleAnnotations | undefined) ?? EMPTY_ANNOTATIONS;
}

/** The annotation model of the article being rendered (after the annotation step). */
export function readAnnotationsOf(file: VFile): ArticleAnnotations {
  return annotationsIn(astroData(file).frontmatter);
}

/** Every id the page around the article's body uses (page-element-ids.ts), for the article being rendered. */
export function articlePageIdsOf(file: VFile): string[] {
  const declared = (file.data as Record<string, unknown>)[DECLARED_SOURCES];
  return articlePageIds(readAnnotationsOf(file), Array.isArray(declared) ? (declared as string[]) : []);
}

/** The annotation model a render stored (`rendered.metadata`, or its `frontmatter` as a renderer returns it). */
export function readStoredAnnotations(metadata: StoredMetadata): ArticleAnnotations {
  return annotationsIn(metadata?.['frontmatter']);
}

/** The result frontmatter of a render that was left for later: it keeps the raw frontmatter. */
export function deferredFrontmatterSlot(frontmatter: Record<string, unknown>): Record<string, unknown> {
  return { [DEFERRED_FRONTMATTER]: frontmatter };
}

/** The raw frontmatter a deferred render kept; `undefined` when the entry was rendered at sync. */
export function readDeferredFrontmatter(metadata: StoredMetadata): Record<string, unknown> | undefined {
  const frontmatter = metadata?.['frontmatter'];
  if (typeof frontmatter !== 'object' || frontmatter === null || !(DEFERRED_FRONTMATTER in frontmatter)) return undefined;
  return (frontmatter as Record<string, unknown>)[DEFERRED_FRONTMATTER] as Record<string, unknown>;
}
