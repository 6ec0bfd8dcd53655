// Small builders for catalog and policy entries in tests.
import { parseDuration } from '../../../../shared/duration';
import type { CatalogEntry, NameMatch, PolicyEntry, StorageType } from '../../../../shared/policy';
import type { Category } from '../../../../shared/category';

export function entry(
  name: string,
  match: NameMatch,
  options: Partial<Pick<CatalogEntry, 'type' | 'category' | 'platform' | 'source'>> = {},
): CatalogEntry {
  return {
    platform: options.platform ?? `platform of ${name}`,
    name,
    match,
    type: options.type ?? 'cookie',
    category: options.category ?? 'statistics',
    duration: parseDuration('1 year'),
    description: `Entry ${name}.`,
    source: options.source ?? 'builtin',
  };
}

export function declared(
  name: string,
  match: NameMatch,
  category: Category,
  options: { type?: StorageType; supplier?: string; duration?: string } = {},
): PolicyEntry {
  return {
    supplier: options.supplier ?? 'Site',
    name,
    match,
    type: options.type ?? 'cookie',
    duration: parseDuration(options.duration ?? '6 months'),
    function: `Declared ${name}.`,
    category,
  };
}
