/**
 * Writes the built `_headers` with its paths under `BASE_PATH` (public/_headers is written for
 * the site root), so a sub-path deploy needs no hand edit. On Netlify's build (`NETLIFY=true`)
 * the `! Name` lines are left out: Netlify does not know them, and there a later rule's value
 * replaces an earlier one's anyway.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseHeadersFile, rebaseHeaderRules, serializeHeadersFile } from './headers-file.ts';

export function headersFile(options: { base: string; netlify: boolean }): AstroIntegration {
  return {
    name: 'sourced:headers-file',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const file = join(fileURLToPath(dir), '_headers');
        if (!existsSync(file)) return;
        const rules = rebaseHeaderRules(parseHeadersFile(readFileSync(file, 'utf8')), options.base);
        const comment = [
          'Response headers for static hosts that read this file (Netlify, Cloudflare Pages and others).',
          `Written by the build from public/_headers for BASE_PATH=${options.base}.`,
          ...(options.netlify ? [] : ['"! Name" lines (Cloudflare Pages) remove a header an earlier rule set, so the rule below replaces it.']),
        ];
        writeFileSync(file, serializeHeadersFile(rules, { withoutDetach: options.netlify, comment }));
      },
    },
  };
}
