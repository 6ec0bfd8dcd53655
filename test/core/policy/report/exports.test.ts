// The report's JSON, CSV and HTML: each reads back, and names that come from websites cannot turn into markup or
// spreadsheet formulas.
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseHtml, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  reportToCsv,
  reportToHtml,
  reportToJson,
  TRACKER_LIMIT_SECONDS,
} from '../../../../electron/core/policy/report';
import { Report } from '../../../../shared/model';
import { classifierFor, cookie, DAY, entry, NOW, policy } from './jar';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const SITE = 'example.fr';
const XSS = '<img src=x onerror=alert(1)>';
const own = policy(SITE, [
  entry('month', '1 month', 'preferences'),
  entry('_ga', 'Up to 13 months', 'statistics'),
  entry('gone_*', '1 year', 'marketing'),
]);

const hostile = [
  XSS,
  '=HYPERLINK("http://evil.example","x")',
  '+cmd',
  '-2+3',
  '@SUM(A1)',
  '\tlead',
  'comma,"quoted"',
  'line\nbreak',
  '</script><script>alert(1)</script>',
];

const report = buildReport({
  now: NOW,
  sites: [
    {
      site: SITE,
      policy: own,
      cookies: [
        cookie(SITE, 'month', 365 * DAY),
        cookie(SITE, '_ga', 730 * DAY),
        ...hostile.map((name) => cookie(SITE, name, 10 * DAY)),
      ],
      storage: [],
    },
  ],
  classify: classifierFor([own]),
});

function elements(node: Node, out: Element[] = []): Element[] {
  if ('tagName' in node) out.push(node);
  if ('childNodes' in node) for (const child of node.childNodes) elements(child, out);
  if ('content' in node) elements(node.content, out);
  return out;
}

function text(node: Node): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  return 'childNodes' in node ? node.childNodes.map(text).join('') : '';
}

function byClass(all: Element[], cls: string): Element[] {
  return all.filter((e) => e.attrs.some((a) => a.name === 'class' && a.value.split(' ').includes(cls)));
}

function styleOf(e: Element, prop: string): number {
  const style = e.attrs.find((a) => a.name === 'style')?.value ?? '';
  const m = new RegExp(`(?:^|;)${prop}:([\\d.]+)%`).exec(style);
  return m ? Number(m[1]) : NaN;
}

describe('reportToJson', () => {
  it('re-parses with the Report schema to the same report', () => {
    const json = reportToJson(report);
    expect(Report.parse(JSON.parse(json))).toEqual(report);
    expect(Object.keys(JSON.parse(json))).toEqual(['generatedAt', 'sites', 'findings']);
    expect(Object.keys(JSON.parse(json).findings[0])).toEqual([
      'site',
      'cookie',
      'type',
      'kind',
      'severity',
      'message',
      'evidence',
    ]);
  });

  it('writes the same text whatever order the objects were built with', () => {
    const reversed = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).reverse()) as T;
    const shuffled: Report = reversed({
      ...report,
      findings: report.findings.map((f) => reversed({ ...f, evidence: reversed(f.evidence) })),
    });
    expect(Object.keys(shuffled.findings[0]!)[0]).toBe('evidence');
    expect(reportToJson(shuffled)).toBe(reportToJson(report));
  });

  it('never carries a cookie value', () => {
    expect(reportToJson(report)).not.toContain('secret-value');
  });
});

