// The export page with every format: hints, the URL that header and curl need, the short result shown as
// text, and the list of what the format could not carry.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EXPORT_FORMATS } from '../../shared/model';
import { createFakeClient } from './fake-client';
import { EXAMPLE_SITE, exampleCookies, examplePolicy, exampleStorage } from './fixtures';
import { renderApp } from './render';

describe('export formats', () => {
  const clicked: string[] = [];
  beforeEach(() => {
    clicked.length = 0;
    URL.createObjectURL = () => 'blob:test/1';
    URL.revokeObjectURL = () => undefined;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('lists every export format with a label and a keeps/loses hint read with it', () => {
    const { client } = createFakeClient();
    renderApp(client, { hash: '#/export' });
    const radios = screen.getAllByRole('radio');
    expect(radios.map((radio) => radio.getAttribute('value'))).toEqual([...EXPORT_FORMATS]);
    const netscape = screen.getByRole('radio', { name: 'cookies.txt (Netscape, for curl and wget)' });
    expect(netscape.getAttribute('aria-describedby')).toBe('export-hint-netscape');
    expect(screen.getByTestId('export-hint-netscape').textContent).toMatch(/Keeps .* loses SameSite/);
    for (const format of EXPORT_FORMATS) {
      expect(screen.getByTestId(`export-hint-${format}`).textContent).toMatch(/keeps|Keeps|loses/);
    }
    expect(screen.getByRole('radio', { name: 'Playwright storageState' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'curl command for one URL' })).toBeTruthy();
    expect(screen.queryByTestId('export-url')).toBeNull();
  });

  it('needs a URL for a Cookie header, sends it, and shows the header as text', async () => {
    const { client, callsOf } = createFakeClient({ policies: [examplePolicy], cookies: exampleCookies() });
    renderApp(client, { hash: '#/export' });
    fireEvent.click(screen.getByRole('radio', { name: 'Cookie: header for one URL' }));
    const url = screen.getByRole('textbox', { name: 'URL the cookies are for' });
    expect(url.hasAttribute('required')).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Save file' }));
    expect(screen.getByTestId('export-url-missing').textContent).toBe('Give the URL the cookies are for.');
    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(url);
    expect(callsOf('export.run')).toEqual([]);

    fireEvent.change(url, { target: { value: `https://${EXAMPLE_SITE}/` } });
    expect(screen.queryByTestId('export-url-missing')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save file' }));
    const content = await screen.findByTestId('export-content');
    expect(callsOf('export.run')).toEqual([{ format: 'header', url: `https://${EXAMPLE_SITE}/` }]);
    // Over https, the host-only sessionid and the two domain cookies go; example.org's does not.
    expect((content as HTMLTextAreaElement).value).toBe(
      'Cookie: sessionid=s3cr3t-session; csrftoken=tok-123; _ga=GA1.1.42',
    );
    expect(content.hasAttribute('readonly')).toBe(true);
    expect(screen.getByRole('textbox', { name: 'Result' })).toBe(content);
    expect(screen.getByTestId('export-result').textContent).toBe('Saved crumbs-jar.txt with 3 cookies.');
    expect(clicked).toEqual(['crumbs-jar.txt']);
  });

  it('builds a curl command for a URL and copies it', async () => {
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void written.push(text) },
    });
    const { client, callsOf } = createFakeClient({ cookies: exampleCookies() });
    renderApp(client, { hash: '#/export' });
    fireEvent.click(screen.getByTestId('export-format-curl'));
    fireEvent.change(screen.getByTestId('export-url'), { target: { value: 'https://example.org/' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy to clipboard' }));
    await waitFor(() =>
      expect(screen.getByTestId('export-result').textContent).toBe('Copied 1 cookie to the clipboard.'),
    );
    expect(callsOf('export.run')).toEqual([{ format: 'curl', url: 'https://example.org/' }]);
    expect(written).toEqual(["curl --cookie 'pref=dark' 'https://example.org/'"]);
    expect((screen.getByTestId('export-content') as HTMLTextAreaElement).value).toBe(written[0]);
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  it('shows what the format could not carry, with where and why', async () => {
    const { client } = createFakeClient({
      policies: [examplePolicy],
      cookies: exampleCookies(),
      storage: exampleStorage(),
    });
    renderApp(client, { hash: '#/export' });
    await screen.findByRole('option', { name: `${EXAMPLE_SITE} (3 cookies)` });
    fireEvent.change(screen.getByTestId('export-scope'), { target: { value: EXAMPLE_SITE } });
    fireEvent.click(screen.getByRole('button', { name: 'Save file' }));

    const lost = await screen.findByTestId('export-lost-section');
    expect(within(lost).getByRole('heading', { name: 'Not carried by this format' })).toBeTruthy();
    expect(lost.textContent).toContain('4 things could not be written in this format:');
    const rows = within(lost)
      .getAllByTestId('export-lost-row')
      .map((row) => [
        within(row).getByRole('rowheader').textContent,
        within(row).getByRole('cell').textContent,
      ]);
    expect(rows).toEqual([
      [`https://${EXAMPLE_SITE} localStorage consent`, 'localStorage is not part of this format'],
      [`https://www.${EXAMPLE_SITE} localStorage theme`, 'localStorage is not part of this format'],
      [`sessionid (${EXAMPLE_SITE})`, 'SameSite=lax cannot be written in cookies.txt'],
      [`csrftoken (${EXAMPLE_SITE})`, 'SameSite=strict cannot be written in cookies.txt'],
    ]);
    expect(screen.getByTestId('export-result').textContent).toBe(
      `Saved crumbs-${EXAMPLE_SITE}.txt with 3 cookies.`,
    );
    // cookies.txt is a file, not a one-line result: no text box.
    expect(screen.queryByTestId('export-content')).toBeNull();

    // Another format clears the old outcome instead of leaving it next to the new choice.
    fireEvent.click(screen.getByTestId('export-format-playwright'));
    expect(screen.queryByTestId('export-lost-section')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save file' }));
    expect((await screen.findByTestId('export-lost-none')).textContent).toContain('Nothing was lost');
  });
});
