import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeClient } from './fake-client';
import { renderApp } from './render';

const NOTICE = {
  file: '/data/policies.json',
  movedTo: '/data/policies.unreadable-2025-05-01T10-00-00-000Z.json',
  reason:
    'policies.json is not valid JSON (line 3). It was set aside; Crumbs starts with the built-in policies.',
  kept: 'nothing from the file',
};

describe('data files set aside', () => {
  it('are shown at start with why, where the file is kept and what was kept, until dismissed', async () => {
    const { client, state } = createFakeClient();
    state.notices = [
      NOTICE,
      {
        ...NOTICE,
        file: '/data/jar.sealed',
        movedTo: '/data/jar.sealed.unreadable-1',
        kept: '12 of 14 cookies',
      },
    ];
    renderApp(client);
    const banner = await screen.findByTestId('notices-banner');
    expect(within(banner).getByRole('heading', { level: 2 }).textContent).toBe(
      '2 data files could not be read and were set aside',
    );
    const items = within(banner).getAllByTestId('notice');
    expect(items[0]!.textContent).toContain(NOTICE.reason);
    expect(items[0]!.textContent).toContain('File/data/policies.json');
    expect(within(items[0]!).getByTestId('notice-moved-to').textContent).toBe(NOTICE.movedTo);
    expect(items[0]!.textContent).toContain('What was keptnothing from the file');
    expect(items[1]!.textContent).toContain('12 of 14 cookies');
    // A named region, not an interruption: the page under it works as usual.
    expect(screen.getByRole('region', { name: /could not be read/ })).toBe(banner);

    fireEvent.click(within(banner).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('notices-banner')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });

  it('stay dismissed for the session, while a new one still shows', async () => {
    const { client, state } = createFakeClient();
    state.notices = [NOTICE];
    const first = renderApp(client);
    fireEvent.click(await screen.findByTestId('notices-dismiss'));
    first.unmount();

    renderApp(client, { hash: '#/jar' });
    await screen.findByTestId('status-cookie-count');
    expect(screen.queryByTestId('notices-banner')).toBeNull();

    state.notices = [
      NOTICE,
      { ...NOTICE, file: '/data/profiles.json', movedTo: '/data/profiles.unreadable.json' },
    ];
    const again = renderApp(client, { hash: '#/settings' });
    const banner = await screen.findByTestId('notices-banner');
    expect(within(banner).getAllByTestId('notice')).toHaveLength(1);
    expect(banner.textContent).toContain('/data/profiles.json');
    expect(banner.textContent).toContain('A data file could not be read and was set aside');
    again.unmount();
  });

  it('are written in French too (the reason stays as the core wrote it)', async () => {
    const { client, state } = createFakeClient();
    state.notices = [NOTICE];
    renderApp(client, { language: 'fr' });
    const banner = await screen.findByTestId('notices-banner');
    expect(banner.textContent).toContain('Un fichier de données n’a pas pu être lu et a été mis de côté');
    expect(banner.textContent).toContain('Conservé sous');
    expect(within(banner).getByRole('button', { name: 'Fermer' })).toBeTruthy();
  });
});
