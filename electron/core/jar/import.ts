// Import is all-or-nothing: every file is read and every cookie validated against a scratch jar with the
// real jar's rules before anything changes. With skipInvalid the valid part goes in; with dryRun nothing
// does. What readers carried with a loss, and what browsers would refuse later, come back as warnings.
import { CookieJar, MemoryCookieStore, type Cookie as ToughCookie } from 'tough-cookie';
import type { ImportFormat, ImportReport, Problem, StorageEntry } from '../../../shared/model';
import { CrumbsError } from '../../../shared/errors';
import { makeInput } from '../formats/input';
import { MAX_DB_BYTES } from '../formats/browser-db';
import type { ReadOptions } from '../formats/plugin';
import { readInput } from '../formats/registry';
import { fromCookieData } from './convert';
import type { Jar } from './jar';
import { JAR_RULES } from './rules';
import { siteOf } from './site';
import { checkCookie, originUrl } from './validate';
import { checkOrigin } from './storage-origin';

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
}

export async function importFiles(
  jar: Jar,
  files: ImportBytes[],
  options: ImportOptions,
): Promise<ImportReport> {
  const nowMs = options.nowMs ?? Date.now();
  const scratch = new CookieJar(new MemoryCookieStore(), JAR_RULES);
  const rejected: Problem[] = [];
  const warnings: Problem[] = [];
  const accepted = new Map<string, ToughCookie>();
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
  const now = new Date(nowMs);

  for (const file of files) checkSize(file, options.maxBytes);
  let total = 0;
  for (const file of files) {
    const reading = await readInput(makeInput(file.name, file.bytes), options.format, readOptions);
    const result = reading.result;
    report.files.push({
      name: file.name,
      format: reading.reader?.id ?? null,
      formatReason: reading.reason,
      cookies: result?.cookies.length ?? 0,
    });
    if (!result) {
      rejected.push({ where: file.name, reason: `not a cookie file Crumbs can read: ${reading.reason}` });
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
      const bad = checkOrigin(entry.origin);
      if (bad) rejected.push({ where, reason: bad });
      else storage.set(`${entry.origin}\u0000${entry.name}`, entry);
    }
    for (const { cookie: data, where } of result.cookies) {
      if (data.expires !== null && data.expires * 1000 <= nowMs) {
        report.skipped++;
        continue;
      }
      const problem = checkCookie(data);
      if (problem) {
        rejected.push({ where, reason: problem });
        continue;
      }
      try {
        // The memory store is synchronous: the sync API skips a promise per cookie (a third of the time at 100k).
        const stored = scratch.setCookieSync(fromCookieData(data), originUrl(data), {
          ignoreError: false,
          http: true,
          now,
        });
        if (!stored) throw new Error('the cookie was refused');
        accepted.set(keyOf(stored), stored);
        if (data.expires !== null && data.expires * 1000 - nowMs > MAX_EXPIRY_DAYS * 86_400_000) {
          const days = Math.round((data.expires * 1000 - nowMs) / 86_400_000);
          warnings.push({
            where,
            reason: `expires in ${days} days; browsers keep a cookie at most ${MAX_EXPIRY_DAYS} days (RFC 6265bis)`,
          });
        }
      } catch (err) {
        rejected.push({ where, reason: reasonOf(err) });
      }
    }
  }

  const fileOrder = new Map(files.map((f, i) => [f.name, i]));
  rejected.sort((a, b) => orderOf(a, fileOrder) - orderOf(b, fileOrder));

  const toPut: ToughCookie[] = [];
  for (const cookie of accepted.values()) {
    const existing = jar.find({ domain: cookie.domain ?? '', path: cookie.path ?? '/', name: cookie.key });
    if (existing) {
      report.updated++;
      // Browsers keep the first creation time when a cookie is replaced (RFC 6265 §5.3 step 11.3).
      cookie.creation = existing.creation;
    } else {
      report.imported++;
    }
    toPut.push(cookie);
  }
  for (const e of storage.values()) {
    if (jar.findStorage(e.origin, e.name)) report.storage.updated++;
    else report.storage.imported++;
  }
  warnings.push(...crowdedSites(jar, toPut));

  const blocked = rejected.length > 0 && !options.skipInvalid;
  if (!options.dryRun && !blocked && (toPut.length > 0 || storage.size > 0)) {
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
function crowdedSites(jar: Jar, incoming: ToughCookie[]): Problem[] {
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  for (const c of [...incoming, ...jar.live()]) {
    const key = keyOf(c);
    if (seen.has(key)) continue;
    seen.add(key);
    const site = siteOf(c.domain ?? '');
    counts.set(site, (counts.get(site) ?? 0) + 1);
  }
  const incomingSites = new Set(incoming.map((c) => siteOf(c.domain ?? '')));
  return [...counts]
    .filter(([site, n]) => n > MAX_PER_SITE && incomingSites.has(site))
    .map(([site, n]) => ({
      where: site,
      reason: `${n} cookies for one site; Chrome keeps at most ${MAX_PER_SITE} and evicts the oldest`,
    }));
}

/** "cookies.txt line 12" / "export.json entry 3" → a sortable number: file first, then line or entry. */
function orderOf(p: Problem, fileOrder: Map<string, number>): number {
  const match = /^(.*?) (?:line|entry|row|record) (\d+)/.exec(p.where);
  const file = fileOrder.get(match ? (match[1] ?? p.where) : p.where) ?? fileOrder.size;
  return file * 1e9 + (match ? Number(match[2]) : 0);
}

function keyOf(c: ToughCookie): string {
  return `${c.domain}\u0000${c.path}\u0000${c.key}`;
}

function reasonOf(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  // tough-cookie's wording, made to say what the user can do about it.
  if (/public suffix/i.test(message))
    return 'its domain is a public suffix (like "com" or "co.uk"): no site may set it';
  if (/__Host prefix/i.test(message)) return 'a __Host- cookie must be Secure, host-only and have path "/"';
  if (/__Secure prefix/i.test(message)) return 'a __Secure- cookie must be Secure';
  if (/domain/i.test(message)) return `its domain does not match the host it claims: ${message}`;
  return message;
}
