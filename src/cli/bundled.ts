/**
 * `node src/cli/bundled.ts <tool> [arguments…]`: runs the command-line tool `src/cli/<tool>.ts`
 * from a bundle of its sources, rebuilt whenever they change (see src/lib/tooling/cli-bundle.ts).
 * `npm run check` and `npm run suggest` go through it: they start a few tenths of a second sooner.
 *
 * `SOURCED_NO_BUNDLE=1` runs the source modules directly (stack traces then point into `src/`);
 * so does any failure to build the bundle, after saying why.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBundle } from '../lib/tooling/cli-bundle.ts';

const TOOLS = new Set(['check', 'suggest']);
const ROOT = resolve(import.meta.dirname, '../..');

const tool = process.argv[2] ?? '';
if (!TOOLS.has(tool)) {
  console.error(`Usage: node src/cli/bundled.ts <${[...TOOLS].join('|')}> [arguments…]`);
  process.exit(2);
}
// The tool reads its own arguments from process.argv, as when it is run directly.
process.argv.splice(2, 1);

const entry = resolve(ROOT, `src/cli/${tool}.ts`);
let target = entry;
if (process.env['SOURCED_NO_BUNDLE'] !== '1') {
  try {
    target = await ensureBundle(ROOT, entry);
  } catch (error) {
    console.error(`(Could not bundle ${tool}, running it from its sources: ${(error as Error).message})`);
  }
}
await import(pathToFileURL(target).href);
