/**
 * Images an article shows from its own folder (`![A map](map.png)`) must be there: Astro's image
 * pipeline would otherwise stop the whole build with "Could not find requested image", without
 * saying which article or line. Paths are read the way Astro reads them (remark-collect-images):
 * the image's address, percent-decoded; an address with a scheme (`https://…`) or starting with
 * `/` (a file in `public/`) is not the article's own, anything else is a file relative to the
 * article.
 */
import { statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Definition, Image, ImageReference, Nodes } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { forEachNode } from '../util/for-each-node.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { getBodyLineOffset } from '../diagnostics/positions.ts';

/** An image's address as written, and where in the body. */
interface ImageUse {
  url: string;
  line: number;
  column: number;
}

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

function findImages(body: string): ImageUse[] {
  const tree = parser.parse(body);
  const definitions = new Map<string, string>();
  const images: (Image | ImageReference)[] = [];
  forEachNode(tree, (node) => {
    const typed = node as Nodes;
    if (typed.type === 'definition') definitions.set((typed as Definition).identifier, (typed as Definition).url);
    else if (typed.type === 'image' || typed.type === 'imageReference') images.push(typed);
  });
  return images.flatMap((node) => {
    const url = node.type === 'image' ? node.url : definitions.get(node.identifier);
    const start = node.position?.start;
    return url && start ? [{ url, line: start.line, column: start.column }] : [];
  });
}

/**
 * Problems with the images an article body shows from its folder: addresses that cannot be
 * decoded, and files that are not there, at their positions in the file (`fileText`, the whole
 * file the body comes from).
 */
export function checkImagePaths(body: string, articleFile: string, fileText: string): Diagnostic[] {
  if (!body.includes('![')) return [];
  const lineOffset = getBodyLineOffset(fileText, body);
  const folder = dirname(articleFile);
  const diagnostics: Diagnostic[] = [];
  for (const { url, line, column } of findImages(body)) {
    const at = { line: line + lineOffset, column };
    let path: string;
    try {
      path = decodeURI(url);
    } catch {
      diagnostics.push({
        ruleId: 'bad-image-path',
        severity: 'error',
        message: `The image address \`${url}\` cannot be read: a \`%\` in it is not followed by two hexadecimal digits.`,
        hint: 'Write the file name as it is (spaces and all, inside `<…>`: `![Map](<my map.png>)`), or write `%25` for a real `%`.',
        ...at,
      });
      continue;
    }
    if (URL.canParse(path) || path.startsWith('/')) continue;
    const file = resolve(folder, path.replace(/[?#].*$/, ''));
    if (statSync(file, { throwIfNoEntry: false })?.isFile()) continue;
    diagnostics.push({
      ruleId: 'missing-image',
      severity: 'error',
      message: `The image \`${url}\` is not there: the article's folder has no file \`${relative(folder, file)}\`.`,
      hint: "Put the image file next to the article (paths are relative to the article's file), fix the name, or give an image on the web its full address (https://…).",
      ...at,
    });
  }
  return diagnostics;
}
