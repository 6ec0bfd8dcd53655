// The jar is written debounced: quitting must wait for core.close() (flush + lock release) exactly once.
import { app } from 'electron';
import type { Core } from '../core';
import type { Logger } from './log';

export const CLOSE_TIMEOUT_MS = 15_000;

function withTimeout(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`core.close() took longer than ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Where termination signals arrive: the process, or an emitter in tests. */
export type SignalSource = Pick<NodeJS.EventEmitter, 'on' | 'off'>;

/** Returns a function removing the signal listeners. */
export function installFlushOnQuit(
  core: Core,
  log: Logger,
  signals: SignalSource = process,
  timeoutMs: number = CLOSE_TIMEOUT_MS,
): () => void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('before-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    withTimeout(core.close(), timeoutMs)
      .catch((err: unknown) => log.error('Crumbs could not save everything before quitting.', err))
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });
  // Ctrl+C in the terminal that launched the app: quit through the same flush; a second signal gives up waiting.
  const onSignal = (): void => {
    if (state === 'closing') app.exit(1);
    else app.quit();
  };
  signals.on('SIGINT', onSignal);
  signals.on('SIGTERM', onSignal);
  return () => {
    signals.off('SIGINT', onSignal);
    signals.off('SIGTERM', onSignal);
  };
}
