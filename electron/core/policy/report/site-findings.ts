// The findings of one site: each stored cookie and localStorage key against the site's policy, the classifier,
// CNIL's limits and the refused categories; then the declared entries nothing matched, and the cookie count.
import type { Category, Classification, Cookie, PolicyEntry, StorageEntry } from '../../../../shared/model';
import { compareLifetime } from '../../../../shared/duration';
import { formatDeclaredName, nameMatches } from '../../../../shared/name-pattern';
import { recordsConsent } from './consent-record';
import { declaredEntry, lifetimeSeconds } from './declared';
import {
  CHROME_COOKIES_PER_SITE,
  CONSENT_GUIDANCE_SECONDS,
  TRACKER_LIMIT_SECONDS,
  type ReportInput,
  type SiteInput,
} from './input';
import type { Draft } from './messages';

const TRACKERS: ReadonlySet<Category> = new Set(['statistics', 'marketing']);

interface Context {
  now: number;
  classify: ReportInput['classify'];
  /** Necessary items cannot be refused (FORMATS.md §3), so `necessary` is never in here. */
  refused: ReadonlySet<Category>;
  tolerance: { tolerance?: number };
}

export function contextOf(input: ReportInput): Context {
  return {
    now: input.now,
    classify: input.classify,
    refused: new Set((input.refused ?? []).filter((c) => c !== 'necessary')),
    tolerance: input.tolerance === undefined ? {} : { tolerance: input.tolerance },
  };
}

function draft(
  site: string,
  item: { name: string; type: 'cookie' | 'localStorage'; where: string },
  kind: Draft['kind'],
  severity: Draft['severity'],
  evidence: Omit<Draft['evidence'], 'where'>,
): Draft {
  return {
    site,
    cookie: item.name,
    type: item.type,
    kind,
    severity,
    evidence: { ...evidence, where: item.where },
  };
}

/**
 * Against the declared lifetime: longer than declared is medium, high past twice the declared seconds; persistent
 * though declared for the session is medium; null when within or shorter; 'unknown' when not comparable.
 */
function overDeclared(
  entry: PolicyEntry,
  actual: number | null,
  ctx: Context,
): Draft['severity'] | null | 'unknown' {
  const verdict = compareLifetime(entry.duration, actual, ctx.tolerance);
  if (verdict === 'unknown') return 'unknown';
  if (verdict === 'session-mismatch') return 'medium';
  if (verdict !== 'longer' || actual === null) return null;
  const declared = entry.duration.seconds;
  return declared !== null && actual > 2 * declared ? 'high' : 'medium';
}

/**
 * A consent record is held to its own declaration when the policy gives one that can be compared; otherwise to
 * CNIL: past 6 months (its guidance for keeping the choice) low, past 13 months (its limit for any tracker) medium.
 */
function consentKeptTooLong(entry: PolicyEntry | null, actual: number | null, ctx: Context) {
  const over = entry === null ? 'unknown' : overDeclared(entry, actual, ctx);
  if (entry !== null && over !== 'unknown') {
    return over === null ? null : { severity: over, declared: entry.duration, limit: entry.duration.seconds };
  }
  if (actual === null || actual <= CONSENT_GUIDANCE_SECONDS) return null;
  return actual > TRACKER_LIMIT_SECONDS
    ? { severity: 'medium' as const, declared: null, limit: TRACKER_LIMIT_SECONDS }
    : { severity: 'low' as const, declared: null, limit: CONSENT_GUIDANCE_SECONDS };
}

