// The cookie catalog: built-in entries, the Open Cookie Database loader, lookups and classification.
import type { CatalogEntry } from '../../../../shared/policy';
import { BUILTIN_CATALOG } from './builtin';
import { createCatalog, type Catalog } from './catalog';

export { BUILTIN_CATALOG } from './builtin';
export { createCatalog, type Catalog, type CatalogType } from './catalog';
export { classify, createClassifier, type Classifier, type StoredItem } from './classify';
export { MAX_OCD_BYTES, readOpenCookieDatabase } from './open-cookie-database';

/** The built-in catalog extended by entries the user loaded (an Open Cookie Database): built-in wins. */
export function createBuiltinCatalog(extra: readonly CatalogEntry[] = []): Catalog {
  return createCatalog([...BUILTIN_CATALOG, ...extra]);
}
