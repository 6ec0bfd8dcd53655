// Selecting in the Jar table the desktop way (click, Ctrl/Cmd+click, Shift+click, arrows, Space, Shift+arrows,
// Ctrl/Cmd+A for all matching), by cookie rather than by row, and deleting the selection with Undo.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeClient } from './fake-client';
import { manyCookies } from './jar-fixtures';
import { renderApp } from './render';

const rows = () => screen.queryAllByTestId('jar-row');
const names = () => rows().map((r) => r.getAttribute('data-name'));
const row = (name: string) => rows().find((r) => r.getAttribute('data-name') === name)!;
const selectedNames = () =>
  rows()
    .filter((r) => r.getAttribute('aria-selected') === 'true')
    .map((r) => r.getAttribute('data-name'));
const grid = () => screen.getByRole('grid');
const selectionCount = () => screen.getByTestId('jar-selection-count').textContent;
const key = (k: string, init: Partial<KeyboardEventInit> = {}) =>
  fireEvent.keyDown(grid(), { key: k, ...init });

async function openJar(count: number) {
  const fake = createFakeClient({ cookies: manyCookies(count) });
  renderApp(fake.client, { hash: '#/jar' });
  await waitFor(() => expect(rows().length).toBeGreaterThan(0));
  // Sorted by name, the rows read c0000, c0001, … in jar order.
  fireEvent.click(screen.getByTestId('jar-sort-name'));
  await waitFor(() => expect(names()[1]).toBe('c0001'));
  return fake;
}

