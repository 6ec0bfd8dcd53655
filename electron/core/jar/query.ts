// The Jar view's table: every live cookie as a view row with its category, filtered, sorted and cut into a
// window. At 100,000 cookies the rows (and their classification) are built once, and each sort order once;
// after that a change of the jar is applied to them — the cookies put, replaced or removed get their rows
// made or dropped, and each sorted order takes them in by binary search — instead of building 100,000 rows
// and sorting them again. A change of the policies or the catalog (every category may move), of a whole
// domain at once, or of more than MAX_APPLIED cookies builds everything anew.
import type { Cookie as ToughCookie } from 'tough-cookie';
import type { JarPage, JarQuery } from '../../../shared/contract-jar';
import type { CookieView } from '../../../shared/model';
import type { Classifier } from '../policy/catalog/classify';
import type { PolicyServices } from '../policy/service';
import type { Jar } from './jar';
import { toView } from './convert';
import { COMPARE, rankSites, updateSorted, type SortKey, type Sortable } from './row-order';

type Query = Required<Pick<JarQuery, 'text' | 'sort' | 'descending' | 'offset' | 'limit'>> &
  Omit<JarQuery, 'text' | 'sort' | 'descending' | 'offset' | 'limit'>;

interface Row extends Sortable {
  /** Lower-case "name domain site", what the text filter searches. */
  haystack: string;
  /** When the cookie expires (Infinity for a session cookie): rows outlive their cookie until a rebuild. */
  expiresMs: number;
}

interface Prepared {
  jarRevision: number;
  policiesRevision: number;
  rows: Map<ToughCookie, Row>;
  sorted: Map<SortKey, Row[]>;
  /** The sites of the rows when they were built, ranked (rows added later may have sites not in it). */
  siteRanks: Map<string, number>;
}

type ClassifierOf = (site: string) => Classifier;

/** Past this many changed cookies, building every row again costs no more than applying them. */
const MAX_APPLIED = 20_000;

const UNCLASSIFIED = {
  category: 'unclassified',
  by: 'unclassified',
  matched: null,
  supplier: null,
  duration: null,
} as const;

export class JarQueries {
  private prepared: Prepared | null = null;
  /** Cookies touched since `prepared` was made, or 'all' when the rows must be built anew. */
  private pending: Set<ToughCookie> | 'all' = 'all';

  constructor(
    private readonly jar: Jar,
    private readonly policies: PolicyServices,
  ) {
    jar.watchCookies((cookie) => {
      if (this.pending === 'all') return;
      if (cookie === null || this.pending.size >= MAX_APPLIED) this.pending = 'all';
      else this.pending.add(cookie);
    });
  }

  async query(q: Query, nowMs = Date.now()): Promise<JarPage> {
    const prepared = this.prepare(await this.classifiers(), nowMs);
    // Synchronous from here: no change can slip in between the rows prepared and the walk over them.
    const ordered = this.order(prepared, q.sort);
    const words = q.text.toLowerCase().split(/\s+/).filter(Boolean);
    const match = matcher(q, words);
    const rows: CookieView[] = [];
    let total = 0;
    let size = 0;
    const end = q.offset + q.limit;
    // Walk the sorted rows once: count every live row and every match, keep the window's.
    for (let i = 0; i < ordered.length; i++) {
      const row = ordered[q.descending ? ordered.length - 1 - i : i]!;
      if (row.expiresMs <= nowMs) continue;
      size++;
      if (!match(row)) continue;
      if (total >= q.offset && total < end) rows.push(row.view);
      total++;
    }
    const revision = `${prepared.jarRevision}.${prepared.policiesRevision}`;
    return { total, size, offset: q.offset, rows, revision };
  }

  /** Every live cookie as a view with its category (shared with the sites list; do not change them). */
  async views(nowMs = Date.now()): Promise<CookieView[]> {
    const prepared = this.prepare(await this.classifiers(), nowMs);
    const out: CookieView[] = [];
    for (const row of prepared.rows.values()) if (row.expiresMs > nowMs) out.push(row.view);
    return out;
  }