describe('reportToCsv', () => {
  const csv = reportToCsv(report);
  const rows: string[][] = parseCsv(csv, { relax_column_count: false });

  it('has the header, one row per finding, CRLF line ends', () => {
    expect(rows[0]).toEqual(['Severity', 'Site', 'Cookie', 'Kind', 'Message', 'Declared', 'Actual']);
    expect(rows).toHaveLength(report.findings.length + 1);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(
      csv
        .replace(/"[^"]*"/g, '')
        .split('\n')
        .every((line, i, all) => i === all.length - 1 || line.endsWith('\r')),
    ).toBe(true);
    const month = rows.find((r) => r[2] === 'month' && r[3] === 'outlives-declared');
    expect(month).toEqual([
      'high',
      SITE,
      'month',
      'outlives-declared',
      expect.stringContaining('1 year'),
      '1 month',
      '1 year',
    ]);
    const notSeen = rows.find((r) => r[3] === 'not-seen');
    expect(notSeen?.slice(0, 4)).toEqual(['info', SITE, 'gone_*', 'not-seen']);
    expect(notSeen?.[6]).toBe('');
  });

  it('quotes commas, quotes and line breaks so they read back exactly', () => {
    const names = rows.map((r) => r[2]);
    expect(names).toContain('comma,"quoted"');
    expect(names).toContain('line\nbreak');
    expect(names).toContain(XSS);
  });

  it('puts an apostrophe before every cell a spreadsheet would run as a formula', () => {
    const names = rows.slice(1).map((r) => r[2]!);
    expect(names).toContain('\'=HYPERLINK("http://evil.example","x")');
    expect(names).toContain("'+cmd");
    expect(names).toContain("'-2+3");
    expect(names).toContain("'@SUM(A1)");
    expect(names).toContain("'\tlead");
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('reportToHtml', () => {
  const html = reportToHtml(report, 'en');
  const doc = parseHtml(html);
  const all = elements(doc);

  it('is one page with no script, no external resource, and every name as text', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/url\(|@import|https?:\/\/(?!evil\.example)/i);
    expect(all.map((e) => e.tagName)).not.toContain('script');
    expect(all.map((e) => e.tagName)).not.toContain('img');
    for (const e of all) {
      for (const a of e.attrs) expect(a.name).not.toMatch(/^(on|src$|href$)/);
    }
    const cells = byClass(all, 'name').map(text);
    expect(cells).toContain(XSS);
    expect(cells).toContain('</script><script>alert(1)</script>');
    expect(all.find((e) => e.tagName === 'html')?.attrs).toContainEqual({ name: 'lang', value: 'en' });
  });

  it('counts the findings by severity', () => {
    const summary = byClass(all, 'summary')[0]!;
    const counts = elements(summary)
      .filter((e) => e.tagName === 'li')
      .map((li) => text(li));
    const of = (s: string) => report.findings.filter((f) => f.severity === s).length;
    expect(counts).toEqual([
      `${of('high')}High`,
      `${of('medium')}Medium`,
      `${of('low')}Low`,
      `${of('info')}Info`,
    ]);
    expect(of('high')).toBeGreaterThan(0);
  });

  it('draws the real lifetime past the declared mark when it outlives it', () => {
    const rows = byClass(all, 'bar-row');
    const row = (name: string) =>
      rows.find((r) => text(byClass(elements(r), 'bar-name')[0]!).startsWith(name))!;
    const month = elements(row('month'));
    const mark = styleOf(byClass(month, 'mark')[0]!, 'left');
    const over = byClass(month, 'over')[0]!;
    expect(styleOf(over, 'left')).toBeCloseTo(mark, 1);
    expect(styleOf(over, 'left') + styleOf(over, 'width')).toBeGreaterThan(mark * 10);
    expect(text(row('month'))).toContain('declared: 1 month · real: 1 year');

    // _ga: 2 years against "up to 13 months" and CNIL's 13 months: the bar spans the whole scale.
    const ga = elements(row('_ga'));
    const gaOver = byClass(ga, 'over')[0]!;
    expect(styleOf(gaOver, 'left') + styleOf(gaOver, 'width')).toBeCloseTo(100, 1);
    expect(styleOf(byClass(ga, 'cnil')[0]!, 'left')).toBeCloseTo(
      (TRACKER_LIMIT_SECONDS / (730 * DAY)) * 100,
      1,
    );

    // Declared but not stored: the mark alone.
    const gone = elements(row('gone_*'));
    expect(byClass(gone, 'real')).toHaveLength(0);
    expect(byClass(gone, 'mark')).toHaveLength(1);
  });

  it('speaks French when asked, findings included', () => {
    const fr = reportToHtml(report, 'fr');
    const frAll = elements(parseHtml(fr));
    expect(frAll.find((e) => e.tagName === 'html')?.attrs).toContainEqual({ name: 'lang', value: 'fr' });
    expect(fr).toContain('Rapport de conformité des cookies');
    expect(fr).toContain(
      'Le cookie « month » dure 1 an, plus que la durée déclarée (1 mois), plus du double.',
    );
    expect(fr).not.toContain('The cookie policy');
    expect(fr).not.toMatch(/<script/i);
  });

  it('says so when there is nothing to report', () => {
    const empty = reportToHtml({ generatedAt: report.generatedAt, sites: [SITE], findings: [] }, 'en');
    expect(empty).toContain('No findings');
    expect(byClass(elements(parseHtml(empty)), 'bar-row')).toHaveLength(0);
  });
});
