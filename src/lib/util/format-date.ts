const LONG_DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** A date as readers see it, e.g. `28 November 2026` (UTC, so builds do not depend on the machine's zone). */
export function toReadableDate(date: Date): string {
  return LONG_DATE.format(date);
}

/** A date for `<time datetime>`: `YYYY-MM-DD`. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
