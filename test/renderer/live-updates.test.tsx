// When the core says its data changed (an import from the command line's sibling window, an undo, a policy),
// what is on screen is read again without a reload.
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { createFakeClient } from './fake-client';
import { renderApp } from './render';
import { cookie } from './fixtures';

describe('live updates', () => {
  it('shows a site that arrived in the jar elsewhere, on the data.changed event only', async () => {
    const fake = createFakeClient({ cookies: [cookie({ name: 'a', value: '1', domain: 'one.example' })] });
    renderApp(fake.client, { hash: '#/sites', events: fake.events.feed });
    expect(await screen.findByText('one.example')).toBeTruthy();
    fake.state.cookies.push(cookie({ name: 'b', value: '2', domain: 'two.example' }));
    // Nothing told the page: it still shows what it read.
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByText('two.example')).toBeNull();
    const before = fake.callsOf('sites.list').length;
    // A burst of events is read again once.
    for (let revision = 2; revision < 12; revision++)
      fake.events.emit('data.changed', { what: 'jar', revision });
    expect(await screen.findByText('two.example')).toBeTruthy();
    await waitFor(() => expect(fake.callsOf('sites.list').length).toBe(before + 1));
    await new Promise((r) => setTimeout(r, 100));
    expect(fake.callsOf('sites.list').length).toBe(before + 1);
    // Installed browser profiles are not the core's data: not read again.
    expect(fake.callsOf('browsers.list')).toHaveLength(0);
  });
});
