// The core's events in the renderer: browser mode's stream reader (POST /api/_events, JSON lines) against a fake
// fetch whose body is a ReadableStream fed chunk by chunk, and the Electron bridge's onEvent.
import { describe, expect, it, vi } from 'vitest';
import type { CrumbsBridge } from '../../shared/bridge';
import { createIpcEvents, type CrumbsEvent } from '../../renderer/client/events';
import {
  RETRY_DELAYS_MS,
  createHttpEvents,
  createLineSplitter,
  type HttpEventsOptions,
} from '../../renderer/client/http-events';
import type { FetchLike } from '../../renderer/client/http-transport';

const TOKEN = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const encoder = new TextEncoder();

/** A response body the test writes into, as the server would over time. */
function feedableBody() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
    cancel() {
      cancelled = true;
    },
  });
  return {
    response: new Response(stream, { status: 200, headers: { 'Content-Type': 'application/x-ndjson' } }),
    write: (text: string | Uint8Array) =>
      controller.enqueue(typeof text === 'string' ? encoder.encode(text) : text),
    end: () => controller.close(),
    fail: () => controller.error(new TypeError('network error')),
    get cancelled() {
      return cancelled;
    },
  };
}

type Answer = Response | Error;

/** Answers each fetch with the next scripted answer; once they run out, fetch hangs. */
function scriptedFetch(...answers: Answer[]) {
  const queue = [...answers];
  const requests: { url: string; init: RequestInit }[] = [];
  const fetch: FetchLike = async (url, init) => {
    requests.push({ url, init });
    const next = queue.shift();
    if (next === undefined) return new Promise<Response>(() => {}); // nothing scripted: hangs
    if (next instanceof Error) throw next;
    return next;
  };
  return { fetch, requests };
}

/** Records each backoff wait and goes on at once (or when aborted). */
function recordedWait() {
  const waits: number[] = [];
  const wait: NonNullable<HttpEventsOptions['wait']> = async (ms) => {
    waits.push(ms);
  };
  return { wait, waits };
}

const progress = (done: number, file: string | null = 'big.txt') => ({
  name: 'import.progress',
  payload: { phase: 'checking', file, done, total: 100_000 },
});
const line = (message: unknown) => `${JSON.stringify(message)}\n`;

function collect(feed: ReturnType<typeof createHttpEvents>) {
  const received: CrumbsEvent[] = [];
  const unsubscribe = feed.subscribe((event) => received.push(event));
  return { received, unsubscribe };
}

