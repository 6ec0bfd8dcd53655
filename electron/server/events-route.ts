// POST /api/_events: the core's events as a stream of JSON lines (application/x-ndjson). POST with the
// token like every API call (EventSource could not send it); the answer stays open until the page goes.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EventListener } from '../../shared/events';

export const EVENTS_PATH = '/api/_events';
const HEARTBEAT_MS = 25_000;

export interface EventSourceLike {
  subscribe(listener: EventListener): () => void;
}

export function streamEvents(
  req: IncomingMessage,
  res: ServerResponse,
  source: EventSourceLike,
  streams: Set<ServerResponse>,
): void {
  res.statusCode = 200;
  res.setHeader('Content-Type', 'application/x-ndjson; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Accel-Buffering', 'no');
  res.flushHeaders();
  // A blank line now and then keeps idle connections from being cut; readers skip it.
  const heartbeat = setInterval(() => res.write('\n'), HEARTBEAT_MS);
  heartbeat.unref();
  const unsubscribe = source.subscribe((message) => res.write(`${JSON.stringify(message)}\n`));
  streams.add(res);
  const stop = () => {
    clearInterval(heartbeat);
    unsubscribe();
    streams.delete(res);
  };
  req.on('close', stop);
  res.on('close', stop);
}
