import fc from 'fast-check';
import { parse as parseHtml } from 'parse5';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../../shared/category';
import { parseDuration } from '../../../../shared/duration';
import { parseDeclaredName } from '../../../../shared/name-pattern';
import type { PolicyEntry, SitePolicy } from '../../../../shared/policy';
import { dashboardParis } from '../../../../electron/core/policy/builtin/dashboard-paris';
import {
  readPolicy,
  writePolicyCsv,
  writePolicyHtml,
  writePolicyJson,
  type PolicyReadResult,
} from '../../../../electron/core/policy/io';
import { utf8 } from './helpers';

function entry(
  written: string,
  fields: Partial<Omit<PolicyEntry, 'name' | 'match'>> & { raw?: string },
): PolicyEntry {
  const { raw = '1 year', ...rest } = fields;
  return {
    supplier: 'Example',
    ...parseDeclaredName(written),
    type: 'cookie',
    duration: parseDuration(raw),
    function: 'Does something.',
    category: 'necessary',
    ...rest,
  };
}

const sample: SitePolicy = {
  site: 'example.fr',
  publisher: 'Exemple & Fils',
  language: 'fr',
  intro: 'Exemple & Fils utilise des cookies.',
  sections: [
    {
      category: 'necessary',
      heading: 'Cookies strictement nécessaires',
      description: 'Sans eux, rien ne marche.',
    },
    { category: 'statistics', heading: 'Our numbers', description: 'A heading that names no category.' },
  ],
  entries: [
    entry('sid', { raw: 'Session', function: 'Session, "quoted" & <b>bold</b>' }),
    entry('_ga_*', { supplier: 'Google', raw: '2 ans', category: 'statistics' }),
    entry('/^_hj.*$/', { supplier: 'Hotjar', raw: "jusqu'à 13 mois", category: 'statistics' }),
    entry('consent_state', { type: 'localStorage', raw: '6 months', category: 'preferences' }),
    entry('px', { type: 'pixel', raw: '', function: '', category: 'marketing' }),
    entry('share_btn', { supplier: '', raw: '1 day', category: 'social' }),
    entry('=cmd', { supplier: '+SUM(A1)', raw: '-1 day', function: '@import', category: 'unclassified' }),
  ],
  source: { kind: 'edited', label: 'test', at: '2026-01-01T00:00:00.000Z', url: null, file: null },
};

function tagNames(node: object, into: string[] = []): string[] {
  if ('tagName' in node && typeof node.tagName === 'string') into.push(node.tagName);
  if ('childNodes' in node && Array.isArray(node.childNodes)) {
    for (const child of node.childNodes as object[]) tagNames(child, into);
  }
  return into;
}

function asPolicy(result: PolicyReadResult, source: SitePolicy['source']): SitePolicy {
  return {
    site: result.site ?? '',
    publisher: result.publisher ?? '',
    language: result.language,
    intro: result.intro,
    sections: result.sections,
    entries: result.entries,
    source,
  };
}

/** The HTML page groups entries by category, in the canonical order. */
function grouped(entries: PolicyEntry[]): PolicyEntry[] {
  return CATEGORIES.flatMap((c) => entries.filter((e) => e.category === c));
}

describe('writePolicyJson', () => {
  it('reads back to the same policy', () => {
    for (const policy of [sample, dashboardParis]) {
      const result = readPolicy(utf8(writePolicyJson(policy)), 'policy.json');
      expect(result.problems).toEqual([]);
      expect(asPolicy(result, policy.source)).toEqual(policy);
    }
  });
});

