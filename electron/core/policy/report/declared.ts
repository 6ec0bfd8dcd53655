// Which policy entry declares a stored cookie or localStorage key: the same name rules as the classifier
// (shared/name-pattern), so the report and the site page agree on what is declared.
import type { PolicyEntry, SitePolicy } from '../../../../shared/model';
import { matchRank, nameMatches } from '../../../../shared/name-pattern';
import type { StoredItem } from './input';

/** The best-ranked entry of the item's type whose name matches it, or null: exact beats prefix beats regex. */
export function declaredEntry(policy: SitePolicy, item: StoredItem): PolicyEntry | null {
  let best: PolicyEntry | null = null;
  for (const entry of policy.entries) {
    if (entry.type !== item.type || !nameMatches(entry, item.name)) continue;
    if (best === null || matchRank(entry) > matchRank(best)) best = entry;
  }
  return best;
}

/** Seconds from creation to expiry; a cookie without a creation time counts from now (its remaining lifetime). */
export function lifetimeSeconds(
  cookie: { expires: number | null; creation: number | null },
  now: number,
): number | null {
  if (cookie.expires === null) return null;
  return Math.max(0, cookie.expires - (cookie.creation ?? now));
}
