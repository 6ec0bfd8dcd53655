import { describe, expect, it } from 'vitest';
import { dashboardParis } from '../../../../electron/core/policy/builtin/dashboard-paris';
import { readPolicy } from '../../../../electron/core/policy/io';
import { byName, categories, DAY, fixtureBytes, MONTH, readFixture, utf8, YEAR } from './helpers';

describe('readPolicy: the seed page as text (tab-separated table)', () => {
  const result = readFixture('dashboard-paris.txt');

  it('imports its four cookies with the page’s wording kept exactly', () => {
    expect(result.format).toBe('text');
    expect(result.problems).toEqual([]);
    expect(result.tables).toBe(1);
    expect(
      result.entries.map((e) => [
        e.supplier,
        e.name,
        e.duration.raw,
        e.duration.kind,
        e.function,
        e.category,
      ]),
    ).toEqual([
      [
        'Opendatasoft',
        'sessionid',
        '2 weeks by default',
        'default',
        "Authentication: validates the user's identity for each request.",
        'necessary',
      ],
      [
        'Opendatasoft',
        'csrftoken',
        'Token randomly reset between two requests or two sessions. Up to 12 months',
        'maximum',
        'Security: protects against CSRF attacks by generating a unique token for each request or session.',
        'necessary',
      ],
      [
        'Opendatasoft',
        'cookies_preferences',
        '6 months',
        'fixed',
        "Cookie preferences: saves the user's choices regarding the use of cookies.",
        'necessary',
      ],
      [
        'Opendatasoft',
        'django_language',
        '12 months',
        'fixed',
        "Language: remembers the user's selected language for navigation. This cookie is activated only if the portal is available in multiple languages.",
        'necessary',
      ],
    ]);
    expect(byName(result, 'sessionid').duration.seconds).toBe(14 * DAY);
    expect(byName(result, 'csrftoken').duration.seconds).toBe(12 * MONTH);
  });

  it('takes the section, intro, site and publisher from the prose', () => {
    expect(result.sections).toEqual(dashboardParis.sections);
    expect(result.intro).toBe(dashboardParis.intro);
    expect(result.site).toBe('dashboard.paris');
    expect(result.publisher).toBe('Opendatasoft');
    expect(result.language).toBe('en');
  });

  it('gives the same entries as the built-in policy of the seed site', () => {
    expect(result.entries).toEqual(dashboardParis.entries);
  });

  it('lets the caller name the site', () => {
    expect(readFixture('dashboard-paris.txt', { site: 'https://www.opendatasoft.com/x' }).site).toBe(
      'opendatasoft.com',
    );
  });
});

describe('readPolicy: Markdown', () => {
  const result = readFixture('policy.md');

  it('reads pipe tables under # headings, a Category column beating the heading', () => {
    expect(result.format).toBe('markdown');
    expect(result.tables).toBe(2);
    expect(categories(result)).toEqual({
      session: 'necessary',
      '__Host-csrf': 'necessary',
      _ga: 'statistics',
      _gid: 'statistics',
      _ga_: 'statistics',
      ad_pref: 'marketing',
    });
    expect(result.sections.map((s) => [s.category, s.heading, s.description])).toEqual([
      [
        'necessary',
        'Strictly necessary cookies',
        'These cookies keep the site working and cannot be switched off.',
      ],
      ['statistics', 'Statistics', 'We count visits with Google Analytics.'],
    ]);
  });

  it('strips emphasis, code ticks and links; keeps escaped pipes; splits "_ga, _gid"', () => {
    expect(byName(result, 'session').function).toBe('Keeps you signed in.');
    expect(byName(result, '__Host-csrf').function).toBe('Protects forms (CSRF).');
    expect(byName(result, '_ga').function).toBe('Distinguishes users | counts visits');
    expect(byName(result, '_gid').duration).toMatchObject({ raw: '2 years', seconds: 2 * YEAR });
    expect(byName(result, '_ga_').match).toBe('prefix');
    expect(byName(result, 'ad_pref').function).toBe('Remembers your ad choices');
  });

  it('ignores tables in code fences, reports the nameless row, finds site and publisher', () => {
    expect(result.problems).toEqual([
      { where: 'policy.md table 2 row 5', reason: "no cookie name in column 'Name': row not imported" },
    ]);
    expect(result.site).toBe('example.org');
    expect(result.publisher).toBe('Example Org');
  });
});

