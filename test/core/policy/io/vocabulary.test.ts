import { describe, expect, it } from 'vitest';
import { mapCategory, mapStorageType, readPolicy } from '../../../../electron/core/policy/io';
import { utf8 } from './helpers';

describe('mapCategory', () => {
  const cases: [string, string | null][] = [
    ['Strictly necessary', 'necessary'],
    ['Essential', 'necessary'],
    ['Nécessaires', 'necessary'],
    ['INDISPENSABLES', 'necessary'],
    ['Cookies strictement nécessaires au fonctionnement du site', 'necessary'],
    ['Functional', 'preferences'],
    ['Préférences', 'preferences'],
    ['Personalisation', 'preferences'],
    ['Fonctionnels', 'preferences'],
    ['Performance', 'statistics'],
    ['Analytics', 'statistics'],
    ['Statistiques', 'statistics'],
    ["Cookies de mesure d'audience", 'statistics'],
    ['Analytiques', 'statistics'],
    ['Marketing cookies', 'marketing'],
    ['Advertising', 'marketing'],
    ['Targeting', 'marketing'],
    ['Publicitaires', 'marketing'],
    ['Ciblage', 'marketing'],
    ['Social media', 'social'],
    ['Réseaux sociaux', 'social'],
    ['Unclassified (1)', 'unclassified'],
    ['Non-essential cookies', null],
    ['What is a cookie?', null],
    ['', null],
  ];
  it.each(cases)('%j → %s', (text, category) => {
    expect(mapCategory(text)).toBe(category);
  });
});

describe('mapStorageType', () => {
  it.each([
    ['HTTP Cookie', 'cookie'],
    ['HTTP', 'cookie'],
    ['HTML Local Storage', 'localStorage'],
    ['localStorage', 'localStorage'],
    ['Pixel Tracker', 'pixel'],
    ['Pixel', 'pixel'],
    ['Persistent', null],
  ])('%j → %s', (text, type) => {
    expect(mapStorageType(text)).toBe(type);
  });
});

function page(header: string[], ...rows: string[][]): Uint8Array {
  const tr = (cells: string[], tag: string): string =>
    `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
  return utf8(
    `<table><thead>${tr(header, 'th')}</thead><tbody>${rows.map((r) => tr(r, 'td')).join('')}</tbody></table>`,
  );
}

describe('table headers', () => {
  it('finds the columns in any order, ignoring extra ones, whatever the case, accents and markup', () => {
    const result = readPolicy(
      page(
        [
          '<b>Finalite</b>',
          'HttpOnly',
          'DURÉE DE CONSERVATION <small>(max.)</small>',
          'Proprietaire',
          'Nom du traceur',
          'Catégorie',
        ],
        ['Mesure', 'oui', '13 mois', 'Matomo', '_pk_id.*', 'Mesure d’audience'],
      ),
      'order.html',
    );
    expect(result.tables).toBe(1);
    expect(result.language).toBe('fr');
    expect(result.entries).toMatchObject([
      { name: '_pk_id.', match: 'prefix', supplier: 'Matomo', function: 'Mesure', category: 'statistics' },
    ]);
    expect(result.entries[0]!.duration.raw).toBe('13 mois');
  });

  it.each([
    ['Cookie', 'Expiry'],
    ['Cookie Name', 'Storage time'],
    ['Name', 'Lifespan'],
    ['Nom du cookie', 'Durée de vie'],
    ['Nom', 'Durée de stockage'],
    ['Cookie', 'Retention'],
    ['Name', 'Expires'],
    ['Nom', 'Expiration'],
  ])('recognises %s + %s', (name, duration) => {
    const result = readPolicy(page([name, duration], ['abc', '1 day']), 'h.html');
    expect(result.entries.map((e) => [e.name, e.duration.raw])).toEqual([['abc', '1 day']]);
  });

  it.each([['Provider'], ['Supplier name'], ['Owner'], ['Fournisseur'], ['Émetteur'], ['Éditeur']])(
    'reads the supplier from %s',
    (supplierHeader) => {
      const result = readPolicy(
        page(['Name', supplierHeader, 'Duration'], ['abc', 'Acme', '1 day']),
        's.html',
      );
      expect(result.entries[0]!.supplier).toBe('Acme');
    },
  );

  it('falls back to a Domain column for the supplier, and reads a Type column', () => {
    const result = readPolicy(
      page(['Name', 'Domain', 'Duration', 'Type'], ['_fbp', '.facebook.com', '3 months', 'HTTP']),
      'd.html',
    );
    expect(result.entries).toMatchObject([{ name: '_fbp', supplier: '.facebook.com', type: 'cookie' }]);
  });

  it('reads a category written in a Type column when the table has no Category column', () => {
    const result = readPolicy(
      page(['Cookie', 'Type', 'Duration'], ['_ga', 'Analytics', '2 years']),
      't.html',
    );
    expect(result.entries).toMatchObject([{ name: '_ga', type: 'cookie', category: 'statistics' }]);
  });

  it('finds the header below a title row', () => {
    const html = utf8(
      '<table><tr><td colspan="2">Our cookies</td></tr><tr><td>Name</td><td>Duration</td></tr><tr><td>a</td><td>1 day</td></tr></table>',
    );
    const result = readPolicy(html, 'title-row.html');
    expect(result.entries.map((e) => e.name)).toEqual(['a']);
    expect(result.problems).toEqual([]);
  });
});
