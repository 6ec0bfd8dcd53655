import { describe, expect, it } from 'vitest';
import { readPolicy } from '../../../../electron/core/policy/io';
import { byName, categories, DAY, MONTH, readFixture, utf8, YEAR } from './helpers';

describe('readPolicy: a French policy page', () => {
  const result = readFixture('politique-cookies-fr.html');

  it('detects HTML and takes language, site and publisher from the page', () => {
    expect(result.format).toBe('html');
    expect(result.reason).toContain('HTML');
    expect(result.language).toBe('fr-FR');
    expect(result.site).toBe('kerlouan-sur-mer.fr');
    expect(result.publisher).toBe('Mairie de Kerlouan-sur-Mer');
    expect(result.intro).toBe(
      'La Mairie de Kerlouan-sur-Mer utilise des cookies sur ce site : voici lesquels, et pourquoi.',
    );
    expect(result.tables).toBe(2);
  });

  it('reads both tables with categories from their headings', () => {
    expect(result.entries.map((e) => e.name)).toEqual([
      'PHPSESSID',
      'tarteaucitron',
      'csrf_token',
      '_pk_id.',
      '_pk_ses.',
      '_pk_cvar.',
    ]);
    expect(categories(result)).toMatchObject({
      PHPSESSID: 'necessary',
      tarteaucitron: 'necessary',
      csrf_token: 'necessary',
      '_pk_id.': 'statistics',
      '_pk_ses.': 'statistics',
    });
    expect(result.sections).toEqual([
      {
        category: 'necessary',
        heading: 'Cookies strictement nécessaires',
        description:
          'Ces cookies sont indispensables au fonctionnement du site. Ils ne peuvent pas être désactivés.',
      },
      {
        category: 'statistics',
        heading: 'Cookies de mesure d\u2019audience',
        description:
          'Ces traceurs, exemptés de consentement, produisent des statistiques anonymes de fréquentation.',
      },
    ]);
  });

  it('decodes entities, drops link markup and stray tabs, joins <br> lines', () => {
    const phpsessid = byName(result, 'PHPSESSID');
    expect(phpsessid.supplier).toBe('Mairie de Kerlouan-sur-Mer');
    expect(phpsessid.function).toBe('Maintient la session de l\u2019usager d\u2019une page à l\u2019autre.');
    expect(phpsessid.duration).toMatchObject({ raw: 'Session', kind: 'session', seconds: null });
    const tac = byName(result, 'tarteaucitron');
    expect(tac.supplier).toBe('tarteaucitron.js');
    expect(tac.duration).toMatchObject({ raw: '12 mois', kind: 'fixed', seconds: 12 * MONTH });
    expect(tac.function).toBe('Conserve vos choix de consentement & les applique à chaque visite.');
    expect(byName(result, 'csrf_token').duration).toMatchObject({ raw: '1 an', seconds: YEAR });
  });

  it('reads wildcard names as prefixes and a cell of two names as two entries', () => {
    expect(byName(result, '_pk_id.')).toMatchObject({ match: 'prefix', supplier: 'Matomo' });
    expect(byName(result, '_pk_id.').duration).toMatchObject({ raw: '13 mois', seconds: 13 * MONTH });
    const ses = byName(result, '_pk_ses.');
    const cvar = byName(result, '_pk_cvar.');
    expect(cvar.function).toBe(ses.function);
    expect(cvar.duration).toMatchObject({ raw: '30 minutes', kind: 'fixed', seconds: 1800 });
  });

  it('keeps the row with a missing cell and says which column is missing', () => {
    expect(byName(result, 'csrf_token').function).toBe('');
    expect(result.problems).toEqual([
      {
        where: 'politique-cookies-fr.html table 1 row 4',
        reason: "3 cells where the header has 4, no 'Finalité'",
      },
    ]);
  });
});

describe('readPolicy: a Cookiebot declaration', () => {
  const result = readFixture('cookiebot-declaration.html');

  it('reads each CookieDeclarationTable under its type header', () => {
    expect(result.tables).toBe(4);
    expect(result.problems).toEqual([]);
    expect(categories(result)).toEqual({
      CookieConsent: 'necessary',
      __cf_bm: 'necessary',
      _ga: 'statistics',
      // Cookiebot's `_ga_#` stands for any container id: a prefix.
      _ga_: 'statistics',
      _gid: 'statistics',
      collect: 'statistics',
      IDE: 'marketing',
      lastExternalReferrer: 'marketing',
      bike_fit_draft: 'unclassified',
    });
    expect(result.sections.map((s) => [s.category, s.heading])).toEqual([
      ['necessary', 'Necessary'],
      ['statistics', 'Statistics'],
      ['marketing', 'Marketing'],
      ['unclassified', 'Unclassified'],
    ]);
    expect(result.sections[1]!.description).toMatch(/^Statistic cookies help website owners/);
  });

  it('maps Cookiebot types and keeps the provider without its "learn more" link', () => {
    expect(byName(result, 'CookieConsent')).toMatchObject({ supplier: 'Cookiebot', type: 'cookie' });
    expect(byName(result, 'collect')).toMatchObject({ type: 'pixel', supplier: 'Google' });
    expect(byName(result, 'collect').duration.kind).toBe('session');
    expect(byName(result, 'lastExternalReferrer')).toMatchObject({
      type: 'localStorage',
      supplier: 'Meta Platforms, Inc.',
    });
    expect(byName(result, 'IDE').duration).toMatchObject({ raw: '400 days', seconds: 400 * DAY });
  });

  it('takes the intro that speaks of cookies, not the consent status line, and the site from <title>', () => {
    expect(result.intro).toMatch(/^This website uses cookies\./);
    expect(result.site).toBe('nordic-bikes.example');
    expect(result.language).toBe('en');
  });
});