describe('writePolicyCsv', () => {
  const csv = writePolicyCsv(sample);
  const lines = csv.split('\r\n');

  it('writes RFC 4180 with the documented header and patterns as written', () => {
    expect(lines[0]).toBe('Supplier,Name,Type,Duration,Function,Category');
    expect(lines[1]).toBe('Example,sid,cookie,Session,"Session, ""quoted"" & <b>bold</b>",necessary');
    expect(lines[2]).toBe('Google,_ga_*,cookie,2 ans,Does something.,statistics');
    expect(lines[3]).toContain(',/^_hj.*$/,');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('guards cells a spreadsheet would run as formulas', () => {
    expect(lines[7]).toBe("'+SUM(A1),'=cmd,cookie,'-1 day,'@import,unclassified");
  });

  it('reads back to the same entries, apostrophes taken off', () => {
    const result = readPolicy(utf8(csv), 'policy.csv');
    expect(result.problems).toEqual([
      {
        where: 'policy.csv line 6',
        reason: "no duration in column 'Duration': imported with an unknown duration",
      },
    ]);
    expect(result.entries).toEqual(sample.entries);
  });
});

describe('writePolicyHtml', () => {
  const html = writePolicyHtml(sample, 'fr');

  it('is a complete document with lang, inline style and nothing loaded from elsewhere', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="fr">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<style>[^<]+<\/style>/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|@import url|url\(/i);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('escapes every text', () => {
    const evil = {
      ...sample,
      publisher: '"><script>alert(1)</script>',
      entries: [entry('x', { function: '<script>alert("x")</script>', supplier: "O'Brien <img src=x>" })],
    };
    const out = writePolicyHtml(evil, 'en');
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(out).toContain('O&#39;Brien &lt;img src=x&gt;');
    // And a browser-grade parser finds no script element either.
    const tags = tagNames(parseHtml(out));
    expect(tags).toContain('table');
    expect(tags).not.toContain('script');
    expect(tags).not.toContain('img');
  });

  it('has one section per category with its heading, description and table', () => {
    expect(html).toContain('<h2>Cookies strictement nécessaires</h2>\n<p>Sans eux, rien ne marche.</p>');
    // "Our numbers" would not read back as statistics: the canonical title stands in, the description stays.
    expect(html).toContain(
      '<h2>Cookies de mesure d&#39;audience</h2>\n<p>A heading that names no category.</p>',
    );
    expect(html).toContain(
      '<th scope="col">Fournisseur</th><th scope="col">Nom du cookie</th><th scope="col">Type</th>' +
        '<th scope="col">Durée de conservation</th><th scope="col">Finalité</th>',
    );
    expect(writePolicyHtml(dashboardParis, 'en')).toContain(
      '<th scope="col">Supplier</th><th scope="col">Cookie name</th><th scope="col">Duration</th><th scope="col">Function</th>',
    );
  });

  it('reads back to the same entries, in English and in French', () => {
    for (const lang of ['en', 'fr'] as const) {
      const result = readPolicy(utf8(writePolicyHtml(sample, lang)), `policy-${lang}.html`);
      expect(result.entries).toEqual(grouped(sample.entries));
      expect(result.site).toBe('example.fr');
      expect(result.publisher).toBe('Exemple & Fils');
      expect(result.language).toBe(lang);
      expect(result.intro).toBe(sample.intro);
    }
  });

  it('reads the seed policy back whole, sections included', () => {
    const result = readPolicy(utf8(writePolicyHtml(dashboardParis, 'en')), 'dashboard.html');
    expect(result.problems).toEqual([]);
    expect(asPolicy(result, dashboardParis.source)).toEqual(dashboardParis);
  });
});

describe('round trips of any policy', () => {
  // Texts as a page shows them: one line, no surrounding spaces (readers collapse whitespace).
  const line = fc
    .string({ unit: fc.constantFrom(...'aé Z09,;:"\'<>&=+-@|*()/.\\'.split('')), maxLength: 30 })
    .map((s) => s.replace(/\s+/g, ' ').trim());
  const written = fc
    .tuple(fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.-]{0,14}$/), fc.constantFrom('', '*', '_<id>'))
    .map(([base, tail]) => base + tail);
  const anEntry = fc
    .record({
      written,
      supplier: line,
      type: fc.constantFrom('cookie', 'localStorage', 'pixel'),
      raw: fc.constantFrom(
        '',
        'Session',
        '2 weeks by default',
        'Up to 13 months',
        '1 an',
        '30 minutes',
        'Persistent',
      ),
      function: line,
      category: fc.constantFrom(...CATEGORIES),
    })
    .map(({ written: w, raw, ...rest }) => entry(w, { ...rest, raw }));
  const entries = fc.uniqueArray(anEntry, {
    selector: (e) => `${e.type} ${e.match} ${e.name}`,
    maxLength: 12,
  });
  const policy = entries.map((list): SitePolicy => ({ ...sample, sections: [], entries: list }));

  it('JSON, CSV and HTML read back to the same entries', () => {
    fc.assert(
      fc.property(policy, fc.constantFrom('en', 'fr') as fc.Arbitrary<'en' | 'fr'>, (p, lang) => {
        expect(readPolicy(utf8(writePolicyJson(p)), 'p.json').entries).toEqual(p.entries);
        expect(readPolicy(utf8(writePolicyCsv(p)), 'p.csv').entries).toEqual(p.entries);
        expect(readPolicy(utf8(writePolicyHtml(p, lang)), 'p.html').entries).toEqual(grouped(p.entries));
      }),
      { numRuns: 60 },
    );
  });
});
