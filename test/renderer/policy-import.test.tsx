// Importing a cookie policy: from a site page (its empty state teaches it) and from the Import page. A dry run
// first — format and why, site, tables and rows, the entries as they will read, each problem — then Apply,
// with Undo in the toast.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeClient } from './fake-client';
import { cookie } from './fixtures';
import { FR_SITE, frPolicy } from './policy-fixtures';
import { renderApp } from './render';

const SHOP = 'shop.example';
const shopPolicy = [
  'Cookie policy',
  'What cookies are used on the https://www.shop.example site',
  'Strictly necessary cookies: Needed for the shop to work.',
  'Supplier name\tCookie name\tDuration\tFunction',
  'Shop\tsessionid\t2 weeks by default\tKeeps you signed in.',
  'Shop\t\t1 year\tA row without a name.',
  'Analytics cookies: Count visits.',
  'Supplier name\tCookie name\tDuration\tFunction',
  'Google\t_ga\t2 years\tDistinguishes visitors.',
].join('\n');

const choose = (name: string, content: string) =>
  fireEvent.change(screen.getByLabelText('Choose a file…'), {
    target: { files: [new File([content], name, { type: 'text/plain' })] },
  });

describe('importing a policy', () => {
  it('from a site without one: dry run, then apply, then undo', async () => {
    const { client, callsOf, state } = createFakeClient({
      cookies: [
        cookie({ name: '_ga', value: 'GA1', domain: SHOP, expires: Math.floor(Date.now() / 1000) + 86_400 }),
      ],
    });
    renderApp(client, { hash: `#/site/${SHOP}` });
    const empty = await screen.findByTestId('no-policy');
    expect(empty.textContent).toContain('Import the site’s cookie policy');
    fireEvent.click(within(empty).getByRole('button', { name: 'Import a policy…' }));

    const panel = await screen.findByTestId('policy-import');
    expect(document.activeElement).toBe(
      within(panel).getByRole('heading', { name: 'Import a cookie policy' }),
    );
    expect((screen.getByRole('textbox', { name: 'Site the policy is for' }) as HTMLInputElement).value).toBe(
      SHOP,
    );
    choose('shop.txt', shopPolicy);

    const preview = await screen.findByTestId('policy-import-preview');
    expect(callsOf('policy.import')).toEqual([
      { file: { name: 'shop.txt', content: shopPolicy }, format: 'auto', dryRun: true, site: SHOP },
    ]);
    expect(state.policies).toEqual([]);
    expect(within(preview).getByTestId('policy-import-detected').textContent).toBe(
      'Plain text (tab-separated tables) — plain text (tables as tab-separated lines)',
    );
    expect(within(preview).getByTestId('policy-import-target').textContent).toBe(SHOP);
    expect(within(preview).getByTestId('policy-import-counts').textContent).toBe('2 tables · 2 rows');
    const entries = within(preview)
      .getAllByTestId('policy-import-entry')
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(entries).toEqual([
      ['Strictly necessary', 'Shop', 'sessionid', '2 weeks by default', 'Keeps you signed in.'],
      ['Statistics', 'Google', '_ga', '2 years', 'Distinguishes visitors.'],
    ]);
    const problems = within(preview).getAllByTestId('policy-import-problem');
    expect(problems.map((p) => p.textContent)).toEqual([
      'shop.txt table 1 row 2no cookie name: row not imported',
    ]);
    expect(within(preview).getByRole('heading', { name: '1 problem' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Import this policy' }));
    const policy = await screen.findByTestId('policy');
    expect(screen.queryByTestId('policy-import')).toBeNull();
    expect(callsOf('policy.import')[1]).toMatchObject({ dryRun: false, site: SHOP });
    expect(
      within(policy)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent)
        .slice(0, 2),
    ).toEqual(['Strictly necessary cookies', 'Analytics cookies']);
    const ga = screen.getAllByTestId('policy-row').find((r) => r.getAttribute('data-cookie') === '_ga')!;
    expect(ga.getAttribute('data-stored')).toBe('true');
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Cookie policy' })),
    );

    const toast = screen.getByTestId('toast');
    expect(toast.textContent).toContain(`Imported the cookie policy of ${SHOP} (2 rows).`);
    fireEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByTestId('no-policy')).toBeTruthy();
    expect(state.policies).toEqual([]);
  });

  it('from the Import page, taking the site from the file and saying it replaces a policy', async () => {
    const { client, state } = createFakeClient({ policies: [frPolicy] });
    renderApp(client, { hash: '#/import' });
    const panel = await screen.findByTestId('policy-import');
    expect(within(panel).getByRole('heading', { level: 2, name: 'Import a cookie policy' })).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Site the policy is for' }) as HTMLInputElement).value).toBe(
      '',
    );
    const edited = { ...frPolicy, entries: frPolicy.entries.slice(0, 2) };
    choose('example.fr-cookie-policy.json', JSON.stringify(edited, null, 2));

    const preview = await screen.findByTestId('policy-import-preview');
    expect(within(preview).getByTestId('policy-import-detected').getAttribute('data-format')).toBe('json');
    expect(within(preview).getByTestId('policy-import-target').textContent).toBe(
      `${FR_SITE}Replaces its current policy`,
    );
    // Durations read in the UI's language, the policy's words beneath.
    expect(
      within(preview)
        .getAllByTestId('policy-duration')
        .map((d) => d.textContent),
    ).toEqual(['13 months', '13 months']);
    expect(within(preview).queryByTestId('policy-import-problems')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Replace the current policy' }));
    const done = await screen.findByTestId('policy-import-done');
    expect(done.textContent).toBe(`Imported the cookie policy of ${FR_SITE} (2 rows).`);
    expect(state.policies[0]!.entries).toHaveLength(2);
    expect(screen.getByRole('link', { name: `See ${FR_SITE}` }).getAttribute('href')).toBe(
      `#/site/${FR_SITE}`,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Import another policy' }));
    expect(screen.getByTestId('policy-import-chosen').textContent).toBe('No file chosen');
  });

  it('asks for the site when the file names none, and checks again when the site changes', async () => {
    const { client, callsOf } = createFakeClient();
    renderApp(client, { hash: '#/import' });
    await screen.findByTestId('policy-import');
    const bare = shopPolicy.replace('https://www.shop.example', 'our shop');
    choose('bare.txt', bare);
    const error = await screen.findByTestId('error-message');
    expect(error.getAttribute('data-code')).toBe('VALIDATION');
    expect(error.textContent).toContain('does not say which site the policy is for');
    expect(screen.queryByRole('button', { name: 'Import this policy' })).toBeNull();

    fireEvent.change(screen.getByRole('textbox', { name: 'Site the policy is for' }), {
      target: { value: 'shop.test' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Check again' }));
    await screen.findByTestId('policy-import-preview');
    expect(screen.getByTestId('policy-import-target').textContent).toBe('shop.test');

    fireEvent.change(screen.getByRole('textbox', { name: 'Site the policy is for' }), {
      target: { value: 'other.test' },
    });
    expect(screen.getByTestId('policy-import-stale').textContent).toContain('check again before importing');
    expect(screen.queryByRole('button', { name: 'Import this policy' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Check again' }));
    await waitFor(() => expect(screen.getByTestId('policy-import-target').textContent).toBe('other.test'));
    fireEvent.click(screen.getByRole('button', { name: 'Import this policy' }));
    await screen.findByTestId('policy-import-done');
    expect(callsOf('policy.import').map((c) => [c.site, c.dryRun])).toEqual([
      [undefined, true],
      ['shop.test', true],
      ['other.test', true],
      ['other.test', false],
    ]);
  });

  it('shows a policy imported from a site page for another site on that site’s page', async () => {
    const { client } = createFakeClient({ policies: [frPolicy] });
    renderApp(client, { hash: `#/site/${FR_SITE}` });
    fireEvent.click(await screen.findByRole('button', { name: 'Import a policy…' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Site the policy is for' }), {
      target: { value: SHOP },
    });
    choose('shop.txt', shopPolicy);
    fireEvent.click(await screen.findByRole('button', { name: 'Import this policy' }));
    await waitFor(() => expect(window.location.hash).toBe(`#/site/${SHOP}`));
    expect((await screen.findByTestId('site-page')).getAttribute('data-site')).toBe(SHOP);
    expect(await screen.findByTestId('policy')).toBeTruthy();
  });

  it('says when a file holds no cookie table, and rechecks with the chosen format', async () => {
    const { client, callsOf } = createFakeClient();
    renderApp(client, { hash: '#/import' });
    await screen.findByTestId('policy-import');
    fireEvent.change(screen.getByRole('textbox', { name: 'Site the policy is for' }), {
      target: { value: 'shop.test' },
    });
    choose('notes.txt', 'Just some words about cookies.');
    const error = await screen.findByTestId('error-message');
    expect(error.getAttribute('data-code')).toBe('IMPORT_UNREADABLE');
    expect(error.textContent).toContain('no cookie table found');
    fireEvent.change(screen.getByRole('combobox', { name: 'Policy format' }), { target: { value: 'json' } });
    await waitFor(() => expect(callsOf('policy.import')).toHaveLength(2));
    expect(callsOf('policy.import')[1]!.format).toBe('json');
  });
});
