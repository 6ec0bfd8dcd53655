import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { CrumbsError } from '../../../shared/errors';
import { parseCommand } from '../args';
import { dataDirOf, printJson, type CliContext } from '../context';
import { openCore } from '../../core';
import { startServer } from '../../server';
import { setParseWorkerScript } from '../../core/formats/off-thread';
import { warmUp } from '../../core/warm-up';

export const serveHelp = `crumbs serve [--port N] [--host 127.0.0.1] [--open]
  Browser mode: serves the Crumbs UI on this machine only and prints the URL (with its access token).
  Refuses any host that is not loopback. --open also opens the URL in the default browser.`;

export async function serveCommand(args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseCommand(
    args,
    {
      port: { type: 'string', default: '0' },
      host: { type: 'string', default: '127.0.0.1' },
      open: { type: 'boolean', default: false },
    },
    false,
  );
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new CrumbsError('VALIDATION', `--port must be a number from 0 to 65535 (got "${values.port}").`);
  }
  if (!existsSync(join(ctx.rendererDir, 'index.html'))) {
    throw new CrumbsError(
      'VALIDATION',
      `The UI is not built (no ${join(ctx.rendererDir, 'index.html')}). Run: npm run build`,
    );
  }
  // The server keeps answering while a big import is read: the reading goes to a worker thread.
  // (A one-shot `crumbs import` reads in its own thread: nothing waits on it, and copying back is slower.)
  setParseWorkerScript(
    join(ctx.cliDir, 'parse-worker.mjs'),
    ctx.env.CRUMBS_DEBUG?.includes('worker') ? (line) => ctx.io.err(`crumbs: ${line}\n`) : undefined,
  );
  const core = await openCore({ dataDir: dataDirOf(values, ctx.env), owner: 'crumbs serve (browser mode)' });
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({
      api: core.api,
      events: core.events,
      rendererDir: ctx.rendererDir,
      host: values.host ?? '127.0.0.1',
      port,
      log: (line) => ctx.io.err(line + '\n'),
    });
  } catch (err) {
    await core.close();
    throw err;
  }
  if (values.json) printJson(ctx.io, { url: server.url, port: server.port, dataDir: core.dataDir });
  else {
    ctx.io.out(
      `Crumbs is running in browser mode.\n  Open: ${server.url}\n  Data: ${core.dataDir}\n` +
        'Only this machine can connect, and only with the token in that URL. Press Ctrl+C to stop.\n',
    );
  }
  if (values.open) openInBrowser(server.url);
  void warmUp(core);

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await core.close();
  return 0;
}

function openInBrowser(url: string): void {
  const [cmd, ...args] =
    process.platform === 'darwin'
      ? ['open', url]
      : process.platform === 'win32'
        ? ['cmd', '/c', 'start', '', url]
        : ['xdg-open', url];
  try {
    const child = spawn(cmd as string, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No desktop to open a browser in: the printed URL is enough.
  }
}
