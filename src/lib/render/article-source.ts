/**
 * An article's Markdown body read from its file, exactly as Astro's glob loader reads it
 * (`@astrojs/internal-helpers`' frontmatter parser with the frontmatter blanked, then trimmed), for
 * the deferred render (deferred-render.ts).
 *
 * Why: the collection does not keep the bodies (`retainBody: false` in src/content.config.ts).
 * Astro serialises its content store into the build, bundles it as one module and loads it back;
 * the bodies were nearly all of it (52 MB of JSON at 10,000 articles), held several times over in
 * memory while the build ran. Each article is read again once, when it is rendered.
 */
import { readFile } from 'node:fs/promises';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';

/** The article's whole file and its body; `undefined` when the file cannot be read. */
export async function readArticleSource(fileURL: URL): Promise<{ fileText: string; body: string } | undefined> {
  let fileText: string;
  try {
    fileText = await readFile(fileURL, 'utf8');
  } catch {
    return undefined;
  }
  return { fileText, body: parseFrontmatter(fileText, { frontmatter: 'empty-with-spaces' }).content.trim() };
}
