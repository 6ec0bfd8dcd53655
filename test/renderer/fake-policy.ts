// The fake client's policy methods and classification (owned by the site-page work). Uses the real shared
// parsers (durations, name patterns) so the UI sees what the core would send. Every change remembers the
// site's policy as it was under an undo id, which the fake's jar.undo puts back (restoreFakePolicy).
import type { Client, Input, Method } from '../../shared/contract';
import { parseDuration } from '../../shared/duration';
import { CrumbsError } from '../../shared/errors';
import type {
  CatalogEntry,
  Classification,
  Cookie,
  PolicyEntry,
  SitePolicy,
  StorageEntry,
} from '../../shared/model';
import { formatDeclaredName, matchRank, nameMatches, parseDeclaredName } from '../../shared/name-pattern';
import { readFakePolicy } from './fake-policy-read';

/** A site's policy before a change: what undo puts back (null: the site had none). */
export interface FakePolicySnapshot {
  site: string;
  before: SitePolicy | null;
}

export interface FakePolicyState {
  cookies: Cookie[];
  storage: StorageEntry[];
  policies: SitePolicy[];
  undo: Map<string, { cookies: Cookie[]; storage: StorageEntry[]; policy?: FakePolicySnapshot }>;
}

type Record = <M extends Method>(method: M, input: Input<M>) => Promise<void>;
export type PolicyMethods = Pick<Client, 'policy.import' | 'policy.save' | 'policy.delete' | 'policy.export'>;

function known(platform: string, name: string, category: CatalogEntry['category'], duration: string) {
  const pattern = parseDeclaredName(name);
  return {
    platform,
    ...pattern,
    type: 'cookie',
    category,
    duration: parseDuration(duration),
    description: '',
    source: 'builtin',
  } satisfies CatalogEntry;
}

/** A few widely seen cookies, none of them in the shared fixtures, so other tests keep their unclassified names. */
export const FAKE_CATALOG: readonly CatalogEntry[] = [
  known('Meta Pixel', '_fbp', 'marketing', '3 months'),
  known('Hotjar', '_hjSession_*', 'statistics', '30 minutes'),
];

/** Best-ranked match, first on a tie: the rule of the core's classifier (and the site page's). */
function best<T extends { name: string; match: PolicyEntry['match'] }>(list: readonly T[], name: string) {
  let found: T | null = null;
  for (const item of list) {
    if (!nameMatches(item, name)) continue;
    if (found === null || matchRank(item) > matchRank(found)) found = item;
  }
  return found;
}

export function declaredEntry(
  policy: SitePolicy | undefined,
  item: { name: string; type: 'cookie' | 'localStorage' },
): PolicyEntry | null {
  return best(policy?.entries.filter((e) => e.type === item.type) ?? [], item.name);
}

/** The site's policy decides, then the fake's small catalog, else unclassified. */
export function fakeClassify(
  policies: readonly SitePolicy[],
  site: string,
  item: { name: string; type: 'cookie' | 'localStorage' },
): Classification {
  const entry = declaredEntry(
    policies.find((p) => p.site === site),
    item,
  );
  if (entry) {
    return {
      category: entry.category,
      by: 'policy',
      matched: formatDeclaredName(entry),
      supplier: entry.supplier || null,
      duration: entry.duration,
    };
  }
  const catalogued = best(
    FAKE_CATALOG.filter((c) => c.type === item.type),
    item.name,
  );
  return catalogued
    ? {
        category: catalogued.category,
        by: 'catalog',
        matched: formatDeclaredName(catalogued),
        supplier: catalogued.platform,
        duration: catalogued.duration,
      }
    : { category: 'unclassified', by: 'unclassified', matched: null, supplier: null, duration: null };
}

/** Puts a site's policy back as a snapshot had it (the fake's jar.undo calls this). */
export function restoreFakePolicy(state: Pick<FakePolicyState, 'policies'>, snapshot: FakePolicySnapshot) {
  state.policies = state.policies.filter((p) => p.site !== snapshot.site);
  if (snapshot.before) state.policies.push(snapshot.before);
}

function toEntry(input: Input<'policy.save'>['entries'][number], index: number): PolicyEntry {
  const pattern = parseDeclaredName(input.name);
  if (pattern.match === 'exact' && /^\/.+\/[a-z]*$/s.test(input.name.trim())) {
    throw new CrumbsError(
      'VALIDATION',
      `Row ${index + 1}: the name pattern ${input.name} is not a valid regular expression.`,
    );
  }
  return {
    supplier: input.supplier.trim(),
    name: pattern.name,
    match: pattern.match,
    type: input.type,
    duration: parseDuration(input.duration.trim()),
    function: input.function.trim(),
    category: input.category,
  };
}

