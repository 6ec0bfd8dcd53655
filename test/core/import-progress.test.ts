import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core';
import type { EventMessage } from '../../shared/events';
import { inDays, netscapeLine, tempDir } from '../helpers/temp';

let cleanup: () => void = () => undefined;
afterEach(() => cleanup());

describe('import progress', () => {
  it('reports reading, checking every 5,000 cookies, and saving, as core events', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const core = await openCore({ dataDir: t.dir });
    const seen: EventMessage[] = [];
    const unsubscribe = core.events.subscribe((m) => seen.push(m));
    const lines = Array.from({ length: 12_000 }, (_, i) =>
      netscapeLine({ domain: `s${i % 300}.example.org`, name: `c${i}`, value: 'v', expires: inDays(3) }),
    );
    await core.client['import.run']({ files: [{ name: 'big.txt', content: lines.join('\n') }] });
    unsubscribe();
    await core.close();
    const progress = seen.filter((m) => m.name === 'import.progress');
    expect(progress.map((m) => m.payload)).toEqual([
      { phase: 'reading', file: 'big.txt', done: 0, total: 1 },
      { phase: 'checking', file: 'big.txt', done: 5000, total: 12000 },
      { phase: 'checking', file: 'big.txt', done: 10000, total: 12000 },
      { phase: 'saving', file: null, done: 0, total: 12000 },
    ]);
    // Then, once the cookies are in, the jar says it changed (views refresh).
    expect(seen.slice(progress.length)).toEqual([
      { name: 'data.changed', payload: { what: 'jar', revision: 1 } },
    ]);
  });
});
