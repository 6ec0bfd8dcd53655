// Deleting a site's policy (confirmed, undoable) and exporting it as JSON, CSV or HTML (downloaded).
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CrumbsError } from '../../shared/errors';
import { createFakeClient } from './fake-client';
import { EXAMPLE_SITE, examplePolicy } from './fixtures';
import { FR_SITE, frCookies, frPolicy } from './policy-fixtures';
import { renderApp } from './render';

describe('policy actions', () => {
  const downloads: { name: string; type: string; text: Promise<string> }[] = [];
  beforeEach(() => {
    downloads.length = 0;
    URL.createObjectURL = (blob: Blob) => {
      downloads.push({ name: '', type: blob.type, text: blob.text() });
      return 'blob:test/1';
    };
    URL.revokeObjectURL = () => undefined;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads[downloads.length - 1]!.name = this.download;
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('deletes the policy after confirming, keeps the cookies, and brings it back with Undo', async () => {
    const { client, callsOf, state } = createFakeClient({ policies: [frPolicy], cookies: frCookies() });
    renderApp(client, { hash: `#/site/${FR_SITE}` });
    fireEvent.click(await screen.findByRole('button', { name: 'Delete policy' }));
    const dialog = screen.getByRole('alertdialog', { name: `Delete the cookie policy of ${FR_SITE}?` });
    expect(dialog.textContent).toContain('the cookies stay in the jar');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(callsOf('policy.delete')).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Delete policy' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete policy' }));
    const empty = await screen.findByTestId('no-policy');
    expect(callsOf('policy.delete')).toEqual([{ site: FR_SITE }]);
    expect(state.policies).toEqual([]);
    expect(screen.getAllByTestId('cookie-row')).toHaveLength(frCookies().length);
    // Without a policy nothing is "not declared".
    expect(screen.getByTestId('cookies-table').textContent).not.toContain('Not declared');
    await waitFor(() =>
      expect(document.activeElement).toBe(within(empty).getByRole('heading', { level: 2 })),
    );

    const toast = screen.getByTestId('toast');
    expect(toast.textContent).toContain(`Deleted the cookie policy of ${FR_SITE}.`);
    fireEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByTestId('policy')).toBeTruthy();
    expect(state.policies).toEqual([frPolicy]);
  });

  it('says a built-in example is put away', async () => {
    const { client } = createFakeClient({ policies: [examplePolicy] });
    renderApp(client, { hash: `#/site/${EXAMPLE_SITE}` });
    fireEvent.click(await screen.findByRole('button', { name: 'Delete policy' }));
    expect(screen.getByRole('alertdialog').textContent).toContain(
      'built-in example for this site is put away',
    );
  });

  it('exports the policy in each format and saves the file', async () => {
    const { client, callsOf } = createFakeClient({ policies: [frPolicy], cookies: frCookies() });
    renderApp(client, { hash: `#/site/${FR_SITE}` });
    const group = await screen.findByRole('group', { name: 'Export:' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['JSON', 'CSV', 'HTML']);

    fireEvent.click(screen.getByRole('button', { name: 'Export the policy as JSON' }));
    await screen.findByText(`Saved ${FR_SITE}-cookie-policy.json.`);
    expect(downloads[0]!.name).toBe(`${FR_SITE}-cookie-policy.json`);
    expect(downloads[0]!.type).toBe('application/json');
    expect(JSON.parse(await downloads[0]!.text)).toEqual(frPolicy);

    fireEvent.click(screen.getByRole('button', { name: 'Export the policy as CSV' }));
    await screen.findByText(`Saved ${FR_SITE}-cookie-policy.csv.`);
    expect(await downloads[1]!.text).toContain('statistics,Google,_ga_*,13 mois');
    fireEvent.click(screen.getByRole('button', { name: 'Export the policy as HTML' }));
    await screen.findByText(`Saved ${FR_SITE}-cookie-policy.html.`);
    expect(downloads[2]!.type).toBe('text/html');
    // The export is worded in the UI's language.
    expect(callsOf('policy.export')).toEqual([
      { site: FR_SITE, format: 'json', language: 'en' },
      { site: FR_SITE, format: 'csv', language: 'en' },
      { site: FR_SITE, format: 'html', language: 'en' },
    ]);
  });

  it('shows why an export failed', async () => {
    const { client, state } = createFakeClient({ policies: [frPolicy] });
    state.failNext['policy.export'] = new CrumbsError(
      'NOT_FOUND',
      `Crumbs knows no cookie policy for ${FR_SITE}.`,
    );
    renderApp(client, { hash: `#/site/${FR_SITE}`, language: 'fr' });
    fireEvent.click(await screen.findByRole('button', { name: 'Exporter la politique en HTML' }));
    const alert = await screen.findByTestId('error-message');
    expect(alert.getAttribute('data-code')).toBe('NOT_FOUND');
    expect(downloads).toEqual([]);
  });
});
