// A real cookie's lifetime against the one its site declares.
import type { Duration } from '../policy';

export type LifetimeComparison = 'within' | 'longer' | 'shorter' | 'session-mismatch' | 'unknown';

export interface CompareOptions {
  /** Share of the declared lifetime a real one may differ by; default 0.1 (10%). */
  tolerance?: number;
  /** The smallest allowed difference in seconds, whatever the share; default one day. */
  minimumSeconds?: number;
}

// Real expiries never land on the declared second: servers compute them at request time, browsers round or
// cap them (Chrome at 400 days), and "1 year" may mean 365 days or 365.2425. 10% absorbs the rounding of long
// lifetimes ("13 months" set as 395 or 400 days); the one-day floor absorbs clocks, time zones and a
// date-only Expires on short ones.
const DEFAULT_TOLERANCE = 0.1;
const DEFAULT_MINIMUM = 86_400;

/**
 * `actualSeconds` is the cookie's total lifetime (expiry − creation), null for a session cookie.
 * fixed: within the tolerance either way; maximum, default and conditional: the declared seconds are a
 * limit, only a longer life is a difference (a session cookie is 'shorter' than a fixed, default or
 * conditional lifetime, and 'within' a maximum). A persistent cookie declared session is 'session-mismatch'.
 */
export function compareLifetime(
  declared: Duration,
  actualSeconds: number | null,
  options: CompareOptions = {},
): LifetimeComparison {
  if (declared.kind === 'unknown') return 'unknown';
  if (declared.kind === 'session') return actualSeconds === null ? 'within' : 'session-mismatch';
  const limit = declared.seconds;
  if (limit === null || !Number.isFinite(limit)) return 'unknown';
  if (actualSeconds === null) return declared.kind === 'maximum' ? 'within' : 'shorter';
  if (Number.isNaN(actualSeconds)) return 'unknown';
  const share = options.tolerance ?? DEFAULT_TOLERANCE;
  // plus a millisecond, so float noise in `limit * share` never decides an edge
  const allowed = Math.max(limit * share, options.minimumSeconds ?? DEFAULT_MINIMUM) + 0.001;
  if (actualSeconds > limit + allowed) return 'longer';
  if (declared.kind === 'fixed' && actualSeconds < limit - allowed) return 'shorter';
  return 'within';
}
