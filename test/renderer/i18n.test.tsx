import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import en from '../../renderer/i18n/en.json';
import fr from '../../renderer/i18n/fr.json';
import { LANGUAGE_KEY, detectLanguage } from '../../renderer/i18n';
import { formatRelativeFuture } from '../../renderer/i18n/format';
import { createFakeClient } from './fake-client';
import { EXAMPLE_SITE, exampleCookies, examplePolicy } from './fixtures';
import { renderApp } from './render';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

describe('translations', () => {
  it('en.json and fr.json have exactly the same keys, all non-empty', () => {
    const enKeys = keysOf(en).sort();
    expect(keysOf(fr).sort()).toEqual(enKeys);
    expect(enKeys.length).toBeGreaterThan(100);
    for (const [name, resource] of [
      ['en', en],
      ['fr', fr],
    ] as const) {
      for (const key of keysOf(resource)) {
        const text = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], resource);
        expect(typeof text === 'string' && text.trim() !== '', `${name}: ${key}`).toBe(true);
      }
    }
  });

  it('switches the whole UI to French and remembers the choice', async () => {
    const { client } = createFakeClient({ policies: [examplePolicy], cookies: exampleCookies() });
    renderApp(client, { hash: `#/site/${EXAMPLE_SITE}` });
    await screen.findAllByTestId('cookie-row');
    expect(screen.getByRole('link', { name: 'Import' })).toBeTruthy();

    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'fr' } });
    expect(await screen.findByRole('link', { name: 'Importer' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Langue' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Nom du fournisseur' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Supprimer tous les cookies de ce site' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Afficher la valeur de sessionid' })).toBeTruthy();
    const sessionRow = screen
      .getAllByTestId('cookie-row')
      .find((r) => r.getAttribute('data-name') === 'sessionid')!;
    expect(sessionRow.textContent).toContain('(dans 13 jours)');
    expect(sessionRow.textContent).toContain('Oui');
    await waitFor(() =>
      expect(screen.getByTestId('status-cookie-count').textContent).toBe('4 cookies dans le bocal'),
    );
    expect(document.documentElement.lang).toBe('fr');
    expect(window.localStorage.getItem(LANGUAGE_KEY)).toBe('fr');
    // The policy keeps its own words.
    expect(screen.getByText('Keeps you signed in.')).toBeTruthy();
  });

  it('starts in the saved language, else the browser language, else English', () => {
    const storage = (saved: string | null) => ({ getItem: () => saved });
    expect(detectLanguage(storage('fr'), ['en-US'])).toBe('fr');
    expect(detectLanguage(storage(null), ['fr-CA', 'en'])).toBe('fr');
    expect(detectLanguage(storage('de'), ['de-DE', 'en-GB'])).toBe('en');
    expect(detectLanguage(null, ['es'])).toBe('en');
  });

  it('renders in French from the start when asked', async () => {
    const { client } = createFakeClient({ policies: [examplePolicy] });
    renderApp(client, { language: 'fr' });
    expect(await screen.findByRole('searchbox', { name: 'Rechercher un site' })).toBeTruthy();
    expect((await screen.findByTestId('site-example-badge')).textContent).toBe('Exemple');
  });

  it('formats relative expiry in the UI language', () => {
    const now = Date.UTC(2025, 0, 1);
    const at = (days: number) => now / 1000 + days * 86_400;
    expect(formatRelativeFuture(at(13), now, 'en')).toBe('in 13 days');
    expect(formatRelativeFuture(at(13), now, 'fr')).toBe('dans 13 jours');
    expect(formatRelativeFuture(at(1), now, 'en')).toBe('in 24 hours');
    expect(formatRelativeFuture(at(180), now, 'en')).toBe('in 6 months');
    expect(formatRelativeFuture(at(800), now, 'fr')).toBe('dans 2 ans');
    expect(formatRelativeFuture(now / 1000 + 600, now, 'en')).toBe('in 10 minutes');
  });
});
