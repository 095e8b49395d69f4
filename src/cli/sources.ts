/**
 * `npm run sources [-- --format json]`: every source id of the site — the site-wide ones in
 * `$CONTENT_DIR/sources/<id>.yaml` and those articles declare in their frontmatter — with its
 * name, kind, how many articles name it (`by=`, `via=`) and where it is declared.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { findArticleFiles } from '../lib/render/article-files.ts';
import { readDeployConfig } from '../lib/site/deploy-config.ts';
import { checkFrontmatter } from '../lib/checker/frontmatter.ts';
import { readSiteSources } from '../lib/sources/site-sources.ts';
import { formatSourceTable, listSources, type ListedArticle } from '../lib/sources/source-list.ts';
import { pluralise } from '../lib/util/pluralise.ts';

const USAGE = 'Usage: npm run sources [-- --format text|json]\nLists every source id of $CONTENT_DIR (default content): site-wide sources/<id>.yaml and article frontmatter.';

let format: string;
try {
  const parsed = parseArgs({ options: { format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } } });
  if (parsed.values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  format = parsed.values.format;
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (format !== 'text' && format !== 'json') {
  console.error(`Unknown format \`${format}\`: use text or json.\n${USAGE}`);
  process.exit(2);
}

const { contentDir } = readDeployConfig(process.env);
const site = readSiteSources(join(contentDir, 'sources'));
const articles: ListedArticle[] = findArticleFiles(contentDir).map((file) => {
  const { data, body } = checkFrontmatter(readFileSync(file, 'utf8'));
  const declared = data?.['sources'];
  return {
    path: relative(process.cwd(), file),
    declared: declared && typeof declared === 'object' && !Array.isArray(declared) ? (declared as ListedArticle['declared']) : {},
    body,
  };
});
const sources = listSources(site.sources, articles);
if (format === 'json') console.log(JSON.stringify(sources, null, 2));
else {
  if (sources.length > 0) console.log(formatSourceTable(sources));
  const siteWide = sources.filter((source) => source.declaredIn.some((path) => !path.endsWith('.md'))).length;
  console.log(`\n${pluralise(sources.length, 'source')} (${siteWide} site-wide) in ${pluralise(articles.length, 'article')}. Problems are reported by \`npm run check\`.`);
}
