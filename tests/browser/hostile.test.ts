import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { builtSite } from '../helpers/build-site';
import { findOverflowingElements, runAxe, useBrowserAndSite } from '../helpers/browser';
import { $, $$, listFiles, listPages, readPage, readText, text } from '../helpers/dist';

const dist = builtSite('hostile');
const site = useBrowserAndSite(dist, '/');

describe('an article full of hostile input', () => {
  test('runs nothing in Chromium with JavaScript on: no dialog, no global set by a payload', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    for (const path of listPages(dist).map((file) => file.replace(/index\.html$/, ''))) {
      await page.goto(`${site.server.url}${path}`);
      await page.mouse.move(10, 10);
      await page.mouse.move(200, 300);
      const pwned = await page.evaluate(() => Object.keys(window).filter((key) => key.startsWith('pwned')));
      expect(pwned, path).toEqual([]);
    }
    await page.goto(`${site.server.url}articles/hostile/`);
    await page.locator('a', { hasText: 'link' }).first().click({ timeout: 2000 }).catch(() => undefined);
    expect(await page.evaluate(() => Object.keys(window).filter((key) => key.startsWith('pwned')))).toEqual([]);
    expect(dialogs).toEqual([]);
    await context.close();
  });

  test('still makes a page without WCAG 2.2 A/AA violations, nothing wider than the screen, on a phone and a desktop', async () => {
    const failures: string[] = [];
    for (const width of [375, 1280]) {
      // bypassCSP lets the test inject axe; the page itself runs no script.
      const context = await site.browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(`${site.server.url}articles/hostile/`);
      for (const violation of await runAxe(page)) failures.push(`${width}px ${violation.id}: ${violation.help} at ${violation.targets.join(', ')}`);
      for (const element of await findOverflowingElements(page)) failures.push(`${width}px overflows: ${element}`);
      await context.close();
    }
    expect(failures).toEqual([]);
  });

  test('widens no page of the site beyond a phone screen, whatever the long strings in it', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 900 } });
    const page = await context.newPage();
    const failures: string[] = [];
    for (const path of listPages(dist).map((file) => file.replace(/index\.html$/, ''))) {
      await page.goto(`${site.server.url}${path}`);
      for (const element of await findOverflowingElements(page)) failures.push(`/${path} overflows: ${element}`);
    }
    await context.close();
    expect(failures).toEqual([]);
  });

  test('shows the payloads as text, not markup', () => {
    const page = readPage(dist, 'articles/hostile/index.html');
    expect(text($(page, 'h1'))).toContain('</script><script>window.pwnedTitle=1</script>');
    expect($$(page, '.article__body script, .article__body iframe, .article__body object, .article__body form, .article__body style, .article__body svg')).toEqual([]);
    expect($$(page, '[style]')).toEqual([]);
    const elements = $$(page, '*');
    const handlers = elements.flatMap((element) => Object.keys(element.properties).filter((name) => /^on/i.test(name)));
    expect(handlers).toEqual([]);
    const scriptUrls = elements.flatMap((element) => ['href', 'src', 'action', 'formAction', 'data'].map((name) => String(element.properties[name] ?? ''))).filter((url) => /^\s*javascript:/i.test(url));
    expect(scriptUrls).toEqual([]);
  });

  test('keeps RSS, the sitemap and the JSON Feed well-formed, JSON-LD parseable and free of control characters', () => {
    for (const file of listFiles(dist).filter((f) => f.endsWith('.xml'))) {
      expect(XMLValidator.validate(readText(dist, file)), file).toBe(true);
    }
    const annotations = JSON.parse(readText(dist, 'articles/hostile/annotations.jsonld'));
    expect(annotations.total).toBeGreaterThan(2);
    const feed = JSON.parse(readText(dist, 'feed.json'));
    expect(feed.items[0].title).toContain('</script>');
    const jsonLd = readText(dist, 'articles/hostile/index.html').match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)?.[1] ?? '';
    expect(jsonLd).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(jsonLd).headline).toContain('</script><script>window.pwnedTitle=1</script>');
    for (const file of listFiles(dist).filter((f) => /\.(html|xml|json)$/.test(f))) {
      expect(readText(dist, file), file).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    }
    expect(readText(dist, 'favicon.svg')).not.toMatch(/<script|on\w+=/i);
  });
});
