/**
 * The one line that stands for the original report's facts at the top of an article's page (the
 * full list opens below it): outlet, section and date, e.g. `time news · foreign policy · no date given`.
 */
import { toReadableDate } from '../util/format-date.ts';
import type { ArticleData } from '../schemas/article.ts';

export function summariseOriginal(original: ArticleData['original']): string {
  const parts = [original.outlet];
  if (original.section) parts.push(original.section);
  parts.push(original.published ? toReadableDate(original.published) : 'no date given');
  return parts.join(' · ');
}
