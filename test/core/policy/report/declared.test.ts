// Findings about what the policy declares: undeclared, not-seen, outlives-declared — when they fire and when not.
import { describe, expect, it } from 'vitest';
import { cookie, DAY, entry, policy, stored } from './jar';
import { run, SITE, summary } from './run';

describe('undeclared', () => {
  const declared = policy(SITE, [
    entry('session', 'Session', 'necessary'),
    entry('_ga_*', '2 years', 'statistics'),
  ]);

  it('is medium for a stored cookie no entry declares, low when the catalog says it is necessary', () => {
    const findings = run(declared, [
      cookie(SITE, 'session', null),
      cookie(SITE, '_fbp', 90 * DAY),
      cookie(SITE, 'csrftoken', 30 * DAY),
    ]);
    expect(summary(findings)).toEqual([
      ['medium', 'undeclared', '_fbp'],
      ['low', 'undeclared', 'csrftoken'],
      ['info', 'not-seen', '_ga_*'],
    ]);
    expect(findings[0]!.evidence).toEqual({
      declared: null,
      actualSeconds: 90 * DAY,
      limit: null,
      category: 'marketing',
      where: SITE,
    });
  });

  it('is not raised for a name a prefix entry covers: _ga_* declares _ga_ABC123, not _ga', () => {
    const findings = run(declared, [
      cookie(SITE, 'session', null),
      cookie(SITE, '_ga_ABC123', 30 * DAY),
      cookie(SITE, '_ga', 30 * DAY),
    ]);
    expect(summary(findings)).toEqual([['medium', 'undeclared', '_ga']]);
  });

  it('compares localStorage keys with localStorage entries only, where is the origin', () => {
    const withKey = policy(SITE, [
      entry('session', 'Session', 'necessary'),
      entry('prefs', 'Persistent', 'preferences', { type: 'localStorage' }),
      entry('theme', '1 year', 'preferences'),
    ]);
    const findings = run(withKey, [cookie(SITE, 'session', null), cookie(SITE, 'theme', 300 * DAY)], {
      storage: [stored(SITE, 'prefs'), stored(SITE, 'theme')],
    });
    expect(findings.map((f) => [f.kind, f.cookie, f.type, f.evidence.where])).toEqual([
      ['undeclared', 'theme', 'localStorage', 'https://www.example.fr'],
    ]);
    expect(findings[0]!.message).toBe(
      'The cookie policy of example.fr does not declare localStorage key "theme".',
    );
  });

  it('is never raised for a site without a policy', () => {
    const findings = run(null, [cookie(SITE, '_fbp', 90 * DAY), cookie(SITE, 'x', 400 * DAY)], {
      storage: [stored(SITE, 'y')],
    });
    expect(findings).toEqual([]);
  });
});

describe('not-seen', () => {
  const declared = policy(SITE, [
    entry('a', '1 day', 'necessary'),
    entry('_ga_*', '2 years', 'statistics'),
    entry('state', 'Persistent', 'preferences', { type: 'localStorage' }),
    entry('px', 'Session', 'marketing', { type: 'pixel' }),
  ]);

  it('reports declared cookie entries nothing stored matches, as info, under their declared name', () => {
    const findings = run(declared, [cookie(SITE, 'a', DAY)]);
    expect(summary(findings)).toEqual([['info', 'not-seen', '_ga_*']]);
    expect(findings[0]!.type).toBe('cookie');
    expect(findings[0]!.evidence).toMatchObject({ category: 'statistics', actualSeconds: null, where: null });
    expect(findings[0]!.evidence.declared?.raw).toBe('2 years');
  });

  it('says nothing of a site the jar holds nothing of', () => {
    expect(run(declared, [])).toEqual([]);
  });

  it('reports a localStorage entry only once the site has some localStorage, and never a pixel', () => {
    const onlyCookies = run(declared, [cookie(SITE, 'a', DAY), cookie(SITE, '_ga_X', DAY)]);
    expect(onlyCookies).toEqual([]);
    const withStorage = run(declared, [cookie(SITE, 'a', DAY), cookie(SITE, '_ga_X', DAY)], {
      storage: [stored(SITE, 'other')],
    });
    expect(summary(withStorage)).toEqual([
      ['medium', 'undeclared', 'other'],
      ['info', 'not-seen', 'state'],
    ]);
  });
});

