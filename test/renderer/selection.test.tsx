// Ticking cookies on a site page and exporting just those.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeClient } from './fake-client';
import { EXAMPLE_SITE, exampleCookies, examplePolicy } from './fixtures';
import { renderApp } from './render';

const siteHash = `#/site/${EXAMPLE_SITE}`;
const box = (name: string) => screen.getByRole('checkbox', { name: `Select ${name}` }) as HTMLInputElement;
const ticked = () =>
  screen
    .getAllByTestId('cookie-row')
    .filter((row) => (within(row).getByTestId('cookie-select') as HTMLInputElement).checked)
    .map((row) => row.getAttribute('data-name'));

describe('cookie selection', () => {
  beforeEach(() => {
    URL.createObjectURL = () => 'blob:test/1';
    URL.revokeObjectURL = () => undefined;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('ticks one, a shift-click range, or all, and says how many', async () => {
    const { client } = createFakeClient({ policies: [examplePolicy], cookies: exampleCookies() });
    renderApp(client, { hash: siteHash });
    await screen.findAllByTestId('cookie-row');
    const exportButton = screen.getByRole('button', { name: 'Export selection…' });
    expect(exportButton.hasAttribute('disabled')).toBe(true);

    fireEvent.click(box('sessionid'));
    expect(ticked()).toEqual(['sessionid']);
    expect(screen.getByTestId('cookie-selection-count').textContent).toBe('1 cookie selected');
    const all = screen.getByRole('checkbox', { name: 'Select all cookies' }) as HTMLInputElement;
    expect(all.indeterminate).toBe(true);
    expect(exportButton.hasAttribute('disabled')).toBe(false);

    fireEvent.click(box('_ga'), { shiftKey: true });
    expect(ticked()).toEqual(['sessionid', 'csrftoken', '_ga']);
    expect(all.checked).toBe(true);
    expect(all.indeterminate).toBe(false);

    fireEvent.click(all);
    expect(ticked()).toEqual([]);
    fireEvent.click(all);
    expect(ticked()).toEqual(['sessionid', 'csrftoken', '_ga']);
    fireEvent.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(ticked()).toEqual([]);
  });

  it('drops a deleted cookie from the selection', async () => {
    const { client } = createFakeClient({ policies: [examplePolicy], cookies: exampleCookies() });
    renderApp(client, { hash: siteHash });
    await screen.findAllByTestId('cookie-row');
    fireEvent.click(box('sessionid'));
    fireEvent.click(box('csrftoken'));
    fireEvent.click(screen.getByRole('button', { name: 'Delete cookie csrftoken' }));
    await waitFor(() => expect(screen.getAllByTestId('cookie-row')).toHaveLength(2));
    expect(screen.getByTestId('cookie-selection-count').textContent).toBe('1 cookie selected');
  });

  it('exports the selection with its keys', async () => {
    const { client, callsOf } = createFakeClient({ policies: [examplePolicy], cookies: exampleCookies() });
    renderApp(client, { hash: siteHash });
    await screen.findAllByTestId('cookie-row');
    fireEvent.click(box('sessionid'));
    fireEvent.click(box('_ga'));
    fireEvent.click(screen.getByTestId('cookie-export-selection'));

    expect(window.location.hash).toBe('#/export/selection');
    await screen.findByRole('heading', { level: 1, name: 'Export cookies' });
    expect(screen.getByTestId('export-selection').textContent).toContain(
      `2 selected cookies of ${EXAMPLE_SITE}`,
    );
    expect(screen.queryByTestId('export-scope')).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'Playwright storageState' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save file' }));
    await screen.findByTestId('export-result');
    expect(callsOf('export.run')).toEqual([
      {
        format: 'playwright',
        site: EXAMPLE_SITE,
        keys: [
          { domain: EXAMPLE_SITE, path: '/', name: 'sessionid' },
          { domain: EXAMPLE_SITE, path: '/', name: '_ga' },
        ],
      },
    ]);
    expect(screen.getByTestId('export-result').textContent).toBe(
      `Saved crumbs-${EXAMPLE_SITE}.json with 2 cookies.`,
    );

    // Back to everything: the plain export page has no selection.
    fireEvent.click(screen.getByRole('link', { name: 'Export all cookies instead' }));
    await screen.findByTestId('export-scope');
    expect(screen.queryByTestId('export-selection')).toBeNull();
  });

  it('offers the whole jar when the selection page is opened without a selection', async () => {
    const { client } = createFakeClient({ cookies: exampleCookies() });
    renderApp(client, { hash: '#/export/selection' });
    expect(await screen.findByTestId('export-scope')).toBeTruthy();
    expect(
      screen.getByRole('navigation', { name: 'Main' }).querySelector('[aria-current="page"]')?.textContent,
    ).toBe('Export');
  });
});
