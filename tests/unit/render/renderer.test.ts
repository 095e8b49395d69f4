import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { createArticleRenderer } from '../../../src/lib/render/astro-processor';
import { createDeferredArticleRenderer } from '../../../src/lib/render/renderer';
import { mayHaveMarkdownImage } from '../../../src/lib/render/deferred-render';
import { VALID_ARTICLE_CASES } from '../../helpers/fixture-articles';

const astro = await createArticleRenderer();
const deferred = createDeferredArticleRenderer();

const SOURCES = { ft: { name: 'Financial Times', kind: 'outlet' }, tsang: { name: 'Steve Tsang', kind: 'expert' } };

/** Renders with Astro's renderer and the deferred one; expects the same result. */
async function expectSameAsAstro(markdown: string, frontmatter: Record<string, unknown> = { sources: SOURCES }, fileURL?: URL): Promise<string> {
  const options = (): { frontmatter: Record<string, unknown>; fileURL?: URL } => ({ frontmatter: structuredClone(frontmatter), ...(fileURL ? { fileURL } : {}) });
  const expected = await astro.render(markdown, options());
  const actual = await deferred.render(markdown, options());
  expect(actual.code).toBe(expected.code);
  expect(actual.metadata.headings).toEqual(expected.metadata.headings);
  expect(actual.metadata.frontmatter).toEqual(expected.metadata.frontmatter);
  expect(actual.metadata.localImagePaths).toEqual(expected.metadata.localImagePaths);
  expect(actual.metadata.remoteImagePaths).toEqual(expected.metadata.remoteImagePaths);
  return actual.code;
}

describe('the deferred renderer gives what Astro’s renderer gives, byte for byte, with the article’s text', () => {
  const deferredCases = VALID_ARTICLE_CASES.filter(([, file]) => !mayHaveMarkdownImage(readFileSync(file, 'utf8')));

  test('the fixtures include articles it renders', () => {
    expect(deferredCases.length).toBeGreaterThanOrEqual(10);
  });

  test.each(deferredCases)('%s', async (_name, file) => {
    const { frontmatter, content } = parseFrontmatter(readFileSync(file, 'utf8'));
    await expectSameAsAstro(content.trim(), frontmatter, pathToFileURL(file));
  });

  test.each([
    ['a quote inside a link', 'A [see “:quote[the words]{by=tsang}” here](https://e.org) b.'],
    ['a claim inside a link', 'A [see :claim[the words]{by=ft} here](https://e.org) b.'],
    ['a link inside a quote', 'A “:quote[see [x](https://e.org) here]{by=tsang}” b.'],
    ['an address inside a quote', 'A “:quote[see https://e.org here]{by=tsang}” b.'],
    ['a raw link inside a quote', 'A “:quote[see <a href="https://e.org">x</a> here]{by=tsang}” b.'],
    ['a claim in a heading', '## A :claim[head words]{by=ft}\n\ntext'],
    ['claims in table cells', '| a | b |\n|:--|--:|\n| :claim[cell words]{by=ft} | “:quote[q w]{by=tsang}” |'],
    ['a note in a list', '- item\n\n  :::note\n  A note in a list.\n  :::\n- two'],
    ['a claim in a list and a blockquote', '- item :claim[list claim]{by=ft}\n- two\n\n> quote :claim[bq claim]{by=ft}\n> more'],
    ['footnotes (data attributes without a value)', 'Text[^1] and :claim[claimed[^2]]{by=ft}.\n\n[^1]: Note one.\n[^2]: Note “:quote[two]{by=tsang}”.'],
    ['a titled note', ':::note[My *title*]{kind=caveat}\nBody :claim[n c]{by=ft}.\n:::'],
    ['raw blocks inside paragraphs', 'text <div>block</div> more\n\n<p>one<p>two\n\n<table><tr><td>x</td></tr></table>'],
    ['raw headings with ids', '<h2 id="main">Raw</h2>\n\n## Main\n\n<h3 id="">Empty id</h3>\n\n## {braces} `code{x}`'],
    ['line endings', 'line one\r\nline two :claim[c\r\nwords]{by=ft}\r\n\r\npara\rthree'],
    ['references and control characters', 'a &amp; b &nbsp; &#0; &#x1F600; &copy \u0007 c\u0000d'],
    ['code', '```\ncode {x}\n\n```\n\n    indented\n\n`inline`'],
    ['task lists and strikethrough', '- [ ] todo\n- [x] done ~~gone~~'],
    ['comments and hidden raw HTML', 'a <!-- c --> b\n\n<!-- block -->\n\n<p hidden>hid</p><details><summary>S</summary>D</details>'],
    ['no text at all', ''],
  ])('%s', async (_name, markdown) => {
    await expectSameAsAstro(markdown);
  });

  test('generated articles mixing every construct', async () => {
    const word = fc.stringMatching(/^[A-Za-z\u00e9\u4e2d]{1,8}$/);
    const words = fc.array(word, { minLength: 1, maxLength: 4 }).map((list) => list.join(' '));
    const inline = fc.oneof(
      words,
      words.map((w) => `*${w}*`),
      words.map((w) => `**${w}**`),
      words.map((w) => `\`${w}{}\``),
      words.map((w) => `~~${w}~~`),
      words.map((w) => `[${w}](https://example.org/${encodeURIComponent(w)})`),
      words.map((w) => `:claim[${w}]{by=ft}`),
      words.map((w) => `“:quote[${w}]{by=tsang}”`),
      words.map((w) => `:claim[${w} [link](https://e.org)]{by=ft status=verified}`),
      words.map((w) => `<b>${w}</b>`),
      words.map((w) => `<a href="https://e.org" id="${w.replace(/\s/g, '')}">${w}</a>`),
      fc.constantFrom('https://example.org/x', '<br>', '&amp;', '{braces}', '[^n]', '<span hidden>h</span>', '<div>d</div>'),
    );
    const line = fc.array(inline, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' '));
    const block = fc.oneof(
      line,
      fc.tuple(fc.integer({ min: 1, max: 6 }), line).map(([level, text]) => `${'#'.repeat(level)} ${text}`),
      fc.array(line, { minLength: 1, maxLength: 3 }).map((items) => items.map((item) => `- ${item}`).join('\n')),
      line.map((text) => `> ${text}`),
      fc.tuple(line, line).map(([a, b]) => `| ${a.replace(/\|/g, '')} | x |\n|---|:-:|\n| ${b.replace(/\|/g, '')} | y |`),
      fc.tuple(fc.constantFrom('context', 'caveat', 'translation'), line).map(([kind, text]) => `:::note{kind=${kind}}\n${text}\n:::`),
      words.map((w) => `\`\`\`\n${w}\n\`\`\``),
      line.map((text) => `[^n]: ${text}`),
      fc.constantFrom('<section><p>raw</p></section>', '<p>one<p>two', '---', '<h2 id="main">x</h2>'),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(block, { minLength: 1, maxLength: 8 }), async (blocks) => {
        await expectSameAsAstro(blocks.join('\n\n'));
      }),
      { numRuns: 150 },
    );
  });
});
