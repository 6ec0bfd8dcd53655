// The fake's findings for one site, as sites.get carries them: undeclared, not seen, outliving the declared
// duration (compareLifetime, the core's rule) and trackers past CNIL's 13 months. Consent records, refused
// categories and the cookie count are the report's (fake-report.ts), not needed on the site page's tests.
import { compareLifetime, formatDuration, formatSeconds } from '../../shared/duration';
import type { Finding } from '../../shared/model';
import { formatDeclaredName, nameMatches } from '../../shared/name-pattern';
import { declaredEntry, fakeClassify, type FakePolicyState } from './fake-policy';

const MONTH = 2_629_746;
const TRACKER_LIMIT = 13 * MONTH;

export function fakeSiteFindings(state: FakePolicyState, site: string, nowMs = Date.now()): Finding[] {
  const now = Math.floor(nowMs / 1000);
  const policy = state.policies.find((p) => p.site === site);
  const cookies = state.cookies.filter((c) => c.site === site);
  const out: Finding[] = [];
  const finding = (f: Omit<Finding, 'site' | 'type'> & { type?: Finding['type'] }): void => {
    out.push({ site, type: 'cookie', ...f });
  };
  for (const cookie of cookies) {
    const entry = declaredEntry(policy, { name: cookie.name, type: 'cookie' });
    const { category } = fakeClassify(state.policies, site, { name: cookie.name, type: 'cookie' });
    const actual = cookie.expires === null ? null : Math.max(0, cookie.expires - (cookie.creation ?? now));
    const lives = actual === null ? 'the browser session' : formatSeconds(actual, 'en');
    const evidence = { declared: entry?.duration ?? null, actualSeconds: actual, limit: null, category };
    const base = { cookie: cookie.name, evidence: { ...evidence, where: cookie.domain } };
    if (policy && !entry) {
      finding({
        ...base,
        kind: 'undeclared',
        severity: category === 'necessary' ? 'low' : 'medium',
        message: `The cookie policy of ${site} does not declare cookie "${cookie.name}".`,
      });
    }
    if (entry) {
      const verdict = compareLifetime(entry.duration, actual);
      if (verdict === 'longer' || verdict === 'session-mismatch') {
        const declared = entry.duration.seconds;
        finding({
          ...base,
          evidence: { ...base.evidence, limit: declared },
          kind: 'outlives-declared',
          severity: declared !== null && actual !== null && actual > 2 * declared ? 'high' : 'medium',
          message: `Cookie "${cookie.name}" lives ${lives}, longer than declared (${formatDuration(entry.duration, 'en')}).`,
        });
      }
    }
    if (
      (category === 'statistics' || category === 'marketing') &&
      actual !== null &&
      actual > TRACKER_LIMIT
    ) {
      finding({
        ...base,
        evidence: { ...base.evidence, limit: TRACKER_LIMIT },
        kind: 'tracking-over-13-months',
        severity: 'high',
        message: `Cookie "${cookie.name}" is a ${category} tracker that lives ${lives}, beyond the 13 months CNIL allows for trackers.`,
      });
    }
  }
  for (const entry of policy?.entries ?? []) {
    if (entry.type !== 'cookie' || cookies.length === 0 || cookies.some((c) => nameMatches(entry, c.name)))
      continue;
    finding({
      cookie: formatDeclaredName(entry),
      kind: 'not-seen',
      severity: 'info',
      message: `The cookie policy of ${site} declares cookie "${formatDeclaredName(entry)}", but none is stored.`,
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
