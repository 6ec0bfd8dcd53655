// What the three browser-database readers share: turning a stored host into the jar's domain, and the
// result they fill (problems and notes capped like every other reader's).
import { reasonFor, type Reason } from '../../../../shared/problem-codes';
import { CrumbsError } from '../../../../shared/errors';
import type { CookieData } from '../../../../shared/model';
import { ProblemList, quote } from '../limits';
import type { ReadResult } from '../plugin';
import type { ParsedEntry } from '../types';

/** A file that cannot be read at all (not a row of it): IMPORT_UNREADABLE naming the file. */
export function unreadable(name: string, why: string): CrumbsError {
  return new CrumbsError('IMPORT_UNREADABLE', `${name} cannot be read: ${why}.`, { where: name });
}

export type HostReading = { domain: string; hostOnly: boolean } | Reason;

/** A leading dot marks a Domain= cookie (sent to subdomains); without it the cookie is host-only. */
export function readHost(host: string | null): HostReading {
  if (host === null) return reasonFor('DB_HOST_MISSING');
  const dotted = host.startsWith('.');
  const domain = (dotted ? host.slice(1) : host).toLowerCase();
  if (domain === '') return reasonFor('DB_HOST_EMPTY');
  if (domain.startsWith('.')) return reasonFor('DB_HOST_DOTS', { value: quote(host) });
  if (/[\s;,]/.test(domain)) return reasonFor('DB_HOST_SEPARATORS', { value: quote(host) });
  return { domain, hostOnly: !dotted };
}

export function readPath(path: string | null): { path: string } | Reason {
  if (path === null || path === '') return { path: '/' };
  if (!path.startsWith('/')) return reasonFor('DB_PATH_NO_SLASH', { value: quote(path) });
  return { path };
}

/** Collects what one file gives, in reading order. */
export class Collected {
  readonly cookies: ParsedEntry[] = [];
  private readonly problems: ProblemList;
  private readonly notes: ProblemList;

  constructor(source: string) {
    this.problems = new ProblemList(source);
    this.notes = new ProblemList(source);
  }

  cookie(cookie: CookieData, where: string): void {
    this.cookies.push({ cookie, where });
  }

  problem(where: string, reason: string | Reason): void {
    this.problems.add(where, reason);
  }

  note(where: string, reason: string | Reason): void {
    this.notes.add(where, reason);
  }

  result(): ReadResult {
    return { cookies: this.cookies, storage: [], problems: this.problems.list(), notes: this.notes.list() };
  }
}
