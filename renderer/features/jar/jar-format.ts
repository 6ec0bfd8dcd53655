// How the Jar table words expiries and sizes, with one Intl formatter per language (a table scrolls through
// hundreds of rows a second; a new formatter per cell would be most of the work).
import { spanIn } from '../../../shared/expiry';
import type { Language } from '../../i18n';

const relative = new Map<Language, Intl.RelativeTimeFormat>();
const numbers = new Map<Language, Intl.NumberFormat>();
const dates = new Map<Language, Intl.DateTimeFormat>();

function cached<F>(map: Map<Language, F>, language: Language, make: () => F): F {
  let f = map.get(language);
  if (!f) {
    f = make();
    map.set(language, f);
  }
  return f;
}

/** "in 13 days", "dans 3 mois". */
export function inTime(unixSeconds: number, nowMs: number, language: Language): string {
  const { value, unit } = spanIn(Math.max(0, unixSeconds - nowMs / 1000));
  return cached(relative, language, () => new Intl.RelativeTimeFormat(language, { numeric: 'auto' })).format(
    value,
    unit,
  );
}

export function dateTime(unixSeconds: number, language: Language): string {
  return cached(
    dates,
    language,
    () => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(new Date(unixSeconds * 1000));
}

export function count(value: number, language: Language): string {
  return cached(numbers, language, () => new Intl.NumberFormat(language)).format(value);
}
