// Why a stored cookie or localStorage entry has the category it has: the site's own policy first (the site
// knows its cookies best), then the catalog of widely seen names, else unclassified.
import { formatDeclaredName, matchRank, nameMatches } from '../../../../shared/name-pattern';
import type { CatalogEntry, Classification, PolicyEntry, SitePolicy } from '../../../../shared/policy';
import type { Catalog, CatalogType } from './catalog';
import { PatternIndex } from './pattern-index';

export interface StoredItem {
  name: string;
  type: CatalogType;
}

export type Classifier = (item: StoredItem) => Classification;

const UNCLASSIFIED: Classification = Object.freeze({
  category: 'unclassified',
  by: 'unclassified',
  matched: null,
  supplier: null,
  duration: null,
});

/**
 * Classifies one item. Among the policy's entries of the item's type (a 'pixel' entry never matches a stored
 * name) the best match by matchRank wins, the first declared on a tie.
 */
export function classify(item: StoredItem, policy: SitePolicy | null, catalog: Catalog): Classification {
  let best: PolicyEntry | null = null;
  for (const entry of policy?.entries ?? []) {
    if (entry.type !== item.type || !nameMatches(entry, item.name)) continue;
    if (!best || matchRank(entry) > matchRank(best)) best = entry;
  }
  return best ? fromPolicy(best) : fromCatalog(item, catalog);
}

/**
 * The same answers as classify, for many items of one site: the policy is indexed once, and each entry's
 * classification is built once and shared by every item it matches (treat the results as read-only).
 */
export function createClassifier(policy: SitePolicy | null, catalog: Catalog): Classifier {
  const index = { cookie: new PatternIndex<PolicyEntry>(), localStorage: new PatternIndex<PolicyEntry>() };
  for (const entry of policy?.entries ?? []) if (entry.type !== 'pixel') index[entry.type].add(entry);
  const built = new Map<PolicyEntry | CatalogEntry, Classification>();
  return (item) => {
    const declared = index[item.type].lookup(item.name);
    const known = declared ? null : catalog.lookup(item.name, item.type);
    const source = declared ?? known;
    if (!source) return { ...UNCLASSIFIED };
    let found = built.get(source);
    if (!found) {
      found = declared ? fromPolicy(declared) : fromCatalogEntry(known!);
      built.set(source, found);
    }
    return found;
  };
}

function fromPolicy(entry: PolicyEntry): Classification {
  return {
    category: entry.category,
    by: 'policy',
    matched: formatDeclaredName(entry),
    supplier: entry.supplier || null,
    duration: entry.duration,
  };
}

function fromCatalog(item: StoredItem, catalog: Catalog): Classification {
  const known = catalog.lookup(item.name, item.type);
  return known ? fromCatalogEntry(known) : { ...UNCLASSIFIED };
}

function fromCatalogEntry(known: CatalogEntry): Classification {
  return {
    category: known.category,
    by: 'catalog',
    matched: formatDeclaredName(known),
    supplier: known.platform,
    duration: known.duration,
  };
}
