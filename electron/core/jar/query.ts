// The Jar view's table: every live cookie as a view row with its category, filtered, sorted and cut into a
// window. At 100,000 cookies the rows (and their classification) are built once per revision of the jar and
// of the policies, and each sort order once per revision too; a filter keystroke then costs one pass over
// prepared rows, not a classification of the whole jar.
import type { JarPage, JarQuery } from '../../../shared/contract-jar';
import type { CookieView } from '../../../shared/model';
import type { Jar } from './jar';
import { toView } from './convert';
import type { PolicyServices } from '../policy/service';

type Query = Required<Pick<JarQuery, 'text' | 'sort' | 'descending' | 'offset' | 'limit'>> &
  Omit<JarQuery, 'text' | 'sort' | 'descending' | 'offset' | 'limit'>;

interface Row {
  view: CookieView;
  /** Lower-case "name domain site", what the text filter searches. */
  haystack: string;
}

interface Prepared {
  revision: string;
  rows: Row[];
  sorted: Map<string, Row[]>;
}

const UNCLASSIFIED = {
  category: 'unclassified',
  by: 'unclassified',
  matched: null,
  supplier: null,
  duration: null,
} as const;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

const COMPARE: Record<Query['sort'], (a: CookieView, b: CookieView) => number> = {
  site: (a, b) => collator.compare(a.site, b.site) || collator.compare(a.name, b.name),
  name: (a, b) => collator.compare(a.name, b.name) || collator.compare(a.domain, b.domain),
  domain: (a, b) => collator.compare(a.domain, b.domain) || collator.compare(a.name, b.name),
  // Session cookies (no expiry) last: they end with the browser, after any date.
  expires: (a, b) => (a.expires ?? Infinity) - (b.expires ?? Infinity) || collator.compare(a.name, b.name),
  size: (a, b) =>
    a.name.length + a.valueLength - (b.name.length + b.valueLength) || collator.compare(a.name, b.name),
  category: (a, b) =>
    collator.compare(a.classification.category, b.classification.category) ||
    collator.compare(a.site, b.site),
};

export class JarQueries {
  private prepared: Prepared | null = null;

  constructor(
    private readonly jar: Jar,
    private readonly policies: PolicyServices,
  ) {}

  async query(q: Query, nowMs = Date.now()): Promise<JarPage> {
    const prepared = await this.prepare(nowMs);
    const ordered = this.order(prepared, q.sort);
    const words = q.text.toLowerCase().split(/\s+/).filter(Boolean);
    const match = matcher(q, words);
    const rows: CookieView[] = [];
    let total = 0;
    const end = q.offset + q.limit;
    // Walk the sorted rows once: count every match, keep the window's.
    for (let i = 0; i < ordered.length; i++) {
      const row = ordered[q.descending ? ordered.length - 1 - i : i]!;
      if (!match(row)) continue;
      if (total >= q.offset && total < end) rows.push(row.view);
      total++;
    }
    return { total, size: prepared.rows.length, offset: q.offset, rows, revision: prepared.revision };
  }

  /** Every live cookie as a view with its category (shared with the sites list; do not change them). */
  async views(nowMs = Date.now()): Promise<readonly CookieView[]> {
    return (await this.prepare(nowMs)).rows.map((r) => r.view);
  }

  private async prepare(nowMs: number): Promise<Prepared> {
    const revision = `${this.jar.revision}.${this.policies.revision}`;
    if (this.prepared?.revision === revision) return this.prepared;
    const live = this.jar.live(nowMs);
    const rows: Row[] = [];
    const classifierOf = await this.policies.classifiers();
    for (const c of live) {
      const view = toView(c, UNCLASSIFIED);
      const classify = classifierOf(view.site);
      view.classification = classify({ name: view.name, type: 'cookie' });
      rows.push({ view, haystack: `${view.name} ${view.domain} ${view.site}`.toLowerCase() });
    }
    this.prepared = { revision, rows, sorted: new Map() };
    return this.prepared;
  }

  private order(prepared: Prepared, sort: Query['sort']): Row[] {
    let sorted = prepared.sorted.get(sort);
    if (!sorted) {
      const compare = COMPARE[sort];
      sorted = [...prepared.rows].sort((a, b) => compare(a.view, b.view));
      prepared.sorted.set(sort, sorted);
    }
    return sorted;
  }
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
