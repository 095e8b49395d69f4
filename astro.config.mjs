// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { readDeployConfig } from './src/lib/site/deploy-config.ts';
import { createSiteProcessor } from './src/lib/render/astro-processor.ts';
import { readArticleDates, readClaimDates } from './src/lib/site/sitemap-dates.ts';
import { contentCheck } from './src/lib/checker/content-check-integration.ts';
import { renderWorkers } from './src/lib/render/workers/integration.ts';
import { pagefindIndex } from './src/lib/search/pagefind-index-integration.ts';
import { headersFile } from './src/lib/deploy/headers-file-integration.ts';

const deploy = readDeployConfig(process.env);
if (deploy.siteIsDefault && process.argv.includes('build')) {
  console.warn(
    `[sourced] SITE_URL is not set: canonical links and feeds will point at ${deploy.site}. ` +
      'Set SITE_URL=https://your.host before building for deployment.',
  );
}

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: deploy.site,
  base: deploy.base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    inlineStylesheets: 'never',
    // Four pages in flight: while one page's file is written (mkdir, open, write), the next ones
    // render. One at a time, the main thread waited on those writes for about a third of a
    // 1000-article build. The output is the same byte for byte (tests/build/reproducible.test.ts).
    concurrency: 4,
  },
  compressHTML: true,
  markdown: {
    syntaxHighlight: false,
    processor: createSiteProcessor(`${deploy.contentDir}/articles`),
  },
  // A meta Content-Security-Policy on every page (hashes of Astro's own styles; no scripts are
  // emitted). Headers a meta tag cannot carry (frame-ancestors, HSTS…) are in public/_headers.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'none'",
        "img-src 'self' data:",
        "font-src 'self'",
        // 'self' (not 'none') so tools such as Lighthouse can fetch robots.txt from the page.
        "connect-src 'self'",
        "form-action 'none'",
        "base-uri 'none'",
        "object-src 'none'",
        "manifest-src 'self'",
      ],
      styleDirective: { resources: ["'self'"] },
    },
  },
  integrations: [
    renderWorkers({ contentDir: deploy.contentDir, root: process.cwd() }),
    contentCheck({ contentDir: deploy.contentDir }),
    sitemap({
      // Article URLs get <lastmod>: the last update or correction, else the publication date
      // (recorded by the pages as they listed the articles, see sitemap-dates.ts).
      // Claim pages get the date of their claim's last change or appearance.
      serialize(item) {
        const path = new URL(item.url).pathname.slice(deploy.base.length);
        const id = path.match(/^articles\/(.+)\/$/)?.[1];
        const claim = path.match(/^claims\/(.+\/[^/]+)\/$/)?.[1];
        const date = id ? readArticleDates().get(id) : claim ? readClaimDates().get(claim) : undefined;
        return date ? { ...item, lastmod: date.toISOString() } : item;
      },
    }),
    // The Pagefind index, from the records the search page collects (src/lib/search/).
    pagefindIndex(),
    // dist/_headers with its paths under BASE_PATH (src/lib/deploy/headers-file.ts).
    headersFile({ base: deploy.base, netlify: process.env.NETLIFY === 'true' }),
  ],
  // The search page's script is a file of its own, never inlined: the host's
  // Content-Security-Policy header (public/_headers) allows the site's own scripts, not inline ones.
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
  devToolbar: { enabled: false },
});
