import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkImagePaths } from '../../../src/lib/checker/image-paths';

const folder = mkdtempSync(join(tmpdir(), 'sourced-images-'));
mkdirSync(join(folder, 'img'));
for (const file of ['map.png', 'my map.png', 'img/chart.png']) writeFileSync(join(folder, file), 'png');
const article = join(folder, 'article.md');

/** `line:column rule` for each problem of a body that follows a three-line frontmatter. */
function problems(body: string): string[] {
  const text = `---\ntitle: T\n---\n${body}`;
  return checkImagePaths(body, article, text).map((d) => `${d.line}:${d.column} ${d.ruleId}`);
}

describe('images from the article folder', () => {
  test('that are there pass, however they are written', () => {
    expect(problems('![A](map.png) ![B](./img/chart.png) ![C](<my map.png>) ![D](my%20map.png) ![E](map.png?v=2#x)\n\n![F][f]\n\n[f]: img/chart.png')).toEqual([]);
  });

  test('that are missing are errors at the image, in file lines', () => {
    expect(problems('Text.\n\n![Missing](nope.png) and ![Also](img/nope.png)\n\n![Ref][r]\n\n[r]: ../elsewhere.png')).toEqual([
      '6:1 missing-image',
      '6:26 missing-image',
      '8:1 missing-image',
    ]);
  });

  test('with an address that cannot be decoded are errors', () => {
    expect(problems('![Bad](map%zz.png)')).toEqual(['4:1 bad-image-path']);
  });

  test('on the web, in public/, in code or only looking like images are not checked', () => {
    expect(problems('![W](https://example.org/x.png) ![P](/favicon.svg) `![C](code.png)`\n\n    ![I](indented.png)\n\n```\n![F](fenced.png)\n```\n\n[not an image](nope.png) \\![escaped](nope.png)')).toEqual([]);
  });

  test('a body without any image is not parsed at all', () => {
    expect(checkImagePaths('No images here [link](x.png).', article, '')).toEqual([]);
  });
});
