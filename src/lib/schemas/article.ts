import { z } from 'astro/zod';
import { stripControlCharactersDeep } from '../util/control-characters.ts';
import { dateSchema, httpUrlSchema, slugSchema } from './slug.ts';
import { sourcesSchema } from './source.ts';
import { claimUpdatesSchema } from './claim-update.ts';

/** What is known about the article this analysis is based on. */
export const originalSchema = z.strictObject({
  /** The outlet that published the original, e.g. `time news`. Required. */
  outlet: z.string().trim().min(1, { error: 'must not be empty' }),
  /** The original's headline, exactly as published. Optional. */
  title: z.string().trim().min(1).optional(),
  /** The original's byline as printed. Optional. */
  byline: z.string().trim().min(1).optional(),
  /** The section it ran in. Optional. */
  section: z.string().trim().min(1).optional(),
  /** Where the original can be read, http(s) only. Optional. */
  url: httpUrlSchema.optional(),
  /** The original's publication date, when known. Optional. */
  published: dateSchema.optional(),
  /** What is known (or not) about the original's date, in words. Optional. */
  datenote: z.string().trim().min(1).optional(),
});

/** The frontmatter's fields (see {@link articleSchema}). */
export const articleFieldsSchema = z
  .strictObject({
    /** Headline shown on the page and in feeds. */
    title: z.string().trim().min(1, { error: 'must not be empty' }),
    /** One- or two-sentence summary for lists, feeds and meta description. */
    description: z.string().trim().min(1, { error: 'must not be empty' }),
    /** Publication date of this analysis. */
    published: dateSchema,
    /** Date of the last substantive update. Optional; not before `published`. */
    updated: dateSchema.optional(),
    /** Lowercase slugs, e.g. `[china, russia]`. Default: none. */
    tags: z.array(slugSchema).default([]),
    /** Drafts are left out of every page, feed and sitemap. Default: false. */
    draft: z.boolean().default(false),
    /** The original article this analysis annotates. */
    original: originalSchema,
    /** Sources only this article uses, by id (site-wide sources live in `$CONTENT_DIR/sources/<id>.yaml`). Default: none. */
    sources: sourcesSchema.default({}),
    /** Corrections to this analysis, each dated; shown with the article and on /corrections/. Default: none. */
    corrections: z
      .array(
        z.strictObject({
          /** When the correction was made. */
          date: dateSchema,
          /** What was wrong and what is right now. */
          text: z.string().trim().min(1, { error: 'must not be empty' }),
        }),
      )
      .default([]),
    /** Later changes of the status of this article's claims, oldest first (see claim-update.ts). Default: none. */
    updates: claimUpdatesSchema,
  })
  .refine((data) => !data.updated || data.updated >= data.published, {
    error: 'must not be earlier than `published`',
    path: ['updated'],
  })
  .refine((data) => new Set(data.tags).size === data.tags.length, {
    error: 'lists the same tag twice',
    path: ['tags'],
  });

/**
 * Frontmatter of `content/articles/<slug>.md`. Unknown keys are errors. Invisible control
 * characters are removed from every string first (they break feeds and are never meant).
 */
export const articleSchema = z.preprocess((data) => stripControlCharactersDeep(data), articleFieldsSchema);

/** A correction as stored. */
export type Correction = z.output<typeof articleFieldsSchema>['corrections'][number];

/**
 * When the article last changed: the latest of `updated`, its newest correction and its newest
 * claim status update, or nothing
 * when it never changed after publication.
 */
export function getLastModified(data: { updated?: Date | undefined; corrections: readonly { date: Date }[]; updates?: readonly { date: Date }[] }): Date | undefined {
  const dates = [data.updated, ...data.corrections.map((correction) => correction.date), ...(data.updates ?? []).map((update) => update.date)].filter((date): date is Date => date !== undefined);
  return dates.length === 0 ? undefined : new Date(Math.max(...dates.map((date) => date.getTime())));
}

/** Validated frontmatter of an article. */
export type ArticleData = z.output<typeof articleSchema>;
/** Frontmatter as written by the author. */
export type ArticleInput = z.input<typeof articleSchema>;
