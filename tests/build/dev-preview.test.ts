import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT, TEST_BUILDS } from '../helpers/build-site';

/** `npm run dev` over a copy of the shared-sources fixture (one draft with placeholders). */
const CONTENT = '.test-builds/content/dev-preview';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function withoutTestVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST') && name !== 'TEST'));
}

async function fetchText(url: string): Promise<{ status: number; text: string }> {
  const response = await fetch(url);
  return { status: response.status, text: await response.text() };
}

/** Polls until `check` passes (the preview renders on request, after a file change is noticed). */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, seconds = 30): Promise<T> {
  const until = Date.now() + seconds * 1000;
  let value = await read();
  while (!check(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    value = await read();
  }
  return value;
}

describe('npm run dev: drafts and errors in the preview', () => {
  let server: ChildProcess | undefined;
  let origin = '';
  let log = '';

  beforeAll(async () => {
    rmSync(join(TEST_BUILDS, 'content/dev-preview'), { recursive: true, force: true });
    cpSync(join(PROJECT_ROOT, 'tests/fixtures/sites/shared-sources'), join(PROJECT_ROOT, CONTENT), { recursive: true });
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = spawn(join(PROJECT_ROOT, 'node_modules/.bin/astro'), ['dev', '--host', '127.0.0.1', '--port', String(port), '--force'], {
      cwd: PROJECT_ROOT,
      // Without vitest's variables (NODE_ENV=test, VITEST…), which change how Astro's dev server runs.
      env: { ...withoutTestVariables(process.env), ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: CONTENT, BASE_PATH: '/', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    await eventually(
      () => fetchText(`${origin}/`).catch(() => ({ status: 0, text: '' })),
      (page) => page.status === 200,
      120,
    );
  }, 180_000);

  afterAll(() => {
    server?.kill();
    writeFileSync(join(TEST_BUILDS, 'dev-preview.log'), log);
  });

  test('a draft has a page in the preview, marked DRAFT', async () => {
    const page = await fetchText(`${origin}/articles/draft-preview/`);
    expect(page.status, log).toBe(200);
    expect(page.text).toMatch(/<p class="draft-banner" role="status"><strong>DRAFT<\/strong>/);
    expect(page.text).toContain('A draft in progress');
  });

  test('the search page works in the preview: its filters list the published articles’ values, without building an index', async () => {
    const page = await fetchText(`${origin}/search/`);
    expect(page.status, log).toBe(200);
    // Two published articles: the draft is not searchable.
    expect(page.text).toContain('<option value="Article">Article (2)</option>');
    expect(page.text).toMatch(/<option value="Claim">Claim \(\d+\)<\/option>/);
    expect(log).not.toContain('Search index:');
  });

  test('the draft stays out of the lists and feeds of the preview', async () => {
    expect((await fetchText(`${origin}/`)).text).not.toContain('draft-preview');
    expect((await fetchText(`${origin}/rss.xml`)).text).not.toContain('draft-preview');
    expect((await fetchText(`${origin}/articles/joint-denial/`)).text).not.toContain('draft-banner"');
  });

  test('an article error shows the analyst’s list on the page, without a stack trace, and goes when fixed', async () => {
    const file = join(PROJECT_ROOT, CONTENT, 'articles/second-article.md');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, `${original}\nA broken :claim[claim]{by=nobody status=verified}.\n`);
    const broken = await eventually(
      () => fetchText(`${origin}/articles/second-article/`),
      (page) => page.text.includes('class="dev-problems"'),
    );
    expect(broken.status).toBe(200);
    expect(broken.text).toContain(`${CONTENT}/articles/second-article.md:20:24  error  unknown-source`);
    expect(broken.text).toContain('error  bad-status  `:claim` status=`verified` is not a status. Did you mean `confirmed`?');
    expect(broken.text).not.toContain('ArticleBuildError');
    expect(broken.text).not.toMatch(/\n\s+at /);
    // Every page shows it, not only the broken article's.
    expect((await fetchText(`${origin}/`)).text).toContain('class="dev-problems"');

    writeFileSync(file, original);
    const fixed = await eventually(
      () => fetchText(`${origin}/articles/second-article/`),
      (page) => !page.text.includes('class="dev-problems"'),
    );
    expect(fixed.text).not.toContain('class="dev-problems"');
  });

  test('wrong frontmatter does not stop the preview: the article is still shown, with the analyst’s list', async () => {
    const file = join(PROJECT_ROOT, CONTENT, 'articles/second-article.md');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('    kind: expert', '    kind: verified'));
    const broken = await eventually(
      () => fetchText(`${origin}/articles/second-article/`),
      (page) => page.text.includes('bad-value'),
    );
    expect(broken.status).toBe(200);
    expect(broken.text).toContain(`${CONTENT}/articles/second-article.md:15:11  error  bad-value  \`sources.local-analyst.kind\` is \`verified\`, which is not allowed.`);
    expect(broken.text).not.toContain('InvalidContentEntryDataError');
    expect((await fetchText(`${origin}/articles/joint-denial/`)).status).toBe(200);
    writeFileSync(file, original);
    const fixed = await eventually(
      () => fetchText(`${origin}/articles/second-article/`),
      (page) => !page.text.includes('class="dev-problems"'),
    );
    expect(fixed.text).not.toContain('class="dev-problems"');
  });
});
