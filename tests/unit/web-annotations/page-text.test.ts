import { describe, expect, test } from 'vitest';
import { ARTICLE_BODY_SELECTOR, readPageText } from '../../../src/lib/web-annotations/index';

describe('readPageText: the DOM text content of the body element', () => {
  test('is every text node as written: white space, callouts, labels, hidden words and claim numbers included', () => {
    const html =
      '<p>Officials say <span id="claim-a">China  offered\naid</span><a class="sourced-claim__ref" href="#callout-a"><span class="visually-hidden">Claim </span>1</a>.</p>\n' +
      '<div class="sourced-callouts"><div id="callout-a"><p>Unverified</p></div></div>\n';
    const { text } = readPageText(html);
    expect(text).toBe('Officials say China  offered\naidClaim 1.\nUnverified\n');
  });

  test('decodes character references and keeps every other character: no normalisation', () => {
    expect(readPageText('<p>10&nbsp;km &amp; &lt;b&gt; “quotes” – e\u0301 中文 😀</p>').text).toBe('10\u00a0km & <b> “quotes” – e\u0301 中文 😀');
  });

  test('is parsed as a browser parses the children of a div: comments and template contents are not text, implied tags apply', () => {
    expect(readPageText('<p>a<!-- no --><template>x</template>b<p>c').text).toBe('abc');
    // A table's stray text is moved before the table, as browsers do.
    expect(readPageText('<table>moved<tr><td>cell</td></tr></table>').text).toBe('movedcell');
    // A <pre>'s first line feed is not text.
    expect(readPageText('<pre>\nkept\n</pre>').text).toBe('kept\n');
  });

  test('ranges count code points, from the first to the last character that is not white space', () => {
    const { text, codePoints, ranges } = readPageText('<p>😀 <span id="a">\n words é </span> 中文 <b id="b">x</b><i id="empty"></i></p>');
    expect(codePoints).toEqual(Array.from(text));
    expect(ranges.get('a')).toEqual({ start: 4, end: 11 });
    expect(codePoints.slice(4, 11).join('')).toBe('words é');
    expect(ranges.get('b')).toEqual({ start: 16, end: 17 });
    expect(ranges.get('empty')).toEqual({ start: 17, end: 17 });
  });

  test('a note’s range leaves out its label; the first element with an id counts', () => {
    const html = '<p id="x">first</p><div id="note-n1" role="note"><p class="sourced-note__label">Caveat</p>\n<p>The note.</p>\n<p>More.</p>\n</div><p id="x">second</p>';
    const { text, ranges } = readPageText(html);
    const note = ranges.get('note-n1')!;
    expect(Array.from(text).slice(note.start, note.end).join('')).toBe('The note.\nMore.');
    expect(ranges.get('x')).toEqual({ start: 0, end: 5 });
  });

  test('the selectors refine the article body element', () => {
    expect(ARTICLE_BODY_SELECTOR).toBe('#article-body');
  });
});
