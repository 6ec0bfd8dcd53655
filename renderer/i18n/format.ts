// Dates and durations in the UI's language, through Intl (no locale data shipped with the app).
import { spanIn } from '../../shared/expiry';
import type { Language } from './index';

export function formatDateTime(unixSeconds: number, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(unixSeconds * 1000),
  );
}

/** "in 13 days", "dans 3 mois"; the caller handles the past (expired) itself. Units as the CLI chooses them. */
export function formatRelativeFuture(unixSeconds: number, nowMs: number, language: Language): string {
  const { value, unit } = spanIn(Math.max(0, unixSeconds - nowMs / 1000));
  return new Intl.RelativeTimeFormat(language, { numeric: 'auto' }).format(value, unit);
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language).format(value);
}
