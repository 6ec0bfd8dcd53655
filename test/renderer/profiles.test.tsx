// The consent profiles view: the list (built-ins and the active one marked, "Use"), creating one with switches,
// the locked built-ins and their Duplicate, editing and renaming, per-site overrides, deleting with Undo, and
// the status line naming the active profile. The fake runs the core's own profile store and rules.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ConsentProfile } from '../../shared/consent';
import { createFakeClient } from './fake-client';
import { renderApp } from './render';

const statsOnly: ConsentProfile = {
  name: 'stats only',
  categories: { necessary: true, preferences: false, statistics: true, marketing: false, social: false },
  sites: {},
  gpc: false,
};

const item = (name: string) =>
  screen.getAllByTestId('profile-item').find((li) => li.getAttribute('data-name') === name)!;
const switchNamed = (name: string) => screen.getByRole('switch', { name });

describe('the profiles list', () => {
  it('marks the built-ins and the active profile, and "Use" makes another active (the status line says so)', async () => {
    const { client, state } = createFakeClient();
    renderApp(client, { hash: '#/profiles' });
    await screen.findByRole('heading', { level: 1, name: 'Consent profiles' });
    const names = (await screen.findAllByTestId('profile-item')).map((li) => li.getAttribute('data-name'));
    expect(names).toEqual(['necessary-only', 'accept-all']);
    expect(within(item('necessary-only')).getByTestId('profile-builtin-badge').textContent).toBe('Built-in');
    expect(within(item('accept-all')).getByTestId('profile-active-badge').textContent).toBe('Active');
    expect(within(item('necessary-only')).queryByTestId('profile-active-badge')).toBeNull();
    expect(item('necessary-only').textContent).toContain('Only what is necessary');
    expect(item('accept-all').textContent).toContain('Allows everything');
    await waitFor(() =>
      expect(screen.getByTestId('status-profile').textContent).toBe('Consent profile: accept-all'),
    );
    // The nav marks the page.
    expect(screen.getByRole('link', { name: 'Profiles' }).getAttribute('aria-current')).toBe('page');

    fireEvent.click(screen.getByRole('button', { name: 'Use the profile necessary-only' }));
    await waitFor(() =>
      expect(screen.getByTestId('status-profile').textContent).toBe('Consent profile: necessary-only'),
    );
    expect(state.activeProfile).toBe('necessary-only');
    expect(within(item('necessary-only')).getByTestId('profile-active-badge')).toBeTruthy();
    expect(screen.getByTestId('toast').textContent).toContain('necessary-only is now the active profile.');
    expect(screen.getByTestId('status-profile-link').getAttribute('href')).toBe('#/profiles/necessary-only');
  });

  it('creates a profile by toggling switches; necessary stays on and cannot be turned off', async () => {
    const { client, state, callsOf } = createFakeClient();
    renderApp(client, { hash: '#/profiles' });
    fireEvent.click(await screen.findByRole('button', { name: 'New profile' }));
    const editor = screen.getByTestId('profile-editor');
    const necessary = within(editor).getByRole('switch', { name: 'Strictly necessary' });
    expect(necessary.getAttribute('aria-checked')).toBe('true');
    expect((necessary as HTMLButtonElement).disabled).toBe(true);
    expect(necessary.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(necessary.getAttribute('aria-describedby')!)!.textContent).toContain(
      'cannot be refused',
    );
    for (const name of ['Preferences', 'Statistics', 'Marketing', 'Social media', 'Global Privacy Control']) {
      expect(switchNamed(name).getAttribute('aria-checked')).toBe('false');
    }

    // No name: nothing is saved, the field says why.
    fireEvent.click(screen.getByRole('button', { name: 'Create profile' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Give the profile a name.');
    expect(callsOf('profiles.save')).toEqual([]);
    // A built-in's name is taken.
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'accept-all' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create profile' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'A profile named “accept-all” already exists.',
    );

    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'stats only' } });
    fireEvent.click(switchNamed('Statistics'));
    expect(switchNamed('Statistics').getAttribute('aria-checked')).toBe('true');
    fireEvent.click(switchNamed('Global Privacy Control'));
    fireEvent.click(screen.getByRole('button', { name: 'Create profile' }));

    await waitFor(() => expect(window.location.hash).toBe('#/profiles/stats%20only'));
    expect(state.profiles).toEqual([{ ...statsOnly, gpc: true }]);
    expect(await screen.findByTestId('profile-detail')).toBeTruthy();
    expect(screen.getByTestId('toast').textContent).toContain('Created the profile stats only.');
    expect(within(item('stats only')).queryByTestId('profile-builtin-badge')).toBeNull();
    expect(item('stats only').textContent).toContain('Allows statistics');
  });

  it('shows a built-in locked, and Duplicate starts an editable copy of it', async () => {
    const { client, state } = createFakeClient();
    renderApp(client, { hash: '#/profiles/necessary-only' });
    const note = await screen.findByTestId('profile-builtin-note');
    expect(note.textContent).toContain('Built-in profiles cannot be changed.');
    expect(screen.getByTestId('profile-editor').getAttribute('data-mode')).toBe('readOnly');
    for (const name of ['Statistics', 'Marketing', 'Global Privacy Control']) {
      const control = switchNamed(name) as HTMLButtonElement;
      expect(control.disabled).toBe(true);
    }
    expect(switchNamed('Global Privacy Control').getAttribute('aria-checked')).toBe('true');
    expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete profile' })).toBeNull();

    fireEvent.click(within(note).getByRole('button', { name: 'Duplicate to make your own' }));
    expect(screen.getByRole('heading', { name: 'Duplicate of necessary-only' })).toBeTruthy();
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('necessary-only copy');
    fireEvent.click(switchNamed('Marketing'));
    fireEvent.click(screen.getByRole('button', { name: 'Create profile' }));
    await waitFor(() => expect(window.location.hash).toBe('#/profiles/necessary-only%20copy'));
    expect(state.profiles).toEqual([
      {
        name: 'necessary-only copy',
        categories: {
          necessary: true,
          preferences: false,
          statistics: false,
          marketing: true,
          social: false,
        },
        sites: {},
        gpc: true,
      },
    ]);
  });
});

