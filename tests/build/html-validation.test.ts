import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtSite } from '../helpers/build-site';
import { listPages } from '../helpers/dist';

const require = createRequire(import.meta.url);
/** The Nu HTML Checker (W3C's validator) shipped by the vnu-jar package; it runs on the machine's Java. */
const VNU_JAR = join(require.resolve('vnu-jar/package.json'), '..', 'build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

function validate(files: string[]): VnuMessage[] {
  const result = spawnSync(process.env['JAVA'] ?? 'java', ['-jar', VNU_JAR, '--format', 'json', '--exit-zero-always', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw new Error(`Could not run Java for the Nu HTML Checker: ${result.error.message}`);
  return (JSON.parse(result.stderr || '{"messages":[]}') as { messages: VnuMessage[] }).messages;
}

describe('the W3C Nu HTML Checker', () => {
  test.each(['seed', 'fixtures-sub', 'hostile'] as const)('finds no error in any page of the %s build', (name) => {
    const dist = builtSite(name);
    const files = listPages(dist).map((page) => join(dist, page));
    const errors = validate(files)
      .filter((message) => message.type === 'error' || message.type === 'non-document-error')
      .map((message) => `${message.url.replace(/^.*\.test-builds\//, '')}:${message.lastLine ?? '?'} ${message.message}`);
    expect(errors).toEqual([]);
  }, 120_000);
});
