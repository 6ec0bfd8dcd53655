// How an expiry reads to a person: "in 13 days", "in 11 months", "expired", "session". Intl does the
// wording in the user's language; the unit choice is ours so the CLI and the UI say the same thing.

export type ExpiryUnit = 'minute' | 'hour' | 'day' | 'month' | 'year';

/** Splits a span of seconds into the unit a person would use. */
export function spanIn(seconds: number): { value: number; unit: ExpiryUnit } {
  const abs = Math.abs(seconds);
  const sign = seconds < 0 ? -1 : 1;
  if (abs < 3600) return { value: sign * Math.max(1, Math.round(abs / 60)), unit: 'minute' };
  if (abs < 86400 * 2) return { value: sign * Math.round(abs / 3600), unit: 'hour' };
  if (abs < 86400 * 60) return { value: sign * Math.round(abs / 86400), unit: 'day' };
  if (abs < 86400 * 365 * 2) return { value: sign * Math.round(abs / (86400 * 30.44)), unit: 'month' };
  return { value: sign * Math.round(abs / (86400 * 365.25)), unit: 'year' };
}

/** "in 13 days" / "dans 13 jours"; null expires is a session cookie, which the caller words itself. */
export function relativeExpiry(expires: number, nowSeconds: number, locale: string): string {
  const { value, unit } = spanIn(expires - nowSeconds);
  return new Intl.RelativeTimeFormat(locale, { numeric: 'always' }).format(value, unit);
}