describe('outlives-declared', () => {
  const declared = policy(SITE, [
    entry('month', '30 days', 'preferences'),
    entry('session_only', 'Session', 'necessary'),
    entry('upto', 'Up to 1 month', 'preferences'),
    entry('vague', 'Token randomly reset', 'necessary'),
  ]);
  const allowed = 33 * DAY; // 30 days + 10% (the default tolerance)

  it('fires past the tolerance, not at it', () => {
    expect(run(declared, [cookie(SITE, 'month', allowed)]).filter((f) => f.kind !== 'not-seen')).toEqual([]);
    const findings = run(declared, [cookie(SITE, 'month', allowed + 1)]).filter((f) => f.kind !== 'not-seen');
    expect(summary(findings)).toEqual([['medium', 'outlives-declared', 'month']]);
    expect(findings[0]!.evidence).toMatchObject({
      actualSeconds: allowed + 1,
      limit: 30 * DAY,
      category: 'preferences',
    });
    expect(findings[0]!.message).toBe('Cookie "month" lives 1 month 3 days, longer than declared (30 days).');
  });

  it('is high past twice the declared lifetime, medium at exactly twice', () => {
    const twice = run(declared, [cookie(SITE, 'month', 60 * DAY)]).find(
      (f) => f.kind === 'outlives-declared',
    );
    expect(twice?.severity).toBe('medium');
    const more = run(declared, [cookie(SITE, 'month', 60 * DAY + 1)]).find(
      (f) => f.kind === 'outlives-declared',
    );
    expect(more?.severity).toBe('high');
    expect(more?.message).toBe(
      'Cookie "month" lives 2 months, longer than declared (30 days), more than twice as long.',
    );
  });

  it('takes the tolerance given: wider lets 40 days pass, zero keeps the one-day floor', () => {
    const at = (lifetime: number, tolerance: number) =>
      run(declared, [cookie(SITE, 'month', lifetime)], { tolerance }).filter(
        (f) => f.kind === 'outlives-declared',
      );
    expect(at(40 * DAY, 0.5)).toEqual([]);
    expect(at(40 * DAY, 0.1)).toHaveLength(1);
    expect(at(31 * DAY, 0)).toEqual([]);
    expect(at(31 * DAY + 1, 0)).toHaveLength(1);
  });

  it('is medium for a persistent cookie declared for the session, silent for a session one', () => {
    const persistent = run(declared, [cookie(SITE, 'session_only', 2 * DAY)]).filter(
      (f) => f.kind !== 'not-seen',
    );
    expect(summary(persistent)).toEqual([['medium', 'outlives-declared', 'session_only']]);
    expect(persistent[0]!.message).toBe(
      'Cookie "session_only" is declared for the browser session but lives 2 days.',
    );
    expect(run(declared, [cookie(SITE, 'session_only', null)]).filter((f) => f.kind !== 'not-seen')).toEqual(
      [],
    );
  });

  it('measures against the best-ranked entry: exact _ga over the broader prefix _g* declared first', () => {
    const both = policy(SITE, [entry('_g*', '2 years', 'statistics'), entry('_ga', '1 day', 'necessary')]);
    const findings = run(both, [cookie(SITE, '_ga', 30 * DAY), cookie(SITE, '_gid', 30 * DAY)]);
    expect(summary(findings)).toEqual([['high', 'outlives-declared', '_ga']]);
    expect(findings[0]!.evidence).toMatchObject({ limit: DAY, category: 'necessary' });
  });

  it('has nothing to compare for an upper bound kept for the session or a duration it cannot read', () => {
    const findings = run(declared, [cookie(SITE, 'upto', null), cookie(SITE, 'vague', 5 * 365 * DAY)]);
    expect(findings.filter((f) => f.kind !== 'not-seen')).toEqual([]);
  });
});
