import { describe, expect, test } from 'vitest';
import { articlePlainText } from '../../../src/lib/search/article-plain-text';
import { renderArticle } from '../../helpers/processor';

describe('the text the search index holds', () => {
  test('is the words a reader reads: no claim numbers, callouts, note labels, lens explanations or hidden text', async () => {
    const { storedHtml } = await renderArticle(
      'Officials say :claim[China :term[apparently]{kind=hedge note="Vague."} offered aid]{#aid by=us-officials}.\n\n:::note{kind=caveat}\nUnconfirmed.\n:::\n\n“:quote[I doubt it]{by=tsang},” Tsang said.',
    );
    expect(articlePlainText(storedHtml)).toBe('Officials say China apparently offered aid. Unconfirmed. “I doubt it,” Tsang said.');
  });
});
