// Browser mode: the core's events from `POST /api/_events`, a response that never ends, one JSON object per
// line plus blank heartbeat lines. fetch rather than EventSource, which cannot send the Authorization header.
// One connection for all listeners, open only while someone listens; it comes back after a drop, waiting a
// little longer each time, and stops for good when the token is refused.
import { parseEvent } from '../../shared/events';
import { deliver, type CrumbsEventListener, type EventFeed } from './events';
import type { FetchLike } from './http-transport';

export const EVENTS_URL = '/api/_events';
/** Waits before reconnecting, the last one repeated; reset once a connection is accepted again. */
export const RETRY_DELAYS_MS: readonly number[] = [1_000, 2_000, 5_000];
/** A "line" longer than this is not one of our events: it is dropped rather than buffered without end. */
export const MAX_LINE_CHARS = 1_000_000;

export interface HttpEventsOptions {
  token: string;
  /** Defaults to the window's fetch. */
  fetch?: FetchLike;
  url?: string;
  retryDelays?: readonly number[];
  /** Resolves after `ms`, or at once when the signal aborts; tests pass their own. */
  wait?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** How one connection ended: dropped (try again), refused for the token, or refused for good otherwise. */
type Outcome = 'dropped' | 'unauthorized' | 'refused';

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/** Splits a stream of text chunks into lines, whatever the chunk boundaries; oversized lines are skipped. */
export function createLineSplitter(onLine: (line: string) => void, maxLineChars = MAX_LINE_CHARS) {
  const decoder = new TextDecoder();
  let buffer = '';
  let skipping = false;
  const take = (text: string, final: boolean) => {
    const parts = (buffer + text).split('\n');
    buffer = final ? '' : (parts.pop() ?? '');
    for (const part of parts) {
      if (skipping) {
        // The rest of an oversized line.
        skipping = false;
        continue;
      }
      onLine(part);
    }
    if (buffer.length > maxLineChars) {
      buffer = '';
      skipping = true;
    }
  };
  return {
    push: (chunk: Uint8Array) => take(decoder.decode(chunk, { stream: true }), false),
    /** The stream ended: a last line without its newline still counts (and fails to parse if cut short). */
    end: () => take(decoder.decode(), true),
  };
}

export function createHttpEvents(options: HttpEventsOptions): EventFeed {
  // Called through an arrow: the browser's fetch throws "Illegal invocation" when detached from window.
  const doFetch: FetchLike = options.fetch ?? ((url, init) => fetch(url, init));
  const url = options.url ?? EVENTS_URL;
  const delays = options.retryDelays ?? RETRY_DELAYS_MS;
  const wait = options.wait ?? sleep;
  const listeners = new Set<CrumbsEventListener>();
  const refusalListeners = new Set<() => void>();
  let controller: AbortController | null = null;
  let unauthorized = false;

  const onLine = (line: string) => {
    const text = line.trim();
    if (text === '') return; // heartbeat
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return;
    }
    // Unknown names and malformed payloads are not ours (or from a newer core): ignored.
    const event = parseEvent(raw);
    if (event) deliver(listeners, event);
  };

  const connect = async (signal: AbortSignal, opened: () => void): Promise<Outcome> => {
    let response: Response;
    try {
      response = await doFetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${options.token}` },
        body: '{}',
        credentials: 'omit',
        cache: 'no-store',
        signal,
      });
    } catch {
      return 'dropped';
    }
    if (!response.ok || response.body === null) {
      void response.body?.cancel().catch(() => undefined);
      if (response.status === 401) return 'unauthorized';
      // Another 4xx (no stream on this server, a request it will never take): asking again cannot help.
      return response.status >= 400 && response.status < 500 ? 'refused' : 'dropped';
    }
    opened();
    const reader = response.body.getReader();
    // The real fetch stops its body on abort; cancelling here as well ends a read that does not know the signal.
    const stop = () => void reader.cancel().catch(() => undefined);
    signal.addEventListener('abort', stop, { once: true });
    const lines = createLineSplitter(onLine);
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (signal.aborted) break;
        if (done) {
          lines.end();
          break;
        }
        lines.push(value);
      }
    } catch {
      // The connection broke mid-stream: same as an end, come back.
    } finally {
      signal.removeEventListener('abort', stop);
    }
    return 'dropped';
  };

  const run = async (current: AbortController) => {
    const { signal } = current;
    let failures = 0;
    while (!signal.aborted) {
      const outcome = await connect(signal, () => {
        failures = 0;
      });
      if (signal.aborted) return;
      if (outcome !== 'dropped') {
        if (controller === current) controller = null;
        if (outcome === 'unauthorized') {
          unauthorized = true;
          for (const callback of [...refusalListeners]) callback();
        }
        return;
      }
      await wait(delays[Math.min(failures, delays.length - 1)] ?? 0, signal);
      failures++;
    }
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (controller === null && !unauthorized) {
        controller = new AbortController();
        void run(controller);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && controller !== null) {
          controller.abort();
          controller = null;
        }
      };
    },
    onUnauthorized(callback) {
      refusalListeners.add(callback);
      return () => refusalListeners.delete(callback);
    },
  };
}
