// Exports saved by the app's download manager end up 0600, like the command line's (see
// electron/main/private-downloads.ts); cancelled or failed downloads are left alone.
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installPrivateDownloads, type DownloadSource } from '../../electron/main/private-downloads';
import type { Logger } from '../../electron/main/log';
import { tempDir } from '../helpers/temp';

type Done = (event: unknown, state: 'completed' | 'cancelled' | 'interrupted') => void;

/** A session and download items reduced to what the hook uses. */
function fakeSession() {
  let onDownload: ((event: unknown, item: unknown) => void) | null = null;
  const session = {
    on(event: string, listener: (event: unknown, item: unknown) => void) {
      if (event === 'will-download') onDownload = listener;
      return session;
    },
  };
  const download = (path: string, state: 'completed' | 'cancelled' | 'interrupted') => {
    let done: Done | null = null;
    const item = {
      getSavePath: () => path,
      once(event: string, listener: Done) {
        if (event === 'done') done = listener;
        return item;
      },
    };
    onDownload?.({}, item);
    (done as Done | null)?.({}, state);
  };
  return { session: session as unknown as DownloadSource, download };
}

const quiet: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('crumbs-downloads-')));
afterEach(() => cleanup());

describe.skipIf(process.platform === 'win32')('exports saved by the app', () => {
  it('are made readable by the user only once complete', () => {
    const { session, download } = fakeSession();
    installPrivateDownloads(session, quiet, 'linux');
    const done = join(dir, 'cookies.txt');
    const cancelled = join(dir, 'partial.txt');
    writeFileSync(done, 'secret', { mode: 0o644 });
    writeFileSync(cancelled, 'x', { mode: 0o644 });
    download(done, 'completed');
    download(cancelled, 'cancelled');
    expect(statSync(done).mode & 0o777).toBe(0o600);
    expect(statSync(cancelled).mode & 0o777).toBe(0o644);
  });

  it('say so in the log, without the content, when the file cannot be changed', () => {
    const lines: string[] = [];
    const { session, download } = fakeSession();
    installPrivateDownloads(session, { ...quiet, warn: (m) => lines.push(m) }, 'linux');
    download(join(dir, 'gone.txt'), 'completed');
    expect(lines.join('\n')).toMatch(/could not be made private/);
  });
});
