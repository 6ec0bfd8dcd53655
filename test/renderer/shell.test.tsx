import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CrumbsError } from '../../shared/errors';
import { createFakeClient } from './fake-client';
import { examplePolicy } from './fixtures';
import { renderApp } from './render';

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
