import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeClient } from './fake-client';
import { EXAMPLE_SITE, exampleCookies, examplePolicy } from './fixtures';
import { renderApp } from './render';

describe('export', () => {
  const blobs: Blob[] = [];
  const clicked: { href: string; download: string }[] = [];

  beforeEach(() => {
    blobs.length = 0;
    clicked.length = 0;
    // jsdom has neither object URLs nor downloads: record what the page hands over.
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return `blob:test/${blobs.length}`;
    };
    URL.revokeObjectURL = () => undefined;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('exports one site as JSON and downloads the file', async () => {
    const { client, callsOf } = createFakeClient({ policies: [examplePolicy], cookies: exampleCookies() });
    renderApp(client, { hash: '#/export' });
    const scope = screen.getByRole('combobox', { name: 'Cookies to export' });
    await screen.findByRole('option', { name: `${EXAMPLE_SITE} (3 cookies)` });
    fireEvent.click(screen.getByRole('radio', { name: 'JSON' }));
    fireEvent.change(scope, { target: { value: EXAMPLE_SITE } });
    fireEvent.click(screen.getByRole('button', { name: 'Save file' }));

    const result = await screen.findByTestId('export-result');
    expect(result.textContent).toBe(`Saved crumbs-${EXAMPLE_SITE}.json with 3 cookies.`);
    expect(callsOf('export.run')).toEqual([{ format: 'json', site: EXAMPLE_SITE }]);
    expect(clicked).toEqual([{ href: 'blob:test/1', download: `crumbs-${EXAMPLE_SITE}.json` }]);
    const content = JSON.parse(await blobs[0]!.text()) as { name: string }[];
    expect(content.map((c) => c.name)).toEqual(['sessionid', 'csrftoken', '_ga']);
    expect(blobs[0]!.type).toBe('application/json');
  });

  it('copies the whole jar as cookies.txt to the clipboard', async () => {
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void written.push(text) },
    });
    const { client, callsOf } = createFakeClient({ cookies: exampleCookies() });
    renderApp(client, { hash: '#/export' });
    fireEvent.click(screen.getByRole('button', { name: 'Copy to clipboard' }));
    await waitFor(() =>
      expect(screen.getByTestId('export-result').textContent).toBe('Copied 4 cookies to the clipboard.'),
    );
    expect(callsOf('export.run')).toEqual([{ format: 'netscape' }]);
    expect(written).toHaveLength(1);
    expect(written[0]!.split('\n')).toHaveLength(4);
    expect(clicked).toEqual([]);
    Reflect.deleteProperty(navigator, 'clipboard');
  });
});