describe('HTTP event stream', () => {
  it('POSTs to /api/_events with the token and reads JSON lines, whatever the chunks', async () => {
    const body = feedableBody();
    const { fetch, requests } = scriptedFetch(body.response);
    const feed = createHttpEvents({ token: TOKEN, fetch, wait: recordedWait().wait });
    const { received } = collect(feed);

    await vi.waitFor(() => expect(requests).toHaveLength(1));
    const [request] = requests;
    expect(request?.url).toBe('/api/_events');
    expect(request?.init.method).toBe('POST');
    const headers = new Headers(request?.init.headers);
    expect(headers.get('Authorization')).toBe(`Bearer ${TOKEN}`);
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(request?.init.body).toBe('{}');
    expect(request?.init.signal).toBeInstanceOf(AbortSignal);

    // One event cut in three chunks, the cut inside a two-byte UTF-8 character too.
    const first = encoder.encode(line(progress(5_000, 'café.txt')));
    const cut = first.indexOf(0xc3) + 1;
    body.write(first.slice(0, 10));
    body.write(first.slice(10, cut));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(received).toEqual([]);
    body.write(first.slice(cut));
    await vi.waitFor(() => expect(received).toHaveLength(1));
    expect(received[0]).toEqual({
      name: 'import.progress',
      payload: { phase: 'checking', file: 'café.txt', done: 5_000, total: 100_000 },
    });

    // Heartbeats, garbage, an event this UI does not know, a bad payload, then two good ones in one chunk.
    body.write('\n\n');
    body.write('this is not json\n');
    body.write(line({ name: 'jar.exploded', payload: {} }));
    body.write(
      line({ name: 'import.progress', payload: { phase: 'flying', file: null, done: 1, total: 2 } }),
    );
    body.write(
      line({ name: 'import.progress', payload: { phase: 'saving', file: null, done: '0', total: 1 } }),
    );
    body.write(`${line(progress(10_000)).replace('\n', '\r\n')}\n${line(progress(15_000))}`);
    await vi.waitFor(() => expect(received).toHaveLength(3));
    expect(received.map((event) => (event.name === 'import.progress' ? event.payload.done : null))).toEqual([
      5_000, 10_000, 15_000,
    ]);
    expect(requests).toHaveLength(1);
  });

  it('reconnects after the stream ends or fails, waiting 1 s, 2 s, then 5 s at most', async () => {
    const bodies = [feedableBody(), feedableBody(), feedableBody()];
    const { fetch, requests } = scriptedFetch(
      bodies[0]!.response,
      new TypeError('Failed to fetch'),
      new Response('<h1>bad gateway</h1>', { status: 502 }),
      new TypeError('Failed to fetch'),
      bodies[1]!.response,
      bodies[2]!.response,
    );
    const { wait, waits } = recordedWait();
    const { received } = collect(createHttpEvents({ token: TOKEN, fetch, wait }));

    await vi.waitFor(() => expect(requests).toHaveLength(1));
    bodies[0]!.write(line(progress(5_000)));
    await vi.waitFor(() => expect(received).toHaveLength(1));
    bodies[0]!.end();
    // Ended, refused to connect, 502, refused again: each wait longer, up to the longest, then connected.
    await vi.waitFor(() => expect(requests).toHaveLength(5));
    expect(waits).toEqual([1_000, 2_000, 5_000, 5_000]);
    expect(RETRY_DELAYS_MS).toEqual([1_000, 2_000, 5_000]);

    bodies[1]!.write(line(progress(10_000)));
    await vi.waitFor(() => expect(received).toHaveLength(2));
    // A connection that was accepted starts the waits over; a broken stream counts as an end.
    bodies[1]!.fail();
    await vi.waitFor(() => expect(requests).toHaveLength(6));
    expect(waits).toEqual([1_000, 2_000, 5_000, 5_000, 1_000]);
    bodies[2]!.write(line(progress(15_000)));
    await vi.waitFor(() => expect(received).toHaveLength(3));
    expect(received.map((event) => (event.name === 'import.progress' ? event.payload.done : null))).toEqual([
      5_000, 10_000, 15_000,
    ]);
  });

  it('shares one connection between listeners and aborts it when the last one leaves', async () => {
    const body = feedableBody();
    const { fetch, requests } = scriptedFetch(body.response);
    const feed = createHttpEvents({ token: TOKEN, fetch, wait: recordedWait().wait });
    const a = collect(feed);
    const b = collect(feed);
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    body.write(line(progress(5_000)));
    await vi.waitFor(() => expect(b.received).toHaveLength(1));
    expect(a.received).toHaveLength(1);

    a.unsubscribe();
    body.write(line(progress(10_000)));
    await vi.waitFor(() => expect(b.received).toHaveLength(2));
    expect(a.received).toHaveLength(1);
    const signal = requests[0]!.init.signal!;
    expect(signal.aborted).toBe(false);

    b.unsubscribe();
    expect(signal.aborted).toBe(true);
    await vi.waitFor(() => expect(body.cancelled).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Gone for good: no reconnection after an abort.
    expect(requests).toHaveLength(1);

    // A new listener opens a new connection.
    collect(feed);
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    expect(requests[1]!.init.signal!.aborted).toBe(false);
  });

  it('stops waiting to reconnect when the last listener leaves', async () => {
    const body = feedableBody();
    const { fetch, requests } = scriptedFetch(body.response);
    const waits: number[] = [];
    let waiting: AbortSignal | null = null;
    // A real wait: over only when aborted (the test never lets the time pass).
    const wait = (ms: number, signal: AbortSignal) =>
      new Promise<void>((resolve) => {
        waits.push(ms);
        waiting = signal;
        signal.addEventListener('abort', () => resolve(), { once: true });
      });
    const { unsubscribe } = collect(createHttpEvents({ token: TOKEN, fetch, wait }));
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    body.end();
    await vi.waitFor(() => expect(waits).toEqual([1_000]));
    unsubscribe();
    expect(waiting!.aborted).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(requests).toHaveLength(1);
  });

  it('stops for good on 401 and says so; another 4xx stops it quietly', async () => {
    const refused = vi.fn();
    const { fetch, requests } = scriptedFetch(
      new Response(JSON.stringify({ ok: false, error: { code: 'UNAUTHORIZED', message: 'no' } }), {
        status: 401,
      }),
    );
    const { wait, waits } = recordedWait();
    const feed = createHttpEvents({ token: TOKEN, fetch, wait });
    feed.onUnauthorized(refused);
    collect(feed);
    await vi.waitFor(() => expect(refused).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(requests).toHaveLength(1);
    expect(waits).toEqual([]);
    // The token will not get better: later listeners do not try again.
    collect(feed);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(requests).toHaveLength(1);

    const notFound = scriptedFetch(new Response('{}', { status: 404 }), feedableBody().response);
    const other = createHttpEvents({ token: TOKEN, fetch: notFound.fetch, wait });
    const quiet = vi.fn();
    other.onUnauthorized(quiet);
    const first = collect(other);
    await vi.waitFor(() => expect(notFound.requests).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(notFound.requests).toHaveLength(1);
    expect(quiet).not.toHaveBeenCalled();
    first.unsubscribe();
  });

  it('drops an endless line instead of buffering it, and goes on after its end', () => {
    const lines: string[] = [];
    const splitter = createLineSplitter((l) => lines.push(l), 16);
    splitter.push(encoder.encode('short\n'));
    splitter.push(encoder.encode('x'.repeat(10)));
    splitter.push(encoder.encode('x'.repeat(10)));
    splitter.push(encoder.encode('xxx\nnext\nlast'));
    splitter.end();
    expect(lines).toEqual(['short', 'next', 'last']);
  });
});

describe('IPC events', () => {
  it('passes on the events the bridge delivers, typed, and unsubscribes through it', () => {
    let deliver: ((message: { name: string; payload: unknown }) => void) | null = null;
    const off = vi.fn();
    const bridge = {
      invoke: async () => ({ ok: true, value: null }),
      onNavigate: () => () => undefined,
      onEvent: (callback: (message: { name: string; payload: unknown }) => void) => {
        deliver = callback;
        return off;
      },
    } as unknown as CrumbsBridge;
    const received: CrumbsEvent[] = [];
    const unsubscribe = createIpcEvents(bridge).subscribe((event) => received.push(event));
    deliver!(progress(5_000));
    deliver!({ name: 'import.progress', payload: { phase: 'checking' } });
    deliver!({ name: 'other', payload: {} });
    expect(received).toEqual([progress(5_000)]);
    unsubscribe();
    expect(off).toHaveBeenCalledTimes(1);
  });

  it('sees no events through a bridge without onEvent', () => {
    const bridge = { invoke: async () => ({ ok: true, value: null }) } as unknown as CrumbsBridge;
    const unsubscribe = createIpcEvents(bridge).subscribe(() => {
      throw new Error('no event expected');
    });
    expect(typeof unsubscribe).toBe('function');
    unsubscribe();
  });
});
