/**
 * `npm run schema`: writes the JSON Schemas of the article frontmatter and of site-wide source
 * files to `schemas/` (src/lib/tooling/json-schemas.ts), for editors. Run it after changing
 * src/lib/schemas/; a test fails while the committed files are out of date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { renderSchemaFiles } from '../lib/tooling/json-schemas.ts';

const ROOT = resolve(import.meta.dirname, '../..');
for (const [path, text] of Object.entries(renderSchemaFiles())) {
  mkdirSync(dirname(join(ROOT, path)), { recursive: true });
  writeFileSync(join(ROOT, path), text);
  console.log(`Wrote ${path}`);
}
