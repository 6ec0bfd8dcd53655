// The checks that stand between a web page on this machine and the user's cookies. Each returns the
// refusal to send, or null when the request may go on.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { ErrorPayload } from '../../shared/errors';

export interface Refusal {
  status: number;
  error: ErrorPayload;
  headers?: Record<string, string>;
}

/** DNS rebinding: a foreign page reaches us through a name it controls, which shows in Host. */
export function checkHost(req: IncomingMessage, allowed: ReadonlySet<string>): Refusal | null {
  const host = req.headers.host?.toLowerCase();
  if (host !== undefined && allowed.has(host)) return null;
  return {
    status: 403,
    error: { code: 'FORBIDDEN', message: 'This address is not one Crumbs answers on.' },
  };
}

/**
 * Cross-site requests: browsers name the requesting page in Origin (and Sec-Fetch-Site). The API also
 * refuses same-site callers: another port on this machine is a different application.
 */
export function checkOrigin(
  req: IncomingMessage,
  allowed: ReadonlySet<string>,
  isApi: boolean,
): Refusal | null {
  const origin = req.headers.origin;
  const site = req.headers['sec-fetch-site'];
  const foreignOrigin = origin !== undefined && !allowed.has(origin.toLowerCase());
  const foreignSite = site === 'cross-site' || (isApi && site === 'same-site');
  if (!foreignOrigin && !foreignSite) return null;
  return {
    status: 403,
    error: { code: 'FORBIDDEN', message: 'Requests from other sites are refused.' },
  };
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** Compares digests so neither the content nor the length of the token leaks through timing. */
export function checkToken(req: IncomingMessage, token: string): Refusal | null {
  const header = req.headers.authorization ?? '';
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
  const given = match?.[1] ?? '';
  if (given !== '' && timingSafeEqual(digest(given), digest(token))) return null;
  return {
    status: 401,
    error: {
      code: 'UNAUTHORIZED',
      message: 'The browser-mode token is missing or wrong. Open the address Crumbs printed.',
    },
    headers: { 'WWW-Authenticate': 'Bearer realm="crumbs"' },
  };
}

/** Only JSON bodies: a form or text/plain body is what a cross-site page can send without preflight. */
export function checkJsonContentType(req: IncomingMessage): Refusal | null {
  const [mediaType = '', ...params] = (req.headers['content-type'] ?? '').split(';');
  const charset = params
    .map((p) => p.trim().toLowerCase())
    .find((p) => p.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/^"|"$/g, '');
  if (
    mediaType.trim().toLowerCase() === 'application/json' &&
    (charset === undefined || charset === 'utf-8')
  ) {
    return null;
  }
  return {
    status: 415,
    error: { code: 'VALIDATION', message: 'The request body must be sent as application/json (UTF-8).' },
  };
}
