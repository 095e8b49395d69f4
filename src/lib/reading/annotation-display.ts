/**
 * How a reader can have an article's annotations shown (the "Annotations" control above the
 * text; reader-choice.css does the rest): compact (the default: each callout one line, number,
 * status and who, that opens in place; in the margin on wide screens, under its paragraph on
 * narrow ones), full (every callout open) or hidden (the text alone: no callouts, claim numbers or
 * highlighting; editor's notes stay).
 */
export const ANNOTATION_DISPLAYS = [
  { value: 'compact', id: 'annotations-compact', label: 'Compact' },
  { value: 'full', id: 'annotations-full', label: 'Full' },
  { value: 'hidden', id: 'annotations-hidden', label: 'Text only' },
] as const;

/** The ids of the control's inputs (every article page with claims has them). */
export const ANNOTATION_DISPLAY_IDS: readonly string[] = ANNOTATION_DISPLAYS.map((display) => display.id);
