import { z } from 'astro/zod';

/** Lowercase words joined by single hyphens: `us-officials`, `ukraine-war`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A lowercase slug (tag or source id). */
export const slugSchema = z
  .string()
  .regex(SLUG_PATTERN, { error: 'must be a lowercase slug: letters a-z, digits and single hyphens, e.g. `us-officials`' });

/**
 * An absolute http(s) URL; `javascript:`, `data:` and other schemes are refused. It is kept in
 * the form a browser would request (`new URL(…).href`): characters a URL may not hold, such as
 * quotes, spaces and angle brackets, are percent-encoded, so links on the pages stay valid HTML.
 */
export const httpUrlSchema = z
  .string()
  .trim()
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return url.protocol === 'http:' || url.protocol === 'https:';
      } catch {
        return false;
      }
    },
    { error: 'must be an absolute http:// or https:// URL' },
  )
  .transform((value) => new URL(value).href);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A calendar date: a YAML date (`2022-03-14`) or an ISO 8601 string. Numbers, words and
 * impossible dates are refused rather than guessed.
 */
export const dateSchema = z.preprocess(
  (value) => (typeof value === 'string' && ISO_DATE.test(value.trim()) ? new Date(value.trim()) : value),
  z.date({ error: 'must be a date such as 2022-03-14' }),
);
