// The Jar view against the fake core: a bounded number of rows whatever the jar holds, the count, the
// filters (debounced words, site, categories, flags, SameSite, expiry), sorting by the headers, the empty
// states, localStorage beside the cookies, and live updates.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeClient } from './fake-client';
import { cookie, exampleCookies, examplePolicy, exampleStorage, inDays } from './fixtures';
import { manyCookies } from './jar-fixtures';
import { renderApp } from './render';

const rows = () => screen.queryAllByTestId('jar-row');
const names = () => rows().map((r) => r.getAttribute('data-name'));
const count = () => screen.getByTestId('jar-count').textContent;

async function openJar(fake: ReturnType<typeof createFakeClient>) {
  renderApp(fake.client, { hash: '#/jar', events: fake.events.feed });
  await waitFor(() => expect(rows().length).toBeGreaterThan(0));
}

describe('Jar view', () => {
  it('draws a bounded window of a large jar, reading only the pages it shows', async () => {
    const fake = createFakeClient({ cookies: manyCookies(5000) });
    await openJar(fake);
    expect(rows().length).toBeGreaterThan(10);
    expect(rows().length).toBeLessThan(60);
    expect(count()).toBe('5,000 of 5,000 cookies');
    expect(screen.getByRole('grid').getAttribute('aria-rowcount')).toBe('5001');
    for (const call of fake.callsOf('jar.query')) expect(call.limit).toBeLessThanOrEqual(100);
    // The first row's cells: site, name, domain, path, expiry (relative), flags, category, size.
    const first = within(rows()[0]!);
    expect(rows()[0]!.getAttribute('data-domain')).toBe('www.site0.test');
    expect(first.getByRole('rowheader').textContent).toBe('c0000');
    expect(first.getByTestId('jar-row-expires').textContent).toBe('Session');
    expect(first.getByTestId('jar-row-category').textContent).toBe('Unclassified');
    expect(rows()[0]!.textContent).toContain('HttpOnly');
    expect(rows()[0]!.textContent).toContain('Secure');
    expect(rows()[0]!.textContent).toContain('12 bytes');
  });

  it('filters by words once typing pauses, and says how many match', async () => {
    const fake = createFakeClient({ cookies: manyCookies(200) });
    await openJar(fake);
    const before = fake.callsOf('jar.query').length;
    const field = screen.getByTestId('jar-filter-text');
    fireEvent.change(field, { target: { value: 'c01' } });
    fireEvent.change(field, { target: { value: 'c012' } });
    fireEvent.change(field, { target: { value: 'c0123' } });
    await waitFor(() => expect(names()).toEqual(['c0123']));
    expect(count()).toBe('1 of 200 cookies');
    // The keystrokes in a row made one query, with the last text.
    const texts = fake
      .callsOf('jar.query')
      .slice(before)
      .map((q) => q.text);
    expect(texts).toEqual(['c0123']);
  });

  it('combines site, category, flags, SameSite and expiry filters into one query', async () => {
    const fake = createFakeClient({
      policies: [examplePolicy],
      cookies: [
        ...exampleCookies(),
        cookie({ name: 'soon', value: '1', domain: 'example.org', expires: inDays(3), secure: true }),
        cookie({ name: 'later', value: '1', domain: 'example.org', expires: inDays(500), secure: true }),
      ],
    });
    await openJar(fake);
    // The expired csrftoken is not in the jar's live cookies.
    expect(count()).toBe('5 of 5 cookies');

    fireEvent.change(screen.getByTestId('jar-filter-site'), { target: { value: 'dashboard.paris' } });
    await waitFor(() => expect(names()).toEqual(['_ga', 'sessionid']));
    fireEvent.click(screen.getByRole('button', { name: 'Strictly necessary' }));
    await waitFor(() => expect(names()).toEqual(['sessionid']));
    expect(screen.getByRole('button', { name: 'Strictly necessary' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(fake.callsOf('jar.query').at(-1)).toMatchObject({
      site: 'dashboard.paris',
      categories: ['necessary'],
    });

    fireEvent.click(screen.getByTestId('jar-clear-filters'));
    await waitFor(() => expect(count()).toBe('5 of 5 cookies'));

    fireEvent.change(screen.getByTestId('jar-filter-secure'), { target: { value: 'yes' } });
    fireEvent.change(screen.getByTestId('jar-filter-httponly'), { target: { value: 'no' } });
    await waitFor(() => expect(names()).toEqual(['later', 'soon']));
    fireEvent.change(screen.getByTestId('jar-filter-expiry'), { target: { value: 'week' } });
    await waitFor(() => expect(names()).toEqual(['soon']));
    fireEvent.change(screen.getByTestId('jar-filter-expiry'), { target: { value: 'year' } });
    await waitFor(() => expect(names()).toEqual(['later']));
    const query = fake.callsOf('jar.query').at(-1)!;
    expect(query).toMatchObject({ secure: true, httpOnly: false });
    expect(query.expiresFrom! - Date.now() / 1000).toBeGreaterThan(364 * 86_400);

    fireEvent.click(screen.getByTestId('jar-clear-filters'));
    fireEvent.change(screen.getByTestId('jar-filter-expiry'), { target: { value: 'session' } });
    await waitFor(() => expect(names()).toEqual(['_ga']));
    fireEvent.change(screen.getByTestId('jar-filter-expiry'), { target: { value: 'any' } });
    fireEvent.click(screen.getByTestId('jar-filter-samesite-lax'));
    fireEvent.click(screen.getByTestId('jar-filter-samesite-unset'));
    await waitFor(() => expect(names()).toEqual(['_ga', 'sessionid', 'later', 'pref', 'soon']));
    fireEvent.click(screen.getByTestId('jar-filter-samesite-unset'));
    await waitFor(() => expect(names()).toEqual(['sessionid']));
  });

  it('sorts by a header, and a second click reverses it (aria-sort says which)', async () => {
    const fake = createFakeClient({
      cookies: [
        cookie({ name: 'b', value: '12345', domain: 'a.example', expires: inDays(10) }),
        cookie({ name: 'a', value: '1', domain: 'c.example', expires: null }),
        cookie({ name: 'c', value: '123', domain: 'b.example', expires: inDays(2) }),
      ],
    });
    await openJar(fake);
    const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(`^${name}`) });
    expect(names()).toEqual(['b', 'c', 'a']);
    expect(header('Site').getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(screen.getByTestId('jar-sort-name'));
    await waitFor(() => expect(names()).toEqual(['a', 'b', 'c']));
    expect(header('Name').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Site').getAttribute('aria-sort')).toBe('none');
    fireEvent.click(screen.getByTestId('jar-sort-name'));
    await waitFor(() => expect(names()).toEqual(['c', 'b', 'a']));
    expect(header('Name').getAttribute('aria-sort')).toBe('descending');
    // Session cookies come last when sorting by expiry.
    fireEvent.click(screen.getByTestId('jar-sort-expires'));
    await waitFor(() => expect(names()).toEqual(['c', 'b', 'a']));
    fireEvent.click(screen.getByTestId('jar-sort-size'));
    await waitFor(() => expect(names()).toEqual(['a', 'c', 'b']));
    expect(header('Path').getAttribute('aria-sort')).toBeNull();
  });

  it('teaches the next step: import into an empty jar, clear filters that match nothing', async () => {
    const empty = createFakeClient();
    renderApp(empty.client, { hash: '#/jar' });
    const state = await screen.findByTestId('jar-empty');
    expect(within(state).getByRole('link', { name: 'Import cookies' }).getAttribute('href')).toBe('#/import');
    empty.state.cookies.push(cookie({ name: 'x', value: '1', domain: 'example.org' }));

    const fake = createFakeClient({ cookies: exampleCookies() });
    document.body.innerHTML = '';
    await openJar(fake);
    fireEvent.change(screen.getByTestId('jar-filter-text'), { target: { value: 'nothing-like-this' } });
    const noMatch = await screen.findByTestId('jar-no-match');
    expect(count()).toBe('0 of 3 cookies');
    fireEvent.click(within(noMatch).getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect((screen.getByTestId('jar-filter-text') as HTMLInputElement).value).toBe('');
  });

  it('shows a core refusal of a filter (a site that is no site) with its code', async () => {
    const fake = createFakeClient({ cookies: exampleCookies() });
    await openJar(fake);
    fake.state.failNext['jar.query'] = new (await import('../../shared/errors')).CrumbsError(
      'VALIDATION',
      '"a b" is not a site name.',
    );
    fireEvent.change(screen.getByTestId('jar-filter-site'), { target: { value: 'a b' } });
    const error = await screen.findByTestId('error-message');
    expect(error.getAttribute('data-code')).toBe('VALIDATION');
    expect(error.textContent).toContain('"a b" is not a site name.');
  });

  it('reads the jar again when the core says it changed', async () => {
    const fake = createFakeClient({ cookies: exampleCookies() });
    await openJar(fake);
    expect(count()).toBe('3 of 3 cookies');
    fake.state.cookies = [...fake.state.cookies, cookie({ name: 'new', value: '1', domain: 'example.org' })];
    fake.events.emit('data.changed', { what: 'jar', revision: 9 });
    await waitFor(() => expect(count()).toBe('4 of 4 cookies'));
    expect(names()).toContain('new');
  });

  it('lists localStorage entries beside the cookies, values masked until revealed', async () => {
    const fake = createFakeClient({ cookies: exampleCookies(), storage: exampleStorage() });
    await openJar(fake);
    fireEvent.click(screen.getByRole('tab', { name: 'localStorage' }));
    await waitFor(() => expect(screen.getAllByTestId('jar-storage-row')).toHaveLength(2));
    expect(screen.getByRole('tab', { name: 'localStorage' }).getAttribute('aria-selected')).toBe('true');
    const consent = screen
      .getAllByTestId('jar-storage-row')
      .find((r) => r.getAttribute('data-name') === 'consent')!;
    expect(within(consent).getByTestId('jar-storage-value').textContent).not.toContain('statistics');
    fireEvent.click(
      within(consent).getByRole('button', { name: 'Reveal the localStorage value of consent' }),
    );
    await waitFor(() =>
      expect(within(consent).getByTestId('jar-storage-value').textContent).toBe('{"statistics":false}'),
    );
    fireEvent.change(screen.getByTestId('jar-storage-filter'), { target: { value: 'theme' } });
    await waitFor(() => expect(screen.getAllByTestId('jar-storage-row')).toHaveLength(1));
    expect(screen.getByTestId('jar-storage-count').textContent).toBe('1 of 2 entries');
  });

  it('speaks French, numbers and relative dates included', async () => {
    const fake = createFakeClient({ cookies: manyCookies(1200) });
    renderApp(fake.client, { hash: '#/jar', language: 'fr' });
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    expect(count()).toBe('1\u202f200 sur 1\u202f200 cookies');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Bocal à cookies');
    expect(within(rows()[1]!).getByTestId('jar-row-expires').textContent).toMatch(/^dans \d+ (jours|mois)$/);
  });
});
