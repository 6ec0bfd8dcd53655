// A jar, policies and a classifier built for the report tests: real Cookie and SitePolicy objects, classified by
// the app's own classifier (the site's policy first, then the built-in catalog, else unclassified).
import { parseDuration } from '../../../../shared/duration';
import type {
  Category,
  Classification,
  Cookie,
  PolicyEntry,
  SitePolicy,
  StorageEntry,
} from '../../../../shared/model';
import { parseDeclaredName } from '../../../../shared/name-pattern';
import { BUILTIN_CATALOG } from '../../../../electron/core/policy/catalog/builtin';
import { createCatalog } from '../../../../electron/core/policy/catalog/catalog';
import { createClassifier, type Classifier } from '../../../../electron/core/policy/catalog/classify';
import type { StoredItem } from '../../../../electron/core/policy/report';

export const NOW = 1_800_000_000; // 2027-01-15T08:00:00Z
export const DAY = 86_400;
export const MONTH = 2_629_746;

/** A cookie created a day before NOW that lives `lifetime` seconds from its creation (null: session). */
export function cookie(
  site: string,
  name: string,
  lifetime: number | null,
  extra: Partial<Cookie> = {},
): Cookie {
  const creation = NOW - DAY;
  return {
    name,
    value: 'secret-value',
    domain: site,
    hostOnly: false,
    path: '/',
    expires: lifetime === null ? null : creation + lifetime,
    httpOnly: false,
    secure: true,
    sameSite: 'lax',
    site,
    creation,
    ...extra,
  };
}

export function stored(site: string, name: string): StorageEntry {
  return { origin: `https://www.${site}`, name, value: 'secret-value' };
}

export function entry(
  declaredName: string,
  duration: string,
  category: Category,
  extra: Partial<PolicyEntry> = {},
): PolicyEntry {
  return {
    supplier: 'Example',
    ...parseDeclaredName(declaredName),
    type: 'cookie',
    duration: parseDuration(duration),
    function: '',
    category,
    ...extra,
  };
}

export function policy(site: string, entries: PolicyEntry[]): SitePolicy {
  return {
    site,
    publisher: 'Example',
    language: 'en',
    intro: '',
    sections: [],
    entries,
    source: { kind: 'edited', label: 'test', at: '2027-01-01T00:00:00Z', url: null, file: null },
  };
}

const CATALOG = createCatalog(BUILTIN_CATALOG);

/** The app's classifier for each site: its policy first, then the built-in catalog, else unclassified. */
export function classifierFor(policies: readonly SitePolicy[]) {
  const bySite = new Map<string, Classifier>();
  return (site: string, item: StoredItem): Classification => {
    let classifier = bySite.get(site);
    if (!classifier) {
      classifier = createClassifier(policies.find((p) => p.site === site) ?? null, CATALOG);
      bySite.set(site, classifier);
    }
    return classifier(item);
  };
}
