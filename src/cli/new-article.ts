/**
 * `npm run new -- "Title of the analysis"`: creates `$CONTENT_DIR/articles/<slug>.md` as a valid
 * draft with a frontmatter skeleton and a syntax reminder. Never overwrites a file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildArticleTemplate } from '../lib/tooling/article-template.ts';
import { SCHEMA_FILES } from '../lib/tooling/json-schemas.ts';
import { readDeployConfig } from '../lib/site/deploy-config.ts';
import { slugify } from '../lib/util/slugify.ts';

const USAGE = 'Usage: npm run new -- "Title of the analysis"\nCreates $CONTENT_DIR/articles/<slug>.md (default content/articles) and never overwrites a file.';

let positionals: string[];
try {
  const parsed = parseArgs({ options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  if (parsed.values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  positionals = parsed.positionals;
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const title = positionals.join(' ').trim();
if (!title) {
  console.error(USAGE);
  process.exit(2);
}
const slug = slugify(title);
if (!slug) {
  console.error(`Cannot make a file name from the title \`${title}\`: use letters or digits.`);
  process.exit(2);
}
const folder = join(readDeployConfig(process.env).contentDir, 'articles');
const file = join(folder, `${slug}.md`);
if (existsSync(file)) {
  console.error(`${relative(process.cwd(), file)} already exists; it was not changed. Choose another title or edit that file.`);
  process.exit(1);
}
mkdirSync(folder, { recursive: true });
// Editors with the YAML language server validate and complete the frontmatter against this schema.
const schema = relative(dirname(resolve(file)), resolve(import.meta.dirname, '../..', SCHEMA_FILES.article)).split('\\').join('/');
writeFileSync(file, buildArticleTemplate(title, new Date(), schema), { flag: 'wx' });
console.log(`Created ${relative(process.cwd(), file)} (a draft). Fill in the TODOs, paste the text, annotate it, then run: npm run check -- ${relative(process.cwd(), file)}`);
