// What the lifetime picture draws: one bar per cookie the findings name (a Report carries findings only), its
// real lifetime against its declared one, as the HTML export draws them (core report/html-bars.ts).
import type { Duration, Finding } from '../../../shared/model';
import { TRACKER_LIMIT_SECONDS } from './limits';

export interface LifetimeBar {
  key: string;
  site: string;
  cookie: string;
  /** The cookie's domain; null for a declared cookie nothing stored matches. */
  where: string | null;
  declared: Duration | null;
  /** Seconds from creation to expiry; null for a session cookie or one not stored. */
  actual: number | null;
  stored: boolean;
  /** Statistics or marketing: CNIL's 13-month limit applies to it. */
  tracker: boolean;
}

/** The declared lifetime in seconds on the picture's scale: a session is 0, an unreadable one is not drawn. */
export function declaredSeconds(bar: LifetimeBar): number | null {
  if (bar.declared === null) return null;
  return bar.declared.kind === 'session' ? 0 : bar.declared.seconds;
}

export function lifetimeBars(findings: readonly Finding[]): LifetimeBar[] {
  const bars = new Map<string, LifetimeBar>();
  for (const f of findings) {
    if (f.cookie === null || f.type !== 'cookie') continue;
    const key = JSON.stringify([f.site, f.cookie, f.evidence.where]);
    const bar = bars.get(key) ?? {
      key,
      site: f.site,
      cookie: f.cookie,
      where: f.evidence.where,
      declared: null,
      actual: null,
      stored: false,
      tracker: false,
    };
    bar.declared ??= f.evidence.declared;
    bar.actual ??= f.evidence.actualSeconds;
    bar.stored ||= f.kind !== 'not-seen';
    bar.tracker ||= f.evidence.category === 'statistics' || f.evidence.category === 'marketing';
    bars.set(key, bar);
  }
  // Nothing to draw for a cookie with neither a real nor a declared lifetime (a session cookie declared "unknown").
  return [...bars.values()].filter((b) => b.actual !== null || declaredSeconds(b) !== null);
}

/** One linear scale for every bar: the longest lifetime drawn, or CNIL's limit when a tracker is drawn. */
export function barScale(bars: readonly LifetimeBar[]): number {
  let scale = 1;
  for (const b of bars) {
    scale = Math.max(scale, b.actual ?? 0, declaredSeconds(b) ?? 0, b.tracker ? TRACKER_LIMIT_SECONDS : 0);
  }
  return scale;
}
