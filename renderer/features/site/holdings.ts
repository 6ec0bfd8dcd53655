// What the jar holds for each declared entry, and where the two part ways. A stored name belongs to the one
// entry the core would classify it under: the best-ranked match of its type (exact, then the longest prefix,
// then a pattern), the first declared on a tie — so `_ga` and `_ga_*` rows never count the same cookie.
import type { CookieView, Finding, FindingKind, PolicyEntry, StorageView } from '../../../shared/model';
import { matchRank, nameMatches } from '../../../shared/name-pattern';

export interface Holding {
  cookies: CookieView[];
  storage: StorageView[];
}

export function declaringEntry(
  entries: readonly PolicyEntry[],
  item: { name: string; type: 'cookie' | 'localStorage' },
): PolicyEntry | null {
  let best: PolicyEntry | null = null;
  for (const entry of entries) {
    if (entry.type !== item.type || !nameMatches(entry, item.name)) continue;
    if (best === null || matchRank(entry) > matchRank(best)) best = entry;
  }
  return best;
}

export function holdings(
  entries: readonly PolicyEntry[],
  cookies: readonly CookieView[],
  storage: readonly StorageView[],
): Map<PolicyEntry, Holding> {
  const held = new Map<PolicyEntry, Holding>(entries.map((e) => [e, { cookies: [], storage: [] }]));
  for (const cookie of cookies) {
    const entry = declaringEntry(entries, { name: cookie.name, type: 'cookie' });
    if (entry) held.get(entry)!.cookies.push(cookie);
  }
  for (const item of storage) {
    const entry = declaringEntry(entries, { name: item.name, type: 'localStorage' });
    if (entry) held.get(entry)!.storage.push(item);
  }
  return held;
}

/** The findings that say a stored cookie and its declaration disagree. */
export const DISAGREEMENTS: readonly FindingKind[] = [
  'outlives-declared',
  'consent-kept-too-long',
  'tracking-over-13-months',
];

/** The disagreements about these cookies (same name, and same domain when the finding names one). */
export function disagreementsOf(findings: readonly Finding[], cookies: readonly CookieView[]): Finding[] {
  return findings.filter(
    (f) =>
      f.type === 'cookie' &&
      DISAGREEMENTS.includes(f.kind) &&
      cookies.some(
        (c) => c.name === f.cookie && (f.evidence.where === null || f.evidence.where === c.domain),
      ),
  );
}
