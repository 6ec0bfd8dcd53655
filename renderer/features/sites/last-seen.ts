// "3 days ago", "il y a 3 jours": a past moment in the UI's language, with the units the CLI uses.
import { spanIn } from '../../../shared/expiry';
import type { Language } from '../../i18n';

export function formatAgo(unixSeconds: number, nowMs: number, language: Language): string {
  const seconds = nowMs / 1000 - unixSeconds;
  if (seconds < 60) return new Intl.RelativeTimeFormat(language, { numeric: 'auto' }).format(0, 'second');
  const { value, unit } = spanIn(seconds);
  return new Intl.RelativeTimeFormat(language, { numeric: 'auto' }).format(-value, unit);
}
