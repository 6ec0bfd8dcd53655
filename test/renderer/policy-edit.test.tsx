// Editing a site's policy in place: labelled inputs per row, a live reading of the duration, validation as
// one types, rows added and removed with focus kept, Save through policy.save, and Undo from the toast.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeClient } from './fake-client';
import { FR_SITE, frCookies, frPolicy } from './policy-fixtures';
import { renderApp } from './render';

function setup(policies = [frPolicy]) {
  const fake = createFakeClient({ policies, cookies: frCookies() });
  renderApp(fake.client, { hash: `#/site/${FR_SITE}` });
  return fake;
}
const box = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const type = (element: HTMLElement, value: string) => fireEvent.change(element, { target: { value } });
const policyRow = (name: string) =>
  screen.getAllByTestId('policy-row').find((r) => r.getAttribute('data-cookie') === name)!;

async function openEditor() {
  fireEvent.click(await screen.findByRole('button', { name: 'Edit policy' }));
  const editor = await screen.findByTestId('policy-editor');
  expect(document.activeElement).toBe(
    within(editor).getByRole('heading', { name: 'Editing the cookie policy' }),
  );
  return editor;
}

describe('editing a policy', () => {
  it('turns the rows into labelled inputs and reads the duration as it is typed', async () => {
    setup();
    const editor = await openEditor();
    expect(within(editor).getAllByTestId('edit-row')).toHaveLength(frPolicy.entries.length);
    expect(box('Cookie name, row 1').value).toBe('_ga');
    expect(box('Cookie name, row 2').value).toBe('_ga_*');
    expect(box('Duration, row 1').value).toBe('13 mois');
    expect(box('Supplier, row 1').value).toBe('Google');
    expect((screen.getByRole('combobox', { name: 'Category, row 1' }) as HTMLSelectElement).value).toBe(
      'statistics',
    );
    expect((screen.getByRole('combobox', { name: 'Type, row 5' }) as HTMLSelectElement).value).toBe(
      'localStorage',
    );
    const preview = () => within(screen.getAllByTestId('edit-row')[0]!).getByTestId('edit-duration-preview');
    expect(preview().textContent).toBe('Reads as: 13 months');
    // The preview describes the input to screen readers.
    expect(box('Duration, row 1').getAttribute('aria-describedby')).toBe(preview().id);

    type(box('Duration, row 1'), "jusqu'à 2 ans");
    expect(preview().textContent).toBe('Reads as: Up to 2 years');
    type(box('Duration, row 1'), 'tant que nécessaire');
    expect(preview().textContent).toBe('Not understood as a duration: kept as written');
    type(box('Duration, row 1'), '');
    expect(preview().textContent).toBe('No duration stated');
    // The name says how it will match.
    const hint = () => within(screen.getAllByTestId('edit-row')[1]!).getByTestId('edit-name-hint');
    expect(hint().textContent).toBe('Every name starting with _ga_');
    type(box('Cookie name, row 2'), '/^_ga_[A-Z]+$/');
    expect(hint().textContent).toBe('Names this regular expression matches');
  });

  it('saves the edit, shows it on the page, and takes it back with Undo', async () => {
    const { callsOf, state } = setup();
    await openEditor();
    type(box('Duration, row 1'), '2 ans');
    fireEvent.click(screen.getByRole('button', { name: 'Save policy' }));

    await waitFor(() => expect(screen.queryByTestId('policy-editor')).toBeNull());
    const saved = callsOf('policy.save');
    expect(saved).toHaveLength(1);
    expect(saved[0]!.site).toBe(FR_SITE);
    expect(saved[0]!.entries[0]).toEqual({
      supplier: 'Google',
      name: '_ga',
      type: 'cookie',
      duration: '2 ans',
      function: 'Distingue les visiteurs.',
      category: 'statistics',
    });
    expect(saved[0]!.entries.map((e) => e.name)).toEqual(
      frPolicy.entries.map((e) => (e.match === 'prefix' ? `${e.name}*` : e.name)),
    );
    // The page reads the new duration, and `_ga` no longer outlives it.
    await waitFor(() =>
      expect(within(policyRow('_ga')).getByTestId('policy-duration').textContent).toBe('2 years'),
    );
    expect(
      within(policyRow('_ga'))
        .getAllByTestId('policy-disagreement')
        .map((m) => m.getAttribute('data-kind')),
    ).toEqual(['tracking-over-13-months']);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Cookie policy' }));
    expect(state.policies[0]!.source.kind).toBe('edited');

    const toast = screen.getByTestId('toast');
    expect(toast.textContent).toContain(`Saved the cookie policy of ${FR_SITE} (6 rows).`);
    fireEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(within(policyRow('_ga')).getByTestId('policy-duration').textContent).toBe('13 months'),
    );
    expect(callsOf('jar.undo')).toEqual([{ undoId: 'undo-policy-1' }]);
    expect(await screen.findByText('The policy is back as it was.')).toBeTruthy();
    expect(state.policies).toEqual([frPolicy]);
  });

  it('validates names as they are typed and will not save until they are fixed', async () => {
    const { callsOf } = setup();
    await openEditor();
    const name = box('Cookie name, row 3');
    type(name, '');
    const row3 = screen.getAllByTestId('edit-row')[2]!;
    expect(within(row3).getByTestId('edit-name-error').textContent).toBe('A name is required.');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.getAttribute('aria-describedby')).toBe(within(row3).getByTestId('edit-name-error').id);

    type(box('Cookie name, row 4'), '/prefs[/');
    const row4 = screen.getAllByTestId('edit-row')[3]!;
    expect(within(row4).getByTestId('edit-name-error').textContent).toMatch(
      /^Not a valid regular expression: /,
    );

    fireEvent.click(screen.getByRole('button', { name: 'Save policy' }));
    expect(screen.getByTestId('edit-invalid').textContent).toBe('2 rows need a fix before saving.');
    expect(document.activeElement).toBe(name);
    expect(callsOf('policy.save')).toEqual([]);

    type(name, 'sessionid');
    type(box('Cookie name, row 4'), '/^prefs$/');
    expect(within(row4).queryByTestId('edit-name-error')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save policy' }));
    await waitFor(() => expect(callsOf('policy.save')).toHaveLength(1));
    expect(callsOf('policy.save')[0]!.entries[3]!.name).toBe('/^prefs$/');
  });

  it('adds and removes rows, keeping keyboard focus in the table', async () => {
    const { callsOf } = setup();
    await openEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Add a row' }));
    expect(screen.getAllByTestId('edit-row')).toHaveLength(7);
    // The new row takes the last row's category, and focus lands on its name.
    const name = box('Cookie name, row 7');
    expect(document.activeElement).toBe(name);
    expect((screen.getByRole('combobox', { name: 'Category, row 7' }) as HTMLSelectElement).value).toBe(
      'marketing',
    );
    type(name, '_hjSession_*');
    type(box('Supplier, row 7'), 'Hotjar');
    type(box('Duration, row 7'), '30 minutes');
    type(screen.getByRole('textbox', { name: 'Function, row 7' }), 'Session de mesure.');
    fireEvent.change(screen.getByRole('combobox', { name: 'Category, row 7' }), {
      target: { value: 'statistics' },
    });

    fireEvent.click(screen.getByRole('button', { name: 'Remove row 6 (px)' }));
    expect(screen.getAllByTestId('edit-row')).toHaveLength(6);
    // Focus moves to the row that took its place.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove row 6 (_hjSession_*)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove row 6 (_hjSession_*)' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove row 5 (consent_state)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add a row' }));
    type(box('Cookie name, row 6'), '_hjSession_*');
    fireEvent.change(screen.getByRole('combobox', { name: 'Type, row 6' }), {
      target: { value: 'localStorage' },
    });

    fireEvent.click(screen.getByRole('button', { name: 'Save policy' }));
    await waitFor(() => expect(callsOf('policy.save')).toHaveLength(1));
    const entries = callsOf('policy.save')[0]!.entries;
    expect(entries.map((e) => e.name)).toEqual([
      '_ga',
      '_ga_*',
      'sessionid',
      'prefs',
      'consent_state',
      '_hjSession_*',
    ]);
    expect(entries[5]).toMatchObject({ type: 'localStorage', category: 'necessary', duration: '' });
    await screen.findByTestId('policy');
    expect(policyRow('_hjSession_*').getAttribute('data-type')).toBe('localStorage');
  });

  it('asks before discarding changes, and leaves at once when nothing changed', async () => {
    const { callsOf } = setup();
    await openEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByTestId('policy')).toBeTruthy();
    expect(screen.queryByTestId('policy-editor')).toBeNull();

    await openEditor();
    type(box('Supplier, row 1'), 'Alphabet');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Discard your changes?' });
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(box('Supplier, row 1').value).toBe('Alphabet');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Discard' }));
    await screen.findByTestId('policy');
    expect(callsOf('policy.save')).toEqual([]);
    expect(within(policyRow('_ga')).getAllByRole('cell')[0]!.textContent).toBe('Google');
  });

  it('writes a policy by hand for a site without one', async () => {
    const { callsOf } = setup([]);
    const empty = await screen.findByTestId('no-policy');
    fireEvent.click(within(empty).getByRole('button', { name: 'Write one by hand' }));
    const editor = await screen.findByTestId('policy-editor');
    expect(within(editor).getByRole('heading', { name: 'Writing a cookie policy' })).toBeTruthy();
    expect(screen.getAllByTestId('edit-row')).toHaveLength(1);
    type(screen.getByRole('textbox', { name: 'Published by' }), 'Exemple SA');
    type(box('Cookie name, row 1'), 'tracker');
    type(box('Duration, row 1'), '1 month');
    fireEvent.click(screen.getByRole('button', { name: 'Save policy' }));
    await screen.findByTestId('policy');
    expect(callsOf('policy.save')[0]).toMatchObject({ site: FR_SITE, publisher: 'Exemple SA' });
    expect(policyRow('tracker').getAttribute('data-stored')).toBe('true');
    expect(screen.getByTestId('policy-source').textContent).toContain('Written in Crumbs');
  });
});
