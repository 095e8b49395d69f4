// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { readDeployConfig } from './src/lib/deploy-config.ts';
import { getMarkdownOptions } from './src/lib/markdown.ts';
import { contentCheck } from './src/lib/validation/content-check-integration.ts';

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
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  markdown: {
    syntaxHighlight: false,
    processor: unified(getMarkdownOptions()),
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
  integrations: [contentCheck({ contentDir: deploy.contentDir }), sitemap()],
  devToolbar: { enabled: false },
});
