// Import is all-or-nothing: every file is read and every cookie validated against a scratch jar with the
// real jar's rules before anything changes. With skipInvalid the valid part goes in; with dryRun nothing
// does. What readers carried with a loss, and what browsers would refuse later, come back as warnings.
import { CookieJar, MemoryCookieStore, type Cookie as ToughCookie } from 'tough-cookie';
import type { ImportFormat, ImportReport, Problem, StorageEntry } from '../../../shared/model';
import { CrumbsError } from '../../../shared/errors';
import { MAX_DB_BYTES } from '../formats/browser-db';
import type { ReadOptions } from '../formats/plugin';
import { placeOf, type ParsedEntry } from '../formats/types';
import { problemAt } from '../formats/limits';
import { codedFields, reasonFor, type Reason } from '../../../shared/problem-codes';
import { readOffThread } from '../formats/off-thread';
import type { Jar } from './jar';
import { JAR_RULES } from './rules';
import { siteOf } from './site';
import { checkCookieReason } from './validate';
import { admitter } from './admit';
import { checkOriginReason } from './storage-origin';

export interface ImportBytes {
  name: string;
  bytes: Uint8Array;
  /** What reading the file already noticed (e.g. a database's unusable -wal file). */
  notes?: Problem[];
}

/** Caps checked before a file is read: a larger file is refused with TOO_LARGE and nothing changes. */
export const IMPORT_LIMITS = {
  textBytes: 64 * 1024 * 1024,
  databaseBytes: MAX_DB_BYTES,
  cookies: 1_000_000,
} as const;

/** RFC 6265bis §5.5: browsers cap an expiry at 400 days from when the cookie is set. */
const MAX_EXPIRY_DAYS = 400;
/** Chrome keeps at most 180 cookies per site (eTLD+1) and evicts the rest. */
const MAX_PER_SITE = 180;

