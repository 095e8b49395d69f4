import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import { CLASS_PREFIX, HTML_CLASSES } from '../../annotations/markup/contract.ts';

type AttributeRule = NonNullable<SanitizeSchema['attributes']>[string][number];

/** Classes Sourced's own markup uses; authors' raw HTML may not add others. */
const SOURCED_CLASS = new RegExp(`^(?:${CLASS_PREFIX}[a-z0-9_-]+|${HTML_CLASSES.visuallyHidden})$`);

/** A language tag as HTML wants it (BCP 47's shape: `en`, `zh-Hant`, `pt-BR`). */
const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/;
/** A date, or a date and time, as `<time datetime>` takes it. */
const DATE_TIME = /^\d{4}(?:-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;
const NON_NEGATIVE_INTEGER = /^\d{1,5}$/;
const INTEGER = /^-?\d{1,9}$/;

/**
 * Attributes any element may keep: valid on every HTML element, with values checked where HTML
 * restricts them, plus what Sourced's annotation markup needs (ids, `role="note"`, a described-by
 * link to a callout, data attributes). An accessible name (`aria-label`) only where HTML allows
 * one: not on `span`, `div`, `p`….
 */
const GLOBAL_ATTRIBUTES: AttributeRule[] = [
  'id',
  'title',
  ['dir', 'ltr', 'rtl', 'auto'],
  ['lang', LANGUAGE_TAG],
  ['role', 'note'],
  'ariaDescribedBy',
  'data*',
];

/**
 * Attributes particular elements may keep, beyond the global ones: what Markdown produces
 * (footnotes, task lists, table alignment, list numbering, code languages) and the few that
 * analysts' HTML needs, each only where HTML allows it.
 */
const ELEMENT_ATTRIBUTES: Record<string, AttributeRule[]> = {
  a: ['href', 'ariaLabel', 'dataFootnoteBackref', 'dataFootnoteRef', ['className', 'data-footnote-backref']],
  img: ['src', 'alt', 'ariaLabel', ['width', NON_NEGATIVE_INTEGER], ['height', NON_NEGATIVE_INTEGER]],
  ol: [['start', INTEGER], 'ariaLabel', ['className', 'contains-task-list']],
  ul: ['ariaLabel', ['className', 'contains-task-list']],
  dl: ['ariaLabel'],
  table: ['ariaLabel'],
  li: [['className', 'task-list-item']],
  input: [['type', 'checkbox'], ['checked', true], ['disabled', true]],
  code: [['className', /^language-[\w+#.-]+$/]],
  section: ['dataFootnotes', 'ariaLabel', ['className', 'footnotes']],
  h2: [['className', 'sr-only']],
  // `align` (from GFM table syntax) becomes a class after sanitising (rehype-table-alignment.ts).
  td: [['colSpan', /^[1-9]\d{0,2}$/], ['rowSpan', /^\d{1,4}$/], ['align', 'left', 'center', 'right']],
  th: [['colSpan', /^[1-9]\d{0,2}$/], ['rowSpan', /^\d{1,4}$/], ['align', 'left', 'center', 'right'], ['scope', 'row', 'col', 'rowgroup', 'colgroup'], 'abbr'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite', ['dateTime', DATE_TIME]],
  ins: ['cite', ['dateTime', DATE_TIME]],
  time: [['dateTime', DATE_TIME]],
  details: [['open', true]],
};

/** Harmless inline elements analysts use that GitHub's list lacks. */
const EXTRA_TAGS = ['abbr', 'mark', 'small', 'cite', 'dfn', 'time', 'u', 'bdi'];

/**
 * Elements of GitHub's list left out: obsolete ones (`tt`, `strike`) and `picture`/`source`,
 * whose `srcset` cannot be checked here (the images in them are kept). Their text stays.
 */
const LEFT_OUT_TAGS = new Set(['tt', 'strike', 'picture', 'source']);

/**
 * What may reach a page from an article: GitHub's list of elements (no scripts, styles, iframes,
 * forms or `javascript:` URLs), without the obsolete ones, and only attributes HTML allows on
 * each element, with valid values (so an article's raw HTML cannot make a page invalid), plus
 * the classes, ids, roles and data attributes the annotation markup uses. Ids are kept as
 * written (no `user-content-` prefix) because claims, callouts and quotes link to each other by
 * id; rehype-raw-html.ts keeps them unique.
 */
export function getSanitizeSchema(): SanitizeSchema {
  const tagNames = [...(defaultSchema.tagNames ?? []), ...EXTRA_TAGS].filter((tag) => !LEFT_OUT_TAGS.has(tag));
  const attributes: NonNullable<SanitizeSchema['attributes']> = { '*': GLOBAL_ATTRIBUTES };
  for (const tag of tagNames) {
    const own = ELEMENT_ATTRIBUTES[tag] ?? [];
    const classes = own.filter((rule) => Array.isArray(rule) && rule[0] === 'className').flatMap((rule) => (rule as unknown[]).slice(1)) as (string | RegExp)[];
    attributes[tag] = [...own.filter((rule) => !(Array.isArray(rule) && rule[0] === 'className')), ['className', ...classes, SOURCED_CLASS]];
  }
  return {
    ...defaultSchema,
    tagNames,
    attributes,
    strip: [...(defaultSchema.strip ?? []), 'style', 'template'],
    // An image written without `alt` is taken as decorative (HTML requires the attribute).
    required: { ...defaultSchema.required, img: { alt: '' } },
    clobber: [],
    clobberPrefix: '',
  };
}
