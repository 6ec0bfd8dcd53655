// The Jar view's edit dialog (checks as you type, the core's refusal shown, Save with Undo) and the active
// row's details (value masked until revealed, copied without being shown).
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { toLocalInput } from '../../renderer/features/jar/edit-draft';
import { createFakeClient } from './fake-client';
import { cookie, inDays } from './fixtures';
import { renderApp } from './render';

const rows = () => screen.queryAllByTestId('jar-row');
const row = (name: string) => rows().find((r) => r.getAttribute('data-name') === name)!;
const dialog = () => screen.getByTestId('jar-edit-dialog');
const field = (id: string) => within(dialog()).getByTestId(`jar-edit-${id}`) as HTMLInputElement;
const problems = (id: string) => within(dialog()).queryByTestId(`jar-edit-problems-${id}`)?.textContent ?? '';
const type = (id: string, value: string) => fireEvent.change(field(id), { target: { value } });

function jar() {
  return createFakeClient({
    cookies: [
      cookie({ name: 'sid', value: 's3cr3t', domain: 'shop.example', expires: inDays(20), secure: true }),
      cookie({ name: 'lang', value: 'fr', domain: 'shop.example', expires: null }),
    ],
  });
}

async function openJar(fake: ReturnType<typeof createFakeClient>) {
  renderApp(fake.client, { hash: '#/jar', events: fake.events.feed });
  await waitFor(() => expect(rows()).toHaveLength(2));
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('Jar edit dialog', () => {
  it('checks a new cookie as it is typed and does not send one it knows is wrong', async () => {
    const fake = jar();
    await openJar(fake);
    fireEvent.click(screen.getByTestId('jar-new'));
    expect(within(dialog()).getByRole('heading').textContent).toBe('New cookie');
    // Nothing typed yet: no reproach.
    expect(problems('domain')).toBe('');

    type('name', '__Host-id');
    expect(problems('name')).toBe('');
    type('path', 'app');
    expect(problems('path')).toBe('The path must start with "/".');
    expect(field('path').getAttribute('aria-invalid')).toBe('true');
    expect(problems('name')).toContain(
      'A __Host- cookie must be Secure, not sent to subdomains, and have path "/".',
    );
    type('path', '/');
    expect(problems('path')).toBe('');
    expect(problems('name')).toBe('');
    fireEvent.click(field('secure'));
    expect(problems('name')).toContain('__Host- cookie must be Secure');
    fireEvent.click(field('secure'));

    type('domain', 'bad domain');
    expect(problems('domain')).toContain('This is not a host name');
    type('domain', '');
    expect(problems('domain')).toBe('Give the domain the cookie belongs to.');

    type('value', 'x'.repeat(4090));
    expect(problems('value')).toBe('Name and value are 4099 bytes; browsers keep at most 4096.');
    expect(within(dialog()).getByText('4099 of 4096 bytes (name and value)')).toBeTruthy();
    type('value', 'a;b');
    expect(problems('value')).toContain('may not contain control characters or ";"');

    type('expires', toLocalInput(Math.floor(Date.now() / 1000) - 3600));
    expect(problems('expires')).toBe('This date has passed: the cookie would be gone at once.');
    type('expires', toLocalInput(Math.floor(Date.now() / 1000) + 500 * 86_400));
    expect(problems('expires')).toBe('More than 400 days away: browsers shorten it to 400 days.');
    expect(field('expires').getAttribute('aria-invalid')).toBe('false');
    fireEvent.click(field('session'));
    expect(field('expires').disabled).toBe(true);
    expect(problems('expires')).toBe('');

    fireEvent.click(within(dialog()).getByTestId('jar-edit-save'));
    expect(fake.callsOf('cookies.save')).toHaveLength(0);
    // Saving shows every problem and takes the keyboard to the first one.
    expect(document.activeElement).toBe(field('value'));
    expect(problems('domain')).toBe('Give the domain the cookie belongs to.');
  });

  it('saves a new cookie, says so with Undo, and Undo takes it away', async () => {
    const fake = jar();
    await openJar(fake);
    fireEvent.click(screen.getByTestId('jar-new'));
    type('name', 'theme');
    type('value', 'dark');
    type('domain', 'Shop.Example');
    fireEvent.click(field('subdomains'));
    const expires = Math.floor(Date.now() / 1000) + 10 * 86_400;
    type('expires', toLocalInput(expires));
    fireEvent.change(field('samesite'), { target: { value: 'strict' } });
    fireEvent.click(within(dialog()).getByTestId('jar-edit-save'));
    await waitFor(() => expect(screen.queryByTestId('jar-edit-dialog')).toBeNull());
    const [saved] = fake.callsOf('cookies.save');
    expect(saved).toEqual({
      cookie: {
        name: 'theme',
        value: 'dark',
        domain: 'shop.example',
        hostOnly: false,
        path: '/',
        expires: expires - (expires % 60),
        httpOnly: false,
        secure: true,
        sameSite: 'strict',
      },
    });
    await waitFor(() => expect(rows()).toHaveLength(3));
    const toast = screen.getByTestId('toast');
    expect(toast.textContent).toContain('Added cookie theme.');
    fireEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(fake.state.cookies.map((c) => c.name)).toEqual(['sid', 'lang']);
  });

  it('shows the core’s refusal in the dialog and keeps what was typed', async () => {
    const fake = jar();
    await openJar(fake);
    fireEvent.click(screen.getByTestId('jar-new'));
    type('name', 'sid');
    type('domain', 'shop.example');
    fireEvent.click(within(dialog()).getByTestId('jar-edit-save'));
    const error = await within(dialog()).findByTestId('error-message');
    expect(error.getAttribute('data-code')).toBe('VALIDATION');
    expect(error.textContent).toContain(
      'A cookie "sid" for shop.example/ is already in the jar: edit that one instead.',
    );
    expect(field('name').value).toBe('sid');
    // Typing again puts the refusal away.
    type('name', 'sid2');
    await waitFor(() => expect(within(dialog()).queryByTestId('error-message')).toBeNull());
  });

  it('edits the active row (Enter), value masked until shown, keeps the untouched expiry, and Undo restores it', async () => {
    const fake = jar();
    const before = fake.state.cookies[0]!;
    await openJar(fake);
    fireEvent.click(row('sid'));
    fireEvent.keyDown(screen.getByRole('grid'), { key: 'Enter' });
    expect(within(dialog()).getByRole('heading').textContent).toBe('Edit cookie sid');
    await waitFor(() => expect(field('value').value).toBe('s3cr3t'));
    expect(field('value').type).toBe('password');
    fireEvent.click(within(dialog()).getByTestId('jar-edit-show-value'));
    expect(field('value').type).toBe('text');
    type('value', 's3cr3t-2');
    fireEvent.click(within(dialog()).getByTestId('jar-edit-save'));
    await waitFor(() => expect(screen.queryByTestId('jar-edit-dialog')).toBeNull());
    expect(fake.callsOf('cookies.save')[0]).toMatchObject({
      original: { domain: 'shop.example', path: '/', name: 'sid' },
      cookie: { name: 'sid', value: 's3cr3t-2', expires: before.expires, secure: true, hostOnly: true },
    });
    expect(fake.state.cookies.find((c) => c.name === 'sid')!.value).toBe('s3cr3t-2');
    const toast = screen.getByTestId('toast');
    expect(toast.textContent).toContain('Saved cookie sid.');
    fireEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(fake.state.cookies.find((c) => c.name === 'sid')!.value).toBe('s3cr3t'));
    expect(await screen.findByText('Change undone.')).toBeTruthy();
  });

  it('renames and re-dates a cookie from a double-click; Escape leaves without saving', async () => {
    const fake = jar();
    await openJar(fake);
    fireEvent.doubleClick(row('lang'));
    await waitFor(() => expect(field('value').value).toBe('fr'));
    expect(field('session').checked).toBe(true);
    fireEvent.keyDown(dialog(), { key: 'Escape' });
    expect(screen.queryByTestId('jar-edit-dialog')).toBeNull();

    fireEvent.doubleClick(row('lang'));
    await waitFor(() => expect(field('value').value).toBe('fr'));
    type('name', 'language');
    fireEvent.click(field('session'));
    const expires = Math.floor(Date.now() / 1000) + 3 * 86_400;
    type('expires', toLocalInput(expires));
    fireEvent.click(within(dialog()).getByTestId('jar-edit-save'));
    await waitFor(() => expect(rows().map((r) => r.getAttribute('data-name'))).toContain('language'));
    expect(rows().map((r) => r.getAttribute('data-name'))).not.toContain('lang');
    expect(within(row('language')).getByTestId('jar-row-expires').textContent).toBe('in 3 days');
  });
});

