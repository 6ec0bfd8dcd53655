// "Import from my browsers": the profiles the core lists, grouped by browser; Check = a dry run of one profile
// with the same report and choice as files; the keyring secret of Chromium-family profiles; errors.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { exampleBrowsers } from './fake-browsers';
import { createFakeClient } from './fake-client';
import { renderApp } from './render';

const FIREFOX = '/home/ada/.mozilla/firefox/abcd.default-release/cookies.sqlite';
const CHROME = '/home/ada/.config/google-chrome/Default/Cookies';
const BRAVE = '/home/ada/.config/BraveSoftware/Brave-Browser/Default/Cookies';

const section = () => screen.getByTestId('browser-import');
const row = (id: string) => {
  const found = screen.getAllByTestId('browser-profile').find((r) => r.getAttribute('data-id') === id);
  if (!found) throw new Error(`no row for ${id}`);
  return found;
};
const secretField = (id: string) => within(row(id)).queryByTestId<HTMLInputElement>('browser-keyring-secret');
const check = (id: string) => fireEvent.click(within(row(id)).getByTestId('browser-check'));

async function open(browsers = exampleBrowsers()) {
  const fake = createFakeClient({ browsers });
  renderApp(fake.client, { hash: '#/import' });
  await screen.findAllByTestId('browser-profile');
  return fake;
}

