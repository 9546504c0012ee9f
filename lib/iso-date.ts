/**
 * Calendar dates from outside (index files, imported articles, metadata):
 * only a date that exists passes. "2023-13-45" would otherwise roll over
 * into another month when formatted, and sort among real dates. Checked at
 * import and again where a date is shown.
 */

/** Earliest and latest years a news article can carry: before the web, or
 * past any plausible clock error, a "date" is a typo or a payload. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;

/** "YYYY-MM-DD" of a value that starts with a real ISO calendar date; else undefined. */
export function realIsoDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = ISO_DATE.exec(value);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}`;
}
