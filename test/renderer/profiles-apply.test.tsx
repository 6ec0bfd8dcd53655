// Applying a profile to the jar: the dry run lists what would go by site and category and what stays and why,
// Apply removes exactly that, and Undo puts it back; from a site page the same for that one site.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ConsentProfile } from '../../shared/consent';
import type { SitePolicy } from '../../shared/model';
import { createFakeClient } from './fake-client';
import { cookie, examplePolicy, EXAMPLE_SITE, inDays } from './fixtures';
import { renderApp } from './render';

const SHOP = 'shop.example';
const shopPolicy: SitePolicy = {
  ...examplePolicy,
  site: SHOP,
  source: { kind: 'edited', label: 'Typed', at: '2025-01-15', url: null, file: null },
  entries: [
    {
      ...examplePolicy.entries[0]!,
      supplier: 'Google',
      name: '_ga',
      function: 'Counts visits.',
      category: 'statistics',
    },
  ],
};

function jar() {
  return [
    // Statistics by the shop's policy, marketing and statistics by the fake's catalog.
    cookie({ name: '_ga', value: 'GA1.1.1', domain: SHOP, expires: inDays(300) }),
    cookie({ name: '_fbp', value: 'fb.1.2', domain: SHOP, expires: inDays(80) }),
    cookie({ name: '_hjSession_7', value: 'hj', domain: EXAMPLE_SITE, expires: inDays(1) }),
    cookie({ name: '_fbp', value: 'fb.1.3', domain: EXAMPLE_SITE, expires: inDays(80) }),
    // Necessary by the example policy; nothing classifies `mystery`.
    cookie({ name: 'sessionid', value: 's', domain: EXAMPLE_SITE, expires: inDays(10) }),
    cookie({ name: 'mystery', value: 'm', domain: SHOP, expires: inDays(10) }),
  ];
}

const statsOnly: ConsentProfile = {
  name: 'stats only',
  categories: { necessary: true, preferences: false, statistics: true, marketing: false, social: false },
  sites: { [SHOP]: { categories: {}, keep: ['_fb*'] } },
  gpc: false,
};

const names = () => screen.getAllByTestId('apply-removed-row').map((row) => row.textContent);

