import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CrumbsError } from '../../shared/errors';
import { LANGUAGE_KEY } from '../../renderer/i18n';
import { createFakeClient } from './fake-client';
import { EXAMPLE_SITE, exampleCookies, examplePolicy } from './fixtures';
import { renderApp } from './render';

const REQUIRED = {
  protection: 'basic_text',
  unprotected: true,
  consent: 'required',
  allowedAt: null,
} as const;

describe('settings', () => {
  it('shows where the data lives and how values are protected, with the version', async () => {
    const { client } = createFakeClient();
    renderApp(client, { hash: '#/settings' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    expect((await screen.findByTestId('settings-data-dir')).textContent).toBe('/tmp/crumbs-test');
    expect(screen.getByRole('button', { name: 'Copy the data folder’s path' })).toBeTruthy();
    const protection = screen.getByTestId('settings-protection');
    expect(within(protection).getByTestId('protection-kind').textContent).toContain(
      'kept in a file of the data folder that only your user account can read',
    );
    expect(within(protection).getByTestId('protection-unprotected').textContent).toBe('Yes');
    // Nothing to agree to: no question, no consent line.
    expect(within(protection).queryByTestId('protection-consent')).toBeNull();
    expect(within(protection).queryByTestId('protection-question')).toBeNull();
    expect(screen.getByText('Crumbs version 0.1.0-test')).toBeTruthy();
  });

  it('switches the language from its radio buttons, remembers it, and writes dates the French way', async () => {
    const { client, state } = createFakeClient();
    state.valueStorage = { ...REQUIRED, consent: 'granted', allowedAt: '2025-03-04T10:30:00.000Z' };
    renderApp(client, { hash: '#/settings' });
    const consentLine = await screen.findByTestId('protection-consent');
    expect(consentLine.textContent).toMatch(/^Given on Mar 4, 2025/);
    const group = screen.getByRole('group', { name: 'Language' });
    fireEvent.click(within(group).getByRole('radio', { name: 'Français' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Réglages' })).toBeTruthy();
    expect(window.localStorage.getItem(LANGUAGE_KEY)).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
    expect(screen.getByTestId('protection-consent').textContent).toMatch(/^Donné le 4 mars 2025/);
    expect(screen.getByRole('link', { name: 'Bocal' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: /Suivre le système/ })).toBeTruthy();
  });

  it('rotates the data key after a confirmation that starts on Cancel', async () => {
    const { client, callsOf } = createFakeClient();
    renderApp(client, { hash: '#/settings' });
    fireEvent.click(await screen.findByTestId('rotate-key'));
    const dialog = screen.getByTestId('confirm-dialog');
    expect(within(dialog).getByRole('heading').textContent).toBe('Rotate the data key?');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(callsOf('storage.rotateKey')).toHaveLength(0);

    fireEvent.click(screen.getByTestId('rotate-key'));
    fireEvent.click(screen.getByTestId('confirm-dialog-confirm'));
    await waitFor(() => expect(callsOf('storage.rotateKey')).toHaveLength(1));
    expect((await screen.findByTestId('toast')).textContent).toContain('The data key was rotated.');
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
  });

  it('shows why a rotation failed, with its code', async () => {
    const { client, state } = createFakeClient();
    state.failNext['storage.rotateKey'] = new CrumbsError('KEY_UNAVAILABLE', 'The keychain is locked.');
    renderApp(client, { hash: '#/settings' });
    fireEvent.click(await screen.findByTestId('rotate-key'));
    fireEvent.click(screen.getByTestId('confirm-dialog-confirm'));
    const error = await screen.findByTestId('error-message');
    expect(error.getAttribute('data-code')).toBe('KEY_UNAVAILABLE');
    expect(error.textContent).toContain('The keychain is locked.');
  });

  it('asks before storing values unprotected: Not now leaves it, Agree records the answer', async () => {
    const { client, state, callsOf } = createFakeClient();
    state.valueStorage = { ...REQUIRED };
    renderApp(client, { hash: '#/settings' });
    const question = await screen.findByTestId('protection-question');
    expect(screen.getByTestId('protection-consent').textContent).toContain('Not given yet');
    expect(screen.getByTestId('protection-kind').textContent).toContain('protected by a fixed password only');

    const ask = within(question).getByRole('button', { name: 'Decide now…' });
    // A click focuses the button in a browser; jsdom does not.
    ask.focus();
    fireEvent.click(ask);
    let dialog = screen.getByRole('alertdialog', { name: 'Store cookie values without system protection?' });
    expect(dialog.textContent).toContain('basic_text');
    expect(dialog.textContent).toContain('anyone who can read your data folder can read them');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Not now' }));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByTestId('storage-consent-dialog')).toBeNull();
    expect(document.activeElement).toBe(ask);

    fireEvent.click(ask);
    dialog = screen.getByTestId('storage-consent-dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Not now' }));
    expect(callsOf('storage.allowUnprotected')).toHaveLength(0);

    fireEvent.click(ask);
    fireEvent.click(screen.getByTestId('storage-consent-agree'));
    await waitFor(() => expect(callsOf('storage.allowUnprotected')).toHaveLength(1));
    await waitFor(() => expect(screen.queryByTestId('protection-question')).toBeNull());
    expect(screen.getByTestId('protection-consent').textContent).toMatch(/^Given on /);
    expect(screen.queryByTestId('storage-consent-dialog')).toBeNull();
    expect((await screen.findByTestId('toast')).textContent).toContain('may now be stored on this machine');
  });

  it('asks whenever a change is refused for want of that answer, and leaves the retry to the user', async () => {
    const { client, state, callsOf } = createFakeClient({
      policies: [examplePolicy],
      cookies: exampleCookies(),
    });
    state.valueStorage = { ...REQUIRED, protection: 'keyfile' };
    state.failNext['cookies.delete'] = new CrumbsError(
      'STORAGE_UNPROTECTED',
      'Values would be stored unprotected.',
    );
    renderApp(client, { hash: `#/site/${EXAMPLE_SITE}` });
    fireEvent.click((await screen.findAllByTestId('cookie-delete'))[0]!);
    const dialog = await screen.findByTestId('storage-consent-dialog');
    expect(dialog.textContent).toContain('Crumbs did not save that change');
    expect(dialog.textContent).toContain('the key would be kept in a file of the data folder');
    // The page shows the refusal with its code, as for any error.
    expect((await screen.findByTestId('error-message')).getAttribute('data-code')).toBe(
      'STORAGE_UNPROTECTED',
    );

    fireEvent.click(within(dialog).getByTestId('storage-consent-agree'));
    await waitFor(() => expect(callsOf('storage.allowUnprotected')).toHaveLength(1));
    expect((await screen.findByTestId('toast')).textContent).toContain('Try again what was refused.');
    expect(callsOf('cookies.delete')).toHaveLength(1);
    expect(state.cookies).toHaveLength(4);
  });
});
