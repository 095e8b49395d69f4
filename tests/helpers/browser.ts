import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveDist, type StaticServer } from './serve';

/** Debian's Chromium; `npm run test:setup` installs it. */
export const CHROMIUM = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches headless Chromium with a fresh profile; fails clearly when it is not installed. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}. Run \`npm run test:setup\` (it installs Debian's chromium) or set CHROME_PATH.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    // Playwright gives every launch a fresh temporary profile.
    args: ARGS,
  });
}

/** Everything a page did that a reader would not want: console errors, failed requests, requests to other hosts. */
export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  externalRequests: string[];
}

/** Records problems on every page of a context; requests to other hosts are blocked and listed. */
export async function watchProblems(context: BrowserContext, allowedOrigin: string): Promise<PageProblems> {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], externalRequests: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === allowedOrigin) return route.continue();
    problems.externalRequests.push(url);
    return route.abort();
  });
  context.on('page', (page) => attach(page, problems));
  for (const page of context.pages()) attach(page, problems);
  return problems;
}

function attach(page: Page, problems: PageProblems): void {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
  page.on('requestfailed', (request) => {
    // ERR_ABORTED: the page moved on before a low-priority request (the favicon) finished.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.failedRequests.push(request.url());
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/404.html') && response.request().resourceType() !== 'document') {
      problems.failedRequests.push(`${response.status()} ${response.url()}`);
    }
  });
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.2 A/AA rule tags axe checks. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** An axe violation, flattened for readable test failures. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core on the page (the context must allow JavaScript) and returns its violations. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
    }));
  }, WCAG_TAGS);
}

/** Elements whose box reaches past the right edge of the viewport (what makes a page scroll sideways). */
export async function findOverflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    for (const element of Array.from(document.querySelectorAll('body *'))) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right > width + 1) {
        const className = element.getAttribute('class');
        found.push(`${element.tagName.toLowerCase()}${className ? `.${className.split(' ').join('.')}` : ''} (right ${Math.round(box.right)} > ${width})`);
      }
    }
    return found;
  });
}

/**
 * Presses Tab once per focusable element and returns, in order, what got focus (its href or id)
 * and whether a focus outline of at least 2px was drawn (on the radio's label for the theme switch).
 */
export async function tabThroughPage(page: Page): Promise<{ expected: string[]; reached: string[]; withoutOutline: string[] }> {
  // Summaries of <details> are stops too; links inside closed <details> and hidden toggles are not.
  const expected = await page
    .locator('a[href], summary, input:not([type=radio]), input[type=radio]:checked')
    .evaluateAll((elements) =>
      elements
        .filter((element) => element.checkVisibility())
        .map((element) => element.getAttribute('href') ?? (element.id || `${element.tagName.toLowerCase()}: ${element.textContent?.trim()}`)),
    );
  const reached: string[] = [];
  const withoutOutline: string[] = [];
  for (let i = 0; i < expected.length; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      // A radio of the theme switch is hidden: its label shows the focus.
      const shown = element.matches('input[type=radio]') ? (element.nextElementSibling as HTMLElement) : element;
      const style = getComputedStyle(shown);
      const key = element.getAttribute('href') ?? (element.id || `${element.tagName.toLowerCase()}: ${element.textContent?.trim()}`);
      return { key, outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
    });
    reached.push(focused.key);
    if (!focused.outline) withoutOutline.push(focused.key);
  }
  return { expected, reached, withoutOutline };
}

/** A browser and a built site served to it, for one test file. */
export interface BrowserAndSite {
  readonly browser: Browser;
  readonly server: StaticServer;
}

/** Launches Chromium and serves `dist` under `base` before the file's tests, and stops both after. */
export function useBrowserAndSite(dist: string, base = '/'): BrowserAndSite {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serveDist(dist, base);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('The browser is not running yet.');
      return browser;
    },
    get server() {
      if (!server) throw new Error('The site is not served yet.');
      return server;
    },
  };
}
