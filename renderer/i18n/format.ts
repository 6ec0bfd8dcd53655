// Dates and durations in the UI's language, through Intl (no locale data shipped with the app).
import type { Language } from './index';

const DAY = 86_400;

export function formatDateTime(unixSeconds: number, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(unixSeconds * 1000),
  );
}

/** "in 13 days", "dans 3 mois"; the caller handles the past (expired) itself. */
export function formatRelativeFuture(unixSeconds: number, nowMs: number, language: Language): string {
  const rtf = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const seconds = Math.max(0, unixSeconds - nowMs / 1000);
  if (seconds < 3600) return rtf.format(Math.max(1, Math.round(seconds / 60)), 'minute');
  if (seconds < DAY) return rtf.format(Math.round(seconds / 3600), 'hour');
  if (seconds < 45 * DAY) return rtf.format(Math.round(seconds / DAY), 'day');
  if (seconds < 365 * DAY) return rtf.format(Math.round(seconds / (30 * DAY)), 'month');
  return rtf.format(Math.round(seconds / (365 * DAY)), 'year');
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language).format(value);
}
