import fc from 'fast-check';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import type { Claim } from '../../../src/lib/annotations/model';
import { fillCallouts } from '../../../src/lib/annotations/index';
import { readStoredAnnotations } from '../../../src/lib/render/article-data';
import { createDeferredArticleRenderer } from '../../../src/lib/render/renderer';
import { $ } from '../../helpers/dist';
import { TEST_SOURCES } from '../../helpers/processor';

const pipeline = createDeferredArticleRenderer();

const MARKDOWN = [
  'The FT said :claim[talks resumed]{#talks by=ft} and :claim[supplies moved]{by=us-officials via=ft}.',
  '',
  'A plain paragraph.',
  '',
  'China :claim[denied it]{by=embassy status=denied responds=talks}.',
].join('\n');

async function stored(markdown: string) {
  const result = await pipeline.render(markdown, { frontmatter: { sources: structuredClone(TEST_SOURCES) } });
  return { html: result.code, annotations: readStoredAnnotations(result.metadata) };
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
    expect(filled).toContain('<span class="sourced-callout__name">Financial Times</span>');
    expect(filled).toContain('Answered by</span> <a href="#claim-c2">claim 3</a> (denied): “denied it”');
  });

  test('a callout whose source and sourcing repeat an earlier one of the same block says so instead of repeating them', async () => {
    const { html, annotations } = await stored(
      'Officials said :claim[one thing]{by=us-officials via=ft} and :claim[another]{by=us-officials via=ft}; :claim[a third]{by=ft}.\n\nLater :claim[a fourth]{by=us-officials via=ft}.',
    );
    const filled = fillCallouts(html, annotations);
    const bodies = [...filled.matchAll(/<div class="sourced-callout__body" id="callout-(c\d)">(.*?)<\/div>/g)].map((match) => [match[1], match[2]]);
    expect(bodies.map(([id]) => id)).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(bodies[0]![1]).toContain('sourced-callout__kind');
    expect(bodies[1]![1]).toContain('Same source as <a href="#callout-c1">claim 1</a>');
    expect(bodies[1]![1]).not.toContain('sourced-callout__kind');
    expect(bodies[2]![1]).not.toContain('Same source');
    // Another block: the source is named again.
    expect(bodies[3]![1]).not.toContain('Same source');
    // Every summary still says who.
    expect(filled.match(/<span class="sourced-callout__name">US officials<\/span>/g)).toHaveLength(3);
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

/** The text inside a node, exactly (the helpers' `text` collapses white space, which this test must see). */
function textOf(node: Parameters<typeof visit>[0]): string {
  let text = '';
  visit(node, 'text', (child: { value: string }) => void (text += child.value));
  return text;
}

describe('callout HTML is written as strings, escaped like hast-util-to-html', () => {
  const claimWith = (name: string, role: string, note: string): Claim => ({
    id: 'c1',
    number: 1,
    text: 'x',
    by: { id: 'someone', name, kind: 'person', ...(role ? { role } : {}) },
    speakers: [{ id: 'someone', name, kind: 'person', ...(role ? { role } : {}) }],
    status: 'unverified',
    respondedBy: [],
    sourcing: 'Named person',
    note,
    quotes: [],
    line: 1,
    column: 1,
  });

  test('names, roles and notes with markup characters come out as the same text, never as markup', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string({ minLength: 1 }), (name, role, note) => {
        const claim = claimWith(name, role, note);
        const html = fillCallouts('<div class="sourced-callouts" data-callouts="c1"></div>', { claims: [claim], quotes: [], notes: [], terms: [], diagnostics: [] });
        const tree = fromHtml(html, { fragment: true });
        const tags = new Set<string>();
        visit(tree, 'element', (node) => void tags.add(node.tagName));
        expect([...tags].sort()).toEqual(['a', 'details', 'div', 'p', 'span', 'summary']);
        expect($(tree, '.sourced-callout').properties).toEqual({ className: ['sourced-callout', 'sourced-callout--unverified'], dataCallout: 'c1' });
        expect($(tree, '.sourced-callout__body').properties['id']).toBe('callout-c1');
        expect(textOf($(tree, '.sourced-callout__name'))).toBe(name);
        expect(textOf($(tree, '.sourced-callout__summary'))).toBe(`Claim 1, Unverified: ${name}`);
        if (role) expect(textOf($(tree, '.sourced-callout__role'))).toBe(role);
        expect(textOf($(tree, '.sourced-callout__note'))).toBe(`Editor’s note: ${note}`);
      }),
    );
  });

  test('the characters hast-util-to-html escapes are escaped the same way', () => {
    const html = fillCallouts('<div class="sourced-callouts" data-callouts="c1"></div>', {
      claims: [claimWith('<b>A & B</b>', '"quoted" \'role\' `tick`', '</p><script>alert(1)</script>')],
      quotes: [],
      notes: [],
      terms: [],
      diagnostics: [],
    });
    expect(html).toContain('<span class="sourced-callout__name">&#x3C;b>A &#x26; B&#x3C;/b></span>');
    expect(html).toContain('<p class="sourced-callout__line sourced-callout__role">"quoted" \'role\' `tick`</p>');
    expect(html).toContain('Editor’s note:</span> &#x3C;/p>&#x3C;script>alert(1)&#x3C;/script></p>');
  });
});
