// Browser mode: the contract over HTTP on loopback only, for `crumbs serve` and the e2e tests.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Api } from '../../shared/contract';
import { CrumbsError } from '../../shared/errors';
import { handleApi, isApiPath } from './api-route';
import type { EventSourceLike } from './events-route';
import { DEFAULT_MAX_BODY_BYTES, drainRequest } from './body';
import { checkHost, checkOrigin } from './guards';
import { setSecurityHeaders } from './headers';
import {
  allowedAuthorities,
  allowedOrigins,
  authorityOf,
  resolveLoopbackHost,
  type BindAddress,
} from './loopback';
import { sendError } from './respond';
import { serveStatic } from './static';

export interface ServerOptions {
  api: Api;
  /** The built renderer (index.html and its assets). */
  rendererDir: string;
  /** Loopback only: 127.x.x.x, ::1 or localhost (bound as 127.0.0.1). Default 127.0.0.1. */
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Fixed token for tests; otherwise 32 random bytes, new at every launch. */
  token?: string;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
  /** Where failures are reported in full (never sent to the page). Default: stderr. */
  log?: (line: string) => void;
  /** The core's events, streamed to pages at POST /api/_events. */
  events?: EventSourceLike;
}

export interface RunningServer {
  /** What the user opens: the token rides in the fragment, which browsers never send to a server. */
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function validateOptions(options: ServerOptions): void {
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new CrumbsError(
      'VALIDATION',
      `The port must be a whole number from 0 to 65535, not ${String(port)}.`,
    );
  }
  if (options.token !== undefined && !/^[A-Za-z0-9._~-]{16,512}$/.test(options.token)) {
    throw new CrumbsError('VALIDATION', 'A given token must be 16 to 512 URL-safe characters.');
  }
  const max = options.maxBodyBytes;
  if (max !== undefined && (!Number.isInteger(max) || max < 1)) {
    throw new CrumbsError('VALIDATION', 'maxBodyBytes must be a positive whole number.');
  }
}

/** The path exactly as sent: WHATWG URL parsing would already resolve `%2e%2e` and backslashes. */
function rawPathname(url: string): string | null {
  if (!url.startsWith('/')) return null;
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

function listen(
  server: ReturnType<typeof createServer>,
  address: BindAddress,
  port: number,
): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException): void => {
      if (err.code === 'EADDRINUSE') {
        reject(
          new CrumbsError('VALIDATION', `Port ${port} on ${address.ip} is already in use; choose another.`),
        );
      } else if (err.code === 'EACCES') {
        reject(new CrumbsError('VALIDATION', `Port ${port} on ${address.ip} may not be used by this user.`));
      } else {
        reject(err);
      }
    };
    server.once('error', onError);
    server.listen({ host: address.ip, port, exclusive: true, ipv6Only: address.family === 6 }, () => {
      server.off('error', onError);
      resolve(server.address() as AddressInfo);
    });
  });
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const address = resolveLoopbackHost(options.host);
  validateOptions(options);
  const token = options.token ?? randomBytes(32).toString('hex');
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const streams = new Set<ServerResponse>();
  let hosts = new Set<string>();
  let origins = new Set<string>();

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    setSecurityHeaders(res);
    const refusal =
      checkHost(req, hosts) ?? checkOrigin(req, origins, isApiPath(rawPathname(req.url ?? '') ?? ''));
    if (refusal) {
      sendError(res, refusal.status, refusal.error, refusal.headers);
      drainRequest(req);
      return;
    }
    const pathname = rawPathname(req.url ?? '');
    if (pathname === null) {
      sendError(res, 400, { code: 'VALIDATION', message: 'The request target must be a path.' });
      drainRequest(req);
      return;
    }
    if (isApiPath(pathname))
      await handleApi(req, res, pathname, {
        api: options.api,
        token,
        maxBodyBytes,
        log,
        streams,
        ...(options.events ? { events: options.events } : {}),
      });
    else await serveStatic(req, res, pathname, options.rendererDir);
  };

  // Our own Host check answers a missing Host too, with the security headers Node's bare 400 lacks.
  const server = createServer({ requireHostHeader: false }, (req, res) => {
    handle(req, res).catch((err: unknown) => {
      log(`request failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      sendError(res, 500, {
        code: 'INTERNAL',
        message: 'Something went wrong inside Crumbs. The details were written to its log.',
      });
    });
  });

  const bound = await listen(server, address, options.port ?? 0);
  hosts = allowedAuthorities(address, bound.port);
  origins = allowedOrigins(address, bound.port);
  const origin = `http://${authorityOf(address, bound.port)}`;

  let closing: Promise<void> | null = null;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    port: bound.port,
    token,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        for (const stream of streams) stream.end();
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
