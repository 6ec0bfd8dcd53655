import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { isTyping, neighbour, shortcutOf, type KeyLike } from '../../renderer/app/shortcuts';
import { createFakeClient } from './fake-client';
import { EXAMPLE_SITE, cookie, exampleCookies, examplePolicy } from './fixtures';
import { renderApp } from './render';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

const press = (k: string, mods: Partial<KeyLike> = {}, target: Element = document.body) =>
  fireEvent.keyDown(target, { ...key(k, mods) });

describe('shortcut keys', () => {
  it('maps keys to shortcuts, leaving letters and / to whatever is typed into', () => {
    expect(shortcutOf(key('/'), false)).toBe('search');
    expect(shortcutOf(key('f', { ctrlKey: true }), false)).toBe('search');
    expect(shortcutOf(key('F', { metaKey: true }), true)).toBe('search');
    expect(shortcutOf(key('z', { ctrlKey: true }), false)).toBe('undo');
    expect(shortcutOf(key('z', { metaKey: true }), false)).toBe('undo');
    // A field's own undo, and redo, are not ours.
    expect(shortcutOf(key('z', { ctrlKey: true }), true)).toBeNull();
    expect(shortcutOf(key('Z', { ctrlKey: true, shiftKey: true }), false)).toBeNull();
    expect(shortcutOf(key('j'), false)).toBe('nextSite');
    expect(shortcutOf(key('k'), false)).toBe('previousSite');
    expect(shortcutOf(key('ArrowDown', { altKey: true }), false)).toBe('nextSite');
    expect(shortcutOf(key('ArrowUp', { altKey: true }), false)).toBe('previousSite');
    expect(shortcutOf(key('?', { shiftKey: true }), false)).toBe('help');
    for (const typed of ['/', 'j', 'k', '?']) expect(shortcutOf(key(typed), true)).toBeNull();
    expect(shortcutOf(key('ArrowDown', { altKey: true }), true)).toBeNull();
    expect(shortcutOf(key('j', { ctrlKey: true }), false)).toBeNull();
    expect(shortcutOf(key('J', { shiftKey: true }), false)).toBeNull();
    expect(shortcutOf(key('ArrowDown'), false)).toBeNull();
  });

  it('knows when keys go into a field', () => {
    const make = (html: string) => {
      const holder = document.createElement('div');
      holder.innerHTML = html;
      return holder.firstElementChild;
    };
    expect(isTyping(make('<input type="search">'))).toBe(true);
    expect(isTyping(make('<input>'))).toBe(true);
    expect(isTyping(make('<textarea></textarea>'))).toBe(true);
    expect(isTyping(make('<select></select>'))).toBe(true);
    expect(isTyping(make('<input type="checkbox">'))).toBe(false);
    expect(isTyping(make('<button>x</button>'))).toBe(false);
    expect(isTyping(document.body)).toBe(false);
    expect(isTyping(null)).toBe(false);
  });

  it('steps through a list without wrapping', () => {
    expect(neighbour(['a', 'b', 'c'], 'b', 1)).toBe('c');
    expect(neighbour(['a', 'b', 'c'], 'b', -1)).toBe('a');
    expect(neighbour(['a', 'b', 'c'], 'c', 1)).toBeNull();
    expect(neighbour(['a', 'b', 'c'], 'a', -1)).toBeNull();
    expect(neighbour(['a'], 'z', 1)).toBeNull();
  });
});

