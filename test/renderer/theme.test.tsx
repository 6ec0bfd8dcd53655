import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { THEME_KEY, loadTheme, resolveTheme } from '../../renderer/app/theme';
import { createFakeClient } from './fake-client';
import { renderApp } from './render';

/** A system colour scheme the test can flip, as `prefers-color-scheme` would. */
function fakeSystemScheme(dark: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    matches: dark,
    media: '(prefers-color-scheme: dark)',
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  };
  window.matchMedia = ((media: string) => {
    if (media !== query.media) throw new Error(`unexpected media query ${media}`);
    return query;
  }) as unknown as typeof window.matchMedia;
  return {
    set(next: boolean) {
      query.matches = next;
      act(() => listeners.forEach((listener) => listener()));
    },
    listeners,
  };
}

const theme = () => document.documentElement.dataset.theme;

describe('theme', () => {
  afterEach(() => {
    // jsdom has no matchMedia of its own.
    delete (window as { matchMedia?: unknown }).matchMedia;
    delete document.documentElement.dataset.theme;
  });

  it('resolves a preference against the system, and reads only what it wrote', () => {
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(loadTheme({ getItem: () => 'dark' })).toBe('dark');
    expect(loadTheme({ getItem: () => 'purple' })).toBe('system');
    expect(loadTheme(null)).toBe('system');
    expect(
      loadTheme({
        getItem: () => {
          throw new Error('denied');
        },
      }),
    ).toBe('system');
  });

  it('follows the system by default, live, until a theme is chosen', async () => {
    const system = fakeSystemScheme(true);
    const { client } = createFakeClient();
    renderApp(client, { hash: '#/settings' });
    expect(theme()).toBe('dark');
    const follow = await screen.findByRole('radio', { name: /Follow the system/ });
    expect((follow as HTMLInputElement).checked).toBe(true);
    expect(follow.parentElement?.textContent).toContain('(now Dark)');
    system.set(false);
    expect(theme()).toBe('light');
    expect(follow.parentElement?.textContent).toContain('(now Light)');

    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(theme()).toBe('dark');
    expect(window.localStorage.getItem(THEME_KEY)).toBe('dark');
    // The system no longer decides.
    system.set(false);
    expect(theme()).toBe('dark');
  });

  it('starts in the saved theme and stops listening when the app goes', () => {
    const system = fakeSystemScheme(false);
    window.localStorage.setItem(THEME_KEY, 'dark');
    const { client } = createFakeClient();
    const { unmount } = renderApp(client);
    expect(theme()).toBe('dark');
    expect(system.listeners.size).toBe(1);
    unmount();
    expect(system.listeners.size).toBe(0);
  });

  it('works where the browser cannot say what the system prefers', async () => {
    const { client } = createFakeClient();
    renderApp(client, { hash: '#/settings' });
    expect(theme()).toBe('light');
    fireEvent.click(await screen.findByRole('radio', { name: 'Dark' }));
    expect(theme()).toBe('dark');
  });
});
