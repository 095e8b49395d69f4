import { z } from 'astro/zod';
import { httpUrlSchema, slugSchema } from './slug.ts';

/** How a source stands towards the story; closed set used for callouts and counts. */
export const SOURCE_KINDS = ['outlet', 'government', 'official', 'anonymous', 'expert', 'organization', 'person', 'document'] as const;

/** One of {@link SOURCE_KINDS}. */
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Type guard for {@link SourceKind}. */
export function isSourceKind(value: unknown): value is SourceKind {
  return typeof value === 'string' && (SOURCE_KINDS as readonly string[]).includes(value);
}

/** One source: declared site-wide in `$CONTENT_DIR/sources/<id>.yaml`, or in an article's frontmatter under `sources.<id>`. */
export const sourceSchema = z.strictObject({
  /** Display name, e.g. `Steve Tsang` or `Financial Times`. */
  name: z.string().trim().min(1, { error: 'must not be empty' }),
  /** What kind of source this is; one of `outlet`, `government`, `official`, `anonymous`, `expert`, `organization`, `person`, `document` (a report, filing, paper or dataset). */
  kind: z.enum(SOURCE_KINDS, { error: `must be one of ${SOURCE_KINDS.join(', ')}` }),
  /** Role or affiliation, e.g. `director of the SOAS China Institute`. Optional. */
  role: z.string().trim().min(1).optional(),
  /** Where readers can find the source, http(s) only. Optional. */
  url: httpUrlSchema.optional(),
});

/** The `sources` map: source id (lowercase slug) to source. */
export const sourcesSchema = z.record(slugSchema, sourceSchema);

/** A validated source. */
export type Source = z.output<typeof sourceSchema>;