describe('Jar details', () => {
  it('shows the active cookie’s value only when asked, and copies it without showing it', async () => {
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void written.push(text) },
    });
    const fake = jar();
    await openJar(fake);
    fireEvent.click(row('lang'));
    const details = screen.getByTestId('jar-details');
    expect(details.textContent).toContain('lang');
    expect(within(details).getByTestId('jar-value').textContent).not.toContain('fr');
    fireEvent.click(within(details).getByRole('button', { name: 'Copy value of lang' }));
    await waitFor(() => expect(written).toEqual(['fr']));
    expect(within(details).getByTestId('jar-value').textContent).not.toContain('fr');
    fireEvent.click(within(details).getByRole('button', { name: 'Reveal the value of lang' }));
    await waitFor(() => expect(within(details).getByTestId('jar-value').textContent).toBe('fr'));
    expect(fake.callsOf('cookies.reveal')).toEqual([
      { domain: 'shop.example', path: '/', name: 'lang' },
      { domain: 'shop.example', path: '/', name: 'lang' },
    ]);
    // When the jar changes the value may be another: it is masked again.
    fake.state.cookies = fake.state.cookies.map((c) => (c.name === 'lang' ? { ...c, value: 'de' } : c));
    fake.events.emit('data.changed', { what: 'jar', revision: 5 });
    const value = () => within(screen.getByTestId('jar-details')).getByTestId('jar-value').textContent;
    await waitFor(() => expect(value()).not.toContain('fr'));
    fireEvent.click(screen.getByRole('button', { name: 'Reveal the value of lang' }));
    await waitFor(() => expect(value()).toBe('de'));
    // Another row: a revealed value does not follow.
    fireEvent.click(row('sid'));
    expect(within(screen.getByTestId('jar-details')).getByTestId('jar-value').textContent).not.toContain(
      's3cr3t',
    );
  });
});
