import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CrumbsError } from '../../shared/errors';
import { createFakeClient } from './fake-client';
import { examplePolicy, inDays } from './fixtures';
import { renderApp } from './render';

const line = (domain: string, name: string, value: string, expires: number) =>
  [domain, 'FALSE', '/', 'FALSE', String(expires), name, value].join('\t');

const goodFile = () =>
  new File(
    [
      [
        '# Netscape HTTP Cookie File',
        line('.news.example', 'sid', 'abc', inDays(30)),
        line('news.example', 'lang', 'fr', inDays(5)),
      ].join('\n'),
    ],
    'good.txt',
    { type: 'text/plain' },
  );
const mixedFile = () =>
  new File(
    [
      [
        line('shop.example', 'cart', '42', inDays(3)),
        'this line is broken',
        line('shop.example', 'old', 'x', inDays(-10)),
      ].join('\n'),
    ],
    'mixed.txt',
  );

function choose(files: File[]) {
  fireEvent.change(screen.getByTestId('import-file-input'), { target: { files } });
}

describe('import', () => {
  it('checks the files with a dry run and shows the report, rejected rows included', async () => {
    const { client, callsOf, state } = createFakeClient({ policies: [examplePolicy] });
    renderApp(client, { hash: '#/import' });
    expect(screen.getByLabelText('Choose files…')).toBe(screen.getByTestId('import-file-input'));
    choose([goodFile(), mixedFile()]);

    const report = await screen.findByTestId('import-dry-run-report');
    const [call] = callsOf('import.run');
    expect(call?.dryRun).toBe(true);
    expect(call?.format).toBe('auto');
    expect(call?.files.map((f) => f.name)).toEqual(['good.txt', 'mixed.txt']);
    expect(call?.files[0]?.content).toContain('\tsid\tabc');
    expect(state.cookies).toEqual([]);

    const fileRows = within(report).getAllByTestId('import-file-row');
    expect(
      fileRows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['cookies.txt (Netscape)', 'tab-separated lines', '2'],
      ['cookies.txt (Netscape)', 'tab-separated lines', '2'],
    ]);
    expect(within(report).getByTestId('import-summary').textContent).toBe(
      'Would import: 3 new, 0 updated, 1 skipped (already expired).',
    );
    const rejected = within(report).getAllByTestId('import-rejected-row');
    expect(rejected.map((row) => row.textContent)).toEqual([
      'mixed.txt line 2expected 7 tab-separated fields, found 1',
    ]);

    // All-or-nothing: the plain import is blocked while rows are rejected.
    expect(screen.getByTestId('import-apply').hasAttribute('disabled')).toBe(true);
    expect(screen.getByText(/1 row cannot be imported/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Import the valid part' }));
    const result = await screen.findByTestId('import-result');
    expect(within(result).getByTestId('import-summary').textContent).toBe(
      'Imported: 3 new, 0 updated, 1 skipped (already expired).',
    );
    const applied = callsOf('import.run')[1];
    expect(applied).toMatchObject({ dryRun: false, skipInvalid: true, format: 'auto' });
    expect(state.cookies.map((c) => c.name).sort()).toEqual(['cart', 'lang', 'sid']);
    await waitFor(() =>
      expect(screen.getByTestId('status-cookie-count').textContent).toBe('3 cookies in the jar'),
    );
  });

  it('imports a clean file with the Import button', async () => {
    const { client, callsOf, state } = createFakeClient();
    renderApp(client, { hash: '#/import' });
    choose([goodFile()]);
    await screen.findByTestId('import-dry-run-report');
    expect(screen.queryByTestId('import-apply-valid')).toBeNull();
    fireEvent.click(screen.getByTestId('import-apply'));
    await screen.findByTestId('import-result');
    expect(callsOf('import.run')[1]).toMatchObject({ dryRun: false, skipInvalid: false });
    expect(state.cookies).toHaveLength(2);
  });

  it('re-checks with the chosen format override', async () => {
    const { client, callsOf } = createFakeClient();
    renderApp(client, { hash: '#/import' });
    choose([goodFile()]);
    await screen.findByTestId('import-dry-run-report');
    fireEvent.change(screen.getByRole('combobox', { name: 'Format' }), { target: { value: 'netscape' } });
    await waitFor(() => expect(callsOf('import.run')).toHaveLength(2));
    expect(callsOf('import.run')[1]).toMatchObject({ dryRun: true, format: 'netscape' });
    await waitFor(() =>
      expect(screen.getByTestId('import-file-row').textContent).toContain('chosen: netscape'),
    );
  });

  it('shows the core error code and message', async () => {
    const { client, state } = createFakeClient();
    state.failNext['import.run'] = new CrumbsError('IMPORT_UNREADABLE', 'good.txt is not UTF-8 text.');
    renderApp(client, { hash: '#/import' });
    choose([goodFile()]);
    const alert = await screen.findByTestId('error-message');
    expect(alert.textContent).toContain('The file could not be read');
    expect(alert.textContent).toContain('good.txt is not UTF-8 text.');
    expect(alert.textContent).toContain('Error code: IMPORT_UNREADABLE');
    expect(screen.queryByTestId('import-apply')).toBeNull();
  });
});
