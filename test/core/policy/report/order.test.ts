// Findings come out in one order — severity, site, cookie — whatever order the jar and the sites were given in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport, reportToJson, type SiteInput } from '../../../../electron/core/policy/report';
import { SEVERITIES } from '../../../../shared/model';
import { classifierFor, cookie, DAY, entry, NOW, policy } from './jar';

const A = 'alpha.fr';
const B = 'beta.com';
const policies = [policy(A, [entry('sid', 'Session', 'necessary'), entry('lang', '1 month', 'preferences')])];
const classify = classifierFor(policies);

const sites: SiteInput[] = [
  {
    site: B,
    policy: null,
    cookies: [
      ...Array.from({ length: 181 }, (_, i) => cookie(B, `n${String(i).padStart(3, '0')}`, DAY)),
      cookie(B, '_ga', 800 * DAY),
      cookie(B, 'CookieConsent', 200 * DAY),
    ],
    storage: [],
  },
  {
    site: A,
    policy: policies[0]!,
    cookies: [
      cookie(A, 'lang', 400 * DAY),
      cookie(A, '_fbp', 90 * DAY),
      cookie(A, 'sid', 2 * DAY),
      cookie(A, 'csrftoken', 30 * DAY),
      cookie(A, '_ga', 800 * DAY, { domain: 'www.alpha.fr' }),
      cookie(A, '_ga', 800 * DAY),
    ],
    storage: [],
  },
];

describe('finding order', () => {
  const report = buildReport({ now: NOW, sites, classify, refused: ['marketing'] });

  it('sorts by severity, then site, then cookie with site-wide findings first, then kind and domain', () => {
    expect(report.sites).toEqual([A, B]);
    expect(report.findings.map((f) => [f.severity, f.site, f.cookie, f.kind, f.evidence.where])).toEqual([
      ['high', A, '_fbp', 'refused-category', A],
      ['high', A, '_ga', 'tracking-over-13-months', A],
      ['high', A, '_ga', 'tracking-over-13-months', 'www.alpha.fr'],
      ['high', A, 'lang', 'outlives-declared', A],
      ['high', B, '_ga', 'tracking-over-13-months', B],
      ['medium', A, '_fbp', 'undeclared', A],
      ['medium', A, '_ga', 'undeclared', A],
      ['medium', A, '_ga', 'undeclared', 'www.alpha.fr'],
      ['medium', A, 'sid', 'outlives-declared', A],
      ['medium', B, null, 'too-many-cookies', null],
      ['low', A, 'csrftoken', 'undeclared', A],
      ['low', B, 'CookieConsent', 'consent-kept-too-long', B],
    ]);
    const ranks = report.findings.map((f) => SEVERITIES.indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
  });

  it('gives the same report for any order of sites and cookies', () => {
    const expected = reportToJson(report);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(sites, { minLength: 2, maxLength: 2 }),
        fc.infiniteStream(fc.nat()),
        (shuffled, seeds) => {
          const reordered = shuffled.map((s) => ({
            ...s,
            cookies: s.cookies
              .map((c) => ({ c, k: seeds.next().value }))
              .sort((x, y) => x.k - y.k)
              .map((x) => x.c),
          }));
          const again = buildReport({ now: NOW, sites: reordered, classify, refused: ['marketing'] });
          expect(reportToJson(again)).toBe(expected);
        },
      ),
      { numRuns: 30 },
    );
  });
});