describe('applying a profile', () => {
  it('previews the removals by site and category with what stays, applies them, and Undo restores them', async () => {
    const { client, state, callsOf } = createFakeClient({
      cookies: jar(),
      policies: [examplePolicy, shopPolicy],
    });
    renderApp(client, { hash: '#/profiles/necessary-only' });
    const panel = await screen.findByTestId('apply-panel');
    fireEvent.click(within(panel).getByRole('button', { name: 'Preview' }));

    const summary = await within(panel).findByTestId('apply-summary');
    expect(summary.textContent).toBe(
      'Applying necessary-only would remove 4 cookies and 0 localStorage entries, on 2 sites.',
    );
    const rows = within(panel).getAllByTestId('apply-removed-row');
    expect(rows.map((r) => [r.getAttribute('data-site'), r.getAttribute('data-category')])).toEqual([
      [EXAMPLE_SITE, 'statistics'],
      [EXAMPLE_SITE, 'marketing'],
      [SHOP, 'statistics'],
      [SHOP, 'marketing'],
    ]);
    expect(names()[0]).toContain('_hjSession_7');
    expect(names()[3]).toContain('_fbp');
    expect(within(panel).getByTestId('apply-kept-allowed').getAttribute('data-count')).toBe('1');
    expect(within(panel).getByTestId('apply-kept-unclassified').getAttribute('data-count')).toBe('1');
    expect(within(panel).getByTestId('apply-kept-unclassified').textContent).toContain(
      'classified by nothing',
    );
    // A dry run changes nothing.
    expect(state.cookies).toHaveLength(6);
    expect(callsOf('profiles.apply')).toEqual([{ profile: 'necessary-only', dryRun: true }]);

    fireEvent.click(within(panel).getByRole('button', { name: 'Remove 4 items' }));
    await waitFor(() => expect(state.cookies.map((c) => c.name).sort()).toEqual(['mystery', 'sessionid']));
    expect((await within(panel).findByTestId('apply-done')).textContent).toBe(
      'Applied necessary-only: removed 4 items (4 cookies, 0 localStorage entries).',
    );
    const toast = screen.getByTestId('toast');
    fireEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(state.cookies).toHaveLength(6));
    await waitFor(() =>
      expect(screen.getByTestId('status-cookie-count').textContent).toBe('6 cookies in the jar'),
    );
  });

  it('keeps what a site override allows or a keep rule names', async () => {
    const { client, state } = createFakeClient({ cookies: jar(), policies: [examplePolicy, shopPolicy] });
    state.profiles = [statsOnly];
    renderApp(client, { hash: '#/profiles/stats%20only' });
    const panel = await screen.findByTestId('apply-panel');
    fireEvent.click(within(panel).getByRole('button', { name: 'Preview' }));
    await within(panel).findByTestId('apply-summary');
    // Statistics are allowed everywhere; _fbp goes on the example site but the shop keeps `_fb*`.
    expect(
      within(panel)
        .getAllByTestId('apply-removed-row')
        .map((r) => [r.getAttribute('data-site'), r.getAttribute('data-category')]),
    ).toEqual([[EXAMPLE_SITE, 'marketing']]);
    expect(within(panel).getByTestId('apply-kept-rules').getAttribute('data-count')).toBe('1');
    expect(within(panel).getByTestId('apply-kept-allowed').getAttribute('data-count')).toBe('3');
  });

  it('says when there is nothing to remove, and offers no Apply', async () => {
    const { client } = createFakeClient({ cookies: jar(), policies: [examplePolicy, shopPolicy] });
    renderApp(client, { hash: '#/profiles/accept-all' });
    const panel = await screen.findByTestId('apply-panel');
    fireEvent.click(within(panel).getByRole('button', { name: 'Preview' }));
    expect((await within(panel).findByTestId('apply-summary')).textContent).toBe(
      'Nothing to remove: the jar holds nothing that accept-all refuses.',
    );
    expect(within(panel).queryByTestId('apply-run')).toBeNull();
  });

  it('applies a chosen profile to one site from its page', async () => {
    const { client, state, callsOf } = createFakeClient({
      cookies: jar(),
      policies: [examplePolicy, shopPolicy],
    });
    state.profiles = [statsOnly];
    state.activeProfile = 'stats only';
    renderApp(client, { hash: `#/site/${SHOP}` });
    const section = await screen.findByTestId('consent-section');
    const panel = within(section).getByTestId('apply-panel');
    const select = (await within(panel).findByLabelText('Profile')) as HTMLSelectElement;
    await waitFor(() => expect(select.value).toBe('stats only'));
    fireEvent.change(select, { target: { value: 'necessary-only' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Preview' }));
    await within(panel).findByTestId('apply-summary');
    expect(
      within(panel)
        .getAllByTestId('apply-removed-row')
        .map((r) => r.getAttribute('data-site')),
    ).toEqual([SHOP, SHOP]);
    fireEvent.click(within(panel).getByRole('button', { name: 'Remove 2 items' }));
    await waitFor(() =>
      expect(state.cookies.filter((c) => c.site === SHOP).map((c) => c.name)).toEqual(['mystery']),
    );
    expect(callsOf('profiles.apply').at(-1)).toEqual({
      profile: 'necessary-only',
      site: SHOP,
      dryRun: false,
    });
    // The site page's cookie table follows.
    await waitFor(() =>
      expect(screen.getAllByTestId('cookie-row').map((r) => r.getAttribute('data-name'))).toEqual([
        'mystery',
      ]),
    );
    expect(state.cookies.filter((c) => c.site === EXAMPLE_SITE)).toHaveLength(3);
  });
});
