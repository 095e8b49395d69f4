import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { VFile } from 'vfile';
import { getStoredAnnotations } from '../annotations/remark-annotations';
import { FILE_SOURCE_KEY } from '../annotations/remark-annotations';
import { isArticleFile } from '../article-files';
import { createRemarkProcessor } from '../markdown';
import { compareDiagnostics, type Diagnostic } from './diagnostic';
import { checkFrontmatter } from './frontmatter';
import { toLineColumn } from './positions';

/** Every problem of one article file. */
export interface ArticleReport {
  /** Path as shown to the author (relative to the working folder). */
  path: string;
  diagnostics: Diagnostic[];
}

/** Larger files are refused: no news article is a megabyte of text, and it keeps builds bounded. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

let processor: ReturnType<typeof createRemarkProcessor> | undefined;

/** Decodes UTF-8 strictly; invalid bytes are reported where they first occur. */
function decode(bytes: Uint8Array): { text: string; diagnostic?: Diagnostic } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
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
}

/**
 * Checks one article file the way the build reads it: encoding, frontmatter against the schema,
 * then every annotation rule on the body. Never throws for bad content.
 */
/** What to check. */
export interface CheckOptions {
  /** Also run every annotation rule on the body (default true); false checks the file and frontmatter only. */
  annotations?: boolean;
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
  const diagnostics = [...frontmatter.diagnostics];
  if (frontmatter.data && options.annotations !== false) {
    processor ??= createRemarkProcessor();
    const file = new VFile({
      value: frontmatter.body,
      path: filePath,
      // The plugin needs the whole file for file-line positions: hand it over instead of reading it again.
      data: { astro: { frontmatter: structuredClone(frontmatter.data) }, [FILE_SOURCE_KEY]: text },
    });
    await processor.run(processor.parse(file), file);
    const astro = file.data['astro'] as { frontmatter?: Record<string, unknown> } | undefined;
    diagnostics.push(...getStoredAnnotations(astro?.frontmatter).diagnostics);
  }
  return { path: displayPath, diagnostics: diagnostics.sort(compareDiagnostics) };
}

/** Article files in `<contentDir>/articles`, as the collection's glob finds them (`_`-prefixed names skipped), sorted. */
export async function findArticleFiles(contentDir: string): Promise<string[]> {
  const base = join(contentDir, 'articles');
  let entries: string[];
  try {
    entries = await readdir(base, { recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter(isArticleFile)
    .map((entry) => join(base, entry))
    .sort();
}

/** Checks every article of a content folder; reports come back in path order. */
export async function checkContentFolder(contentDir: string, options: CheckOptions = {}, cwd = process.cwd()): Promise<ArticleReport[]> {
  const reports: ArticleReport[] = [];
  for (const file of await findArticleFiles(contentDir)) {
    reports.push(await checkArticleFile(file, relative(cwd, file), options));
  }
  return reports;
}
