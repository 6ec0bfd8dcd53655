import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CrumbsError } from '../../shared/errors';
import { createFakeClient } from './fake-client';
import { exampleCookies, examplePolicy } from './fixtures';
import { renderApp } from './render';

const NETSCAPE = '# Netscape HTTP Cookie File\n.dropped.test\tTRUE\t/\tFALSE\t0\tdrop\tyes\n';

/** A drop of files on the window, as the browser sends it (jsdom has no DataTransfer). */
function dropFiles(target: EventTarget, files: File[]): Event {
  const dataTransfer = { types: ['Files'], files, dropEffect: 'none' };
  for (const type of ['dragover', 'drop']) {
    const event = new Event(type, { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'dataTransfer', { value: dataTransfer });
    act(() => {
      target.dispatchEvent(event);
    });
    if (type === 'drop') return event;
  }
  throw new Error('unreachable');
}

describe('app shell', () => {
  it('has a skip link, labelled navigation and marks the current page', async () => {
    const { client } = createFakeClient({ policies: [examplePolicy] });
    renderApp(client, { hash: '#/export' });
    const skip = screen.getByRole('link', { name: 'Skip to content' });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(nav.querySelector('[aria-current="page"]')?.textContent).toBe('Export');
    fireEvent.click(skip);
    expect(document.activeElement).toBe(screen.getByRole('main'));
    expect(window.location.hash).toBe('#/export');
    await screen.findByRole('heading', { level: 1, name: 'Export cookies' });
  });

  it('reaches every view in one step from the navigation, and names it in the window title', async () => {
    const { client } = createFakeClient({ policies: [examplePolicy], cookies: exampleCookies() });
    renderApp(client);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Sites', '#/sites'],
      ['Jar', '#/jar'],
      ['Profiles', '#/profiles'],
      ['Report', '#/report'],
      ['Import', '#/import'],
      ['Export', '#/export'],
      ['Settings', '#/settings'],
    ]);
    const views: [string, string, string][] = [
      ['#/jar', 'Jar', 'Jar · Crumbs — accept-all, 4 cookies'],
      ['#/settings', 'Settings', 'Settings · Crumbs — accept-all, 4 cookies'],
      ['#/profiles', 'Profiles', 'Profiles · Crumbs — accept-all, 4 cookies'],
      ['#/report', 'Report', 'Report · Crumbs — accept-all, 4 cookies'],
      ['#/import', 'Import', 'Import · Crumbs — accept-all, 4 cookies'],
      ['#/sites', 'Sites', 'Sites · Crumbs — accept-all, 4 cookies'],
    ];
    for (const [hash, navName, title] of views) {
      act(() => {
        window.location.hash = hash;
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      });
      await waitFor(() => expect(document.title).toBe(title));
      expect(nav.querySelector('[aria-current="page"]')?.textContent).toBe(navName);
      // Focus moves to the page, so the keyboard starts there.
      expect(document.activeElement).toBe(screen.getByRole('main'));
      expect(screen.getByRole('main').querySelector('h1')).not.toBeNull();
    }
  });

  it('says in the status line how many cookies the jar holds and which profile is active', async () => {
    const { client, events } = createFakeClient({ cookies: exampleCookies() });
    await client['profiles.use']({ name: 'necessary-only' });
    renderApp(client, { events: events.feed });
    const count = await screen.findByTestId('status-cookie-count');
    await waitFor(() => expect(count.textContent).toBe('4 cookies in the jar'));
    expect(count.getAttribute('href')).toBe('#/jar');
    const profile = await screen.findByTestId('status-profile');
    expect(profile.textContent).toBe('Consent profile: necessary-only');
    expect(screen.getByTestId('status-line').textContent).toContain('Version 0.1.0-test');
    expect(screen.queryByTestId('status-unprotected')).toBeNull();
    // The window title says it too, and follows a change of profile.
    await waitFor(() => expect(document.title).toBe('Sites · Crumbs — necessary-only, 4 cookies'));
    await client['profiles.use']({ name: 'accept-all' });
    act(() => events.emit('data.changed', { what: 'profiles', revision: 2 }));
    await waitFor(() => expect(document.title).toBe('Sites · Crumbs — accept-all, 4 cookies'));
  });

  it('warns in the status line, linking to Settings, while values are unprotected and unanswered', async () => {
    const { client, state } = createFakeClient();
    state.valueStorage = {
      protection: 'basic_text',
      unprotected: true,
      consent: 'required',
      allowedAt: null,
    };
    renderApp(client);
    const warning = await screen.findByTestId('status-unprotected');
    expect(warning.getAttribute('href')).toBe('#/settings');
    expect(warning.textContent).toContain('your answer is needed');
  });

  it('opens the Import page with files dropped anywhere on the window, and checks them', async () => {
    const { client, callsOf } = createFakeClient({ policies: [examplePolicy] });
    renderApp(client);
    await screen.findAllByTestId('site-row');
    const drop = dropFiles(screen.getByRole('main'), [new File([NETSCAPE], 'dropped.txt')]);
    // Handled: the browser must not open the file instead.
    expect(drop.defaultPrevented).toBe(true);
    await waitFor(() => expect(window.location.hash).toBe('#/import'));
    expect((await screen.findByTestId('import-chosen')).textContent).toContain('dropped.txt');
    await waitFor(() => expect(callsOf('import.run')).toHaveLength(1));
    const run = callsOf('import.run')[0]!;
    expect(run.dryRun).toBe(true);
    expect(run.files).toEqual([{ name: 'dropped.txt', content: NETSCAPE, encoding: 'utf8' }]);
    expect(await screen.findByTestId('import-dry-run-report')).toBeTruthy();
  });

  it('shows where a drop would go while files are dragged over the window, and ignores other drags', () => {
    const { client } = createFakeClient();
    renderApp(client);
    const text = new Event('dragover', { bubbles: true, cancelable: true });
    Object.defineProperty(text, 'dataTransfer', { value: { types: ['text/plain'], files: [] } });
    act(() => {
      window.dispatchEvent(text);
    });
    expect(text.defaultPrevented).toBe(false);
    expect(screen.queryByTestId('drop-overlay')).toBeNull();

    const files = new Event('dragover', { bubbles: true, cancelable: true });
    Object.defineProperty(files, 'dataTransfer', { value: { types: ['Files'], files: [] } });
    act(() => {
      window.dispatchEvent(files);
    });
    expect(files.defaultPrevented).toBe(true);
    expect(screen.getByTestId('drop-overlay').textContent).toBe('Drop the files to import them');
  });

  it('takes a drop on the Import page too, without reading the files twice', async () => {
    const { client, callsOf } = createFakeClient();
    renderApp(client, { hash: '#/import' });
    const zone = await screen.findByTestId('import-drop-zone');
    dropFiles(zone, [new File([NETSCAPE], 'zone.txt')]);
    await waitFor(() => expect(callsOf('import.run')).toHaveLength(1));
    await screen.findByTestId('import-dry-run-report');
    expect(callsOf('import.run')).toHaveLength(1);
    expect(callsOf('import.run')[0]!.files[0]!.name).toBe('zone.txt');
  });

  it('replaces the UI with a clear message when the token is refused', async () => {
    const { client, state } = createFakeClient();
    state.failNext['sites.list'] = new CrumbsError('UNAUTHORIZED', 'Bad token.');
    const onUnauthorized = vi.fn();
    renderApp(client, { onUnauthorized });
    const page = await screen.findByTestId('auth-problem');
    expect(page.getAttribute('data-reason')).toBe('rejected');
    expect(page.textContent).toContain('The access link is no longer valid');
    expect(page.textContent).toContain('crumbs serve');
    expect(page.textContent).toContain('npm run web');
    await waitFor(() => expect(onUnauthorized).toHaveBeenCalled());
  });
});
