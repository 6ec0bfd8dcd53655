// Policies, the catalog and the report, put together over the data directory: what the API and the CLI use.
import { z } from 'zod';
import type { Category, Cookie, StorageEntry } from '../../../shared/model';
import { CatalogEntry, type Finding, type Report } from '../../../shared/policy';
import type { CatalogInfo } from '../../../shared/contract-policy';
import { openDocument, type DocumentNotice, type DocumentSpec } from '../storage/documents';
import type { Catalog, Classifier } from './engine';
import { POLICIES_DOCUMENT, PolicyStore } from './store';

const engine = () => import('./engine');

const CatalogContent = z.object({
  /** The Open Cookie Database the user loaded, kept as read (mapped to the catalog's shape). */
  loaded: z.object({ file: z.string(), at: z.string(), entries: z.array(CatalogEntry) }).nullable(),
});
type CatalogContent = z.infer<typeof CatalogContent>;

const CATALOG_DOCUMENT: DocumentSpec<CatalogContent> = {
  name: 'catalog',
  version: 1,
  schema: CatalogContent,
  empty: () => ({ loaded: null }),
};

/** A site with what the jar holds for it, as the report and the classifier see it. */
export interface SiteContents {
  site: string;
  cookies: Cookie[];
  storage: StorageEntry[];
}

export class PolicyServices {
  readonly store: PolicyStore;
  private readonly catalogDoc;
  private built: Catalog | null = null;

  /** Grows with every change of the policies or the catalog: classifications are cached per revision. */
  revision = 0;

  constructor(
    dataDir: string,
    readOnly: boolean,
    onNotice: (n: DocumentNotice) => void,
    onChange: (what: 'policies' | 'catalog', revision: number) => void = () => {},
  ) {
    const changed = (what: 'policies' | 'catalog') => () => onChange(what, ++this.revision);
    this.store = new PolicyStore(
      openDocument(dataDir, POLICIES_DOCUMENT, { readOnly, onNotice, onWrite: changed('policies') }),
    );
    this.catalogDoc = openDocument(dataDir, CATALOG_DOCUMENT, {
      readOnly,
      onNotice,
      onWrite: changed('catalog'),
    });
  }

  async catalog(): Promise<Catalog> {
    if (!this.built) {
      const { BUILTIN_CATALOG, createCatalog } = await engine();
      // Built-in entries first: they win over a loaded database's for the same name.
      this.built = createCatalog([...BUILTIN_CATALOG, ...(this.catalogDoc.read().loaded?.entries ?? [])]);
    }
    return this.built;
  }

  async catalogInfo(): Promise<CatalogInfo> {
    const loaded = this.catalogDoc.read().loaded;
    const { BUILTIN_CATALOG } = await engine();
    return {
      builtin: BUILTIN_CATALOG.length,
      loaded: loaded ? { file: loaded.file, at: loaded.at, entries: loaded.entries.length } : null,
      total: (await this.catalog()).size,
    };
  }

  /** Replaces the loaded Open Cookie Database (one at a time: loading a newer export replaces the older). */
  async loadCatalog(file: string, entries: CatalogEntry[], nowMs = Date.now()): Promise<void> {
    await this.catalogDoc.write({ loaded: { file, at: new Date(nowMs).toISOString(), entries } });
    this.built = null;
  }

  /** Classifies one site's cookies and storage keys: its policy first, then the catalog. */
  async classifierFor(site: string): Promise<Classifier> {
    return (await this.classifiers())(site);
  }

  private classifierCache: { revision: number; bySite: Map<string, Classifier> } | null = null;

  /**
   * One classifier per site, kept until a policy or the catalog changes (each remembers the names it has
   * seen): classifying 100,000 cookies again after a change to the jar reuses them all.
   */
  async classifiers(): Promise<(site: string) => Classifier> {
    const { createClassifier } = await engine();
    const catalog = await this.catalog();
    if (this.classifierCache?.revision !== this.revision) {
      this.classifierCache = { revision: this.revision, bySite: new Map() };
    }
    const bySite = this.classifierCache.bySite;
    return (site) => {
      let classifier = bySite.get(site);
      if (!classifier) {
        classifier = createClassifier(this.store.get(site), catalog);
        bySite.set(site, classifier);
      }
      return classifier;
    };
  }

  /**
   * The report for these sites; `refusedFor` gives, per site, the categories the active consent profile refuses
   * there (cookies of those categories become findings).
   */
  async report(
    sites: SiteContents[],
    nowMs = Date.now(),
    refusedFor?: (site: string) => Category[],
  ): Promise<Report> {
    const { buildReport } = await engine();
    const classifierOf = await this.classifiers();
    return buildReport({
      now: Math.floor(nowMs / 1000),
      sites: sites.map((s) => ({
        ...s,
        policy: this.store.get(s.site),
        ...(refusedFor ? { refused: refusedFor(s.site) } : {}),
      })),
      classify: (site, item) => classifierOf(site)(item),
    });
  }

  async siteFindings(
    contents: SiteContents,
    nowMs = Date.now(),
    refusedFor?: (site: string) => Category[],
  ): Promise<Finding[]> {
    return (await this.report([contents], nowMs, refusedFor)).findings;
  }
}
