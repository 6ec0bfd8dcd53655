// The Jar view's sort orders, and keeping a sorted array sorted through a change without sorting it again.
// Every order ends on the cookie's identity (domain, path, name), so no two cookies compare equal: a sorted
// array kept up to date change by change is then exactly what sorting from scratch gives. A collator
// comparison is what a sort pays for, so sites (a few thousand for 100,000 cookies) are ranked once and
// compared as numbers (a site that came later than the ranking is compared by the collator), and names and
// domains are compared through collation keys made once per row (collation-key.ts).
import type { JarQuery } from '../../../shared/contract-jar';
import type { CookieView } from '../../../shared/model';
import { collationKey, collator, compareKeyed } from './collation-key';

export type SortKey = NonNullable<JarQuery['sort']>;

/** Code-unit order: what tells "SID" from "sid" once the collator (which ignores case) calls them equal. */
const raw = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function identity(a: CookieView, b: CookieView): number {
  return (
    collator.compare(a.domain, b.domain) ||
    collator.compare(a.path, b.path) ||
    collator.compare(a.name, b.name) ||
    raw(a.domain, b.domain) ||
    raw(a.path, b.path) ||
    raw(a.name, b.name)
  );
}

export interface Sortable {
  view: CookieView;
  /** The site's place among the ranked sites (equal for sites the collator calls equal); NaN: not ranked. */
  siteRank: number;
  /** Collation keys of the name and the domain, made on first use (null: compared by the collator). */
  nameKey: string | null | undefined;
  domainKey: string | null | undefined;
}

function byName(a: Sortable, b: Sortable): number {
  if (a.nameKey === undefined) a.nameKey = collationKey(a.view.name);
  if (b.nameKey === undefined) b.nameKey = collationKey(b.view.name);
  return compareKeyed(a.view.name, a.nameKey, b.view.name, b.nameKey);
}

function byDomain(a: Sortable, b: Sortable): number {
  if (a.domainKey === undefined) a.domainKey = collationKey(a.view.domain);
  if (b.domainKey === undefined) b.domainKey = collationKey(b.view.domain);
  return compareKeyed(a.view.domain, a.domainKey, b.view.domain, b.domainKey);
}

/** Ranks of the given sites in collator order, sites the collator calls equal sharing one. */
export function rankSites(sites: Iterable<string>): Map<string, number> {
  const sorted = [...new Set(sites)].sort(collator.compare);
  const ranks = new Map<string, number>();
  let rank = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0 && collator.compare(sorted[i - 1]!, sorted[i]!) !== 0) rank++;
    ranks.set(sorted[i]!, rank);
  }
  return ranks;
}

function bySite(a: Sortable, b: Sortable): number {
  const ranked = a.siteRank - b.siteRank;
  return Number.isNaN(ranked) ? collator.compare(a.view.site, b.view.site) : ranked;
}

export const COMPARE: Record<SortKey, (a: Sortable, b: Sortable) => number> = {
  site: (a, b) => bySite(a, b) || byName(a, b) || identity(a.view, b.view),
  name: (a, b) => byName(a, b) || identity(a.view, b.view),
  domain: (a, b) => byDomain(a, b) || byName(a, b) || identity(a.view, b.view),
  // Session cookies (no expiry) last: they end with the browser, after any date.
  expires: (a, b) =>
    (a.view.expires ?? Infinity) - (b.view.expires ?? Infinity) || byName(a, b) || identity(a.view, b.view),
  size: (a, b) =>
    a.view.name.length + a.view.valueLength - (b.view.name.length + b.view.valueLength) ||
    byName(a, b) ||
    identity(a.view, b.view),
  category: (a, b) =>
    collator.compare(a.view.classification.category, b.view.classification.category) ||
    bySite(a, b) ||
    byName(a, b) ||
    identity(a.view, b.view),
};

/**
 * `sorted` without `removed` and with `added` in their places: one pass to drop, a binary search per added
 * item. m log n comparisons instead of the n log n of a new sort (a collator comparison is what costs).
 */
export function updateSorted<T>(
  sorted: readonly T[],
  removed: ReadonlySet<T>,
  added: readonly T[],
  compare: (a: T, b: T) => number,
): T[] {
  const kept = removed.size === 0 ? sorted : sorted.filter((item) => !removed.has(item));
  const incoming = [...added].sort(compare);
  const out: T[] = [];
  let next = 0;
  for (const item of incoming) {
    // The first kept item after `item`: everything before it goes first.
    let lo = next;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(kept[mid]!, item) < 0) lo = mid + 1;
      else hi = mid;
    }
    while (next < lo) out.push(kept[next++]!);
    out.push(item);
  }
  while (next < kept.length) out.push(kept[next++]!);
  return out;
}
