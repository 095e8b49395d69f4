import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkArticleFile } from '../../src/lib/checker/check-article';
import { buildSite, PROJECT_ROOT, writeContentFolder } from '../helpers/build-site';
import { $, $$, attr, listFiles, readPage, text } from '../helpers/dist';
import { errorLines } from '../helpers/error-lines';
import { runCli } from '../helpers/run-cli';

const INVALID = join(PROJECT_ROOT, 'tests/fixtures/invalid');
const CASES = readdirSync(INVALID).filter((file) => file.endsWith('.md')).sort();

/** The expected report of a fixture: `line:column  severity  rule-id  message hint` per line. */
function expected(file: string): string[] {
  return readFileSync(join(INVALID, file.replace(/\.md$/, '.errors')), 'utf8').trim().split('\n');
}

/** A 5 MB article: valid Markdown, far too large. */
const HUGE = `---\ntitle: Huge\ndescription: Too big.\npublished: 2024-01-02\noriginal:\n  outlet: X\nsources: {}\n---\n\n${'All work and no play. '.repeat(240_000)}\n`;

describe('malformed article fixtures', () => {
  test('there are at least 25 of them, each with its expected messages', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
    for (const file of CASES) expect(expected(file).some((line) => line.includes('  error  ')), file).toBe(true);
  });

  test.each(CASES)('%s gets exactly its expected messages, with line and column', async (file) => {
    const report = await checkArticleFile(join(INVALID, file), file);
    const lines = report.diagnostics.map((d) => `${d.line}:${d.column}  ${d.severity}  ${d.ruleId}  ${d.message}${d.hint ? ` ${d.hint}` : ''}`);
    expect(lines).toEqual(expected(file));
  });

  test('a 5 MB article is refused with a clear message', async () => {
    const folder = writeContentFolder('huge', { 'huge.md': HUGE });
    const report = await checkArticleFile(join(PROJECT_ROOT, folder, 'articles/huge.md'), 'huge.md');
    expect(report.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`)).toEqual([
      '1:1 file-too-large The article is 5.0 MB; Sourced accepts articles of up to 1 MB.',
    ]);
  });
});

describe('a build of a folder holding every malformed article', () => {
  const files = Object.fromEntries([...CASES.map((file) => [file, readFileSync(join(INVALID, file))]), ['huge.md', HUGE]]);
  const folder = writeContentFolder('all-invalid', files);
  const result = buildSite({ name: 'all-invalid', contentDir: folder });

  test('fails', () => {
    expect(result.exitCode).not.toBe(0);
  });

  test('reports every error of every file in one run, each with file, line and column', () => {
    const missing: string[] = [];
    for (const file of CASES) {
      for (const line of expected(file)) {
        const full = `${folder}/articles/${file}:${line}`;
        if (!result.output.includes(full)) missing.push(full);
      }
    }
    expect(missing).toEqual([]);
    expect(result.output).toContain(`${folder}/articles/huge.md:1:1  error  file-too-large`);
  });

  test('writes no pages', () => {
    expect(() => readdirSync(result.outDir)).toThrow();
  });

  test('npm run check over the same folder reports exactly the errors the build reports: same rules, messages and positions', () => {
    const check = runCli('check.ts', [], { env: { CONTENT_DIR: folder } });
    expect(check.code).toBe(1);
    const checkErrors = errorLines(check.stdout);
    expect(checkErrors.length).toBeGreaterThan(CASES.length);
    expect(errorLines(result.output)).toEqual(checkErrors);
  });
});

describe('valid articles with unusual shapes', () => {
  const result = buildSite({ name: 'valid-edge', contentDir: 'tests/fixtures/valid-edge' });

  test('build: a byte order mark, Windows line endings, tabs in the body, a directive split across lines', () => {
    expect(result.exitCode, result.output).toBe(0);
    expect(text($(readPage(result.outDir, 'articles/with-bom/index.html'), 'h1'))).toBe('With a byte order mark');
    const crlf = readPage(result.outDir, 'articles/crlf/index.html');
    expect($$(crlf, '[data-claim]')).toHaveLength(1);
    expect(text($(crlf, '.sourced-note'))).toBe('Context A note.');
    const tabs = readPage(result.outDir, 'articles/tabs-in-body/index.html');
    expect(text($(tabs, 'pre code'))).toBe('An indented code block with :claim[not a claim]{by=x} inside.');
    expect($$(tabs, '[data-claim]').map(text)).toEqual(['something happened', 'tabbed claim']);
    const split = readPage(result.outDir, 'articles/split-directive/index.html');
    expect($$(split, '[data-claim]').map(text)).toEqual(['something happened over two lines']);
    expect($$(split, '[data-quote]').map(text)).toEqual(['I doubt it']);
  });

  test('headings named like parts of the page get ids of their own: every id on the page is unique, links reach the right element', () => {
    const page = readPage(result.outDir, 'articles/heading-ids/index.html');
    expect($$(page, '.article__body h2').map((heading) => attr(heading, 'id'))).toEqual([
      'main-1',
      'claim-signal-1',
      'callout-signal-1',
      'quote-entry-q1-1',
      'source-wire-1',
      'sources-heading-1',
      'background',
      'background-1',
      'article-title-1',
    ]);
    const ids = $$(page, '[id]').map((element) => attr(element, 'id'));
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect($(page, '#main').tagName).toBe('main');
    expect(text($(page, '[id="claim-signal"]'))).toBe('the talks resumed');
  });

  test('an article with a Markdown image next to a claim: Astro optimises the image, the claim is marked', () => {
    const page = readPage(result.outDir, 'articles/with-image/index.html');
    expect($$(page, '[data-claim]').map(text)).toEqual(['the queue reached the bridge']);
    const image = $(page, '.article__body img');
    expect(attr(image, 'alt')).toBe('The queue at the bridge');
    expect(attr(image, 'src')).toMatch(/^\/_astro\/with-image\.[\w-]+\.webp$/);
    expect([attr(image, 'width'), attr(image, 'height')]).toEqual(['4', '3']);
    expect(listFiles(result.outDir)).toContain(attr(image, 'src')!.slice(1));
  });
});
