import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CrumbsError } from '../../shared/errors';
import type { Cookie } from '../../shared/model';
import { createFakeClient } from './fake-client';
import { fakeCatalogOf } from './fake-report';
import { cookie, EXAMPLE_SITE, examplePolicy } from './fixtures';
import { renderApp } from './render';

const DAY = 86_400;
const HEADER =
  'ID,Platform,Category,Cookie / Data Key name,Domain,Description,Retention period,Data Controller,User Privacy & GDPR Rights Portals,Wildcard match';

/** A small Open Cookie Database export: one sound row for a cookie no catalog knew, one row without a name. */
const ocd = (name = 'open-cookie-database.csv') =>
  new File(
    [
      [
        HEADER,
        'a1,Paris Audience,Marketing,paris_audience,dashboard.paris,Counts visits for advertising,2 years,Paris Audience,https://example.org/privacy,0',
        'a2,Paris Audience,Analytics,,dashboard.paris,A row that names no cookie,1 year,Paris Audience,,0',
        'a3,Paris Audience,Analytics,pa_session_*,,Per-session counters,30 minutes,Paris Audience,,1',
      ].join('\n') + '\n',
    ],
    name,
    { type: 'text/csv' },
  );

function jar(): Cookie[] {
  const now = Math.floor(Date.now() / 1000);
  return [
    cookie({
      name: 'paris_audience',
      value: 'v',
      domain: EXAMPLE_SITE,
      creation: now - DAY,
      expires: now - DAY + 730 * DAY,
    }),
  ];
}

const choose = (file: File) =>
  fireEvent.change(screen.getByTestId('catalog-file-input'), { target: { files: [file] } });
const explanationOf = (cookieName: string, kind: string) => {
  const row = screen
    .getAllByTestId('finding-row')
    .find((r) => r.dataset.cookie === cookieName && r.dataset.kind === kind);
  return row ? within(row).getByTestId('finding-explanation').textContent : null;
};
const findingsOf = (cookieName: string) =>
  screen
    .queryAllByTestId('finding-row')
    .filter((r) => r.dataset.cookie === cookieName)
    .map((r) => r.dataset.kind);

