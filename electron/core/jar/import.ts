// Import is all-or-nothing: every file is parsed and every cookie validated against a scratch jar with
// the real jar's rules before anything changes. With skipInvalid the valid part goes in; with dryRun
// nothing does.
import { CookieJar, MemoryCookieStore, type Cookie as ToughCookie } from 'tough-cookie';
import type { ImportFormat, ImportReport, Problem } from '../../../shared/model';
import { parseFile } from '../formats';
import { fromCookieData } from './convert';
import { JAR_RULES, type Jar } from './jar';
import { checkCookie, originUrl } from './validate';

export interface ImportFile {
  name: string;
  content: string;
}

export interface ImportOptions {
  format: ImportFormat;
  dryRun: boolean;
  skipInvalid: boolean;
  nowMs?: number;
}

export async function importFiles(
  jar: Jar,
  files: ImportFile[],
  options: ImportOptions,
): Promise<ImportReport> {
  const nowMs = options.nowMs ?? Date.now();
  const scratch = new CookieJar(new MemoryCookieStore(), JAR_RULES);
  const rejected: Problem[] = [];
  const accepted = new Map<string, ToughCookie>();
  const report: ImportReport = {
    imported: 0,
    updated: 0,
    skipped: 0,
    rejected,
    files: [],
    applied: false,
    dryRun: options.dryRun,
  };

  for (const file of files) {
    const { result, detection } = parseFile(file.content, file.name, options.format);
    report.files.push({
      name: file.name,
      format: result?.format ?? null,
      formatReason: detection.reason,
      cookies: result?.entries.length ?? 0,
    });
    if (!result) {
      rejected.push({ where: file.name, reason: `not a cookie file Crumbs can read: ${detection.reason}` });
      continue;
    }
    rejected.push(...result.problems);
    for (const { cookie: data, where } of result.entries) {
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
        const stored = await scratch.setCookie(fromCookieData(data), originUrl(data), {
          ignoreError: false,
          http: true,
          now: new Date(nowMs),
        });
        if (!stored) throw new Error('the cookie was refused');
        accepted.set(keyOf(stored), stored);
      } catch (err) {
        rejected.push({ where, reason: reasonOf(err) });
      }
    }
  }

  // Parse problems were gathered per file before the validation ones: give them back in reading order.
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

  const blocked = rejected.length > 0 && !options.skipInvalid;
  if (!options.dryRun && !blocked && toPut.length > 0) {
    await jar.put(toPut);
    report.applied = true;
  }
  return report;
}

/** "cookies.txt line 12" / "export.json entry 3" → a sortable number: file first, then line or entry. */
function orderOf(p: Problem, fileOrder: Map<string, number>): number {
  const match = /^(.*) (?:line|entry) (\d+)/.exec(p.where);
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