describe('Jar selection', () => {
  it('selects with click, Ctrl+click, Shift+click and Ctrl+Shift+click', async () => {
    await openJar(30);
    fireEvent.click(row('c0002'));
    expect(selectedNames()).toEqual(['c0002']);
    fireEvent.click(row('c0004'), { ctrlKey: true });
    expect(selectedNames()).toEqual(['c0002', 'c0004']);
    fireEvent.click(row('c0004'), { metaKey: true });
    expect(selectedNames()).toEqual(['c0002']);
    fireEvent.click(row('c0004'), { metaKey: true });
    // Shift: the range from the last clicked row replaces the selection.
    fireEvent.click(row('c0007'), { shiftKey: true });
    await waitFor(() => expect(selectedNames()).toEqual(['c0004', 'c0005', 'c0006', 'c0007']));
    expect(selectionCount()).toBe('4 selected');
    // Ctrl+Shift adds a range to what is selected.
    fireEvent.click(row('c0010'));
    fireEvent.click(row('c0012'), { shiftKey: true, ctrlKey: true });
    await waitFor(() => expect(selectedNames()).toEqual(['c0010', 'c0011', 'c0012']));
    fireEvent.click(row('c0001'), { ctrlKey: true });
    fireEvent.click(row('c0003'), { shiftKey: true, ctrlKey: true });
    await waitFor(() =>
      expect(selectedNames()).toEqual(['c0001', 'c0002', 'c0003', 'c0010', 'c0011', 'c0012']),
    );
    // The row's box toggles without touching the rest; with Shift it sets a range to its new state.
    fireEvent.click(within(row('c0011')).getByTestId('jar-row-select'));
    expect(selectedNames()).toEqual(['c0001', 'c0002', 'c0003', 'c0010', 'c0012']);
    fireEvent.click(within(row('c0014')).getByTestId('jar-row-select'));
    fireEvent.click(within(row('c0016')).getByTestId('jar-row-select'), { shiftKey: true });
    await waitFor(() =>
      expect(selectedNames()).toEqual([
        'c0001',
        'c0002',
        'c0003',
        'c0010',
        'c0012',
        'c0014',
        'c0015',
        'c0016',
      ]),
    );
    fireEvent.click(within(row('c0015')).getByTestId('jar-row-select'), { shiftKey: true });
    await waitFor(() =>
      expect(selectedNames()).toEqual(['c0001', 'c0002', 'c0003', 'c0010', 'c0012', 'c0014']),
    );
  });

  it('moves with the arrows, toggles with Space, extends with Shift+arrows, clears with Escape', async () => {
    await openJar(30);
    grid().focus();
    expect(grid().getAttribute('aria-activedescendant')).toBe('jar-row-0');
    key('ArrowDown');
    key('ArrowDown');
    expect(grid().getAttribute('aria-activedescendant')).toBe('jar-row-2');
    expect(selectedNames()).toEqual([]);
    key(' ');
    expect(selectedNames()).toEqual(['c0002']);
    key('ArrowDown', { shiftKey: true });
    key('ArrowDown', { shiftKey: true });
    await waitFor(() => expect(selectedNames()).toEqual(['c0002', 'c0003', 'c0004']));
    key('ArrowUp', { shiftKey: true });
    await waitFor(() => expect(selectedNames()).toEqual(['c0002', 'c0003']));
    expect(row('c0003').classList.contains('active')).toBe(true);
    key('Home');
    expect(grid().getAttribute('aria-activedescendant')).toBe('jar-row-0');
    key('ArrowUp');
    expect(grid().getAttribute('aria-activedescendant')).toBe('jar-row-0');
    key('Escape');
    expect(selectedNames()).toEqual([]);
    expect(selectionCount()).toBe('');
  });

  it('selects all matching without reading them, keeps exceptions, and deletes them all but those, with Undo', async () => {
    const fake = await openJar(1500);
    const reads = fake.callsOf('jar.query').length;
    grid().focus();
    key('a', { ctrlKey: true });
    expect(selectionCount()).toBe('1,500 selected');
    const all = screen.getByTestId('jar-select-all') as HTMLInputElement;
    expect(all.checked).toBe(true);
    expect(selectedNames()).toEqual(names());
    // Selecting 1,500 cookies asked the core for nothing.
    expect(fake.callsOf('jar.query').length).toBe(reads);

    fireEvent.click(within(row('c0001')).getByTestId('jar-row-select'));
    fireEvent.click(row('c0003'), { ctrlKey: true });
    expect(selectionCount()).toBe('1,498 selected');
    expect(all.checked).toBe(false);
    expect(all.indeterminate).toBe(true);

    fireEvent.click(screen.getByTestId('jar-delete'));
    const dialog = screen.getByTestId('confirm-dialog');
    expect(dialog.textContent).toContain('Delete 1,498 cookies?');
    fireEvent.click(within(dialog).getByTestId('confirm-dialog-confirm'));
    await waitFor(() => expect(names()).toEqual(['c0001', 'c0003']));
    const deleted = fake.callsOf('cookies.delete')[0]!.keys;
    expect(deleted).toHaveLength(1498);
    expect(deleted.map((k) => k.name)).not.toContain('c0001');
    expect(screen.getByTestId('jar-count').textContent).toBe('2 of 2 cookies');
    const toast = screen.getByTestId('toast');
    expect(toast.textContent).toContain('Deleted 1498 cookies.');

    fireEvent.click(within(toast).getByTestId('toast-action'));
    await waitFor(() => expect(screen.getByTestId('jar-count').textContent).toBe('1,500 of 1,500 cookies'));
    expect(fake.state.cookies).toHaveLength(1500);
    expect(await screen.findByText('Restored 1498 cookies.')).toBeTruthy();
  });

  it('keeps the selection by cookie when the order changes, and drops it when the filter changes', async () => {
    await openJar(30);
    fireEvent.click(row('c0001'));
    fireEvent.click(row('c0003'), { ctrlKey: true });
    fireEvent.click(screen.getByTestId('jar-sort-name'));
    await waitFor(() => expect(names()[0]).toBe('c0029'));
    expect(selectedNames()).toEqual(['c0003', 'c0001']);
    expect(selectionCount()).toBe('2 selected');
    fireEvent.change(screen.getByTestId('jar-filter-text'), { target: { value: 'c000' } });
    await waitFor(() => expect(rows()).toHaveLength(10));
    expect(selectedNames()).toEqual([]);
  });

  it('deletes one selected cookie with the Delete key and no question, then Undo brings it back', async () => {
    const fake = await openJar(30);
    fireEvent.click(row('c0005'));
    key('Delete');
    await waitFor(() => expect(names()).not.toContain('c0005'));
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
    expect(fake.callsOf('cookies.delete')).toEqual([
      { keys: [{ domain: 'www.site5.test', path: '/', name: 'c0005' }] },
    ]);
    const toast = screen.getByTestId('toast');
    expect(toast.textContent).toContain('Deleted cookie c0005.');
    fireEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(names()).toContain('c0005'));
  });

  it('asks before deleting several, and Cancel keeps them', async () => {
    const fake = await openJar(30);
    fireEvent.click(row('c0001'));
    fireEvent.click(row('c0002'), { shiftKey: true });
    await waitFor(() => expect(selectedNames()).toHaveLength(2));
    key('Delete');
    const dialog = screen.getByTestId('confirm-dialog');
    expect(dialog.textContent).toContain('Delete 2 cookies?');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
    expect(fake.callsOf('cookies.delete')).toHaveLength(0);
    expect(selectedNames()).toEqual(['c0001', 'c0002']);
  });
});
