// What the open-source consent platforms (Klaro, Orejime, tarteaucitron, vanilla-cookieconsent, Osano
// cookieconsent) have in common: one cookie (or localStorage entry) holding the choice, most often JSON that is
// percent-encoded once, and a choice per site service or category that maps onto the canonical categories.
// Decoding is lenient (stores and exports re-encode values); encoding reproduces the library byte for byte.
import { z } from 'zod';
import { CONSENT_CATEGORIES } from '../../../../shared/category';
import type { Choices, ConsentReading, ConsentTarget } from '../../../../shared/consent';
import type { CookieData, StorageEntry } from '../../../../shared/model';
import type { StoredState } from '../adapter';

export { gpcSignal as gpcExtras, isHttps } from './gpc';

export const Canonical = z.enum(CONSENT_CATEGORIES);
export type Canonical = z.infer<typeof Canonical>;

/** A site's service, purpose or category id; JSON keys, so anything printable but kept short. */
export const SiteId = z.string().min(1).max(200);

/** Site ids → canonical categories. A function default: zod hands a value default out as is, shared. */
export function idMap(defaults: Record<string, Canonical>) {
  return z.record(SiteId, Canonical).default(() => ({ ...defaults }));
}

/** RFC 6265 token characters: what document.cookie accepts as a name without surprises. */
export const CookieName = z
  .string()
  .regex(/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/, "a cookie name is made of letters, digits and !#$%&'*+-.^_`|~");

/** The cookie's Domain attribute: null = the platform's default scope; a leading dot is accepted and dropped. */
export const DomainOption = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^\.?[a-z0-9-]+(\.[a-z0-9-]+)*$/, 'a domain name such as example.com')
  .transform((d) => d.replace(/^\./, ''))
  .nullable()
  .default(null);

export const PathOption = z.string().startsWith('/').max(1000).default('/');

export function daysOption(days: number) {
  return z.number().positive().max(3650).default(days);
}

export const SameSiteOption = z.enum(['strict', 'lax', 'none']);

// ---------------------------------------------------------------------------------------------- values

