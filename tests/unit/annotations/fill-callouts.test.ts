import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { fillCallouts, getStoredAnnotations } from '../../../src/lib/annotations/index';
import { getMarkdownOptions } from '../../../src/lib/markdown';
import { TEST_SOURCES } from '../../helpers/processor';

const options = getMarkdownOptions();
const pipeline = await createMarkdownProcessor({
  remarkPlugins: options.remarkPlugins ?? [],
  rehypePlugins: options.rehypePlugins ?? [],
  gfm: true,
  smartypants: false,
  syntaxHighlight: false,
});

const MARKDOWN = [
  'The FT said :claim[talks resumed]{#talks by=ft} and :claim[supplies moved]{by=us-officials via=ft}.',
  '',
  'A plain paragraph.',
  '',
  'China :claim[denied it]{by=embassy status=denied responds=talks}.',
].join('\n');

async function stored(markdown: string) {
  const result = await pipeline.render(markdown, { frontmatter: { sources: structuredClone(TEST_SOURCES) } });
  return { html: result.code, annotations: getStoredAnnotations(result.metadata.frontmatter) };
}

describe('callouts are filled in from the model, not stored in the HTML', () => {
  test('the pipeline leaves one empty placeholder per block, naming its claims', async () => {
    const { html } = await stored(MARKDOWN);
    expect(html.match(/<div class="sourced-callouts"[^>]*>/g)).toEqual(['<div class="sourced-callouts" data-callouts="talks c1">', '<div class="sourced-callouts" data-callouts="c2">']);
    expect(html).not.toContain('sourced-callout__');
  });

  test('fillCallouts writes each block’s callouts where its placeholder is, with their count', async () => {
    const { html, annotations } = await stored(MARKDOWN);
    const filled = fillCallouts(html, annotations);
    expect(filled).not.toContain('data-callouts="talks c1"');
    expect(filled.match(/data-callouts="\d+"/g)).toEqual(['data-callouts="2"', 'data-callouts="1"']);
    const order = [...filled.matchAll(/id="(claim-[a-z0-9-]+|callout-[a-z0-9-]+)"/g)].map((match) => match[1]);
    expect(order).toEqual(['claim-talks', 'claim-c1', 'callout-talks', 'callout-c1', 'claim-c2', 'callout-c2']);
    expect(filled).toContain('<strong class="sourced-callout__name">Financial Times</strong>');
    expect(filled).toContain('Answered by</span> <a href="#claim-c2">claim 3</a> (denied): “denied it”');
  });

  test('a claim’s callout is written once, and HTML without placeholders or claims is returned as it was', async () => {
    const { html, annotations } = await stored(MARKDOWN);
    const twice = `${html}<div class="sourced-callouts" data-callouts="talks nobody"></div>`;
    const filled = fillCallouts(twice, annotations);
    expect(filled.match(/id="callout-talks"/g)).toHaveLength(1);
    expect(filled).toContain('<div class="sourced-callouts" data-callouts="0"></div>');
    expect(fillCallouts('<p>No claims.</p>', annotations)).toBe('<p>No claims.</p>');
    expect(fillCallouts(html, { claims: [], quotes: [], notes: [], terms: [], diagnostics: [] })).toBe(html);
  });
});
