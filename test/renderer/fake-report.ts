// The fake client's report and catalog methods (owned by the report-view work). The findings come from the
// core's own report engine and classifier, run over the fake's cookies, storage and policies; the catalog is the
// core's built-in one plus an Open Cookie Database file read by the core's own reader. What differs from the
// real core is only where things live: in memory, one catalog per fake.
import {
  BUILTIN_CATALOG,
  createCatalog,
  createClassifier,
  readOpenCookieDatabase,
  type Catalog,
} from '../../electron/core/policy/catalog';
import { buildReport, reportToCsv, reportToHtml, reportToJson } from '../../electron/core/policy/report';
import type { Client, Input, Method } from '../../shared/contract';
import type { CatalogInfo } from '../../shared/contract-policy';
import { CrumbsError } from '../../shared/errors';
import type { CatalogEntry, Classification, Report } from '../../shared/model';
import { siteOfOrigin } from './fake-formats';
import type { FakePolicyState } from './fake-policy';

type Record = <M extends Method>(method: M, input: Input<M>) => Promise<void>;
export type ReportMethods = Pick<Client, 'report.run' | 'report.export' | 'catalog.info' | 'catalog.import'>;

export interface FakeCatalog {
  /** The Open Cookie Database loaded, as the core keeps it. */
  loaded: { file: string; at: string; entries: CatalogEntry[] } | null;
}

// Keyed by the fake's state so that fake-client.ts (and its FakeState shape) need not know about the catalog.
const catalogs = new WeakMap<FakePolicyState, FakeCatalog>();

/** The fake's catalog state: tests may read it, or preload an Open Cookie Database through it. */
export function fakeCatalogOf(state: FakePolicyState): FakeCatalog {
  let catalog = catalogs.get(state);
  if (!catalog) {
    catalog = { loaded: null };
    catalogs.set(state, catalog);
  }
  return catalog;
}

function catalogOf(state: FakePolicyState): Catalog {
  return createCatalog([...BUILTIN_CATALOG, ...(fakeCatalogOf(state).loaded?.entries ?? [])]);
}

/** What the core's sites.get would answer as a stored item's classification: the site's policy, then the catalog. */
export function fakeCatalogClassify(
  state: FakePolicyState,
  site: string,
  item: { name: string; type: 'cookie' | 'localStorage' },
): Classification {
  const policy = state.policies.find((p) => p.site === site) ?? null;
  return createClassifier(policy, catalogOf(state))(item);
}

function info(state: FakePolicyState): CatalogInfo {
  const loaded = fakeCatalogOf(state).loaded;
  return {
    builtin: BUILTIN_CATALOG.length,
    loaded: loaded ? { file: loaded.file, at: loaded.at, entries: loaded.entries.length } : null,
    total: catalogOf(state).size,
  };
}

const normalize = (site: string) => site.trim().toLowerCase().replace(/^\.+/, '');

/** As the core's report.run: every site a policy or the jar knows (or the one asked for), live cookies only. */
function report(state: FakePolicyState, site: string | undefined): Report {
  const now = Math.floor(Date.now() / 1000);
  const live = state.cookies.filter((c) => c.expires === null || c.expires > now);
  const only = site === undefined ? undefined : normalize(site);
  const names =
    only !== undefined
      ? [only]
      : [
          ...new Set([
            ...state.policies.map((p) => p.site),
            ...live.map((c) => c.site),
            ...state.storage.map((e) => siteOfOrigin(e.origin)),
          ]),
        ];
  const catalog = catalogOf(state);
  const policyOf = (name: string) => state.policies.find((p) => p.site === name) ?? null;
  const classifiers = new Map(names.map((name) => [name, createClassifier(policyOf(name), catalog)]));
  return buildReport({
    now,
    sites: names.map((name) => ({
      site: name,
      policy: policyOf(name),
      cookies: live.filter((c) => c.site === name),
      storage: state.storage.filter((e) => siteOfOrigin(e.origin) === name),
    })),
    classify: (name, item) => classifiers.get(name)!(item),
  });
}

const MEDIA = { json: 'application/json', csv: 'text/csv', html: 'text/html' } as const;

export function fakeReportMethods(state: FakePolicyState, record: Record): ReportMethods {
  return {
    'report.run': async (input) => {
      await record('report.run', input);
      return report(state, input.site);
    },
    'report.export': async (input) => {
      await record('report.export', input);
      const format = input.format;
      const result = report(state, input.site);
      const content =
        format === 'json'
          ? reportToJson(result)
          : format === 'csv'
            ? reportToCsv(result)
            : reportToHtml(result, input.language ?? 'en');
      const scope = input.site === undefined ? 'crumbs' : normalize(input.site);
      return { content, fileName: `${scope}-cookie-report.${format}`, mediaType: MEDIA[format] };
    },
    'catalog.info': async (input) => {
      await record('catalog.info', input);
      return info(state);
    },
    'catalog.import': async (input) => {
      await record('catalog.import', input);
      const { file } = input;
      const read = readOpenCookieDatabase(new TextEncoder().encode(file.content), file.name);
      if (read.entries.length === 0) {
        throw new CrumbsError(
          'IMPORT_UNREADABLE',
          `${file.name}: no Open Cookie Database entry could be read.`,
          {
            problems: read.problems,
          },
        );
      }
      const dryRun = input.dryRun ?? false;
      if (!dryRun) {
        fakeCatalogOf(state).loaded = {
          file: file.name,
          at: new Date().toISOString(),
          entries: read.entries,
        };
      }
      return {
        file: file.name,
        entries: read.entries.length,
        problems: read.problems,
        applied: !dryRun,
        info: info(state),
      };
    },
  };
}
