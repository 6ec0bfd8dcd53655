// A compact way to write catalog rows: one family (platform + usual category + storage type) and its names.
import type { Category } from '../../../../../shared/category';
import { parseDeclaredName } from '../../../../../shared/name-pattern';
import type { CatalogEntry } from '../../../../../shared/policy';
import { lifetime } from '../lifetime';

export type CatalogType = 'cookie' | 'localStorage';

/**
 * One name of a family: how it is declared (`_ga`, `_ga_*`, `/^mp_[0-9a-f]+_mixpanel$/`), its typical lifetime as
 * the platform documents it, one plain sentence, and where it differs from the family, its own category or type.
 */
export type Row = readonly [
  declared: string,
  lifetime: string,
  description: string,
  differs?: { category?: Category; type?: CatalogType },
];

export function family(
  platform: string,
  category: Category,
  rows: readonly Row[],
  type: CatalogType = 'cookie',
): CatalogEntry[] {
  return rows.map(([declared, raw, description, differs]) => {
    const pattern = parseDeclaredName(declared);
    return {
      platform,
      name: pattern.name,
      match: pattern.match,
      type: differs?.type ?? type,
      category: differs?.category ?? category,
      duration: lifetime(raw),
      description,
      source: 'builtin',
    };
  });
}