const MEDIA = { json: 'application/json', csv: 'text/csv', html: 'text/html' } as const;

function exportPolicy(policy: SitePolicy, format: 'json' | 'csv' | 'html'): string {
  if (format === 'json') return `${JSON.stringify(policy, null, 2)}\n`;
  const rows = policy.entries.map((e) => [
    e.category,
    e.supplier,
    formatDeclaredName(e),
    e.duration.raw,
    e.function,
  ]);
  if (format === 'csv') {
    const cell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    return [['Category', 'Supplier', 'Cookie name', 'Duration', 'Function'], ...rows]
      .map((r) => r.map(cell).join(','))
      .join('\r\n');
  }
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</table>`;
}

export function fakePolicyMethods(state: FakePolicyState, record: Record): PolicyMethods {
  let undoCounter = 0;
  const find = (site: string) => state.policies.find((p) => p.site === site) ?? null;
  /** Replaces (or removes) the site's policy and remembers what was there. */
  const change = (site: string, next: SitePolicy | null): string => {
    const undoId = `undo-policy-${++undoCounter}`;
    state.undo.set(undoId, { cookies: [], storage: [], policy: { site, before: find(site) } });
    state.policies = state.policies.filter((p) => p.site !== site);
    if (next) state.policies.push(next);
    return undoId;
  };

  return {
    'policy.import': async (input) => {
      await record('policy.import', input);
      const read = readFakePolicy(input.file, input.format ?? 'auto');
      const site = input.site?.trim().toLowerCase() || read.site;
      if (!site) {
        throw new CrumbsError(
          'VALIDATION',
          `${input.file.name}: the file does not say which site the policy is for; name it (--site SITE).`,
        );
      }
      if (read.entries.length === 0) {
        throw new CrumbsError(
          'IMPORT_UNREADABLE',
          read.tables === 0
            ? `${input.file.name}: no cookie table found (a table needs a cookie-name column and a duration column).`
            : `${input.file.name}: the cookie tables hold no readable row.`,
        );
      }
      const previous = find(site);
      const policy: SitePolicy = {
        site,
        publisher: read.publisher ?? previous?.publisher ?? '',
        language: read.language,
        intro: read.intro,
        sections: read.sections,
        entries: read.entries,
        source: {
          kind: 'imported',
          label: input.file.name,
          at: new Date().toISOString(),
          url: null,
          file: input.file.name,
        },
      };
      const dryRun = input.dryRun ?? false;
      return {
        file: input.file.name,
        format: read.format,
        formatReason: read.reason,
        site,
        tables: read.tables,
        policy,
        problems: read.problems,
        replaces: previous !== null,
        applied: !dryRun,
        dryRun,
        undoId: dryRun ? null : change(site, policy),
      };
    },
    'policy.save': async (input) => {
      await record('policy.save', input);
      const previous = find(input.site);
      const entries = input.entries.map(toEntry);
      const categories = new Set(entries.map((e) => e.category));
      const policy: SitePolicy = {
        site: input.site,
        publisher: input.publisher ?? previous?.publisher ?? '',
        language: previous?.language ?? 'en',
        intro: previous?.intro ?? '',
        sections: (previous?.sections ?? []).filter((s) => categories.has(s.category)),
        entries,
        source: {
          kind: 'edited',
          label: previous ? `${previous.source.label}, edited in Crumbs` : 'Written in Crumbs',
          at: new Date().toISOString(),
          url: previous?.source.url ?? null,
          file: previous?.source.file ?? null,
        },
      };
      return { policy, undoId: change(input.site, policy) };
    },
    'policy.delete': async (input) => {
      await record('policy.delete', input);
      if (!find(input.site)) return { removed: 0, undoId: null };
      return { removed: 1, undoId: change(input.site, null) };
    },
    'policy.export': async (input) => {
      await record('policy.export', input);
      const policy = find(input.site);
      if (!policy) throw new CrumbsError('NOT_FOUND', `Crumbs knows no cookie policy for ${input.site}.`);
      return {
        content: exportPolicy(policy, input.format),
        fileName: `${input.site}-cookie-policy.${input.format}`,
        mediaType: MEDIA[input.format],
      };
    },
  };
}
