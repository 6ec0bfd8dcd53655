import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeClient } from './fake-client';
import { EXAMPLE_SITE, exampleCookies, examplePolicy } from './fixtures';
import { renderApp } from './render';

const rowNames = () => screen.queryAllByTestId('site-row').map((row) => row.getAttribute('data-site'));

describe('sites list', () => {
  it('shows the built-in example on first run, with its badge and counts', async () => {
    const { client } = createFakeClient({ policies: [examplePolicy] });
    renderApp(client);
    const row = await screen.findByTestId('site-row');
    expect(row.getAttribute('data-site')).toBe(EXAMPLE_SITE);
    expect(within(row).getByRole('link', { name: EXAMPLE_SITE })).toBeTruthy();
    expect(within(row).getByTestId('site-example-badge').textContent).toBe('Example');
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells).toEqual(['0', '—No localStorage', '4']);
  });

  it('lists every site and filters by name, with an empty state when nothing matches', async () => {
    const { client } = createFakeClient({ policies: [examplePolicy], cookies: exampleCookies() });
    renderApp(client);
    await screen.findAllByTestId('site-row');
    expect(rowNames()).toEqual([EXAMPLE_SITE, 'example.org']);
    const exampleRow = screen.getAllByTestId('site-row')[0]!;
    expect(
      within(exampleRow)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3', '—No localStorage', '4']);

    const search = screen.getByRole('searchbox', { name: 'Search sites' });
    fireEvent.change(search, { target: { value: 'ORG' } });
    expect(rowNames()).toEqual(['example.org']);

    fireEvent.change(search, { target: { value: 'nowhere.test' } });
    expect(rowNames()).toEqual([]);
    expect(screen.getByTestId('sites-empty').textContent).toContain('No site matches “nowhere.test”');

    fireEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(rowNames()).toEqual([EXAMPLE_SITE, 'example.org']);
  });

  it('opens a site from its row', async () => {
    const { client, callsOf } = createFakeClient({ policies: [examplePolicy], cookies: exampleCookies() });
    renderApp(client);
    const rows = await screen.findAllByTestId('site-row');
    fireEvent.click(rows[1]!);
    expect(window.location.hash).toBe('#/site/example.org');
    expect(await screen.findByRole('heading', { level: 1, name: 'example.org' })).toBeTruthy();
    await waitFor(() => expect(callsOf('sites.get')).toEqual([{ site: 'example.org' }]));
  });

  it('shows the cookie count and data directory in the status line', async () => {
    const { client } = createFakeClient({ cookies: exampleCookies() });
    renderApp(client);
    await waitFor(() =>
      expect(screen.getByTestId('status-cookie-count').textContent).toBe('4 cookies in the jar'),
    );
    expect(screen.getByTestId('status-line').textContent).toContain('/tmp/crumbs-test');
  });

  it('says so when the core fails', async () => {
    const { client, state } = createFakeClient();
    const { CrumbsError } = await import('../../shared/errors');
    state.failNext['sites.list'] = new CrumbsError('LOCKED', 'Held by crumbs serve (pid 42).');
    renderApp(client);
    const alert = await screen.findByTestId('error-message');
    expect(alert.getAttribute('data-code')).toBe('LOCKED');
    expect(alert.textContent).toContain('Held by crumbs serve (pid 42).');
    expect(alert.textContent).toContain('LOCKED');
  });
});