describe('import from my browsers', () => {
  it('lists the profiles grouped by browser, with the profile name and the cookie file', async () => {
    const { callsOf } = await open();
    expect(callsOf('browsers.list')).toHaveLength(1);
    const groups = within(section()).getAllByTestId('browser-group');
    expect(
      groups.map((group) => [
        within(group).getByRole('heading').textContent,
        within(group)
          .getAllByTestId('browser-profile-name')
          .map((name) => name.textContent),
      ]),
    ).toEqual([
      ['Firefox', ['default-release', 'work']],
      ['Google Chrome', ['Default']],
      ['Brave', ['Default']],
    ]);
    expect(within(row(CHROME)).getByTestId('browser-profile-file').textContent).toBe(CHROME);
    expect(within(row(FIREFOX)).getByRole('button', { name: /Check/ }).getAttribute('aria-label')).toBe(
      'Check the cookies of Firefox, profile default-release',
    );
    expect(screen.queryByTestId('browser-profiles-empty')).toBeNull();
  });

  it('says so when no profile is found', async () => {
    const { client } = createFakeClient();
    renderApp(client, { hash: '#/import' });
    const empty = await screen.findByTestId('browser-profiles-empty');
    expect(empty.textContent).toContain('No browser profiles found in the standard places');
    expect(screen.queryByTestId('browser-profile')).toBeNull();
    // The file import is still there below it.
    expect(screen.getByTestId('import-file-input')).toBeTruthy();
  });

  it('checks a profile with a dry run, shows the report, then imports it', async () => {
    const { callsOf, state } = await open();
    check(FIREFOX);
    const output = screen.getByTestId('browser-import-output');
    const report = await within(output).findByTestId('import-dry-run-report');
    expect(callsOf('import.browser')).toEqual([{ id: FIREFOX, dryRun: true }]);
    expect(state.cookies).toEqual([]);
    expect(within(output).getByRole('heading', { level: 3 }).textContent).toBe(
      'Check before importing: Firefox, profile default-release',
    );
    expect(within(report).getByTestId('import-summary').textContent).toBe(
      'Would import: 2 new, 0 updated, 0 skipped (already expired).',
    );
    expect(within(report).getByTestId('import-file-row').getAttribute('data-format')).toBe('firefox');
    expect(row(FIREFOX).className).toContain('active');
    // Nothing rejected: a plain Import, no "valid part".
    expect(screen.queryByTestId('browser-import-apply-valid')).toBeNull();

    fireEvent.click(screen.getByTestId('browser-import-apply'));
    const result = await within(output).findByTestId('import-result');
    expect(callsOf('import.browser')[1]).toEqual({ id: FIREFOX, dryRun: false, skipInvalid: false });
    expect(within(result).getByTestId('import-summary').textContent).toBe(
      'Imported: 2 new, 0 updated, 0 skipped (already expired).',
    );
    expect(state.cookies.map((c) => c.name).sort()).toEqual(['lang', 'sid']);
    await waitFor(() =>
      expect(screen.getByTestId('status-cookie-count').textContent).toBe('2 cookies in the jar'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Import another profile' }));
    await waitFor(() => expect(screen.queryByTestId('import-result')).toBeNull());
    expect(row(FIREFOX).className).not.toContain('active');
  });

  it('imports the valid part of a profile whose rows are rejected', async () => {
    const { callsOf, state } = await open();
    check(CHROME);
    await screen.findByTestId('import-dry-run-report');
    expect(screen.getByTestId('import-rejected-row').textContent).toContain('--keyring-secret');
    expect(screen.getByTestId('browser-import-apply').hasAttribute('disabled')).toBe(true);
    expect(screen.getByText(/1 row cannot be imported/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Import the valid part' }));
    await screen.findByTestId('import-result');
    expect(callsOf('import.browser')[1]).toEqual({ id: CHROME, dryRun: false, skipInvalid: true });
    expect(state.cookies.map((c) => c.name)).toEqual(['plain']);
  });

  it('takes the keyring secret of a Chromium profile with a hint, sends it, and forgets it', async () => {
    const { callsOf, state } = await open();
    expect(secretField(FIREFOX)).toBeNull();
    const field = secretField(CHROME)!;
    expect(field.getAttribute('type')).toBe('password');
    expect(
      within(row(CHROME)).getByLabelText('Keyring secret ("Chrome Safe Storage" in the desktop keyring)'),
    ).toBe(field);

    check(CHROME);
    await screen.findByTestId('import-dry-run-report');
    expect(callsOf('import.browser')[0]).toEqual({ id: CHROME, dryRun: true });
    // Typed after the check: what was checked is no longer what would be imported.
    fireEvent.change(secretField(CHROME)!, { target: { value: 'peanuts' } });
    expect(screen.getByTestId('browser-import-stale').textContent).toContain('check again');
    expect(screen.getByTestId('browser-import-apply-valid').hasAttribute('disabled')).toBe(true);

    // Enter in the field checks again.
    fireEvent.submit(secretField(CHROME)!);
    await waitFor(() => expect(callsOf('import.browser')).toHaveLength(2));
    expect(callsOf('import.browser')[1]).toEqual({ id: CHROME, dryRun: true, keyringSecret: 'peanuts' });
    await waitFor(() => expect(screen.queryByTestId('import-rejected-row')).toBeNull());
    expect(screen.queryByTestId('browser-import-stale')).toBeNull();
    expect(document.body.textContent).not.toContain('peanuts');

    fireEvent.click(screen.getByTestId('browser-import-apply'));
    await screen.findByTestId('import-result');
    expect(callsOf('import.browser')[2]).toEqual({
      id: CHROME,
      dryRun: false,
      skipInvalid: false,
      keyringSecret: 'peanuts',
    });
    expect(state.cookies.map((c) => c.name).sort()).toEqual(['cart', 'plain']);
    expect(secretField(CHROME)!.value).toBe('');
    expect(document.body.textContent).not.toContain('peanuts');
    expect(JSON.stringify({ ...window.localStorage, ...window.sessionStorage })).not.toContain('peanuts');
  });

  it('shows the secret field when a rejected row asks for --keyring-secret, and clears it on Cancel', async () => {
    const { callsOf } = await open();
    // Brave has no keyring hint (e.g. where no secret is known): no field until a check asks for one.
    expect(secretField(BRAVE)).toBeNull();
    check(BRAVE);
    await screen.findByTestId('import-dry-run-report');
    expect(screen.getByTestId('import-rejected-row').textContent).toContain('give it with --keyring-secret');
    const field = secretField(BRAVE)!;
    expect(within(row(BRAVE)).getByLabelText('Keyring secret')).toBe(field);
    expect(field.getAttribute('type')).toBe('password');

    fireEvent.change(field, { target: { value: 'lion' } });
    check(BRAVE);
    await waitFor(() => expect(callsOf('import.browser')).toHaveLength(2));
    expect(callsOf('import.browser')[1]).toEqual({ id: BRAVE, dryRun: true, keyringSecret: 'lion' });
    await waitFor(() => expect(screen.getByTestId('import-summary').textContent).toContain('1 new'));

    fireEvent.click(screen.getByTestId('browser-import-cancel'));
    expect(screen.queryByTestId('import-dry-run-report')).toBeNull();
    expect(secretField(BRAVE)).toBeNull();
    check(BRAVE);
    await waitFor(() => expect(callsOf('import.browser')).toHaveLength(3));
    expect(callsOf('import.browser')[2]).toEqual({ id: BRAVE, dryRun: true });
  });

  it('keeps one secret at a time: checking another profile drops it', async () => {
    const browsers = exampleBrowsers();
    const { callsOf } = await open(browsers);
    fireEvent.change(secretField(CHROME)!, { target: { value: 'peanuts' } });
    check(FIREFOX);
    await screen.findByTestId('import-dry-run-report');
    expect(secretField(CHROME)!.value).toBe('');
    check(CHROME);
    await waitFor(() => expect(callsOf('import.browser')).toHaveLength(2));
    expect(callsOf('import.browser')[1]).toEqual({ id: CHROME, dryRun: true });
  });

  it('says when a profile vanished, and lists the profiles again', async () => {
    const { state, callsOf } = await open();
    state.browsers = state.browsers.filter((b) => b.id !== FIREFOX);
    check(FIREFOX);
    const alert = await within(screen.getByTestId('browser-import-output')).findByTestId('error-message');
    expect(alert.getAttribute('data-code')).toBe('NOT_FOUND');
    expect(alert.textContent).toContain('no longer on this computer');
    await waitFor(() => expect(callsOf('browsers.list')).toHaveLength(2));
    await waitFor(() =>
      expect(screen.getAllByTestId('browser-profile').map((r) => r.getAttribute('data-id'))).not.toContain(
        FIREFOX,
      ),
    );
    expect(screen.queryByTestId('browser-import-apply')).toBeNull();
  });

  it('shows a damaged database as unreadable, busy while it runs', async () => {
    const browsers = exampleBrowsers().map((b) => (b.id === CHROME ? { ...b, damaged: true } : b));
    const { client } = await open(browsers);
    // Held until the busy state is seen: the fake answers at once otherwise.
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const read = client['import.browser'];
    client['import.browser'] = async (input) => {
      await gate;
      return read(input);
    };
    check(CHROME);
    const output = screen.getByTestId('browser-import-output');
    expect((await within(output).findByRole('status')).textContent).toBe(
      'Reading Google Chrome, profile Default…',
    );
    expect(output.getAttribute('aria-busy')).toBe('true');
    for (const button of screen.getAllByTestId('browser-check')) {
      expect(button.hasAttribute('disabled')).toBe(true);
    }
    release();
    const alert = await within(output).findByTestId('error-message');
    expect(alert.getAttribute('data-code')).toBe('IMPORT_UNREADABLE');
    expect(alert.textContent).toContain('The file could not be read');
    expect(alert.textContent).toContain('Error code: IMPORT_UNREADABLE');
    expect(output.getAttribute('aria-busy')).toBe('false');
    expect(screen.getAllByTestId('browser-check').every((b) => !b.hasAttribute('disabled'))).toBe(true);
  });

  it('looks again for profiles on request', async () => {
    const { client, state, callsOf } = createFakeClient();
    renderApp(client, { hash: '#/import' });
    await screen.findByTestId('browser-profiles-empty');
    state.browsers = exampleBrowsers();
    fireEvent.click(screen.getByTestId('browser-profiles-refresh'));
    await screen.findAllByTestId('browser-profile');
    expect(callsOf('browsers.list')).toHaveLength(2);
  });
});
