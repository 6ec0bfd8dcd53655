// Import progress: while a check or an import runs, the newest `import.progress` event of the core is shown as
// text and a progressbar; it goes when the request finishes. Without events the plain busy line stays.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CrumbsError } from '../../shared/errors';
import { createHttpEvents } from '../../renderer/client/http-events';
import { exampleBrowsers } from './fake-browsers';
import { createFakeClient } from './fake-client';
import { inDays } from './fixtures';
import { renderApp } from './render';

const FIREFOX = '/home/ada/.mozilla/firefox/abcd.default-release/cookies.sqlite';

const cookiesFile = (name: string) =>
  new File([['s1.example.org', 'FALSE', '/', 'FALSE', String(inDays(30)), name, 'v'].join('\t')], name);

function choose(files: File[]) {
  fireEvent.change(screen.getByTestId('import-file-input'), { target: { files } });
}

const bar = (area: HTMLElement) => within(area).getByRole('progressbar');
const values = (area: HTMLElement) => ({
  now: bar(area).getAttribute('aria-valuenow'),
  max: bar(area).getAttribute('aria-valuemax'),
});

describe('import progress', () => {
  it('shows the newest progress of a running check and import, and hides it when each ends', async () => {
    const fake = createFakeClient();
    renderApp(fake.client, { hash: '#/import', events: fake.events.feed });
    const release = fake.pause('import.run');
    choose([cookiesFile('big.txt'), cookiesFile('small.txt')]);
    await waitFor(() => expect(fake.callsOf('import.run')).toHaveLength(1));

    // Nothing told yet: the plain busy line, no bar.
    expect(screen.getByText('Checking the files…')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();

    fake.events.emit('import.progress', { phase: 'reading', file: 'big.txt', done: 0, total: 2 });
    const area = await screen.findByTestId('import-progress');
    expect(within(area).getByTestId('import-progress-text').textContent).toBe(
      'Reading big.txt (file 1 of 2)',
    );
    expect(values(area)).toEqual({ now: '0', max: '2' });
    expect(screen.queryByText('Checking the files…')).toBeNull();

    fake.events.emit('import.progress', { phase: 'checking', file: 'big.txt', done: 45_000, total: 100_000 });
    await waitFor(() =>
      expect(screen.getByTestId('import-progress-text').textContent).toBe(
        'Checking big.txt: 45,000 of 100,000 cookies',
      ),
    );
    // Only the newest: one area, one bar, labelled by its text.
    expect(screen.getAllByTestId('import-progress')).toHaveLength(1);
    expect(screen.getAllByRole('progressbar')).toHaveLength(1);
    expect(values(screen.getByTestId('import-progress'))).toEqual({ now: '45000', max: '100000' });
    expect(
      screen.getByRole('progressbar', { name: 'Checking big.txt: 45,000 of 100,000 cookies' }),
    ).toBeTruthy();

    release();
    await screen.findByTestId('import-dry-run-report');
    expect(screen.queryByTestId('import-progress')).toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();

    // Nothing runs: a stray event shows nothing.
    fake.events.emit('import.progress', { phase: 'checking', file: 'big.txt', done: 50_000, total: 100_000 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByTestId('import-progress')).toBeNull();

    // The import itself starts blank (not with the check's last news), then shows the save.
    const releaseApply = fake.pause('import.run');
    fireEvent.click(screen.getByTestId('import-apply'));
    await waitFor(() => expect(fake.callsOf('import.run')).toHaveLength(2));
    expect(await screen.findByText('Importing…')).toBeTruthy();
    expect(screen.queryByTestId('import-progress')).toBeNull();
    fake.events.emit('import.progress', { phase: 'saving', file: null, done: 0, total: 2 });
    const saving = await screen.findByTestId('import-progress');
    expect(within(saving).getByTestId('import-progress-text').textContent).toBe('Saving the jar…');
    // Saving has no count to show: an indeterminate bar.
    expect(bar(saving).hasAttribute('aria-valuenow')).toBe(false);
    expect(screen.queryByText('Importing…')).toBeNull();

    releaseApply();
    await screen.findByTestId('import-result');
    expect(screen.queryByTestId('import-progress')).toBeNull();
    expect(fake.state.cookies.map((c) => c.name).sort()).toEqual(['big.txt', 'small.txt']);
  });

  it('hides the progress when the request fails, too', async () => {
    const fake = createFakeClient();
    renderApp(fake.client, { hash: '#/import', events: fake.events.feed });
    const release = fake.pause('import.run');
    fake.state.failNext['import.run'] = new CrumbsError(
      'TOO_LARGE',
      'More than 200,000 cookies in one import.',
    );
    choose([cookiesFile('huge.txt')]);
    await waitFor(() => expect(fake.callsOf('import.run')).toHaveLength(1));
    fake.events.emit('import.progress', { phase: 'reading', file: 'huge.txt', done: 0, total: 1 });
    const area = await screen.findByTestId('import-progress');
    expect(within(area).getByTestId('import-progress-text').textContent).toBe('Reading huge.txt…');
    release();
    expect(await screen.findByText(/More than 200,000 cookies/)).toBeTruthy();
    expect(screen.queryByTestId('import-progress')).toBeNull();
  });

  it('speaks French, numbers included', async () => {
    const fake = createFakeClient();
    renderApp(fake.client, { hash: '#/import', events: fake.events.feed, language: 'fr' });
    const release = fake.pause('import.run');
    choose([cookiesFile('big.txt'), cookiesFile('b.txt')]);
    await waitFor(() => expect(fake.callsOf('import.run')).toHaveLength(1));
    const text = () => screen.getByTestId('import-progress-text').textContent;

    fake.events.emit('import.progress', { phase: 'reading', file: 'b.txt', done: 1, total: 2 });
    await waitFor(() => expect(text()).toBe('Lecture de b.txt (fichier 2 sur 2)'));
    fake.events.emit('import.progress', { phase: 'checking', file: 'big.txt', done: 45_000, total: 100_000 });
    // French groups thousands with a narrow no-break space.
    await waitFor(() =>
      expect(text()).toBe('Vérification de big.txt : 45\u202f000 cookies sur 100\u202f000'),
    );
    fake.events.emit('import.progress', { phase: 'saving', file: null, done: 0, total: 3 });
    await waitFor(() => expect(text()).toBe('Enregistrement du bocal…'));
    release();
    await screen.findByTestId('import-dry-run-report');
    expect(screen.queryByTestId('import-progress')).toBeNull();
  });

  it('shows the progress of a browser profile check in its own section', async () => {
    const fake = createFakeClient({ browsers: exampleBrowsers() });
    renderApp(fake.client, { hash: '#/import', events: fake.events.feed });
    await screen.findAllByTestId('browser-profile');
    const release = fake.pause('import.browser');
    const row = screen.getAllByTestId('browser-profile').find((r) => r.getAttribute('data-id') === FIREFOX)!;
    fireEvent.click(within(row).getByTestId('browser-check'));
    await waitFor(() => expect(fake.callsOf('import.browser')).toHaveLength(1));
    const output = screen.getByTestId('browser-import-output');
    expect(within(output).getByText('Reading Firefox, profile default-release…')).toBeTruthy();

    fake.events.emit('import.progress', {
      phase: 'checking',
      file: 'cookies.sqlite',
      done: 5_000,
      total: 12_345,
    });
    const area = await within(output).findByTestId('browser-import-progress');
    expect(within(area).getByTestId('browser-import-progress-text').textContent).toBe(
      'Checking cookies.sqlite: 5,000 of 12,345 cookies',
    );
    expect(values(area)).toEqual({ now: '5000', max: '12345' });
    // The file section runs nothing: it shows no progress.
    expect(screen.queryByTestId('import-progress')).toBeNull();

    release();
    await within(output).findByTestId('import-dry-run-report');
    expect(screen.queryByTestId('browser-import-progress')).toBeNull();
  });

  it('shows the access-link page when the event stream refuses the token', async () => {
    const fake = createFakeClient();
    const requests: string[] = [];
    const events = createHttpEvents({
      token: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
      fetch: async (url) => {
        requests.push(url);
        return new Response('{}', { status: 401 });
      },
    });
    let forgotten = 0;
    renderApp(fake.client, { hash: '#/import', events, onUnauthorized: () => forgotten++ });
    expect(await screen.findByText('The access link is no longer valid')).toBeTruthy();
    expect(forgotten).toBe(1);
    expect(requests).toEqual(['/api/_events']);
  });
});