describe('editing a profile', () => {
  it('saves a change with Undo, and renames (the active mark follows)', async () => {
    const { client, state } = createFakeClient();
    state.profiles = [statsOnly];
    state.activeProfile = 'stats only';
    renderApp(client, { hash: '#/profiles/stats%20only' });
    await screen.findByTestId('profile-detail');
    const save = screen.getByRole('button', { name: 'Save changes' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);

    fireEvent.click(switchNamed('Preferences'));
    expect(screen.getByTestId('profile-unsaved').textContent).toBe('Unsaved changes');
    fireEvent.click(save);
    await waitFor(() => expect(state.profiles[0]!.categories.preferences).toBe(true));
    const toast = await screen.findByTestId('toast');
    expect(toast.textContent).toContain('Saved the profile stats only.');
    fireEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(state.profiles[0]!.categories.preferences).toBe(false));
    await waitFor(() => expect(switchNamed('Preferences').getAttribute('aria-checked')).toBe('false'));

    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'statistics' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(window.location.hash).toBe('#/profiles/statistics'));
    expect(state.profiles.map((p) => p.name)).toEqual(['statistics']);
    expect(state.activeProfile).toBe('statistics');
    await waitFor(() =>
      expect(screen.getByTestId('status-profile').textContent).toBe('Consent profile: statistics'),
    );
    expect(screen.getAllByTestId('toast').at(-1)!.textContent).toContain(
      'Renamed the profile stats only to statistics.',
    );
  });

  it('edits per-site overrides: a tri-state per category and the names kept there', async () => {
    const { client, state } = createFakeClient();
    state.profiles = [statsOnly];
    renderApp(client, { hash: '#/profiles/stats%20only' });
    await screen.findByTestId('profile-detail');
    expect(screen.getByTestId('site-overrides-none')).toBeTruthy();

    const input = screen.getByLabelText('Site (as Crumbs lists it, e.g. example.com)');
    fireEvent.change(input, { target: { value: 'https://Shop.Example/cart' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    const override = await screen.findByTestId('site-override');
    expect(override.getAttribute('data-site')).toBe('shop.example');
    // The same site twice is refused.
    fireEvent.change(input, { target: { value: 'shop.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    expect(screen.getByRole('alert').textContent).toBe('shop.example already has its own choices.');

    const statistics = within(override).getByRole('radiogroup', { name: 'Statistics on shop.example' });
    expect(
      (within(statistics).getByRole('radio', { name: 'As the profile (allowed)' }) as HTMLInputElement)
        .checked,
    ).toBe(true);
    fireEvent.click(within(statistics).getByRole('radio', { name: 'Refuse' }));
    const marketing = within(override).getByRole('radiogroup', { name: 'Marketing on shop.example' });
    expect(within(marketing).getByRole('radio', { name: 'As the profile (refused)' })).toBeTruthy();
    fireEvent.click(within(marketing).getByRole('radio', { name: 'Allow' }));
    fireEvent.change(within(override).getByLabelText('Keep these names on shop.example'), {
      target: { value: '_ga\n_pk_*, _ga\n' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect(state.profiles[0]!.sites).toEqual({
        'shop.example': { categories: { statistics: false, marketing: true }, keep: ['_ga', '_pk_*'] },
      }),
    );

    // Back to "as the profile" drops the category from the override; removing the site drops it all.
    const saved = await screen.findByTestId('site-override');
    fireEvent.click(
      within(within(saved).getByRole('radiogroup', { name: 'Statistics on shop.example' })).getByRole(
        'radio',
        {
          name: 'As the profile (allowed)',
        },
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect(state.profiles[0]!.sites['shop.example']!.categories).toEqual({ marketing: true }),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Remove the choices for shop.example' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(state.profiles[0]!.sites).toEqual({}));
  });

  it('deletes after confirming; the active one falls back to accept-all, and Undo brings it back', async () => {
    const { client, state, callsOf } = createFakeClient();
    state.profiles = [statsOnly];
    state.activeProfile = 'stats only';
    renderApp(client, { hash: '#/profiles/stats%20only' });
    fireEvent.click(await screen.findByRole('button', { name: 'Delete profile' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete the profile stats only?' });
    expect(dialog.textContent).toContain('accept-all becomes active instead');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(callsOf('profiles.delete')).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Delete profile' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete profile' }));
    await waitFor(() => expect(window.location.hash).toBe('#/profiles'));
    expect(state.profiles).toEqual([]);
    expect(state.activeProfile).toBe('accept-all');
    await screen.findByTestId('profiles-transfer');

    const toast = screen.getByTestId('toast');
    expect(toast.textContent).toContain('Deleted the profile stats only.');
    fireEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(window.location.hash).toBe('#/profiles/stats%20only'));
    expect(state.profiles).toEqual([statsOnly]);
    expect(state.activeProfile).toBe('stats only');
    expect(await screen.findByTestId('profile-detail')).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByTestId('status-profile').textContent).toBe('Consent profile: stats only'),
    );
  });

  it('says when a profile does not exist', async () => {
    const { client } = createFakeClient();
    renderApp(client, { hash: '#/profiles/nope' });
    expect((await screen.findByTestId('profile-not-found')).textContent).toContain(
      'No profile named “nope”.',
    );
  });
});
