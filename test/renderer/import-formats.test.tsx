// The import page with every format: grouped choices, browser databases sent as bytes, the inputs some
// formats need (and that a dry run can ask for), and warnings apart from rejected rows.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { IMPORT_FORMATS } from '../../shared/model';
import { createFakeClient } from './fake-client';
import { inDays } from './fixtures';
import { renderApp } from './render';

const SQLITE_MAGIC = 'SQLite format 3\u0000';
// A database page is not UTF-8: bytes like these would be mangled if the file went as text.
const dbBytes = () =>
  Uint8Array.from(
    [...SQLITE_MAGIC].map((c) => c.charCodeAt(0)).concat([0x10, 0x00, 0xff, 0xfe, 0x80, 0x0d, 0x0a]),
  );
const decode = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

function choose(files: File[]) {
  fireEvent.change(screen.getByTestId('import-file-input'), { target: { files } });
}
const formatSelect = () => screen.getByRole('combobox', { name: 'Format' });
const netscapeLine = (domain: string, name: string, value: string, expires: number) =>
  [domain, 'FALSE', '/', 'FALSE', String(expires), name, value].join('\t');

describe('import formats', () => {
  it('offers every import format once, grouped, with a translated label', () => {
    const { client } = createFakeClient();
    renderApp(client, { hash: '#/import' });
    const select = formatSelect();
    const values = within(select)
      .getAllByRole('option')
      .map((option) => option.getAttribute('value'));
    expect([...values].sort()).toEqual([...IMPORT_FORMATS].sort());
    const groups = [...select.querySelectorAll('optgroup')].map((group) => group.label);
    expect(groups).toEqual(['Files', 'JSON shapes', 'Headers', 'Browser databases']);
    const databases = screen.getByTestId('import-format-group-databases');
    expect([...databases.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'Firefox cookies.sqlite',
      'Chromium Cookies (Chrome, Edge, Brave)',
      'Safari Cookies.binarycookies',
    ]);
    for (const option of within(select).getAllByRole('option')) {
      expect(option.textContent).not.toMatch(/^import\./);
    }
  });

  it('sends a browser database as base64, recognised by its magic bytes, and text files as text', async () => {
    const { client, callsOf } = createFakeClient();
    renderApp(client, { hash: '#/import' });
    const safari = Uint8Array.from([0x63, 0x6f, 0x6f, 0x6b, 0, 0, 0, 1, 0xff]);
    choose([
      new File([dbBytes()], 'cookies.sqlite'),
      new File([safari], 'Cookies.binarycookies'),
      new File([netscapeLine('a.example', 'n', 'v', inDays(3))], 'cookies.txt'),
    ]);
    await screen.findByTestId('import-dry-run-report');
    const [call] = callsOf('import.run');
    expect(call?.format).toBe('auto');
    expect(call?.files.map((f) => [f.name, f.encoding])).toEqual([
      ['cookies.sqlite', 'base64'],
      ['Cookies.binarycookies', 'base64'],
      ['cookies.txt', 'utf8'],
    ]);
    expect(decode(call!.files[0]!.content)).toEqual(dbBytes());
    expect(decode(call!.files[1]!.content)).toEqual(safari);
    expect(call?.files[2]?.content).toContain('\tn\tv');
    expect(screen.getAllByTestId('import-file-row').map((row) => row.getAttribute('data-format'))).toEqual([
      'firefox',
      'safari',
      'netscape',
    ]);
    expect(screen.getAllByTestId('import-file-row')[0]!.textContent).toContain('Firefox cookies.sqlite');
  });

  it('reads the files again as bytes when a database format is chosen', async () => {
    const { client, callsOf } = createFakeClient();
    renderApp(client, { hash: '#/import' });
    // A damaged copy: no magic, so only the chosen format says it is a database.
    choose([new File(['not quite a database'], 'Cookies')]);
    await screen.findByTestId('import-dry-run-report');
    expect(callsOf('import.run')[0]?.files[0]?.encoding).toBe('utf8');

    fireEvent.change(formatSelect(), { target: { value: 'chromium' } });
    await waitFor(() => expect(callsOf('import.run')).toHaveLength(2));
    const second = callsOf('import.run')[1]!;
    expect(second.format).toBe('chromium');
    expect(second.files[0]?.encoding).toBe('base64');
    expect(new TextDecoder().decode(decode(second.files[0]!.content))).toBe('not quite a database');
  });

  it('asks for the URL of Set-Cookie lines and sends it', async () => {
    const { client, callsOf, state } = createFakeClient();
    renderApp(client, { hash: '#/import' });
    expect(screen.queryByTestId('import-url')).toBeNull();
    fireEvent.change(formatSelect(), { target: { value: 'set-cookie' } });
    const url = screen.getByRole('textbox', { name: 'URL the Set-Cookie lines came from' });
    fireEvent.change(url, { target: { value: 'https://shop.example/cart' } });
    choose([new File(['Set-Cookie: cart=42; Path=/\nSet-Cookie: lang=fr'], 'headers.txt')]);
    await screen.findByTestId('import-dry-run-report');
    expect(callsOf('import.run')[0]).toMatchObject({
      format: 'set-cookie',
      url: 'https://shop.example/cart',
    });
    fireEvent.click(screen.getByTestId('import-apply'));
    await screen.findByTestId('import-result');
    expect(callsOf('import.run')[1]).toMatchObject({ dryRun: false, url: 'https://shop.example/cart' });
    expect(state.cookies.map((c) => [c.name, c.domain])).toEqual([
      ['cart', 'shop.example'],
      ['lang', 'shop.example'],
    ]);
  });

  it('shows the URL input when auto-detected Set-Cookie lines are rejected for lack of --url', async () => {
    const { client, callsOf } = createFakeClient();
    renderApp(client, { hash: '#/import' });
    choose([new File(['Set-Cookie: sid=1'], 'captured.txt')]);
    await screen.findByTestId('import-dry-run-report');
    expect(screen.getByTestId('import-rejected-row').textContent).toContain('--url');
    expect(callsOf('import.run')[0]).not.toHaveProperty('url');

    const url = screen.getByTestId('import-url');
    fireEvent.change(url, { target: { value: 'https://news.example/' } });
    // What would be imported is what was checked: a changed option needs a new check first.
    expect(screen.getByTestId('import-stale').textContent).toContain('check again');
    expect(screen.getByTestId('import-apply-valid').hasAttribute('disabled')).toBe(true);

    fireEvent.submit(url);
    await waitFor(() => expect(callsOf('import.run')).toHaveLength(2));
    expect(callsOf('import.run')[1]).toMatchObject({ dryRun: true, url: 'https://news.example/' });
    await waitFor(() => expect(screen.queryByTestId('import-rejected-row')).toBeNull());
    expect(screen.queryByTestId('import-stale')).toBeNull();
    expect(screen.getByTestId('import-summary').textContent).toContain('1 new');
    expect(screen.getByTestId('import-apply').hasAttribute('disabled')).toBe(false);
  });

  it('asks for the site of a Cookie: header and sends it', async () => {
    const { client, callsOf } = createFakeClient();
    renderApp(client, { hash: '#/import' });
    expect(screen.queryByTestId('import-site')).toBeNull();
    fireEvent.change(formatSelect(), { target: { value: 'header' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Site the Cookie: header was sent to' }), {
      target: { value: 'www.example.com' },
    });
    choose([new File(['Cookie: a=1; b=2'], 'header.txt')]);
    await screen.findByTestId('import-dry-run-report');
    expect(callsOf('import.run')[0]).toMatchObject({ format: 'header', site: 'www.example.com' });
    expect(within(screen.getByTestId('import-file-row')).getAllByRole('cell')[2]?.textContent).toBe('2');
  });

  it('offers request cookies for HAR and re-checks when ticked', async () => {
    const { client, callsOf } = createFakeClient();
    renderApp(client, { hash: '#/import' });
    fireEvent.change(formatSelect(), { target: { value: 'har' } });
    choose([new File([netscapeLine('a.example', 'n', 'v', inDays(3))], 'session.har')]);
    await screen.findByTestId('import-dry-run-report');
    expect(callsOf('import.run')[0]).not.toHaveProperty('harRequestCookies');
    fireEvent.click(screen.getByRole('checkbox', { name: /cookies the browser sent/ }));
    await waitFor(() => expect(callsOf('import.run')).toHaveLength(2));
    expect(callsOf('import.run')[1]).toMatchObject({ format: 'har', harRequestCookies: true, dryRun: true });
  });

  it('takes a keyring secret for Chromium in a password field, sends it, and forgets it', async () => {
    const { client, callsOf } = createFakeClient();
    renderApp(client, { hash: '#/import' });
    fireEvent.change(formatSelect(), { target: { value: 'chromium' } });
    const secret = screen.getByLabelText(/Keyring secret/);
    expect(secret.getAttribute('type')).toBe('password');
    fireEvent.change(secret, { target: { value: 'peanuts-and-more' } });
    choose([new File([dbBytes()], 'Cookies')]);
    await screen.findByTestId('import-dry-run-report');
    expect(callsOf('import.run')[0]).toMatchObject({ format: 'chromium', keyringSecret: 'peanuts-and-more' });
    expect(document.body.textContent).not.toContain('peanuts-and-more');
    expect(JSON.stringify({ ...window.localStorage, ...window.sessionStorage })).not.toContain('peanuts');

    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect((screen.getByLabelText(/Keyring secret/) as HTMLInputElement).value).toBe('');

    // Applied, it is forgotten too: the next import starts without it.
    fireEvent.change(screen.getByLabelText(/Keyring secret/), { target: { value: 'second-secret' } });
    choose([new File([dbBytes()], 'Cookies')]);
    await screen.findByTestId('import-dry-run-report');
    fireEvent.click(screen.getByTestId('import-apply'));
    await screen.findByTestId('import-result');
    expect(callsOf('import.run')[2]).toMatchObject({ dryRun: false, keyringSecret: 'second-secret' });
    fireEvent.click(screen.getByRole('button', { name: 'Import more files' }));
    expect((screen.getByLabelText(/Keyring secret/) as HTMLInputElement).value).toBe('');
  });

  it('lists warnings apart from rejected rows, and counts localStorage entries', async () => {
    const { client, callsOf, state } = createFakeClient();
    renderApp(client, { hash: '#/import' });
    const storageState = {
      cookies: [
        { name: 'long', value: 'x', domain: '.shop.example', path: '/', expires: inDays(500) },
        { name: 'short', value: 'y', domain: 'shop.example', path: '/', expires: inDays(5) },
      ],
      origins: [
        {
          origin: 'https://shop.example',
          localStorage: [
            { name: 'consent', value: 'all' },
            { name: 'theme', value: 'dark' },
          ],
        },
      ],
    };
    choose([new File([JSON.stringify(storageState)], 'state.json'), new File(['broken line'], 'bad.txt')]);
    const report = await screen.findByTestId('import-dry-run-report');
    expect(
      within(report)
        .getAllByTestId('import-rejected-row')
        .map((r) => r.textContent),
    ).toEqual(['bad.txt line 1expected 7 tab-separated fields, found 1']);
    const warnings = within(report).getByTestId('import-warnings-section');
    expect(within(warnings).getByRole('heading', { name: '1 warning' })).toBeTruthy();
    expect(
      within(warnings)
        .getAllByTestId('import-warning-row')
        .map((r) => r.textContent),
    ).toEqual(['state.json entry 1expires in 500 days; browsers keep a cookie at most 400 days']);
    expect(within(report).getByTestId('import-rejected-section').contains(warnings)).toBe(false);
    expect(within(report).getByTestId('import-storage-summary').textContent).toBe(
      'localStorage: would import 2 new, 0 updated.',
    );

    fireEvent.click(screen.getByTestId('import-apply-valid'));
    const result = await screen.findByTestId('import-result');
    expect(callsOf('import.run')[1]).toMatchObject({ dryRun: false, skipInvalid: true });
    expect(within(result).getByTestId('import-storage-summary').textContent).toBe(
      'localStorage: imported 2 new, 0 updated.',
    );
    expect(within(result).getAllByTestId('import-warning-row')).toHaveLength(1);
    expect(state.storage.map((e) => e.name)).toEqual(['consent', 'theme']);
  });

  it('shows no localStorage line when there is none', async () => {
    const { client } = createFakeClient();
    renderApp(client, { hash: '#/import' });
    choose([new File([netscapeLine('a.example', 'n', 'v', inDays(3))], 'cookies.txt')]);
    await screen.findByTestId('import-dry-run-report');
    expect(screen.queryByTestId('import-storage-summary')).toBeNull();
    expect(screen.queryByTestId('import-warnings-section')).toBeNull();
  });
});