export interface ImportOptions extends Omit<ReadOptions, 'nowMs'> {
  format: ImportFormat;
  dryRun: boolean;
  skipInvalid: boolean;
  nowMs?: number;
  /** Raises the size caps (bytes), e.g. for a huge HAR. */
  maxBytes?: number;
  /** Told where a long import is; the import also yields to the event loop so the news can go out. */
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportProgress {
  phase: 'reading' | 'checking' | 'saving';
  file: string | null;
  done: number;
  total: number;
}

/** How many cookies are checked between two progress reports (and two yields to the event loop). */
const PROGRESS_EVERY = 5_000;
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function importFiles(
  jar: Jar,
  files: ImportBytes[],
  options: ImportOptions,
): Promise<ImportReport> {
  const nowMs = options.nowMs ?? Date.now();
  const scratch = new CookieJar(new MemoryCookieStore(), JAR_RULES);
  const rejected: Problem[] = [];
  const warnings: Problem[] = [];
  // Accepted cookies by domain, in file order; duplicates (same path and name) are resolved per domain below.
  const accepted = new Map<string, ToughCookie[]>();
  const storage = new Map<string, StorageEntry>();
  const report: ImportReport = {
    imported: 0,
    updated: 0,
    skipped: 0,
    rejected,
    warnings,
    storage: { imported: 0, updated: 0 },
    files: [],
    applied: false,
    dryRun: options.dryRun,
  };
  const readOptions: ReadOptions = { ...pickReadOptions(options), nowMs };
  const admit = admitter(scratch, new Date(nowMs));

  for (const file of files) checkSize(file, options.maxBytes);
  let total = 0;
  const progress = options.onProgress;
  const readings = await readOffThread(
    {
      files: files.map(({ name, bytes }) => ({ name, bytes })),
      format: options.format,
      options: readOptions,
    },
    (index) =>
      progress?.({ phase: 'reading', file: files[index]?.name ?? null, done: index, total: files.length }),
  );
  for (const [index, file] of files.entries()) {
    const notRead = reasonFor('NOT_READ');
    const reading = readings[index] ?? {
      readerId: null,
      reason: notRead.reason,
      coded: codedFields(notRead),
      result: null,
    };
    const result = reading.result;
    const fileReport: ImportReport['files'][number] = {
      name: file.name,
      format: reading.readerId,
      formatReason: reading.reason,
      cookies: result?.cookies.length ?? 0,
    };
    if (reading.coded) {
      fileReport.formatReasonCode = reading.coded.code;
      fileReport.formatReasonParams = reading.coded.params;
      if (reading.coded.parts) fileReport.formatReasonParts = reading.coded.parts;
    }
    report.files.push(fileReport);
    if (!result) {
      const why: Reason | string = reading.coded
        ? reasonFor('NOT_A_COOKIE_FILE', {}, [reading.coded])
        : `not a cookie file Crumbs can read: ${reading.reason}`;
      rejected.push(problemAt(file.name, file.name, why));
      continue;
    }
    total += result.cookies.length;
    if (total > IMPORT_LIMITS.cookies) {
      throw new CrumbsError(
        'TOO_LARGE',
        `More than ${IMPORT_LIMITS.cookies.toLocaleString('en')} cookies in one import.`,
      );
    }
    rejected.push(...result.problems);
    warnings.push(...(file.notes ?? []), ...result.notes);
    for (const { entry, where } of result.storage) {
      const bad = checkOriginReason(entry.origin);
      if (bad) rejected.push(problemAt(where, file.name, bad));
      else storage.set(`${entry.origin}\u0000${entry.name}`, entry);
    }
    let checked = 0;
    for (const entry of result.cookies) {
      const data = entry.cookie;
      if (progress && ++checked % PROGRESS_EVERY === 0) {
        progress({ phase: 'checking', file: file.name, done: checked, total: result.cookies.length });
        await yieldToLoop();
      }
      if (data.expires !== null && data.expires * 1000 <= nowMs) {
        report.skipped++;
        continue;
      }
      const problem = checkCookieReason(data);
      if (problem) {
        rejected.push(entryProblem(entry, file.name, problem));
        continue;
      }
      const admitted = admit(data);
      if ('error' in admitted) {
        rejected.push(entryProblem(entry, file.name, admitted.why));
        continue;
      }
      const domain = admitted.cookie.domain ?? '';
      const ofDomain = accepted.get(domain);
      if (ofDomain) ofDomain.push(admitted.cookie);
      else accepted.set(domain, [admitted.cookie]);
      if (data.expires !== null && data.expires * 1000 - nowMs > MAX_EXPIRY_DAYS * 86_400_000) {
        const days = Math.round((data.expires * 1000 - nowMs) / 86_400_000);
        warnings.push(
          entryProblem(entry, file.name, reasonFor('EXPIRY_OVER_LIMIT', { days, max: MAX_EXPIRY_DAYS })),
        );
      }
    }
  }

  const fileOrder = new Map(files.map((f, i) => [f.name, i]));
  rejected.sort((a, b) => orderOf(a, fileOrder) - orderOf(b, fileOrder));

  const toPut: ToughCookie[] = [];
  // Cookies this import adds (not replaces), per domain: for the per-site count below.
  const freshByDomain = new Map<string, number>();
  for (const [domain, cookies] of accepted) {
    let fresh = 0;
    for (const cookie of lastOfEach(cookies)) {
      const existing = jar.find({ domain, path: cookie.path ?? '/', name: cookie.key });
      if (existing) {
        report.updated++;
        // Browsers keep the first creation time when a cookie is replaced (RFC 6265 §5.3 step 11.3).
        cookie.creation = existing.creation;
      } else {
        report.imported++;
        fresh++;
      }
      toPut.push(cookie);
    }
    freshByDomain.set(domain, fresh);
  }
  for (const e of storage.values()) {
    if (jar.findStorage(e.origin, e.name)) report.storage.updated++;
    else report.storage.imported++;
  }
  warnings.push(...crowdedSites(jar, freshByDomain));

  const blocked = rejected.length > 0 && !options.skipInvalid;
  if (!options.dryRun && !blocked && (toPut.length > 0 || storage.size > 0)) {
    progress?.({ phase: 'saving', file: null, done: 0, total: toPut.length });
    await jar.put(toPut);
    jar.putStorage([...storage.values()]);
    report.applied = true;
  }
  return report;
}

function pickReadOptions(o: ImportOptions): Omit<ReadOptions, 'nowMs'> {
  const out: Omit<ReadOptions, 'nowMs'> = {};
  if (o.url !== undefined) out.url = o.url;
  if (o.site !== undefined) out.site = o.site;
  if (o.harRequestCookies !== undefined) out.harRequestCookies = o.harRequestCookies;
  if (o.keyringSecret !== undefined) out.keyringSecret = o.keyringSecret;
  return out;
}

function checkSize(file: ImportBytes, maxBytes: number | undefined): void {
  const head = new TextDecoder('latin1').decode(file.bytes.subarray(0, 16));
  const isDb = head === 'SQLite format 3\u0000' || head.startsWith('cook');
  const cap = maxBytes ?? (isDb ? IMPORT_LIMITS.databaseBytes : IMPORT_LIMITS.textBytes);
  if (file.bytes.length > cap) {
    throw new CrumbsError(
      'TOO_LARGE',
      `${file.name} is ${mib(file.bytes.length)} MiB; Crumbs reads ${isDb ? 'databases' : 'files like this'} up to ${mib(cap)} MiB (raise it with --max-size).`,
    );
  }
}

const mib = (n: number) => (n / 1048576).toFixed(n < 1048576 ? 2 : 0);

/** Sites that will hold more cookies than Chrome keeps for one site, once this import is in. */
function crowdedSites(jar: Jar, freshByDomain: Map<string, number>): Problem[] {
  // A site (eTLD+1) has at least two labels, so all its domains share their last two labels: counting by
  // those first gives, per group, an upper bound of each of its sites' counts. Only a group over the limit
  // needs the public-suffix lookup (siteOf) per domain — at 10,000 imported sites that lookup was the
  // slowest part of this check, and it is almost never needed.
  const stored = jar.countsByDomain();
  const groups = new Map<string, { total: number; fresh: string[] }>();
  const groupOf = (domain: string) => {
    const key = lastTwoLabels(domain);
    let group = groups.get(key);
    if (!group) {
      group = { total: 0, fresh: [] };
      groups.set(key, group);
    }
    return group;
  };
  for (const [domain, fresh] of freshByDomain) {
    const group = groupOf(domain);
    group.total += fresh;
    group.fresh.push(domain);
  }
  for (const [domain, n] of stored) {
    const group = groups.get(lastTwoLabels(domain));
    if (group) group.total += n;
  }
  const touched = new Set<string>();
  for (const group of groups.values()) {
    if (group.total > MAX_PER_SITE) for (const d of group.fresh) touched.add(siteOf(d));
  }
  if (touched.size === 0) return [];
  // Stored cookies per touched site (their other domains too), plus the ones this import adds.
  const counts = new Map<string, number>();
  for (const [domain, fresh] of freshByDomain) {
    const site = siteOf(domain);
    if (touched.has(site)) counts.set(site, (counts.get(site) ?? 0) + fresh);
  }
  for (const [domain, n] of stored) {
    if (!domainMayBeIn(domain, touched)) continue;
    const site = siteOf(domain);
    if (touched.has(site)) counts.set(site, (counts.get(site) ?? 0) + n);
  }
  return [...counts]
    .filter(([, n]) => n > MAX_PER_SITE)
    .map(([site, n]) => ({
      where: site,
      ...reasonFor('TOO_MANY_FOR_SITE', { count: n, max: MAX_PER_SITE }),
    }));
}

function lastTwoLabels(domain: string): string {
  const last = domain.lastIndexOf('.');
  if (last <= 0) return domain;
  const before = domain.lastIndexOf('.', last - 1);
  return before < 0 ? domain : domain.slice(before + 1);
}

/** Cheap pre-check before siteOf: a domain belongs to a site only if it is the site or ends with ".site". */
function domainMayBeIn(domain: string, sites: ReadonlySet<string>): boolean {
  return sites.has(lastTwoLabels(domain)) || [...sites].some((s) => domain === s || domain.endsWith(`.${s}`));
}

/** "cookies.txt line 12" / "export.json entry 3" → a sortable number: file first, then line or entry. */
/** A problem of one read entry: where it is, in words and in parts, and why, coded. */
function entryProblem(entry: ParsedEntry, file: string, why: Reason): Problem {
  return problemAt(placeOf(entry, file), file, why);
}

function orderOf(p: Problem, fileOrder: Map<string, number>): number {
  const match = /^(.*?) (?:line|entry|row|record) (\d+)/.exec(p.where);
  const file = fileOrder.get(match ? (match[1] ?? p.where) : p.where) ?? fileOrder.size;
  return file * 1e9 + (match ? Number(match[2]) : 0);
}

/** A domain's cookies with one per path and name: the last one, in the place of the first (as a Map keeps). */
function lastOfEach(cookies: ToughCookie[]): ToughCookie[] {
  if (cookies.length > 16) {
    // Many cookies for one domain: a map per path instead of comparing every pair.
    const byPath = new Map<string, Map<string, ToughCookie>>();
    for (const c of cookies) {
      const path = c.path ?? '/';
      let byName = byPath.get(path);
      if (!byName) {
        byName = new Map();
        byPath.set(path, byName);
      }
      byName.set(c.key, c);
    }
    const out: ToughCookie[] = [];
    for (const byName of byPath.values()) for (const c of byName.values()) out.push(c);
    return out;
  }
  const out: ToughCookie[] = [];
  next: for (const c of cookies) {
    for (let i = 0; i < out.length; i++) {
      const o = out[i];
      if (o && o.key === c.key && o.path === c.path) {
        out[i] = c;
        continue next;
      }
    }
    out.push(c);
  }
  return out;
}