describe('cookie catalog', () => {
  it('shows what the catalog holds', async () => {
    const { client } = createFakeClient({ policies: [examplePolicy] });
    renderApp(client, { hash: '#/report' });
    const panel = await screen.findByTestId('catalog-panel');
    await within(panel).findByTestId('catalog-info');
    expect(
      Number(within(panel).getByTestId('catalog-builtin').textContent!.replace(/\D/g, '')),
    ).toBeGreaterThanOrEqual(200);
    expect(within(panel).getByTestId('catalog-loaded').textContent).toBe('Not loaded');
    expect(within(panel).getByLabelText('Load the Open Cookie Database…')).toBe(
      within(panel).getByTestId('catalog-file-input'),
    );
  });

  it('checks an Open Cookie Database file first, then loads it: the report classifies the cookie anew', async () => {
    const { client, callsOf, state } = createFakeClient({ policies: [examplePolicy], cookies: jar() });
    renderApp(client, { hash: '#/report' });
    await screen.findAllByTestId('finding-row');
    // Before: the catalog does not know paris_audience, so it is only undeclared, and unclassified.
    expect(findingsOf('paris_audience')).toEqual(['undeclared']);
    expect(explanationOf('paris_audience', 'undeclared')).toBe(
      `The cookie policy of ${EXAMPLE_SITE} does not declare cookie “paris_audience”.`,
    );

    choose(ocd());
    const preview = await screen.findByTestId('catalog-preview');
    expect(within(preview).getByTestId('catalog-read').textContent).toBe(
      'open-cookie-database.csv: 2 entries read.',
    );
    const problems = within(preview).getAllByTestId('catalog-problem-row');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.textContent).toContain('open-cookie-database.csv line 3');
    expect(problems[0]!.textContent).toContain('no cookie or key name');
    const [check] = callsOf('catalog.import');
    expect(check?.dryRun).toBe(true);
    expect(check?.file.content).toContain('paris_audience');
    // A dry run changes nothing.
    expect(fakeCatalogOf(state).loaded).toBeNull();
    expect(findingsOf('paris_audience')).toEqual(['undeclared']);

    fireEvent.click(within(preview).getByRole('button', { name: 'Load 2 entries' }));
    const done = await screen.findByTestId('catalog-done');
    expect(done.textContent).toBe(
      'Loaded 2 entries from open-cookie-database.csv: sites and the report now use them.',
    );
    expect(callsOf('catalog.import').map((c) => c.dryRun)).toEqual([true, false]);
    expect(screen.queryByTestId('catalog-preview')).toBeNull();
    await waitFor(() =>
      expect(screen.getByTestId('catalog-loaded').textContent).toMatch(
        /^open-cookie-database\.csv, loaded .+ \(2 entries\)$/,
      ),
    );
    // After: marketing, so the 2-year lifetime is now a tracker beyond CNIL's 13 months.
    await waitFor(() =>
      expect(findingsOf('paris_audience').sort()).toEqual(['tracking-over-13-months', 'undeclared']),
    );
    expect(explanationOf('paris_audience', 'undeclared')).toBe(
      `The cookie policy of ${EXAMPLE_SITE} does not declare cookie “paris_audience”, classified as marketing.`,
    );
  });

  it('says it replaces the file already loaded, and cancelling loads nothing', async () => {
    const { client, callsOf, state } = createFakeClient({ policies: [examplePolicy] });
    fakeCatalogOf(state).loaded = { file: 'older.json', at: '2025-01-01T00:00:00.000Z', entries: [] };
    renderApp(client, { hash: '#/report' });
    await waitFor(() => expect(screen.getByTestId('catalog-loaded').textContent).toContain('older.json'));
    choose(ocd('newer.csv'));
    const preview = await screen.findByTestId('catalog-preview');
    expect(preview.textContent).toContain('It replaces the loaded older.json.');
    fireEvent.click(within(preview).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByTestId('catalog-preview')).toBeNull());
    expect(callsOf('catalog.import').map((c) => c.dryRun)).toEqual([true]);
    expect(fakeCatalogOf(state).loaded?.file).toBe('older.json');
  });

  it('shows why a file could not be read, row by row', async () => {
    const { client } = createFakeClient({ policies: [examplePolicy] });
    renderApp(client, { hash: '#/report' });
    await screen.findByTestId('catalog-info');
    choose(new File([`${HEADER}\nz1,Nobody,Analytics,,,,,,,0\n`], 'empty.csv', { type: 'text/csv' }));
    const error = await screen.findByTestId('error-message');
    expect(error.getAttribute('data-code')).toBe('IMPORT_UNREADABLE');
    expect(error.textContent).toContain('empty.csv: no Open Cookie Database entry could be read.');
    const rows = await screen.findAllByTestId('catalog-problem-row');
    expect(rows[0]!.textContent).toContain('empty.csv line 2');
    expect(screen.queryByTestId('catalog-apply')).toBeNull();
  });

  it('shows the error when loading fails, and keeps the checked file to try again', async () => {
    const { client, state } = createFakeClient({ policies: [examplePolicy] });
    renderApp(client, { hash: '#/report' });
    await screen.findByTestId('catalog-info');
    choose(ocd());
    await screen.findByTestId('catalog-preview');
    state.failNext['catalog.import'] = new CrumbsError('LOCKED', 'Another Crumbs holds the data directory.');
    fireEvent.click(screen.getByTestId('catalog-apply'));
    const error = await screen.findByTestId('error-message');
    expect(error.getAttribute('data-code')).toBe('LOCKED');
    fireEvent.click(screen.getByTestId('catalog-apply'));
    expect(await screen.findByTestId('catalog-done')).toBeTruthy();
    expect(fakeCatalogOf(state).loaded?.entries.map((e) => e.name)).toEqual([
      'paris_audience',
      'pa_session_',
    ]);
  });
});
