// Profiles in and out: importing a JSON file (sound profiles kept, each bad one listed with why, Undo), and
// exporting one profile or all of the user's as a download.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConsentProfile } from '../../shared/consent';
import { createFakeClient } from './fake-client';
import { renderApp } from './render';

const mine: ConsentProfile = {
  name: 'qa',
  categories: { necessary: true, preferences: true, statistics: false, marketing: false, social: false },
  sites: { 'shop.example': { categories: { statistics: true }, keep: ['_ga'] } },
  gpc: true,
};

describe('importing and exporting profiles', () => {
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

  it('imports the sound profiles of a file, lists the others with why, and Undo takes the import back', async () => {
    const { client, state } = createFakeClient();
    renderApp(client, { hash: '#/profiles' });
    await screen.findByTestId('profiles-transfer');
    const content = JSON.stringify([
      mine,
      { ...mine, name: 'accept-all' },
      { name: 'broken', categories: { necessary: false }, sites: {}, gpc: false },
    ]);
    const file = new File([content], 'team-profiles.json', { type: 'application/json' });
    fireEvent.change(screen.getByTestId('profiles-import-file'), { target: { files: [file] } });

    const result = await screen.findByTestId('profiles-import-result');
    expect(within(result).getByRole('status').textContent).toBe('Imported 1 profile.');
    expect(within(result).getByRole('link', { name: 'qa' }).getAttribute('href')).toBe('#/profiles/qa');
    const problems = screen.getAllByTestId('profiles-import-problem').map((row) => row.textContent);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('team-profiles.json profile 2');
    expect(problems[0]).toContain('built-in profile');
    expect(problems[1]).toContain('team-profiles.json profile 3');
    expect(problems[1]).toContain('categories.necessary');
    expect(state.profiles).toEqual([mine]);
    // The list shows it at once.
    await waitFor(() =>
      expect(screen.getAllByTestId('profile-item').map((li) => li.getAttribute('data-name'))).toContain('qa'),
    );

    const toast = screen.getByTestId('toast');
    expect(toast.textContent).toContain('Imported 1 profile.');
    fireEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(state.profiles).toEqual([]));
    await waitFor(() => expect(screen.getAllByTestId('profile-item')).toHaveLength(2));
  });

  it('says when a file is not a profiles file at all', async () => {
    const { client, state } = createFakeClient();
    renderApp(client, { hash: '#/profiles' });
    await screen.findByTestId('profiles-transfer');
    const file = new File(['name,categories\n'], 'profiles.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByTestId('profiles-import-file'), { target: { files: [file] } });
    const error = await screen.findByTestId('error-message');
    expect(error.getAttribute('data-code')).toBe('IMPORT_UNREADABLE');
    expect(error.textContent).toContain('profiles.csv is not JSON');
    expect(state.profiles).toEqual([]);
  });

  it('exports all of the user’s profiles, and one profile from its page', async () => {
    const { client, state } = createFakeClient();
    state.profiles = [mine];
    renderApp(client, { hash: '#/profiles' });
    fireEvent.click(await screen.findByRole('button', { name: 'Export my profiles' }));
    await screen.findByText('Saved crumbs-consent-profiles.json.');
    expect(downloads[0]!.name).toBe('crumbs-consent-profiles.json');
    expect(downloads[0]!.type).toBe('application/json');
    const all = JSON.parse(await downloads[0]!.text) as { kind: string; profiles: ConsentProfile[] };
    expect(all.kind).toBe('crumbs-consent-profiles');
    expect(all.profiles).toEqual([mine]);

    window.location.hash = '#/profiles/necessary-only';
    fireEvent.click(await screen.findByRole('button', { name: 'Export' }));
    await screen.findByText('Saved necessary-only-consent-profiles.json.');
    const one = JSON.parse(await downloads[1]!.text) as { profiles: ConsentProfile[] };
    expect(one.profiles.map((p) => p.name)).toEqual(['necessary-only']);
    // What was exported reads back in.
    expect(
      (await client['profiles.import']({ file: { name: 'x.json', content: await downloads[0]!.text } }))
        .imported,
    ).toEqual(['qa']);
  });
});
