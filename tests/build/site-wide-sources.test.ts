import { describe, expect, test } from 'vitest';
import { buildSite } from '../helpers/build-site';
import { $, $$, listFiles, readPage, readText, text } from '../helpers/dist';
import { errorLines } from '../helpers/error-lines';
import { runCli } from '../helpers/run-cli';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SITE = 'tests/fixtures/sites/shared-sources';
const CONFLICT = 'tests/fixtures/invalid-sites/source-conflict';

describe('site-wide sources, a two-speaker claim and a document source', () => {
  const result = buildSite({ name: 'shared-sources', contentDir: SITE });

  test('build: articles name site-wide sources without declaring them', () => {
    expect(result.exitCode, result.output).toBe(0);
    const page = readPage(result.outDir, 'articles/joint-denial/index.html');
    expect($$(page, '[data-claim]').map(text)).toEqual(['drones were shipped through a third country', 'no drones were ever shipped']);
  });

  test('a claim by two speakers names both in its callout, with their roles, and counts for each', () => {
    const page = readPage(result.outDir, 'articles/joint-denial/index.html');
    // The callout's line names both; its body gives each speaker's role.
    expect(text($(page, 'details[data-callout="denial"] .sourced-callout__name')!)).toBe('Sergei Lavrov and Foreign Intelligence Service (SVR)');
    expect($$(page, '#callout-denial .sourced-callout__role').map(text)).toEqual(['Sergei Lavrov, Russian foreign minister']);
    const sources = $$(page, '.sources-list li').map(text).join('\n');
    expect(sources).toContain('Sergei Lavrov');
    expect(sources).toContain('Foreign Intelligence Service (SVR)');
    // The ledger's answer names both speakers.
    expect(text($(page, '.ledger__responses')!)).toContain('Sergei Lavrov and Foreign Intelligence Service (SVR)');
  });

  test('a document source has its own wording in callouts, the ledger and the sources list', () => {
    const page = readPage(result.outDir, 'articles/joint-denial/index.html');
    expect(text($(page, '#callout-shipments .sourced-callout__kind')!)).toBe('Documentary evidence');
    expect(text($(page, '.ledger')!)).toContain('Documents');
    const second = readPage(result.outDir, 'articles/second-article/index.html');
    const calloutKind = text($(second, '.sourced-callout__kind')!);
    expect(calloutKind).toBe('Named expert, according to UN Panel of Experts report');
    expect(text($(second, '.ledger')!)).toContain('1 of them read in a document');
    expect(text($(second, '.ledger')!)).not.toContain('relayed by another outlet');
    expect(text($(second, '.sources-list')!)).toContain('1 claim (read in it)');
    const method = readPage(result.outDir, 'method/index.html');
    expect(text($(method, 'main')!)).toContain('Document');
  });

  test('source pages use the site-wide declaration; a site-wide source no article names gets no page', () => {
    const pages = listFiles(result.outDir).filter((file) => file.startsWith('sources/') && file.endsWith('index.html'));
    expect(pages.sort()).toEqual(['sources/index.html', 'sources/lavrov/index.html', 'sources/local-analyst/index.html', 'sources/svr/index.html', 'sources/un-panel-report/index.html']);
    const lavrov = readPage(result.outDir, 'sources/lavrov/index.html');
    expect(text($(lavrov, 'h1')!)).toBe('Sergei Lavrov');
    // One article gives a role of its own: both roles are listed.
    expect(text($(lavrov, 'main')!)).toContain('Russian foreign minister');
    expect(text($(lavrov, 'main')!)).toContain('speaking at a press conference in Minsk');
    expect(text($(readPage(result.outDir, 'sources/svr/index.html'), 'main')!)).toContain('no drones were ever shipped');
  });

  test('feeds and Web Annotations carry every speaker', () => {
    const rss = readFileSync(join(result.outDir, 'rss.xml'), 'utf8');
    expect(rss).toContain('Sergei Lavrov&lt;/strong&gt;, Russian foreign minister; and &lt;strong&gt;Foreign Intelligence Service (SVR)&lt;/strong&gt; — Official denial.');
    const collection = readFileSync(join(result.outDir, 'articles/joint-denial/annotations.jsonld'), 'utf8');
    const denial = JSON.stringify(findAnnotation(JSON.parse(collection), 'claim-denial'));
    expect(denial).toContain('Sergei Lavrov');
    expect(denial).toContain('Foreign Intelligence Service (SVR)');
    const page = readText(result.outDir, 'articles/joint-denial/index.html');
    const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? '';
    expect(jsonLd).toContain('"author":[{"@type":"Person","name":"Sergei Lavrov"},{"@type":"Organization","name":"Foreign Intelligence Service (SVR)"}]');
  });

  test('a draft is never built: no page, no feed item, no sitemap entry', () => {
    expect(listFiles(result.outDir).some((file) => file.includes('draft-preview'))).toBe(false);
    expect(readFileSync(join(result.outDir, 'rss.xml'), 'utf8')).not.toContain('draft-preview');
    expect(readFileSync(join(result.outDir, 'sitemap-0.xml'), 'utf8')).not.toContain('draft-preview');
  });

  test('npm run sources lists every source id with name, kind and how many articles name it', () => {
    const listing = runCli('sources.ts', ['--format', 'json'], { env: { CONTENT_DIR: SITE } });
    expect(listing.code).toBe(0);
    const sources = JSON.parse(listing.stdout) as { id: string; name: string; kind: string; articles: number; declaredIn: string[] }[];
    expect(sources.map((s) => [s.id, s.name, s.kind, s.articles])).toEqual([
      ['ft', 'Financial Times', 'outlet', 0],
      ['lavrov', 'Sergei Lavrov', 'official', 3],
      ['local-analyst', 'Jana Novak', 'expert', 1],
      ['svr', 'Foreign Intelligence Service (SVR)', 'government', 1],
      ['un-panel-report', 'UN Panel of Experts report', 'document', 2],
    ]);
    expect(sources.find((s) => s.id === 'lavrov')?.declaredIn).toEqual([`${SITE}/sources/lavrov.yaml`, `${SITE}/articles/second-article.md`]);
    const text = runCli('sources.ts', [], { env: { CONTENT_DIR: SITE } }).stdout;
    expect(text).toMatch(/^lavrov +Sergei Lavrov +official +3 /m);
  });
});

