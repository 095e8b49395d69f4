import { expect, test } from 'vitest';
import { getLastModified } from '../../../src/lib/schemas/article';

test('the last modification is the later of updated and the newest correction', () => {
  const d = (text: string) => new Date(text);
  expect(getLastModified({ corrections: [] })).toBeUndefined();
  expect(getLastModified({ updated: d('2024-01-05'), corrections: [] })).toEqual(d('2024-01-05'));
  expect(getLastModified({ updated: d('2024-01-05'), corrections: [{ date: d('2024-02-01') }, { date: d('2024-01-10') }] })).toEqual(d('2024-02-01'));
});
