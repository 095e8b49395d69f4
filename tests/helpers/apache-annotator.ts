import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

let bundle: string | undefined;

/**
 * Apache Annotator (`@apache-annotator/dom`, the Apache reference implementation of the W3C
 * selectors) bundled for the browser: adding it to a page defines `window.sourcedAnchor(selector)`,
 * which resolves a selector (honouring `refinedBy`) against the page's DOM and returns every
 * match as a Range. The page needs a context with `bypassCSP: true`: the site's own pages run no
 * script.
 */
export function apacheAnnotatorBundle(): string {
  bundle ??= buildSync({
    entryPoints: [fileURLToPath(new URL('./apache-annotator-entry.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  }).outputFiles[0]!.text;
  return bundle;
}

/** Adds Apache Annotator to a loaded page. */
export async function addApacheAnnotator(page: Page): Promise<void> {
  await page.addScriptTag({ content: apacheAnnotatorBundle() });
}