describe('one source id declared as two different sources', () => {
  const result = buildSite({ name: 'source-conflict', contentDir: CONFLICT });
  const check = runCli('check.ts', [], { env: { CONTENT_DIR: CONFLICT } });

  test('fails the build and the check, naming both files with line numbers', () => {
    expect(result.exitCode).toBe(1);
    expect(check.code).toBe(1);
    for (const output of [result.output, check.stdout]) {
      expect(output).toContain(
        `${CONFLICT}/articles/first.md:8:3  error  source-conflict  Source \`lavrov\` is declared here as \`Sergey Lavrov\` (kind \`official\`), but ${CONFLICT}/sources/lavrov.yaml:1:1 declares it as \`Sergei Lavrov\` (kind \`official\`).`,
      );
      expect(output).toContain(
        `${CONFLICT}/articles/second.md:8:3  error  source-conflict  Source \`ft\` is declared here as \`The Financial Times\` (kind \`outlet\`), but ${CONFLICT}/articles/first.md:11:3 declares it as \`Financial Times\` (kind \`outlet\`).`,
      );
    }
    expect(result.output).not.toMatch(/\n\s+at /);
  });

  test('reports the site-wide source files’ own problems at their lines', () => {
    expect(check.stdout).toContain(`${CONFLICT}/sources/broken.yaml:2:1  error  source-file-syntax`);
    expect(check.stdout).toContain(`${CONFLICT}/sources/Bad_Name.yaml:1:1  error  bad-source-id`);
    expect(check.stdout).toContain(`${CONFLICT}/sources/Bad_Name.yaml:2:7  error  bad-value  \`kind\` is \`verified\`, which is not allowed.`);
  });

  test('check and build report the same errors', () => {
    expect(errorLines(result.output)).toEqual(errorLines(check.stdout));
  });
});

/** The annotation of a collection whose target is the element with `id`, found anywhere in the JSON. */
function findAnnotation(value: unknown, id: string): unknown {
  if (Array.isArray(value)) return value.map((item) => findAnnotation(item, id)).find((found) => found !== undefined);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (record['type'] === 'Annotation' && JSON.stringify(record['target'] ?? '').includes(id)) return record;
    return Object.values(record).map((item) => findAnnotation(item, id)).find((found) => found !== undefined);
  }
  return undefined;
}
