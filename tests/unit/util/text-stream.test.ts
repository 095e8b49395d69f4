import { describe, expect, test } from 'vitest';
import { textStream } from '../../../src/lib/util/text-stream';

describe('textStream', () => {
  test('gives the UTF-8 bytes of every piece in order, making each piece only when read', async () => {
    const made: string[] = [];
    function* pieces() {
      for (const piece of ['{"a": ', '"Ωmega “quoted”"', '}\n']) {
        made.push(piece);
        yield piece;
      }
    }
    const stream = textStream(pieces());
    expect(made).toEqual([]);
    const text = await new Response(stream).text();
    expect(text).toBe('{"a": "Ωmega “quoted”"}\n');
    expect(made).toHaveLength(3);
  });

  test('an empty source gives an empty body', async () => {
    expect(await new Response(textStream([][Symbol.iterator]())).text()).toBe('');
  });
});