function cookieFindings(site: SiteInput, cookie: Cookie, ctx: Context): Draft[] {
  const item = { name: cookie.name, type: 'cookie' as const, where: cookie.domain };
  const classification = ctx.classify(site.site, { name: cookie.name, type: 'cookie' });
  const entry = site.policy === null ? null : declaredEntry(site.policy, item);
  const actualSeconds = lifetimeSeconds(cookie, ctx.now);
  const category = classification.category;
  const declared = entry?.duration ?? null;
  const out = storedFindings(site, item, entry, classification, ctx, actualSeconds);

  if (recordsConsent(cookie.name, entry, classification)) {
    // Replaces outlives-declared for the choice: one fact, one finding, under its most specific kind.
    const kept = consentKeptTooLong(entry, actualSeconds, ctx);
    if (kept !== null) {
      const evidence = { declared: kept.declared, actualSeconds, limit: kept.limit, category };
      out.push(draft(site.site, item, 'consent-kept-too-long', kept.severity, evidence));
    }
  } else if (entry !== null) {
    const over = overDeclared(entry, actualSeconds, ctx);
    if (over !== null && over !== 'unknown') {
      const evidence = { declared, actualSeconds, limit: entry.duration.seconds, category };
      out.push(draft(site.site, item, 'outlives-declared', over, evidence));
    }
  }

  if (TRACKERS.has(category) && actualSeconds !== null && actualSeconds > TRACKER_LIMIT_SECONDS) {
    const evidence = { declared, actualSeconds, limit: TRACKER_LIMIT_SECONDS, category };
    out.push(draft(site.site, item, 'tracking-over-13-months', 'high', evidence));
  }
  return out;
}

/** What cookies and localStorage keys share: declared or not, refused or not. */
function storedFindings(
  site: SiteInput,
  item: { name: string; type: 'cookie' | 'localStorage'; where: string },
  entry: PolicyEntry | null,
  classification: Classification,
  ctx: Context,
  actual: number | null,
): Draft[] {
  const out: Draft[] = [];
  const category = classification.category;
  const declared = entry?.duration ?? null;
  if (site.policy !== null && entry === null) {
    out.push(
      draft(site.site, item, 'undeclared', category === 'necessary' ? 'low' : 'medium', {
        declared,
        actualSeconds: actual,
        limit: null,
        category,
      }),
    );
  }
  if (ctx.refused.has(category)) {
    out.push(
      draft(site.site, item, 'refused-category', 'high', {
        declared,
        actualSeconds: actual,
        limit: null,
        category,
      }),
    );
  }
  return out;
}

function storageFindings(site: SiteInput, entry: StorageEntry, ctx: Context): Draft[] {
  const item = { name: entry.name, type: 'localStorage' as const, where: entry.origin };
  const classification = ctx.classify(site.site, { name: entry.name, type: 'localStorage' });
  const declared = site.policy === null ? null : declaredEntry(site.policy, item);
  return storedFindings(site, item, declared, classification, ctx, null);
}

/**
 * Declared entries nothing stored matches. Only for a type the jar holds at least one item of for the site: a site
 * never visited, or whose localStorage was never captured (cookies.txt imports carry none), tells nothing. Pixels
 * are never stored, so never reported.
 */
function notSeen(site: SiteInput): Draft[] {
  if (site.policy === null) return [];
  const stored = {
    cookie: site.cookies.map((c) => c.name),
    localStorage: site.storage.map((s) => s.name),
  };
  const out: Draft[] = [];
  for (const entry of site.policy.entries) {
    if (entry.type === 'pixel') continue;
    const names = stored[entry.type];
    if (names.length === 0 || names.some((name) => nameMatches(entry, name))) continue;
    out.push({
      site: site.site,
      cookie: formatDeclaredName(entry),
      type: entry.type,
      kind: 'not-seen',
      severity: 'info',
      evidence: {
        declared: entry.duration,
        actualSeconds: null,
        limit: null,
        category: entry.category,
        where: null,
      },
    });
  }
  return out;
}

export function siteFindings(site: SiteInput, shared: Context): Draft[] {
  // A profile can decide per site: the site's own refusals replace the report-wide ones.
  const ctx: Context = site.refused
    ? { ...shared, refused: new Set(site.refused.filter((c) => c !== 'necessary')) }
    : shared;
  const out: Draft[] = [];
  for (const cookie of site.cookies) out.push(...cookieFindings(site, cookie, ctx));
  for (const entry of site.storage) out.push(...storageFindings(site, entry, ctx));
  out.push(...notSeen(site));
  if (site.cookies.length > CHROME_COOKIES_PER_SITE) {
    out.push({
      site: site.site,
      cookie: null,
      type: null,
      kind: 'too-many-cookies',
      severity: 'medium',
      // limit carries the site's cookie count: the 180 it is compared with is fixed by the kind.
      evidence: {
        declared: null,
        actualSeconds: null,
        limit: site.cookies.length,
        category: null,
        where: null,
      },
    });
  }
  return out;
}
