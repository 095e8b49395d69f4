import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import fc from 'fast-check';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { describe, expect, test } from 'vitest';
import { toFeedArticleHtml } from '../../../src/lib/feeds/article-html';
import { getSanitizeSchema } from '../../../src/lib/render/plugins/sanitize-schema';
import { renderArticle } from '../../helpers/processor';

/** Markdown as it renders without Sourced's directive plugins: the "plain Markdown" baseline. */
const plain = await createMarkdownProcessor({
  remarkPlugins: [],
  rehypePlugins: [rehypeRaw, [rehypeSanitize, getSanitizeSchema()]],
  gfm: true,
  smartypants: false,
  syntaxHighlight: false,
});

/** The visible characters of some HTML (the language lens off), white space removed. */
function visibleCharacters(html: string): string {
  return toText(fromHtml(html.replace(/<span class="sourced-term__explain"[^>]*>[^<]*<\/span>/g, ''), { fragment: true })).replace(/\s+/g, '');
}

/** Text mixing words with the punctuation that remark-directive reacts to. */
const PROSE = fc.oneof(fc.stringMatching(/^[A-Za-z0-9 :.,;!?'"“”()\-\n[\]{}#=*é中]{0,80}$/), fc.constantFrom('It is said to be so: apparently 10:30.', 'Reportedly, a:b[c]{d=e}.')).filter((text) => !/:(claim|quote|note|term)/i.test(text));

/** Words that can stand inside a claim or quote label and come out unchanged. */
const WORDS = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9][A-Za-zÀ-ÿ0-9 ,.;'’–-]{0,40}[A-Za-zÀ-ÿ0-9.]$/).filter((text) => !/\s{2}|:|^\d+\./.test(text));

const SOURCES = { ft: { name: 'Financial Times', kind: 'outlet' }, tsang: { name: 'Steve Tsang', kind: 'expert' } };

describe('properties', () => {
  test('text without Sourced directive names keeps exactly the characters plain Markdown gives', async () => {
    await fc.assert(
      fc.asyncProperty(PROSE, async (text) => {
        const ours = await renderArticle(text, { sources: {} });
        const baseline = await plain.render(text);
        expect(visibleCharacters(ours.html)).toBe(visibleCharacters(baseline.code));
        expect(ours.annotations.diagnostics.filter((d) => d.severity === 'error' && d.ruleId !== 'unknown-directive')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  test('every claim and quote written appears once, with its exact words, on the page and in the feed (links inside them too)', async () => {
    // Words, optionally followed by more words that are a link (`words [linked](https://…)`).
    const label = fc.tuple(WORDS, fc.option(WORDS, { nil: undefined })).map(([words, linked]) => ({
      markdown: linked === undefined ? words : `${words} [${linked}](https://example.org/${encodeURIComponent(linked)})`,
      words: linked === undefined ? words : `${words} ${linked}`,
    }));
    const segment = fc.oneof(
      WORDS.map((words) => ({ kind: 'text' as const, words, markdown: words })),
      label.map((l) => ({ kind: 'claim' as const, ...l })),
      label.map((l) => ({ kind: 'quote' as const, ...l })),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { minLength: 1, maxLength: 12 }), async (segments) => {
        const markdown = segments
          .map((s) => (s.kind === 'text' ? s.markdown : s.kind === 'claim' ? `:claim[${s.markdown}]{by=ft}` : `“:quote[${s.markdown}]{by=tsang}”`))
          .join(' and ');
        const { html, storedHtml, annotations } = await renderArticle(markdown, { sources: SOURCES });
        const errors = annotations.diagnostics.filter((d) => d.severity === 'error');
        expect(errors).toEqual([]);
        const tree = fromHtml(html, { fragment: true });
        const claims = selectAll('[data-claim]', tree).map((node) => toText(node));
        const quotes = selectAll('[data-quote]', tree).map((node) => toText(node));
        expect(claims).toEqual(segments.filter((s) => s.kind === 'claim').map((s) => s.words));
        expect(quotes).toEqual(segments.filter((s) => s.kind === 'quote').map((s) => s.words));
        const feed = toFeedArticleHtml(storedHtml, annotations, 'https://x.org/a/');
        expect(feed).not.toMatch(/:claim|:quote|\{by=/);
        const feedText = toText(fromHtml(feed, { fragment: true }));
        for (const s of segments) expect(feedText).toContain(s.words);
      }),
      { numRuns: 200 },
    );
  });
});
