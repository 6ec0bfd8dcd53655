// Shared set-up for the browser-mode tests: a real core in a fresh data directory, a tiny renderer
// directory, and raw HTTP requests (http.request, so Host and other headers can be forged).
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore, type Core } from '../../electron/core';
import { startServer, type RunningServer, type ServerOptions } from '../../electron/server';
import type { Api } from '../../shared/contract';

export const TEST_TOKEN = 'test-token-0123456789abcdef0123456789abcdef';
export const INDEX_HTML =
  '<!doctype html><html><head><script src="/assets/app.js"></script></head><body>Crumbs</body></html>';
export const APP_JS = 'console.log("crumbs");\n';

export interface Fixture {
  core: Core;
  server: RunningServer;
  root: string;
  rendererDir: string;
  logs: string[];
  /** A file next to (not inside) rendererDir that traversal must never reach. */
  secretFile: string;
  close(): Promise<void>;
}

export async function startFixture(
  overrides: Partial<ServerOptions> & { wrapApi?: (api: Api) => Api } = {},
): Promise<Fixture> {
  const root = await mkdtemp(join(tmpdir(), 'crumbs-server-'));
  const dataDir = join(root, 'data');
  const rendererDir = join(root, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), INDEX_HTML);
  await writeFile(join(rendererDir, 'assets', 'app.js'), APP_JS);
  await writeFile(join(rendererDir, 'assets', 'style.css'), 'body { color: black; }\n');
  const secretFile = join(root, 'secret.txt');
  await writeFile(secretFile, 'TOP-SECRET-OUTSIDE-RENDERER');

  const core = await openCore({ dataDir });
  const logs: string[] = [];
  const { wrapApi, ...serverOptions } = overrides;
  let server: RunningServer;
  try {
    server = await startServer({
      api: wrapApi ? wrapApi(core.api) : core.api,
      rendererDir,
      token: TEST_TOKEN,
      log: (line) => logs.push(line),
      ...serverOptions,
    });
  } catch (err) {
    await core.close();
    throw err;
  }
  return {
    core,
    server,
    root,
    rendererDir,
    logs,
    secretFile,
    async close() {
      await server.close();
      await core.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json(): unknown;
}

export interface RequestOptions {
  method?: string;
  path: string;
  headers?: Record<string, string | undefined>;
  body?: string | Buffer;
  /** Where the connection goes; the Host header is separate (see headers.host). */
  connectHost?: string;
}

export function send(port: number, options: RequestOptions): Promise<Reply> {
  const headers: Record<string, string> = { host: `127.0.0.1:${port}` };
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (value === undefined) delete headers[name.toLowerCase()];
    else headers[name.toLowerCase()] = value;
  }
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: options.connectHost ?? '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers,
        setHost: false,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            json: () => JSON.parse(text) as unknown,
          });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A well-formed API call; override any header to break one rule at a time. */
export function callApi(
  port: number,
  method: string,
  input: unknown,
  headers: Record<string, string | undefined> = {},
  httpMethod = 'POST',
): Promise<Reply> {
  return send(port, {
    method: httpMethod,
    path: `/api/${method}`,
    headers: {
      authorization: `Bearer ${TEST_TOKEN}`,
      'content-type': 'application/json',
      ...headers,
    },
    body: JSON.stringify(input),
  });
}

export function errorOf(reply: Reply): { code: string; message: string; details?: unknown } {
  const body = reply.json() as { ok: boolean; error?: { code: string; message: string; details?: unknown } };
  if (body.ok || !body.error) throw new Error(`expected an error envelope, got ${reply.text}`);
  return body.error;
}

export function valueOf<T>(reply: Reply): T {
  const body = reply.json() as { ok: boolean; value?: T };
  if (!body.ok) throw new Error(`expected a value envelope, got ${reply.status} ${reply.text}`);
  return body.value as T;
}

/** A small Netscape cookies.txt with cookies on one site, expiring in a year. */
export function netscapeText(site: string, names: string[]): string {
  const expires = Math.floor(Date.now() / 1000) + 365 * 24 * 3600;
  const lines = names.map((name, i) => `.${site}\tTRUE\t/\tFALSE\t${expires}\t${name}\tvalue-${i}-secret`);
  return ['# Netscape HTTP Cookie File', ...lines, ''].join('\n');
}
