// Findings about limits that hold whatever the policy says: trackers past 13 months, consent kept too long,
// refused categories, too many cookies — when they fire and when not.
import { describe, expect, it } from 'vitest';
import { cookie, DAY, entry, MONTH, NOW, policy, stored } from './jar';
import { run, SITE, summary } from './run';

describe('tracking-over-13-months', () => {
  const thirteen = 13 * MONTH;

  it('fires for statistics and marketing cookies past 13 months of 2629746 s, not at 13 months', () => {
    expect(run(null, [cookie(SITE, '_ga', thirteen), cookie(SITE, '_fbp', thirteen)])).toEqual([]);
    const findings = run(null, [cookie(SITE, '_ga', thirteen + 1), cookie(SITE, '_fbp', thirteen + 1)]);
    expect(summary(findings)).toEqual([
      ['high', 'tracking-over-13-months', '_fbp'],
      ['high', 'tracking-over-13-months', '_ga'],
    ]);
    expect(findings[0]!.evidence).toMatchObject({ limit: thirteen, category: 'marketing' });
  });

  it('leaves necessary, unclassified and session cookies alone', () => {
    const findings = run(null, [
      cookie(SITE, 'csrftoken', 3 * 365 * DAY),
      cookie(SITE, 'mystery', 3 * 365 * DAY),
      cookie(SITE, '_ga', null),
    ]);
    expect(findings).toEqual([]);
  });

  it('counts the remaining lifetime of a cookie with no creation time', () => {
    const remaining = (months: number) =>
      cookie(SITE, '_ga', null, { creation: null, expires: NOW + months * MONTH });
    expect(run(null, [remaining(12)])).toEqual([]);
    expect(summary(run(null, [remaining(14)]))).toEqual([['high', 'tracking-over-13-months', '_ga']]);
  });

  it('uses the category the policy gives, over the catalog', () => {
    const own = policy(SITE, [entry('_ga', '2 years', 'necessary')]);
    expect(run(own, [cookie(SITE, '_ga', 2 * 365 * DAY)])).toEqual([]);
  });
});

describe('consent-kept-too-long', () => {
  it('holds an undeclared consent cookie to CNIL: past 6 months low, past 13 months medium', () => {
    expect(run(null, [cookie(SITE, 'CookieConsent', 6 * MONTH)])).toEqual([]);
    const seven = run(null, [cookie(SITE, 'CookieConsent', 6 * MONTH + 1)]);
    expect(summary(seven)).toEqual([['low', 'consent-kept-too-long', 'CookieConsent']]);
    expect(seven[0]!.evidence).toMatchObject({ declared: null, limit: 6 * MONTH, category: 'necessary' });
    expect(seven[0]!.message).toBe(
      'Cookie "CookieConsent" keeps the consent choice for 6 months, longer than the 6 months CNIL recommends.',
    );
    expect(run(null, [cookie(SITE, 'CookieConsent', 13 * MONTH)])[0]?.severity).toBe('low');
    const fourteen = run(null, [cookie(SITE, 'CookieConsent', 13 * MONTH + 1)]);
    expect(summary(fourteen)).toEqual([['medium', 'consent-kept-too-long', 'CookieConsent']]);
    expect(fourteen[0]!.evidence.limit).toBe(13 * MONTH);
  });

  it('holds a declared consent cookie to its declaration instead of outlives-declared', () => {
    const own = policy(SITE, [
      entry('choice', '3 months', 'necessary', { function: "Stores the visitor's consent to each purpose." }),
      entry('pref', '3 months', 'preferences', { function: 'Mémorise vos choix en matière de cookies.' }),
      entry('cmp_state', '3 months', 'necessary', { supplier: 'Didomi' }),
    ]);
    const within = run(own, [
      cookie(SITE, 'choice', 90 * DAY),
      cookie(SITE, 'pref', 90 * DAY),
      cookie(SITE, 'cmp_state', 90 * DAY),
    ]);
    expect(within).toEqual([]);
    const findings = run(own, [
      cookie(SITE, 'choice', 365 * DAY),
      cookie(SITE, 'pref', 120 * DAY),
      cookie(SITE, 'cmp_state', 120 * DAY),
    ]);
    expect(summary(findings)).toEqual([
      ['high', 'consent-kept-too-long', 'choice'],
      ['medium', 'consent-kept-too-long', 'cmp_state'],
      ['medium', 'consent-kept-too-long', 'pref'],
    ]);
    expect(findings[0]!.evidence).toMatchObject({ limit: 3 * MONTH, actualSeconds: 365 * DAY });
    expect(findings[0]!.evidence.declared?.raw).toBe('3 months');
  });

  it('does not take a tracker that mentions consent for a consent record', () => {
    const own = policy(SITE, [
      entry('stats', '1 month', 'statistics', { function: 'Audience measurement, set only after consent.' }),
    ]);
    expect(summary(run(own, [cookie(SITE, 'stats', 90 * DAY)]))).toEqual([
      ['high', 'outlives-declared', 'stats'],
    ]);
  });

  it('never fires for session consent cookies or localStorage', () => {
    expect(
      run(null, [cookie(SITE, 'CookieConsent', null)], { storage: [stored(SITE, 'uc_settings')] }),
    ).toEqual([]);
  });
});

describe('refused-category', () => {
  const own = policy(SITE, [
    entry('ads', 'Persistent', 'marketing', { type: 'localStorage' }),
    entry('csrftoken', '1 year', 'necessary'),
  ]);

  it('is high for each stored cookie or key in a refused category', () => {
    const findings = run(own, [cookie(SITE, '_ga', 30 * DAY), cookie(SITE, 'csrftoken', 30 * DAY)], {
      storage: [stored(SITE, 'ads')],
      refused: ['statistics', 'marketing'],
    });
    expect(summary(findings)).toEqual([
      ['high', 'refused-category', '_ga'],
      ['high', 'refused-category', 'ads'],
      ['medium', 'undeclared', '_ga'],
    ]);
    expect(findings[0]!.message).toBe(
      'Cookie "_ga" is stored although it is classified as statistics, a category the active consent profile refuses.',
    );
  });

  it('is never raised without a profile, nor for necessary cookies, which cannot be refused', () => {
    expect(run(null, [cookie(SITE, '_ga', 30 * DAY)])).toEqual([]);
    expect(
      run(own, [cookie(SITE, 'csrftoken', 30 * DAY)], { refused: ['necessary', 'preferences'] }),
    ).toEqual([]);
  });
});

describe('too-many-cookies', () => {
  const jar = (count: number) =>
    Array.from({ length: count }, (_, i) => cookie(SITE, `c${i}`, DAY, { path: `/${i}` }));

  it('fires at 181 cookies for one site, not at 180', () => {
    expect(run(null, jar(180))).toEqual([]);
    const findings = run(null, jar(181));
    expect(findings).toEqual([
      {
        site: SITE,
        cookie: null,
        type: null,
        kind: 'too-many-cookies',
        severity: 'medium',
        message:
          'example.fr has 181 cookies, more than the 180 Chrome keeps for one site: past that it evicts the oldest.',
        evidence: { declared: null, actualSeconds: null, limit: 181, category: null, where: null },
      },
    ]);
  });
});
