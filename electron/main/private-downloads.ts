// Exports are files the user asked for, and they hold credentials (cookie values, consent strings). In the
// app they are saved by Chromium's download manager (the renderer's Blob + <a download>), which creates
// them with the default mode (0644 under the usual umask): once a download completes it is made 0600.
import { chmodSync } from 'node:fs';
import type { DownloadItem, Session } from 'electron';
import { consoleLogger, type Logger } from './log';

export type DownloadSource = Pick<Session, 'on'>;

export function installPrivateDownloads(
  session: DownloadSource,
  log: Logger = consoleLogger,
  platform: NodeJS.Platform = process.platform,
): void {
  // Windows has no mode bits to narrow: the user's profile ACLs are what protects the file there.
  if (platform === 'win32') return;
  session.on('will-download', (_event, item: DownloadItem) => {
    item.once('done', (_done, state) => {
      if (state !== 'completed') return;
      try {
        chmodSync(item.getSavePath(), 0o600);
      } catch (err) {
        log.warn(
          `A saved export could not be made private to the user (${err instanceof Error ? err.message : 'unknown error'}).`,
        );
      }
    });
  });
}
