import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../shared/duration';
import { createFakeClient } from './fake-client';
import { EXAMPLE_SITE, exampleCookies, examplePolicy } from './fixtures';
import { renderApp } from './render';

const siteHash = `#/site/${EXAMPLE_SITE}`;
const cookieRow = (name: string) => {
  const row = screen.getAllByTestId('cookie-row').find((r) => r.getAttribute('data-name') === name);
  if (!row) throw new Error(`no row for ${name}`);
  return row;
};
/** The text of a row's cells after the selection checkbox's. */
const dataCells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .slice(1)
    .map((cell) => cell.textContent);
const cookieNames = () => screen.queryAllByTestId('cookie-row').map((r) => r.getAttribute('data-name'));

describe('site page', () => {
  it('renders the policy like the policy page, with a stored marker per declared cookie', async () => {
    const { client } = createFakeClient({ policies: [examplePolicy], cookies: exampleCookies() });
    renderApp(client, { hash: siteHash });
    expect(await screen.findByRole('heading', { level: 1, name: EXAMPLE_SITE })).toBeTruthy();
    const policy = await screen.findByTestId('policy');
    expect(
      within(policy).getByRole('heading', { level: 3, name: 'Strictly necessary cookies' }),
    ).toBeTruthy();
    expect(policy.textContent).toContain('Here is what each of them does.');

    const table = within(policy).getByTestId('policy-table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['Supplier name', 'Cookie name', 'Duration', 'Function', 'In the jar', 'Check']);

    const rows = within(table).getAllByTestId('policy-row');
    // The duration reads in the UI's language; the policy's own words stay beneath it where they differ.
    expect(
      rows.map((row) => {
        const cells = within(row).getAllByRole('cell');
        const duration = within(cells[2]!);
        return [
          cells[0]!.textContent,
          cells[1]!.textContent,
          duration.getByTestId('policy-duration').textContent,
          duration.queryByTestId('policy-duration-raw')?.textContent ??
            duration.getByTestId('policy-duration').textContent,
          cells[3]!.textContent,
        ];
      }),
    ).toEqual(
      examplePolicy.entries.map((e) => [
        e.supplier,
        e.name,
        formatDuration(e.duration, 'en'),
        e.duration.raw,
        e.function,
      ]),
    );
    // sessionid and csrftoken are in the jar; the two others are not.
    expect(rows.map((row) => row.getAttribute('data-stored'))).toEqual(['true', 'true', 'false', 'false']);
    expect(within(rows[0]!).getByTestId('policy-stored').textContent).toContain('Stored');
    expect(within(rows[2]!).getByTestId('policy-stored').textContent).toContain('Not stored');
  });

  it('lists stored cookies with masked values, attributes and relative expiry', async () => {
    const { client } = createFakeClient({ policies: [examplePolicy], cookies: exampleCookies() });
    renderApp(client, { hash: siteHash });
    await screen.findAllByTestId('cookie-row');
    expect(cookieNames()).toEqual(['sessionid', 'csrftoken', '_ga']);
    expect(screen.getByRole('heading', { level: 2, name: 'Stored cookies (3)' })).toBeTruthy();

    const session = cookieRow('sessionid');
    expect(session.textContent).not.toContain('s3cr3t-session');
    expect(within(session).getByTestId('cookie-value').textContent).toContain('••••');
    const cells = dataCells(session);
    expect(within(session).getByTestId('cookie-select')).toBeTruthy();
    expect(cells[1]).toBe('dashboard.paris'); // host-only: no leading dot
    expect(cells[3]).toContain('(in 13 days)');
    expect(cells.slice(4, 7)).toEqual(['Yes', 'Yes', 'Lax']);

    const csrf = dataCells(cookieRow('csrftoken'));
    expect(csrf[1]).toBe('.dashboard.paris');
    expect(csrf[3]).toContain('(expired)');
    expect(csrf[6]).toBe('Strict');

    const ga = dataCells(cookieRow('_ga'));
    expect(ga[3]).toBe('Session');
    expect(ga[6]).toContain('Not set');
    expect(cookieRow('_ga').textContent).toContain('Not declared');
    expect(cookieRow('sessionid').textContent).not.toContain('Not declared');
  });

  it('reveals a value only on request, through cookies.reveal', async () => {
    const { client, callsOf } = createFakeClient({ policies: [examplePolicy], cookies: exampleCookies() });
    renderApp(client, { hash: siteHash });
    await screen.findAllByTestId('cookie-row');
    expect(callsOf('cookies.reveal')).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Reveal the value of sessionid' }));
    await waitFor(() =>
      expect(within(cookieRow('sessionid')).getByTestId('cookie-value').textContent).toBe('s3cr3t-session'),
    );
    expect(callsOf('cookies.reveal')).toEqual([{ domain: 'dashboard.paris', path: '/', name: 'sessionid' }]);
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void written.push(text) },
    });
    fireEvent.click(
      within(cookieRow('sessionid')).getByRole('button', { name: 'Copy the value of sessionid' }),
    );
    await waitFor(() => expect(written).toEqual(['s3cr3t-session']));
    expect(within(cookieRow('sessionid')).getByTestId('cookie-copy').textContent).toBe('Copied');
    Reflect.deleteProperty(navigator, 'clipboard');
    // Only the asked-for cookie is revealed.
    expect(cookieRow('csrftoken').textContent).not.toContain('tok-123');

    fireEvent.click(screen.getByRole('button', { name: 'Hide the value of sessionid' }));
    expect(cookieRow('sessionid').textContent).not.toContain('s3cr3t-session');
  });

  it('deletes one cookie and undoes it from the toast', async () => {
    const { client, callsOf, state } = createFakeClient({
      policies: [examplePolicy],
      cookies: exampleCookies(),
    });
    renderApp(client, { hash: siteHash });
    await screen.findAllByTestId('cookie-row');

    fireEvent.click(within(cookieRow('csrftoken')).getByTestId('cookie-delete'));
    await waitFor(() => expect(cookieNames()).toEqual(['sessionid', '_ga']));
    expect(callsOf('cookies.delete')).toEqual([
      { keys: [{ domain: 'dashboard.paris', path: '/', name: 'csrftoken' }] },
    ]);
    expect(state.cookies.some((c) => c.name === 'csrftoken')).toBe(false);

    const toast = screen.getByTestId('toast');
    expect(toast.textContent).toContain('Deleted cookie csrftoken.');
    fireEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(cookieNames()).toContain('csrftoken'));
    expect(callsOf('jar.undo')).toEqual([{ undoId: 'undo-1' }]);
    expect(await screen.findByText('Restored 1 cookie.')).toBeTruthy();
  });

  it('deletes all cookies of the site after confirming, then offers undo', async () => {
    const { client, callsOf } = createFakeClient({ policies: [examplePolicy], cookies: exampleCookies() });
    renderApp(client, { hash: siteHash });
    await screen.findAllByTestId('cookie-row');

    fireEvent.click(screen.getByRole('button', { name: 'Delete all cookies of this site' }));
    const dialog = screen.getByRole('alertdialog', { name: `Delete all cookies of ${EXAMPLE_SITE}?` });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(callsOf('sites.delete')).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Delete all cookies of this site' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete all' }));
    await waitFor(() =>
      expect(screen.getByTestId('cookies-empty').textContent).toContain(
        'No cookies stored for this site yet',
      ),
    );
    expect(callsOf('sites.delete')).toEqual([{ site: EXAMPLE_SITE }]);
    // The policy stays, now with nothing stored.
    expect(screen.getAllByTestId('policy-row').map((r) => r.getAttribute('data-stored'))).toEqual([
      'false',
      'false',
      'false',
      'false',
    ]);

    const toast = screen.getByTestId('toast');
    expect(toast.textContent).toContain(`Deleted 3 cookies of ${EXAMPLE_SITE}.`);
    fireEvent.click(within(toast).getByTestId('toast-action'));
    await waitFor(() => expect(cookieNames()).toHaveLength(3));
    expect(callsOf('jar.undo')).toHaveLength(1);
  });

  it('shows the empty state for a site without stored cookies', async () => {
    const { client } = createFakeClient({ policies: [examplePolicy] });
    renderApp(client, { hash: siteHash });
    expect((await screen.findByTestId('cookies-empty')).textContent).toContain(
      'No cookies stored for this site yet — import a file.',
    );
    expect(
      screen.getByRole('button', { name: 'Delete all cookies of this site' }).hasAttribute('disabled'),
    ).toBe(true);
    expect(screen.getAllByTestId('policy-row')).toHaveLength(4);
  });

  it('shows NOT_FOUND readably for an unknown site', async () => {
    const { client } = createFakeClient({ policies: [examplePolicy] });
    renderApp(client, { hash: '#/site/unknown.test' });
    const alert = await screen.findByTestId('error-message');
    expect(alert.getAttribute('data-code')).toBe('NOT_FOUND');
    expect(alert.textContent).toContain('No site unknown.test.');
  });
});