describe('keyboard shortcuts in the app', () => {
  it('/ and Ctrl+F focus the search of the Sites page, but not while typing elsewhere', async () => {
    const { client } = createFakeClient({ policies: [examplePolicy] });
    renderApp(client);
    const search = await screen.findByTestId('sites-search');
    press('/');
    expect(document.activeElement).toBe(search);
    fireEvent.change(search, { target: { value: 'paris' } });
    // Typing a slash into the search stays a slash.
    expect(fireEvent.keyDown(search, { key: '/' })).toBe(true);
    search.blur();
    expect(fireEvent.keyDown(document.body, { key: 'f', ctrlKey: true })).toBe(false);
    expect(document.activeElement).toBe(search);
  });

  it('leaves Ctrl+F to the browser on pages without a search', async () => {
    const { client } = createFakeClient({ policies: [examplePolicy] });
    renderApp(client, { hash: '#/settings' });
    await screen.findByTestId('settings-page');
    expect(fireEvent.keyDown(document.body, { key: 'f', ctrlKey: true })).toBe(true);
  });

  it('Ctrl/Cmd+Z takes back the last deletions, newest first, once each', async () => {
    const { client, callsOf, state } = createFakeClient({
      policies: [examplePolicy],
      cookies: exampleCookies(),
    });
    renderApp(client, { hash: `#/site/${EXAMPLE_SITE}` });
    const deleteNamed = async (name: string) => {
      const row = (await screen.findAllByTestId('cookie-row')).find(
        (r) => r.getAttribute('data-name') === name,
      )!;
      fireEvent.click(within(row).getByTestId('cookie-delete'));
      await waitFor(() => expect(state.cookies.some((c) => c.name === name)).toBe(false));
    };
    await deleteNamed('sessionid');
    await deleteNamed('_ga');
    expect(screen.getAllByTestId('toast')).toHaveLength(2);

    press('z', { ctrlKey: true });
    await waitFor(() => expect(callsOf('jar.undo')).toEqual([{ undoId: 'undo-2' }]));
    await waitFor(() => expect(state.cookies.some((c) => c.name === '_ga')).toBe(true));
    press('z', { metaKey: true });
    await waitFor(() => expect(callsOf('jar.undo')).toEqual([{ undoId: 'undo-2' }, { undoId: 'undo-1' }]));
    await waitFor(() => expect(state.cookies.some((c) => c.name === 'sessionid')).toBe(true));

    press('z', { ctrlKey: true });
    await screen.findByText('Nothing to undo.');
    expect(callsOf('jar.undo')).toHaveLength(2);
  });

  it('does not run an Undo twice: once clicked, Ctrl+Z passes it by', async () => {
    const { client, callsOf, state } = createFakeClient({
      policies: [examplePolicy],
      cookies: exampleCookies(),
    });
    renderApp(client, { hash: `#/site/${EXAMPLE_SITE}` });
    fireEvent.click((await screen.findAllByTestId('cookie-delete'))[0]!);
    fireEvent.click(await screen.findByTestId('toast-action'));
    await waitFor(() => expect(callsOf('jar.undo')).toHaveLength(1));
    await waitFor(() => expect(state.cookies).toHaveLength(4));
    press('z', { ctrlKey: true });
    await screen.findByText('Nothing to undo.');
    expect(callsOf('jar.undo')).toHaveLength(1);
  });

  it('leaves Ctrl+Z to a text field being typed into', async () => {
    const { client, callsOf } = createFakeClient({ policies: [examplePolicy], cookies: exampleCookies() });
    renderApp(client, { hash: `#/site/${EXAMPLE_SITE}` });
    fireEvent.click((await screen.findAllByTestId('cookie-delete'))[0]!);
    await screen.findByTestId('toast-action');
    window.location.hash = '#/sites';
    fireEvent(window, new HashChangeEvent('hashchange'));
    const search = await screen.findByTestId('sites-search');
    expect(fireEvent.keyDown(search, { key: 'z', ctrlKey: true })).toBe(true);
    expect(callsOf('jar.undo')).toHaveLength(0);
  });

  it('J/K and Alt+↓/↑ walk the sites in the order the list shows them', async () => {
    const cookies = [
      cookie({ name: 'a', value: 'v', domain: 'one.test' }),
      ...['a', 'b', 'c'].map((name) => cookie({ name, value: 'v', domain: 'three.test' })),
      ...['a', 'b'].map((name) => cookie({ name, value: 'v', domain: 'two.test' })),
    ];
    const { client } = createFakeClient({ cookies });
    renderApp(client);
    await screen.findAllByTestId('site-row');
    // Most cookies first: three, two, one.
    fireEvent.click(screen.getByTestId('sort-cookies'));
    fireEvent.click(screen.getAllByTestId('site-link')[0]!);
    const heading = () => screen.getByRole('heading', { level: 1 }).textContent;
    await waitFor(() => expect(heading()).toBe('three.test'));

    press('j');
    await waitFor(() => expect(heading()).toBe('two.test'));
    press('ArrowDown', { altKey: true });
    await waitFor(() => expect(heading()).toBe('one.test'));
    press('j');
    await screen.findByText('This is the last site of the list.');
    expect(heading()).toBe('one.test');
    press('k');
    await waitFor(() => expect(heading()).toBe('two.test'));
    press('ArrowUp', { altKey: true });
    await waitFor(() => expect(heading()).toBe('three.test'));
    press('k');
    await screen.findByText('This is the first site of the list.');
  });

  it('? opens the help sheet: every shortcut listed, focus kept inside, Esc closes it', async () => {
    const { client } = createFakeClient({ cookies: exampleCookies() });
    renderApp(client, { hash: '#/site/example.org' });
    await screen.findByTestId('site-page');
    const opener = screen.getByTestId('shortcuts-button');
    opener.focus();
    press('?', { shiftKey: true }, opener);
    const sheet = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(sheet.getAttribute('aria-modal')).toBe('true');
    const rows = within(sheet).getAllByTestId('shortcut-row');
    expect(rows.map((r) => r.textContent)).toEqual([
      '/ or Ctrl+FSearch (on Sites and Jar)',
      'DeleteDelete the selected cookies (Jar)',
      'Ctrl+ZUndo the last deletion or change',
      'J or Alt+↓Next site (on a site page)',
      'K or Alt+↑Previous site (on a site page)',
      '?Show this list',
      'EscClose a dialog',
    ]);
    const done = within(sheet).getByRole('button', { name: 'Done' });
    expect(document.activeElement).toBe(done);
    fireEvent.keyDown(done, { key: 'Tab' });
    expect(document.activeElement).toBe(done);
    fireEvent.keyDown(done, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(done);
    // Other shortcuts wait while the sheet is open.
    press('j', {}, done);
    expect(window.location.hash).toBe('#/site/example.org');

    fireEvent.keyDown(done, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});
