import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';

/** Classes Sourced's own markup uses; authors' raw HTML may not add others. */
const SOURCED_CLASS = /^(?:sourced-[a-z0-9_-]+|visually-hidden)$/;

/** Attributes Sourced's annotation markup needs on any element. */
const SOURCED_ATTRIBUTES = ['id', 'role', 'ariaDescribedBy', 'ariaLabel', 'data*'] as const;

/** Harmless inline elements analysts use that GitHub's list lacks. */
const EXTRA_TAGS = ['abbr', 'mark', 'small', 'cite', 'dfn', 'time', 'u', 'bdi', 'bdo'];

/**
 * What may reach a page from an article: GitHub's allow-list (no scripts, styles, event handlers,
 * iframes, forms or `javascript:` URLs) plus the classes, ids, roles and data attributes the
 * annotation markup uses. Ids are kept as written (no `user-content-` prefix) because claims,
 * callouts and quotes link to each other by id.
 */
export function getSanitizeSchema(): SanitizeSchema {
  const attributes: NonNullable<SanitizeSchema['attributes']> = {};
  for (const [tag, list] of Object.entries(defaultSchema.attributes ?? {})) {
    const classes = list.filter((entry) => Array.isArray(entry) && entry[0] === 'className');
    const rest = list.filter((entry) => !(Array.isArray(entry) && entry[0] === 'className'));
    const allowedClasses = classes.flatMap((entry) => (entry as unknown[]).slice(1)) as (string | RegExp)[];
    attributes[tag] = [...rest, ['className', ...allowedClasses, SOURCED_CLASS], ...SOURCED_ATTRIBUTES];
  }
  return {
    ...defaultSchema,
    tagNames: [...(defaultSchema.tagNames ?? []), ...EXTRA_TAGS],
    strip: [...(defaultSchema.strip ?? []), 'style', 'template'],
    attributes: { ...attributes, time: ['dateTime', ...(attributes['time'] ?? [])] },
    clobber: [],
    clobberPrefix: '',
  };
}
