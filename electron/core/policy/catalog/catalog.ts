// The catalog of known cookies and storage keys: the built-in entries, extended by a loaded Open Cookie Database.
import type { CatalogEntry } from '../../../../shared/policy';
import { PatternIndex } from './pattern-index';

export type CatalogType = 'cookie' | 'localStorage';

export interface Catalog {
  /** Entries that lookups can return (a pattern already known is kept once). */
  readonly size: number;
  lookup(name: string, type: CatalogType): CatalogEntry | null;
  entries(): readonly CatalogEntry[];
}

/** Sources in order of trust: a lookup asks each in turn and the first that knows the name answers. */
const TIERS: readonly CatalogEntry['source'][] = ['builtin', 'open-cookie-database'];

/**
 * Builds the lookup structure once. Precedence, in order:
 * 1. The built-in catalog wins over the Open Cookie Database whenever it knows the name at all, even through a
 *    prefix or regex where the database has the exact name: the built-in entries are curated for Crumbs, the
 *    database is community data of uneven precision.
 * 2. Within one source, an exact name beats a prefix, a longer prefix beats a shorter one, a prefix beats a regex.
 * 3. The same pattern (name, match, type) given twice in one source: the first one given is kept.
 * 'pixel' entries are kept out: a pixel is a request, never a stored name.
 */
export function createCatalog(entries: readonly CatalogEntry[]): Catalog {
  const indexes = TIERS.map(() => ({
    cookie: new PatternIndex<CatalogEntry>(),
    localStorage: new PatternIndex<CatalogEntry>(),
  }));
  const kept: CatalogEntry[] = [];
  const seen = new Set<string>();
  for (const tier of TIERS) {
    const index = indexes[TIERS.indexOf(tier)]!;
    for (const entry of entries) {
      if (entry.source !== tier || entry.type === 'pixel') continue;
      // A pattern a more trusted source already holds could never be returned: drop it.
      const key = `${entry.type}\u0000${entry.match}\u0000${entry.name}`;
      if (seen.has(key)) continue;
      if (index[entry.type].add(entry)) {
        seen.add(key);
        kept.push(entry);
      }
    }
  }
  return {
    size: kept.length,
    lookup(name, type) {
      for (const index of indexes) {
        const hit = index[type].lookup(name);
        if (hit) return hit;
      }
      return null;
    },
    entries: () => kept,
  };
}
