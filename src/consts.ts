/** Site name, shown in the header, titles and feeds. */
export const SITE_TITLE = 'Sourced';
/** One-line description of the site for meta tags and feeds. */
export const SITE_DESCRIPTION =
  'News analysis that shows its sources: every attributed claim marked with who said it, how it reached us and how far it is established.';
/** Language of the site's pages and feeds. */
export const SITE_LANGUAGE = 'en';
/** Target of the skip link. */
export const MAIN_CONTENT_ID = 'main';
