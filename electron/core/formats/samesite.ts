// The one SameSite mapping for cookie files. Spellings differ by tool and are the most common reason an
// import fails (FORMATS.md §1), so reading accepts every spelling a tool writes, case-insensitively, and
// writing uses the extension API's spelling, which Cookie-Editor and EditThisCookie read back.
import { reasonFor, type Reason } from '../../../shared/problem-codes';
import type { SameSite } from '../../../shared/model';

/** chrome.cookies' spelling (Cookie-Editor, EditThisCookie, Get cookies.txt LOCALLY). */
export type ExtensionSameSite = 'no_restriction' | 'lax' | 'strict' | 'unspecified';

const SPELLINGS: ReadonlyMap<string, SameSite> = new Map<string, SameSite>([
  // chrome.cookies
  ['no_restriction', 'none'],
  ['lax', 'lax'],
  ['strict', 'strict'],
  ['unspecified', null],
  // Playwright / Chrome DevTools protocol / tough-cookie ("None", "Lax", "Strict" arrive lowercased)
  ['none', 'none'],
  // Some exporters write the JSON null as a string, or leave the field empty.
  ['null', null],
  ['', null],
]);

export type SameSiteReading = { ok: true; sameSite: SameSite } | ({ ok: false } & Reason);

/** Reads a sameSite field from any cookie export; absent or null means unspecified. */
export function parseSameSite(raw: unknown): SameSiteReading {
  if (raw === undefined || raw === null) return { ok: true, sameSite: null };
  if (typeof raw !== 'string') {
    return { ok: false, ...reasonFor('SAMESITE_TYPE', { type: typeof raw }) };
  }
  const key = raw.trim().toLowerCase();
  if (SPELLINGS.has(key)) return { ok: true, sameSite: SPELLINGS.get(key) ?? null };
  const shown = raw.length > 30 ? `${raw.slice(0, 30)}…` : raw;
  return { ok: false, ...reasonFor('SAMESITE_VALUE', { value: shown }) };
}

export function toExtensionSameSite(sameSite: SameSite): ExtensionSameSite {
  switch (sameSite) {
    case 'none':
      return 'no_restriction';
    case 'lax':
      return 'lax';
    case 'strict':
      return 'strict';
    case null:
      return 'unspecified';
  }
}