  /** The classifiers with the policies' revision they belong to, read before the wait. */
  private async classifiers(): Promise<{ revision: number; classifierOf: ClassifierOf }> {
    const revision = this.policies.revision;
    return { revision, classifierOf: await this.policies.classifiers() };
  }

  private prepare(
    { revision, classifierOf }: { revision: number; classifierOf: ClassifierOf },
    nowMs: number,
  ): Prepared {
    const current = this.prepared;
    const jarRevision = this.jar.revision;
    if (current?.policiesRevision === revision && this.pending !== 'all') {
      if (current.jarRevision !== jarRevision) {
        this.apply(current, this.pending, classifierOf, nowMs);
        current.jarRevision = jarRevision;
        this.pending = new Set();
      }
      return current;
    }
    const rows = new Map<ToughCookie, Row>();
    for (const c of this.jar.live(nowMs)) rows.set(c, rowOf(c, classifierOf));
    const siteRanks = rankSites(Array.from(rows.values(), (r) => r.view.site));
    for (const row of rows.values()) row.siteRank = siteRanks.get(row.view.site)!;
    this.prepared = { jarRevision, policiesRevision: revision, rows, sorted: new Map(), siteRanks };
    this.pending = new Set();
    return this.prepared;
  }

  /** Drops the rows of cookies no longer in the jar, makes rows for the ones now in it, keeps every order. */
  private apply(
    prepared: Prepared,
    touched: ReadonlySet<ToughCookie>,
    classifierOf: ClassifierOf,
    nowMs: number,
  ): void {
    const removed = new Set<Row>();
    const added: Row[] = [];
    for (const c of touched) {
      const old = prepared.rows.get(c);
      if (old) {
        removed.add(old);
        prepared.rows.delete(c);
      }
      const stored = this.jar.store.get(c.domain ?? '', c.path ?? '/', c.key) === c;
      if (stored && !(c.expires instanceof Date && c.expires.getTime() <= nowMs)) {
        const row = rowOf(c, classifierOf);
        row.siteRank = prepared.siteRanks.get(row.view.site) ?? NaN;
        prepared.rows.set(c, row);
        added.push(row);
      }
    }
    for (const [sort, sorted] of prepared.sorted) {
      const compare = COMPARE[sort];
      prepared.sorted.set(sort, updateSorted(sorted, removed, added, compare));
    }
  }

  private order(prepared: Prepared, sort: SortKey): Row[] {
    let sorted = prepared.sorted.get(sort);
    if (!sorted) {
      const compare = COMPARE[sort];
      sorted = [...prepared.rows.values()].sort(compare);
      prepared.sorted.set(sort, sorted);
    }
    return sorted;
  }
}

function rowOf(c: ToughCookie, classifierOf: ClassifierOf): Row {
  const view = toView(c, UNCLASSIFIED);
  view.classification = classifierOf(view.site)({ name: view.name, type: 'cookie' });
  return {
    view,
    haystack: `${view.name} ${view.domain} ${view.site}`.toLowerCase(),
    siteRank: NaN,
    nameKey: undefined,
    domainKey: undefined,
    expiresMs: c.expires instanceof Date ? c.expires.getTime() : Infinity,
  };
}

function matcher(q: Query, words: string[]): (row: Row) => boolean {
  const categories = q.categories ? new Set(q.categories) : null;
  const sameSite = q.sameSite ? new Set(q.sameSite) : null;
  const site = q.site?.toLowerCase();
  return ({ view, haystack }) => {
    if (site !== undefined && site !== '' && view.site !== site) return false;
    if (categories && !categories.has(view.classification.category)) return false;
    if (q.httpOnly !== undefined && view.httpOnly !== q.httpOnly) return false;
    if (q.secure !== undefined && view.secure !== q.secure) return false;
    if (q.session !== undefined && (view.expires === null) !== q.session) return false;
    if (sameSite && !sameSite.has(view.sameSite ?? 'unset')) return false;
    if (q.expiresFrom !== undefined || q.expiresUntil !== undefined) {
      if (view.expires === null) return false;
      if (q.expiresFrom !== undefined && view.expires < q.expiresFrom) return false;
      if (q.expiresUntil !== undefined && view.expires > q.expiresUntil) return false;
    }
    for (const w of words) if (!haystack.includes(w)) return false;
    return true;
  };
}
