// localStorage on the site page (masked values, reveal, copy, delete with undo) and on the sites list.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CrumbsError } from '../../shared/errors';
import { createFakeClient } from './fake-client';
import { EXAMPLE_SITE, exampleCookies, examplePolicy, exampleStorage } from './fixtures';
import { renderApp } from './render';

const siteHash = `#/site/${EXAMPLE_SITE}`;
const storageRow = (name: string) => {
  const row = screen.getAllByTestId('storage-row').find((r) => r.getAttribute('data-name') === name);
  if (!row) throw new Error(`no storage row for ${name}`);
  return row;
};
const storageNames = () => screen.queryAllByTestId('storage-row').map((r) => r.getAttribute('data-name'));

describe('localStorage', () => {
  it('is listed under the stored cookies with masked values', async () => {
    const { client, callsOf } = createFakeClient({
      policies: [examplePolicy],
      cookies: exampleCookies(),
      storage: exampleStorage(),
    });
    renderApp(client, { hash: siteHash });
    const section = await screen.findByTestId('storage-section');
    expect(within(section).getByRole('heading', { level: 2, name: 'localStorage (2)' })).toBeTruthy();
    // Below the cookies in reading order.
    const cookies = screen.getByTestId('cookies-table');
    expect(cookies.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(
      within(section)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Origin', 'Name', 'Value', 'Actions']);
    expect(storageNames()).toEqual(['consent', 'theme']);
    const consent = storageRow('consent');
    expect(consent.getAttribute('data-origin')).toBe(`https://${EXAMPLE_SITE}`);
    expect(consent.textContent).not.toContain('statistics');
    expect(within(consent).getByTestId('storage-value').textContent).toContain('••••');
    expect(callsOf('storage.reveal')).toEqual([]);
  });

  it('reveals a value through storage.reveal, copies and hides it', async () => {
    const { client, callsOf } = createFakeClient({ storage: exampleStorage() });
    renderApp(client, { hash: siteHash });
    await screen.findByTestId('storage-section');
    fireEvent.click(screen.getByRole('button', { name: 'Reveal the localStorage value of consent' }));
    await waitFor(() =>
      expect(within(storageRow('consent')).getByTestId('storage-value').textContent).toBe(
        '{"statistics":false}',
      ),
    );
    expect(callsOf('storage.reveal')).toEqual([{ origin: `https://${EXAMPLE_SITE}`, name: 'consent' }]);
    // Only the asked-for entry is revealed.
    expect(within(storageRow('theme')).getByTestId('storage-value').textContent).toContain('••••');

    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void written.push(text) },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Copy the localStorage value of consent' }));
    await waitFor(() => expect(written).toEqual(['{"statistics":false}']));
    Reflect.deleteProperty(navigator, 'clipboard');

    fireEvent.click(screen.getByRole('button', { name: 'Hide the localStorage value of consent' }));
    expect(storageRow('consent').textContent).not.toContain('statistics');
  });

  it('says why a value could not be revealed, and lets the user try again', async () => {
    const { client, state } = createFakeClient({ storage: exampleStorage() });
    state.failNext['storage.reveal'] = new CrumbsError('NOT_FOUND', 'No such localStorage entry.');
    renderApp(client, { hash: siteHash });
    await screen.findByTestId('storage-section');
    fireEvent.click(within(storageRow('consent')).getByTestId('storage-reveal'));
    const alert = await within(storageRow('consent')).findByRole('alert');
    expect(alert.textContent).toBe('No such localStorage entry.');
    expect(within(storageRow('consent')).getByTestId('storage-value').textContent).toContain('••••');

    fireEvent.click(within(storageRow('consent')).getByTestId('storage-reveal'));
    await waitFor(() =>
      expect(within(storageRow('consent')).getByTestId('storage-value').textContent).toBe(
        '{"statistics":false}',
      ),
    );
    expect(within(storageRow('consent')).queryByRole('alert')).toBeNull();
  });

  it('deletes an entry with storage.delete and brings it back with Undo', async () => {
    const { client, callsOf, state } = createFakeClient({
      cookies: exampleCookies(),
      storage: exampleStorage(),
    });
    renderApp(client, { hash: siteHash });
    await screen.findByTestId('storage-section');
    fireEvent.click(within(storageRow('theme')).getByTestId('storage-delete'));
    await waitFor(() => expect(storageNames()).toEqual(['consent']));
    expect(callsOf('storage.delete')).toEqual([
      { keys: [{ origin: `https://www.${EXAMPLE_SITE}`, name: 'theme' }] },
    ]);
    expect(state.storage.map((e) => e.name)).toEqual(['consent']);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'localStorage (1)' }));

    const toast = screen.getByTestId('toast');
    expect(toast.textContent).toContain('Deleted localStorage entry theme.');
    fireEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(storageNames().sort()).toEqual(['consent', 'theme']));
    expect(callsOf('jar.undo')).toEqual([{ undoId: 'undo-1' }]);
    expect(await screen.findByText('Restored 1 localStorage entry.')).toBeTruthy();
  });

  it('disappears with its last entry, keeping focus on the cookies heading', async () => {
    const { client } = createFakeClient({ cookies: exampleCookies(), storage: exampleStorage().slice(0, 1) });
    renderApp(client, { hash: siteHash });
    await screen.findByTestId('storage-section');
    fireEvent.click(screen.getByTestId('storage-delete'));
    await waitFor(() => expect(screen.queryByTestId('storage-section')).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Stored cookies (3)' }));
  });

  it('is not shown for a site without localStorage', async () => {
    const { client } = createFakeClient({ policies: [examplePolicy], cookies: exampleCookies() });
    renderApp(client, { hash: siteHash });
    await screen.findAllByTestId('cookie-row');
    expect(screen.queryByTestId('storage-section')).toBeNull();
  });

  it('goes with the site when all is deleted, and the dialog says so', async () => {
    const { client, state } = createFakeClient({
      policies: [examplePolicy],
      cookies: exampleCookies(),
      storage: exampleStorage(),
    });
    renderApp(client, { hash: siteHash });
    await screen.findByTestId('storage-section');
    fireEvent.click(screen.getByRole('button', { name: 'Delete all cookies of this site' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('3 cookies will be removed from the jar.');
    expect(dialog.textContent).toContain('Its 2 localStorage entries go too.');
    fireEvent.click(within(dialog).getByTestId('confirm-dialog-confirm'));
    await waitFor(() => expect(screen.queryByTestId('storage-section')).toBeNull());
    expect(state.storage).toEqual([]);
    const toast = screen.getByTestId('toast');
    expect(toast.textContent).toContain(`Deleted 5 items of ${EXAMPLE_SITE} (cookies and localStorage).`);
    fireEvent.click(within(toast).getByTestId('toast-action'));
    await waitFor(() => expect(storageNames()).toHaveLength(2));
    expect(await screen.findByText('Restored 5 items.')).toBeTruthy();
  });

  it('is counted on the sites list, with a dash for none', async () => {
    const { client } = createFakeClient({
      policies: [examplePolicy],
      cookies: exampleCookies(),
      storage: exampleStorage(),
    });
    renderApp(client);
    await screen.findAllByTestId('site-row');
    expect(screen.getByRole('columnheader', { name: 'localStorage' })).toBeTruthy();
    const counts = screen
      .getAllByTestId('site-row')
      .map((row) => [
        row.getAttribute('data-site'),
        within(row).getByTestId('site-storage-count').textContent,
      ]);
    expect(counts).toEqual([
      [EXAMPLE_SITE, '2'],
      ['example.org', '—No localStorage'],
    ]);
  });
});
