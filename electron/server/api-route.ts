// POST /api/<method>: the contract's methods over HTTP, with the same validation as the IPC binding.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { contract, isMethod, type Api } from '../../shared/contract';
import { CrumbsError, toErrorPayload } from '../../shared/errors';
import { drainRequest, parseJsonBody, readBody } from './body';
import { checkJsonContentType, checkToken, type Refusal } from './guards';
import { sendEnvelope, sendError, sendErrorPayload } from './respond';
import { EVENTS_PATH, streamEvents, type EventSourceLike } from './events-route';

export const API_PREFIX = '/api/';

export interface ApiRouteOptions {
  api: Api;
  /** The core's events, streamed at /api/_events; absent = no stream. */
  events?: EventSourceLike;
  streams: Set<ServerResponse>;
  token: string;
  maxBodyBytes: number;
  log: (line: string) => void;
}

export function isApiPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith(API_PREFIX);
}

function refuse(req: IncomingMessage, res: ServerResponse, refusal: Refusal): void {
  sendError(res, refusal.status, refusal.error, refusal.headers);
  drainRequest(req);
}

export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  options: ApiRouteOptions,
): Promise<void> {
  // State changes only through POST, which a plain link, image or form cannot send with our token.
  if (req.method !== 'POST') {
    refuse(req, res, {
      status: 405,
      error: { code: 'VALIDATION', message: 'The API only answers POST requests.' },
      headers: { Allow: 'POST' },
    });
    return;
  }
  const refusal = checkToken(req, options.token) ?? checkJsonContentType(req);
  if (refusal) {
    refuse(req, res, refusal);
    return;
  }

  let body: unknown;
  try {
    body = parseJsonBody(await readBody(req, options.maxBodyBytes));
  } catch (err) {
    const payload = toErrorPayload(err);
    if (payload.code === 'TOO_LARGE') res.setHeader('Connection', 'close');
    sendErrorPayload(res, payload);
    drainRequest(req);
    return;
  }

  if (pathname === EVENTS_PATH && options.events) {
    streamEvents(req, res, options.events, options.streams);
    return;
  }
  const name = pathname.slice(API_PREFIX.length);
  if (!isMethod(name)) {
    sendError(res, 404, {
      code: 'NOT_FOUND',
      message: `There is no API method called "${name.slice(0, 100)}".`,
    });
    return;
  }

  const parsed = contract[name].input.safeParse(body);
  if (!parsed.success) {
    const payload = toErrorPayload(parsed.error);
    sendError(res, 400, {
      ...payload,
      details: { issues: parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })) },
    });
    return;
  }

  try {
    // The contract ties each method to its own input type; the generic loop cannot express that link.
    const call = options.api[name] as (input: unknown) => Promise<unknown>;
    const value = await call.call(options.api, parsed.data);
    sendEnvelope(res, 200, { ok: true, value });
  } catch (err) {
    if (!(err instanceof CrumbsError)) {
      // The message may say what went wrong in the core; it goes to the log only, never to the page.
      const detail = err instanceof Error ? (err.stack ?? `${err.name}: ${err.message}`) : String(err);
      options.log(`api ${name} failed: ${detail}`);
    }
    sendErrorPayload(res, toErrorPayload(err));
  }
}
