// The Jar view's localStorage tab: thousands of entries drawn a screenful at a time, selected one by one or
// all that the filter shows, deleted with the button or the Delete key, and taken back with Undo or Ctrl+Z.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { StorageEntry } from '../../shared/model';
import { createFakeClient } from './fake-client';
import { renderApp } from './render';

const rows = () => screen.queryAllByTestId('jar-storage-row');
const names = () => rows().map((r) => r.getAttribute('data-name'));
const row = (name: string) => rows().find((r) => r.getAttribute('data-name') === name)!;
const selectBox = (name: string) => within(row(name)).getByTestId('jar-storage-select');

function entries(count: number): StorageEntry[] {
  return Array.from({ length: count }, (_, i) => ({
    origin: `https://site${String(i % 50).padStart(2, '0')}.example`,
    name: `key${String(i).padStart(4, '0')}`,
    value: `value ${i}`,
  }));
}

async function openStorage(storage: StorageEntry[]) {
  const fake = createFakeClient({ cookies: [], storage });
  renderApp(fake.client, { hash: '#/jar' });
  fireEvent.click(await screen.findByRole('tab', { name: 'localStorage' }));
  await waitFor(() => expect(rows().length).toBeGreaterThan(0));
  return fake;
}

describe('Jar view, localStorage tab', () => {
  it('draws a screenful of 3,000 entries, not all of them, and the rest on scrolling', async () => {
    await openStorage(entries(3000));
    expect(screen.getByTestId('jar-storage-count').textContent).toBe('3,000 of 3,000 entries');
    expect(rows().length).toBeGreaterThan(10);
    expect(rows().length).toBeLessThan(60);
    const table = screen.getByRole('table', { name: 'localStorage entries' });
    expect(table.getAttribute('aria-rowcount')).toBe('3001');
    const box = screen.getByTestId('jar-storage-scroll');
    box.scrollTop = 34 * 1500;
    fireEvent.scroll(box);
    await waitFor(() =>
      expect(rows().some((r) => Math.abs(Number(r.getAttribute('data-index')) - 1500) < 30)).toBe(true),
    );
    expect(rows().length).toBeLessThan(60);
  });

  it('deletes the selected entries and brings them back with Undo', async () => {
    const fake = await openStorage(entries(40));
    const sorted = [...names()];
    fireEvent.click(selectBox(sorted[0]!));
    fireEvent.click(selectBox(sorted[2]!));
    expect(screen.getByTestId('jar-storage-selection').textContent).toBe('2 selected');
    fireEvent.click(screen.getByTestId('jar-storage-delete'));
    await waitFor(() => expect(screen.getByTestId('jar-storage-count').textContent).toBe('38 of 38 entries'));
    expect(fake.callsOf('storage.delete')).toEqual([
      {
        keys: [sorted[0], sorted[2]].map((name) => {
          const e = entries(40).find((x) => x.name === name)!;
          return { origin: e.origin, name: e.name };
        }),
      },
    ]);
    expect(names()).not.toContain(sorted[0]);
    expect(screen.getByText('Deleted 2 localStorage entries.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByTestId('jar-storage-count').textContent).toBe('40 of 40 entries'));
    expect(names()).toContain(sorted[0]);
  });

  it('selects every entry the filter shows, deletes them with the Delete key, and Ctrl+Z undoes it', async () => {
    const fake = await openStorage(entries(120));
    fireEvent.change(screen.getByTestId('jar-storage-filter'), { target: { value: 'site07' } });
    await waitFor(() => expect(screen.getByTestId('jar-storage-count').textContent).toBe('3 of 120 entries'));
    fireEvent.click(screen.getByTestId('jar-storage-select-all'));
    expect(screen.getByTestId('jar-storage-selection').textContent).toBe('3 selected');
    fireEvent.keyDown(selectBox(names()[0]!), { key: 'Delete' });
    await waitFor(() => expect(fake.state.storage).toHaveLength(117));
    expect(fake.state.storage.some((e) => e.origin.includes('site07'))).toBe(false);
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(fake.state.storage).toHaveLength(120));
  });

  it('keeps the delete button off until something is selected', async () => {
    await openStorage(entries(5));
    const button = screen.getByTestId('jar-storage-delete') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.click(selectBox(names()[1]!));
    expect(button.disabled).toBe(false);
    fireEvent.click(selectBox(names()[1]!));
    expect(button.disabled).toBe(true);
  });
});
