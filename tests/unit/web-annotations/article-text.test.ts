import { describe, expect, test } from 'vitest';
import { extractArticleText, toArticlePlainText } from '../../../src/lib/web-annotations/index';
import { renderArticle } from '../../helpers/processor';

describe('toArticlePlainText: what counts', () => {
  test('paragraphs are separated by a blank line; nothing before the first or after the last', () => {
    expect(toArticlePlainText('\n<p>One.</p>\n\n<p>Two.</p>\n')).toBe('One.\n\nTwo.');
  });

  test('white space collapses to one space, across elements, and goes next to line breaks', () => {
    expect(toArticlePlainText('<p>  a \n\t b <em> c </em>  d\n</p>')).toBe('a b c d');
    expect(toArticlePlainText('<p>a<em> </em> b</p>')).toBe('a b');
    expect(toArticlePlainText('<p>a   <br>   b</p>')).toBe('a\nb');
  });

  test('no-break spaces and other characters are kept as they are; entities are decoded', () => {
    expect(toArticlePlainText('<p>10&nbsp;km &amp; “quotes” – — ’ é 中文 😀</p>')).toBe('10\u00a0km & “quotes” – — ’ é 中文 😀');
    expect(toArticlePlainText('<p>e\u0301</p>')).toBe('e\u0301');
  });

  test('lists, headings, tables and code blocks', async () => {
    const { html } = await renderArticle('## Heading\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\nkeep   this\n  indented\n```\n\nInline `a  b`.');
    expect(toArticlePlainText(html)).toBe('Heading\none\ntwo\na\tb\n1\t2\nkeep   this\n  indented\n\nInline a b.');
  });

  test('a line break in the source is a space, also between Chinese characters', async () => {
    const { html } = await renderArticle('中文\n中文 and\nmore');
    expect(toArticlePlainText(html)).toBe('中文 中文 and more');
  });
});

describe('toArticlePlainText: what Sourced adds is left out', () => {
  test('claim markers, callouts, visually hidden text and note labels', async () => {
    const { html } = await renderArticle(
      'US officials say :claim[China offered aid]{by=us-officials via=ft note="An editor’s remark"}.\n\n:::note[Who said this?]{kind=caveat}\nNot attributed.\n:::\n\nEnd.',
    );
    expect(html).toContain('sourced-callouts');
    expect(html).toContain('Caveat: Who said this?');
    expect(toArticlePlainText(html)).toBe('US officials say China offered aid.\n\nNot attributed.\n\nEnd.');
  });

  test('the language lens’s explanations, but not the words of terms', async () => {
    const { html } = await renderArticle('The :term[regime]{kind=loaded note="The outlet’s word"} is said to act.', { sources: {} });
    expect(html).toContain('sourced-term__explain');
    expect(toArticlePlainText(html)).toBe('The regime is said to act.');
  });

  test('footnote back-links and the hidden footnotes heading, but not footnotes', async () => {
    const { html } = await renderArticle('Text[^1].\n\n[^1]: The note.', { sources: {} });
    expect(toArticlePlainText(html)).toBe('Text1.\n\nThe note.');
  });

  test('elements that are never rendered', () => {
    expect(toArticlePlainText('<p>a<span hidden>b</span>c</p><template><p>x</p></template><script>y</script>')).toBe('ac');
  });
});

describe('extractArticleText: ranges of elements with an id', () => {
  test('from the first to the last character, in code points, outside white space', () => {
    const { text, codePoints, ranges } = extractArticleText('<p>😀 <span id="a"> words é </span> 中文 <b id="b">x</b></p><div class="sourced-callouts"><p id="hidden">no</p></div>');
    expect(text).toBe('😀 words é 中文 x');
    expect(codePoints).toEqual(Array.from(text));
    expect(ranges.get('a')).toEqual({ start: 2, end: 9 });
    expect(ranges.get('b')).toEqual({ start: 13, end: 14 });
    expect(ranges.has('hidden')).toBe(false);
  });

  test('an element across paragraphs includes the blank line between them; an empty one is empty where it sits', () => {
    const { text, ranges } = extractArticleText('<p>a</p><div id="d"><p>b</p><p>c</p></div><p>d<span id="e"></span>e</p>');
    expect(text).toBe('a\n\nb\n\nc\n\nde');
    expect(ranges.get('d')).toEqual({ start: 3, end: 7 });
    expect(ranges.get('e')).toEqual({ start: 10, end: 10 });
  });
});