describe('readPolicy: a GOV.UK-style page', () => {
  const result = readFixture('govuk-style.html');

  it('reads Name / Purpose / Expires tables under h2 and h3 headings', () => {
    expect(result.tables).toBe(4);
    expect(result.problems).toEqual([]);
    expect(categories(result)).toEqual({
      cookies_policy: 'necessary',
      session: 'necessary',
      _ga: 'statistics',
      _ga_: 'statistics',
      _gid: 'statistics',
      VISITOR_INFO1_LIVE: 'marketing',
      language: 'preferences',
    });
    // No supplier column: the supplier stays empty rather than guessed.
    expect(result.entries.every((e) => e.supplier === '')).toBe(true);
  });

  it('uses the h2 as the section when an h3 below it names the same category', () => {
    expect(result.sections.map((s) => s.heading)).toEqual([
      'Essential cookies',
      'Cookies that measure website use',
      'Cookies that help with our communications and marketing',
      'Cookies that remember your settings',
    ]);
    expect(result.sections[1]!.description).toBe(
      'With your permission, we use Google Analytics to collect data about how you use this service.',
    );
  });

  it('reads placeholders, browser-session wording and curly apostrophes', () => {
    expect(byName(result, '_ga_')).toMatchObject({ match: 'prefix' });
    expect(byName(result, 'session').duration).toMatchObject({
      raw: 'When you close your browser',
      kind: 'session',
    });
    expect(byName(result, '_gid').duration).toMatchObject({ kind: 'fixed', seconds: DAY });
    expect(byName(result, '_ga').function).toBe(
      'Checks if you\u2019ve visited the service before. This helps us count how many people visit',
    );
  });

  it('takes the site from og:url', () => {
    expect(result.site).toBe('fishing-licence.service.gov.uk');
  });
});

describe('readPolicy: a page with broken rows', () => {
  const result = readFixture('broken-rows.html');

  it('imports what is sound', () => {
    expect(result.entries.map((e) => [e.name, e.supplier, e.category])).toEqual([
      ['_ga', 'Google', 'statistics'],
      // The supplier cell spans two rows.
      ['_gid', 'Google', 'statistics'],
      ['_hjSessionUser_', 'Hotjar', 'statistics'],
      // A label row "Marketing cookies" inside the table switches the category.
      ['_fbp', 'Meta', 'marketing'],
      // Inside <details>, under its <summary>.
      ['li_gc', 'LinkedIn', 'social'],
      // A table nested in a layout table; its Category column beats the heading above.
      ['lang_pref', '', 'preferences'],
      ['ad_id', '', 'marketing'],
    ]);
    expect(byName(result, '_hjSessionUser_').duration).toEqual({
      raw: '',
      kind: 'unknown',
      seconds: null,
      condition: null,
    });
    expect(result.tables).toBe(3);
  });

  it('reports each row it could not carry whole, with table, row and reason', () => {
    expect(result.problems).toEqual([
      {
        where: 'broken-rows.html table 2',
        reason: 'names cookies but has no duration column: not read as a cookie table',
      },
      {
        where: 'broken-rows.html table 3 row 5',
        reason: "no cookie name in column 'Cookie': row not imported",
      },
      {
        where: 'broken-rows.html table 3 row 6',
        reason: "only one cell ('Orphan text without columns'): not a cookie row",
      },
      {
        where: 'broken-rows.html table 3 row 7',
        reason: "2 cells where the header has 4, no 'Expiry', 'Purpose': imported with an unknown duration",
      },
    ]);
  });

  it('ignores the opening-hours table without a word', () => {
    expect(result.problems.some((p) => p.where === 'broken-rows.html table 1')).toBe(false);
    expect(result.entries.some((e) => e.name === 'Monday')).toBe(false);
  });
});

describe('readPolicy: an old page laid out in a table', () => {
  it('walks the layout table like the page: headings inside its cells give the categories', () => {
    const html =
      '<html><body><table width="100%"><tr><td class="menu"><a href="/">Home</a></td><td>' +
      '<h1>Cookies</h1><p>Old Shop uses cookies.</p>' +
      '<h2>Marketing cookies</h2><p>They follow you.</p>' +
      '<table border="1"><tr><th>Name</th><th>Duration</th></tr><tr><td>ad</td><td>1 year</td></tr></table>' +
      '<h2>Statistics</h2>' +
      '<table border="1"><tr><th>Name</th><th>Duration</th></tr><tr><td>stat</td><td>1 day</td></tr></table>' +
      '</td></tr></table></body></html>';
    const result = readPolicy(utf8(html), 'old.html');
    expect(categories(result)).toEqual({ ad: 'marketing', stat: 'statistics' });
    expect(result.sections[0]).toEqual({
      category: 'marketing',
      heading: 'Marketing cookies',
      description: 'They follow you.',
    });
    expect(result.intro).toBe('Old Shop uses cookies.');
    expect(result.publisher).toBe('Old Shop');
    expect(result.problems).toEqual([]);
  });

  it('does not take bold data cells of a cookie table for headings', () => {
    const html =
      '<p><strong>Marketing cookies</strong></p>' +
      '<table><tr><th>Name</th><th>Duration</th></tr><tr><td><p><strong>ad1</strong></p></td><td>1 day</td></tr></table>' +
      '<table><tr><th>Name</th><th>Duration</th></tr><tr><td>ad2</td><td>1 day</td></tr></table>';
    expect(categories(readPolicy(utf8(html), 'bold.html'))).toEqual({ ad1: 'marketing', ad2: 'marketing' });
  });
});
