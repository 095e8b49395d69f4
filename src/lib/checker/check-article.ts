import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { VFile } from 'vfile';
import { initialFileData, readAnnotationsOf } from '../render/article-data.ts';
import { findArticleFiles } from '../render/article-files.ts';
import { createRemarkProcessor } from '../render/pipeline.ts';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { checkFrontmatter } from './frontmatter.ts';
import { checkImagePaths } from './image-paths.ts';
import { toLineColumn } from '../diagnostics/positions.ts';
import type { LinkedArticle } from '../claims/claim-links.ts';
import { locateUpdateClaims } from '../claims/update-positions.ts';
import { dateSchema } from '../schemas/slug.ts';
import { addClaimLinkProblems, articleIdOf } from './claim-link-check.ts';
import { readDeclaredSources, type DeclaredSourceAt } from './source-conflicts.ts';

/** Every problem of one article file. */
export interface ArticleReport {
  /** Path as shown to the author (relative to the working folder). */
  path: string;
  diagnostics: Diagnostic[];
  /** What the cross-article claim checks need (claim-link-check.ts), when the annotations were read. */
  links?: (LinkedArticle & { file: string }) | undefined;
  /** The sources the frontmatter declares, with the positions of their keys (for the cross-article rules, source-conflicts.ts). */
  declaredSources?: DeclaredSourceAt[] | undefined;
}

/** Larger files are refused: no news article is a megabyte of text, and it keeps builds bounded. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

let processor: ReturnType<typeof createRemarkProcessor> | undefined;

/** Decodes UTF-8 strictly (dropping a byte-order mark, as the build does); invalid bytes are reported where they first occur. */
function decode(bytes: Buffer): { text: string; diagnostic?: Diagnostic } {
  if (isUtf8(bytes)) {
    const text = bytes.toString('utf8');
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  }
  const loose = new TextDecoder('utf-8').decode(bytes);
  const at = toLineColumn(loose, Math.max(0, loose.indexOf('\uFFFD')));
  return {
    text: loose,
    diagnostic: {
      ruleId: 'encoding',
      severity: 'error',
      message: 'The file is not valid UTF-8 text (it may be binary, or saved in another encoding).',
      hint: 'Save the article as UTF-8 text.',
      ...at,
    },
  };
}

/**
 * Checks one article file the way the build reads it: encoding, frontmatter against the schema,
 * the images it shows from its folder, then every annotation rule on the body. Never throws for
 * bad content.
 */
/** What to check. */
export interface CheckOptions {
  /** Also run every annotation rule on the body (default true); false checks the file and frontmatter only. */
  annotations?: boolean;
  /** With the annotations, also run the cross-article claim checks (default true). */
  crossArticle?: boolean;
}

export async function checkArticleFile(filePath: string, displayPath = filePath, options: CheckOptions = {}): Promise<ArticleReport> {
  // One synchronous read: the checker reads many small files one after another.
  const bytes = readFileSync(filePath);
  if (bytes.length > MAX_ARTICLE_BYTES) {
    const size = (bytes.length / (1024 * 1024)).toFixed(1);
    return {
      path: displayPath,
      diagnostics: [
        {
          ruleId: 'file-too-large',
          severity: 'error',
          message: `The article is ${size} MB; Sourced accepts articles of up to 1 MB.`,
          hint: 'Split it into several articles, or check that no binary or generated text was pasted into it.',
          line: 1,
          column: 1,
        },
      ],
    };
  }
  const { text, diagnostic } = decode(bytes);
  if (diagnostic) return { path: displayPath, diagnostics: [diagnostic] };
  const frontmatter = checkFrontmatter(text);
  const diagnostics = [...frontmatter.diagnostics, ...checkImagePaths(frontmatter.body, filePath, text)];
  const declaredSources = frontmatter.data ? readDeclaredSources(frontmatter.data, text) : undefined;
  if (frontmatter.data && options.annotations !== false) {
    processor ??= createRemarkProcessor();
    const file = new VFile({
      value: frontmatter.body,
      path: filePath,
      // The plugin needs the whole file for file-line positions: hand it over instead of reading it again.
      data: initialFileData(frontmatter.data, text),
    });
    await processor.run(processor.parse(file), file);
    const annotations = readAnnotationsOf(file);
    diagnostics.push(...annotations.diagnostics);
    const published = dateSchema.safeParse(frontmatter.data['published']);
    const links = {
      file: resolve(filePath),
      id: articleIdOf(filePath),
      path: displayPath,
      published: published.success ? published.data : undefined,
      draft: frontmatter.data['draft'] === true,
      claims: annotations.claims,
      updates: locateUpdateClaims(text),
    };
    return { path: displayPath, diagnostics: diagnostics.sort(compareDiagnostics), links, declaredSources };
  }
  return { path: displayPath, diagnostics: diagnostics.sort(compareDiagnostics), declaredSources };
}

/**
 * Checks the given files one after another; reports come back in the same order. With the
 * annotations checked, the cross-article claim checks run too, against every article of
 * `contentDir` (claim-link-check.ts).
 */
export async function checkFiles(files: readonly string[], options: CheckOptions = {}, cwd = process.cwd(), contentDir?: string): Promise<ArticleReport[]> {
  const reports: ArticleReport[] = [];
  for (const file of files) reports.push(await checkArticleFile(file, relative(cwd, file), options));
  if (options.annotations !== false && options.crossArticle !== false) {
    await addClaimLinkProblems(reports, contentDir, (others) => checkFiles(others, { crossArticle: false }, cwd));
  }
  return reports;
}

/** Checks every article of a content folder; reports come back in path order. */
export function checkContentFolder(contentDir: string, options: CheckOptions = {}, cwd = process.cwd()): Promise<ArticleReport[]> {
  return checkFiles(findArticleFiles(contentDir), options, cwd, contentDir);
}