/** Percent-decodes runs of %XX, leaving malformed sequences as they are (js-cookie's reader does the same). */
export function percentDecode(raw: string): string {
  return raw.replace(/(%[\dA-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

export interface ParsedJson {
  value: unknown;
  /** How many times the value had been percent-decoded before it parsed (0 = stored as raw JSON). */
  decodes: number;
}

/**
 * JSON stored in a cookie, read the way a person would: raw, percent-encoded once (what the libraries write),
 * or twice (exports that encode again), with RFC 6265 double quotes around it. null when no reading parses.
 */
export function parseJsonValue(raw: string): ParsedJson | null {
  let text = raw.trim();
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1);
  for (let decodes = 0; decodes <= 3; decodes++) {
    try {
      return { value: JSON.parse(text) as unknown, decodes };
    } catch {
      const next = percentDecode(text);
      if (next === text) return null;
      text = next;
    }
  }
  return null;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What Klaro and vanilla-cookieconsent write: `encodeURIComponent(JSON.stringify(value))`. */
export function uriJson(value: unknown): string {
  return encodeURIComponent(JSON.stringify(value));
}

/**
 * js-cookie 3's converter.write (Orejime bundles it): encodeURIComponent, then the characters a cookie value
 * may hold put back — `{`, `}`, `:`, `[`, `]` stay readable, `"` and `,` stay %22 and %2C.
 */
export function jsCookieValue(text: string): string {
  return encodeURIComponent(text).replace(/%(2[346BF]|3[AC-F]|40|5[BDE]|60|7[BCD])/g, decodeURIComponent);
}

// ---------------------------------------------------------------------------------------------- lookup

export interface Found<T> {
  item: T;
  source: string;
}

/**
 * The cookie a page's script reads when several share the name: document.cookie lists longer paths first,
 * and a library takes the first. The others are named in a note.
 */
export function findCookie(state: StoredState, name: string, notes: string[]): Found<CookieData> | null {
  const all = state.cookies.filter((c) => c.name === name);
  if (all.length === 0) return null;
  const sorted = [...all].sort((a, b) => b.path.length - a.path.length || b.domain.length - a.domain.length);
  const item = sorted[0]!;
  if (all.length > 1) {
    notes.push(
      `${all.length} cookies named ${name}: read the one for ${scopeOf(item)} (the page sees it first)`,
    );
  }
  return { item, source: `cookie ${name} (${scopeOf(item)})` };
}

export function findStorage(state: StoredState, name: string, notes: string[]): Found<StorageEntry> | null {
  const all = state.storage.filter((e) => e.name === name);
  if (all.length === 0) return null;
  const item = all[0]!;
  if (all.length > 1)
    notes.push(`localStorage ${name} is kept by ${all.length} origins: read ${item.origin}`);
  return { item, source: `localStorage ${name} (${item.origin})` };
}

function scopeOf(c: CookieData): string {
  return `${c.hostOnly ? '' : '.'}${c.domain}${c.path}`;
}

// ---------------------------------------------------------------------------------------------- writing

export interface CookieSpec {
  name: string;
  value: string;
  /** null: host-only for the target host, as a script that sets no Domain attribute gets. */
  domain: string | null;
  path: string;
  expires: number | null;
  secure: boolean;
  sameSite: CookieData['sameSite'];
}

export function consentCookie(target: ConsentTarget, spec: CookieSpec): CookieData {
  return {
    name: spec.name,
    value: spec.value,
    domain: spec.domain ?? target.host,
    hostOnly: spec.domain === null,
    path: spec.path,
    expires: spec.expires,
    httpOnly: false,
    secure: spec.secure,
    sameSite: spec.sameSite,
  };
}

/**
 * An explicit Domain must cover the page's host, or the browser refuses the cookie and the platform, finding
 * nothing, shows its banner again: said in the state's notes rather than thrown, so a tester can still look.
 */
export function scopeNotes(target: ConsentTarget, domain: string | null): string[] {
  if (domain === null) return [];
  const host = target.host.toLowerCase();
  const d = domain.toLowerCase().replace(/^\./, '');
  if (host === d || host.endsWith(`.${d}`)) return [];
  return [`domain ${d} does not cover ${host}: the browser refuses the cookie and the banner comes back`];
}

/** `new Date(now + days × 864e5).toUTCString()` as the libraries write it: whole seconds, rounded down. */
export function expiresAfter(now: Date, days: number): number {
  return Math.floor((now.getTime() + days * 86_400_000) / 1000);
}

export function isoFromSeconds(seconds: number | null): string | null {
  if (seconds === null || !Number.isFinite(seconds)) return null;
  const d = new Date(seconds * 1000);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/**
 * When the choice was written, for platforms that store no date: the cookie's expiry minus the lifetime the
 * library gives it. Only as good as the `expiresDays` option, hence the note.
 */
export function decidedFromExpiry(cookie: CookieData | null, days: number, notes: string[]): string | null {
  if (cookie === null || cookie.expires === null) return null;
  notes.push(`decision date inferred from the cookie's expiry minus ${days} days (the platform stores none)`);
  return isoFromSeconds(cookie.expires - days * 86_400);
}

// ---------------------------------------------------------------------------------------------- choices

/** The choice a canonical category gets; necessary is always granted. */
export function choiceOf(choices: Choices, category: Canonical): boolean {
  return category === 'necessary' ? true : choices[category];
}

/** One boolean per configured id, in the options' order (the order the site lists them in). */
export function idChoices(choices: Choices, ids: Record<string, Canonical>): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const [id, category] of Object.entries(ids)) out[id] = choiceOf(choices, category);
  return out;
}

export type Categories = ConsentReading['categories'];

export function unknownCategories(): Categories {
  return { necessary: null, preferences: null, statistics: null, marketing: null, social: null };
}

/**
 * Per-service (or per-site-category) decisions folded into the canonical categories: a category is true when
 * every id mapped to it was accepted, false when every one was refused, null when nothing maps to it or the
 * ids disagree (said in a note). Necessary needs no consent: always true.
 */
export function foldCategories(
  decided: Record<string, boolean>,
  ids: Record<string, Canonical>,
  notes: string[],
): Categories {
  const out = unknownCategories();
  out.necessary = true;
  const unmapped: string[] = [];
  const byCategory = new Map<Canonical, [string, boolean][]>();
  for (const [id, value] of Object.entries(decided)) {
    const category = ids[id];
    if (category === undefined) {
      unmapped.push(id);
      continue;
    }
    const list = byCategory.get(category) ?? [];
    list.push([id, value]);
    byCategory.set(category, list);
  }
  for (const [category, list] of byCategory) {
    if (category === 'necessary') {
      const refused = list.filter(([, v]) => !v).map(([id]) => id);
      if (refused.length > 0) notes.push(`necessary ${refused.join(', ')} stored as refused`);
      continue;
    }
    const accepted = list.filter(([, v]) => v).map(([id]) => id);
    if (accepted.length === list.length) out[category] = true;
    else if (accepted.length === 0) out[category] = false;
    else {
      const refused = list.filter(([, v]) => !v).map(([id]) => id);
      notes.push(
        `${category} partly accepted: ${accepted.join(', ')} accepted; ${refused.join(', ')} refused`,
      );
    }
  }
  if (unmapped.length > 0) {
    notes.push(`no category known for ${unmapped.join(', ')} (add them to the options to classify them)`);
  }
  return out;
}

/** Configured ids the stored value lacks: the rule that brings Klaro's, Orejime's and tarteaucitron's banner back. */
export function missingIds(decided: Record<string, unknown>, ids: Record<string, Canonical>): string[] {
  return Object.keys(ids).filter((id) => !Object.prototype.hasOwnProperty.call(decided, id));
}
