import { describe, expect, test } from 'vitest';
import { writeContentFolder } from '../helpers/build-site';
import { runCli } from '../helpers/run-cli';

function article(title: string, published: string, extra: string[], body: string): string {
  return ['---', `title: ${title}`, 'description: A description.', `published: ${published}`, 'original:', '  outlet: Example', 'sources:', '  ft:', '    name: Financial Times', '    kind: outlet', ...extra, '---', '', body, ''].join('\n');
}

describe('npm run check on claims across articles', () => {
  const folder = writeContentFolder('claims-check-cli', {
    'first.md': article('First', '2026-11-02', ['updates:', '  - date: 2026-11-03', '    claim: fal', '    status: confirmd', '    note: Wrong id.'], ':claim[It fell]{#fall by=ft}.'),
    'second.md': article('Second', '2026-11-05', [], ':claim[It fell again]{#again by=ft same=frist/fall} and :claim[more]{#more by=ft same=first/fell} and :claim[x]{by=ft same=nothing}.'),
    'third.md': article('Third', '2026-11-09', [], ':claim[It rose]{#rise by=ft same=first/fall}.'),
  });

  test('reports every claim problem with file:line:column, as the build does', () => {
    const { code, stdout } = runCli('check.ts', [], { env: { CONTENT_DIR: folder } });
    expect(code).toBe(1);
    const path = (file: string) => `${folder}/articles/${file}`;
    expect(stdout.split('\n').filter((line) => line.includes('  error  '))).toEqual([
      `${path('first.md')}:13:12  error  unknown-update-claim  \`updates\` item 1 names claim \`fal\`, which is not a claim of this article. Did you mean \`fall\`? Use the \`#id\` of one of this article’s claims; for a claim first made in another article, repeat it here with \`same=\` or put the update there.`,
      `${path('first.md')}:14:13  error  bad-update-status  \`updates\` item 1: status \`confirmd\` is not a claim status. Did you mean \`confirmed\`? Use \`unverified\`, \`corroborated\`, \`confirmed\`, \`disputed\` or \`denied\` (a claim starts as \`unverified\` unless its \`status=\` says otherwise).`,
      `${path('second.md')}:13:36  error  unknown-same-article  \`:claim\` same=\`frist/fall\` names article \`frist\`, which does not exist. Did you mean \`first\`? Use the slug of the article where the claim first appeared: its file name without \`.md\`.`,
      `${path('second.md')}:13:82  error  unknown-same-claim  \`:claim\` same=\`first/fell\` names claim \`fell\`, which is not a claim of \`first\`. Did you mean \`fall\`? Use the \`#id\` the claim has in \`first\`; give it one there (\`{#its-id …}\`) if it has none.`,
      `${path('second.md')}:13:119  error  bad-same  \`:claim\` same=\`nothing\` is not of the form \`article-slug/claim-id\`. Name the claim’s first appearance by its article’s slug (its file name without \`.md\`) and the claim’s id, e.g. \`same=harbour-fire-initial/cause\`.`,
    ]);
  });

  test('checks a file given alone against the other articles of the content folder', () => {
    const { code, stdout } = runCli('check.ts', [`${folder}/articles/third.md`], { env: { CONTENT_DIR: folder } });
    expect(stdout).not.toContain('  error  ');
    expect(code).toBe(0);
    const second = runCli('check.ts', [`${folder}/articles/second.md`], { env: { CONTENT_DIR: folder } });
    expect(second.stdout).toContain('unknown-same-article');
    expect(second.stdout).not.toContain('first.md');
  });
});