describe('readPolicy: CSV', () => {
  const expectedNames = ['PHPSESSID', '_pk_id.', '_pk_ses.', 'ytsession', 'pref_theme', 'pixel_fb'];

  it('reads a French semicolon file with BOM, quotes and a quoted line break', () => {
    const result = readFixture('politique-cookies.csv');
    expect(result.format).toBe('csv');
    expect(result.language).toBe('fr');
    expect(result.entries.map((e) => e.name)).toEqual(expectedNames);
    expect(categories(result)).toEqual({
      PHPSESSID: 'necessary',
      '_pk_id.': 'statistics',
      '_pk_ses.': 'statistics',
      ytsession: 'social',
      pref_theme: 'preferences',
      pixel_fb: 'marketing',
    });
    expect(byName(result, '_pk_id.').function).toBe("Mesure d'audience; identifie le visiteur");
    expect(byName(result, '_pk_ses.').function).toBe('Regroupe les pages vues pendant une visite');
    expect(byName(result, 'ytsession').duration.kind).toBe('session');
    expect(byName(result, 'pref_theme')).toMatchObject({ type: 'localStorage' });
    expect(byName(result, 'pixel_fb')).toMatchObject({ type: 'pixel' });
  });

  it('names problems by line, counting the quoted line break', () => {
    expect(readFixture('politique-cookies.csv').problems).toEqual([
      {
        where: 'politique-cookies.csv line 6',
        reason: "no cookie name in column 'Nom du cookie': row not imported",
      },
      {
        where: 'politique-cookies.csv line 9',
        reason: "no duration in column 'Durée de conservation': imported with an unknown duration",
      },
    ]);
  });

  it('reads the same file saved by Excel as Windows-1252', () => {
    const text = new TextDecoder().decode(fixtureBytes('politique-cookies.csv')).replace(/^\uFEFF/, '');
    const latin1 = Uint8Array.from(text, (ch) => ch.charCodeAt(0));
    const result = readPolicy(latin1, 'export.csv');
    expect(result.entries.map((e) => e.name)).toEqual(expectedNames);
    expect(byName(result, 'pref_theme').function).toBe('Thème choisi');
  });

  it('detects comma CSV by its header line without the extension', () => {
    const result = readPolicy(
      utf8('Cookie,Provider,Expiry,Purpose\n_ga,Google,2 years,"Analytics, users"\n'),
      'policy',
    );
    expect(result.format).toBe('csv');
    expect(result.entries).toMatchObject([{ name: '_ga', supplier: 'Google', function: 'Analytics, users' }]);
  });
});

describe('readPolicy: JSON', () => {
  const result = readFixture('policy-entries.json');

  it('reads {site, publisher, entries} with keys in any header vocabulary', () => {
    expect(result.format).toBe('json');
    expect(result.site).toBe('exemple-boutique.fr');
    expect(result.publisher).toBe('Exemple Boutique');
    expect(result.entries.map((e) => [e.name, e.supplier, e.type, e.category, e.duration.raw])).toEqual([
      ['cart_id', 'Exemple Boutique', 'cookie', 'necessary', '30 days'],
      ['_gcl_au', 'Google', 'cookie', 'marketing', '90 days'],
      ['theme', '', 'localStorage', 'preferences', '1 an'],
      ['no_duration_here', '', 'cookie', 'statistics', ''],
      ['_hjSession_', 'Hotjar', 'cookie', 'statistics', '1 year'],
      ['_hjSessionUser_', 'Hotjar', 'cookie', 'statistics', '1 year'],
    ]);
    expect(byName(result, '_hjSession_').match).toBe('prefix');
  });

  it('reports entries it cannot read', () => {
    expect(result.problems).toEqual([
      { where: 'policy-entries.json entry 4', reason: 'no cookie name: row not imported' },
      { where: 'policy-entries.json entry 5', reason: 'not an object: entry not imported' },
      { where: 'policy-entries.json entry 6', reason: 'no duration: imported with an unknown duration' },
    ]);
  });

  it('reads a bare array of entries', () => {
    const bare = readPolicy(
      utf8('[{"Cookie": "_ga", "Expiration": "2 ans", "Finalité": "Mesure"}]'),
      'x.json',
    );
    expect(bare.entries).toMatchObject([{ name: '_ga', function: 'Mesure', category: 'unclassified' }]);
    expect(bare.entries[0]!.duration.seconds).toBe(2 * YEAR);
    expect(bare.site).toBeNull();
  });

  it('says so when a .json file is not JSON or holds no entries', () => {
    expect(readPolicy(utf8('{"site": "a.fr", "entries": [1,'), 'broken.json').problems).toEqual([
      { where: 'broken.json', reason: 'not valid JSON' },
    ]);
    expect(readPolicy(utf8('{"hello": 1}'), 'other.json').problems).toEqual([
      { where: 'other.json', reason: 'JSON without a list of cookie entries' },
    ]);
  });
});
