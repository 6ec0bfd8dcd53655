// The seed: dashboard.paris declares four necessary cookies; a jar shaped like a real visit to it.
import { describe, expect, it } from 'vitest';
import { dashboardParis } from '../../../../electron/core/policy/builtin/dashboard-paris';
import { buildReport } from '../../../../electron/core/policy/report';
import type { Cookie } from '../../../../shared/model';
import { classifierFor, cookie, DAY, NOW } from './jar';

const SITE = 'dashboard.paris';

function report(cookies: Cookie[]) {
  return buildReport({
    now: NOW,
    sites: [{ site: SITE, policy: dashboardParis, cookies, storage: [] }],
    classify: classifierFor([dashboardParis]),
  });
}

const visit = [
  cookie(SITE, 'csrftoken', 52 * 7 * DAY), // Django's default, under "Up to 12 months"
  cookie(SITE, 'sessionid', 14 * DAY), // "2 weeks by default"
  cookie(SITE, 'django_language', 365 * DAY), // "12 months"
];

describe('the dashboard.paris report', () => {
  it('finds the undeclared _ga, its two years as a tracker, and the consent cookie not stored', () => {
    const { findings } = report([...visit, cookie(SITE, '_ga', 730 * DAY)]);
    expect(findings.map((f) => [f.severity, f.kind, f.cookie])).toEqual([
      ['high', 'tracking-over-13-months', '_ga'],
      ['medium', 'undeclared', '_ga'],
      ['info', 'not-seen', 'cookies_preferences'],
    ]);
    const undeclared = findings.find((f) => f.kind === 'undeclared')!;
    expect(undeclared.evidence).toMatchObject({
      category: 'statistics',
      actualSeconds: 730 * DAY,
      where: SITE,
    });
    expect(undeclared.message).toBe(
      'The cookie policy of dashboard.paris does not declare cookie "_ga", classified as statistics.',
    );
    expect(findings[0]!.message).toBe(
      'Cookie "_ga" is a statistics tracker that lives 2 years, beyond the 13 months CNIL allows for trackers.',
    );
    expect(findings[2]!.message).toBe(
      'The cookie policy of dashboard.paris declares cookie "cookies_preferences" (6 months), but none is stored.',
    );
  });

  it('has nothing to say when every declared cookie is stored within its declaration and no tracker is', () => {
    const { findings, sites, generatedAt } = report([
      ...visit,
      cookie(SITE, 'cookies_preferences', 182 * DAY),
    ]);
    expect(findings).toEqual([]);
    expect(sites).toEqual([SITE]);
    expect(generatedAt).toBe('2027-01-15T08:00:00.000Z');
  });

  it('keeps _ga a single undeclared finding when it lives 13 months, not more', () => {
    const { findings } = report([...visit, cookie(SITE, '_ga', 13 * 2_629_746)]);
    expect(findings.filter((f) => f.kind !== 'not-seen').map((f) => f.kind)).toEqual(['undeclared']);
  });

  it('holds the consent cookie to the 6 months the policy states for the choice', () => {
    const { findings } = report([...visit, cookie(SITE, 'cookies_preferences', 365 * DAY)]);
    expect(findings.map((f) => [f.severity, f.kind, f.cookie])).toEqual([
      ['medium', 'consent-kept-too-long', 'cookies_preferences'],
    ]);
    expect(findings[0]!.evidence.declared?.raw).toBe('6 months');
    expect(findings[0]!.message).toBe(
      'Cookie "cookies_preferences" keeps the consent choice for 1 year, longer than the policy states (6 months).',
    );
  });
});
