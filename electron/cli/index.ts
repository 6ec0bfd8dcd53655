// The `crumbs` command. Exit status: 0 success; 2 bad usage or unusable input (nothing changed); 1 internal error.
import { realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CrumbsError, toErrorPayload } from '../../shared/errors';
import type { CliContext, Io } from './context';
import { importCommand, importHelp } from './commands/import';
import { exportCommand, exportHelp } from './commands/export';
import { listCommand, listHelp } from './commands/list';
import { deleteCommand, deleteHelp } from './commands/delete';
import { serveCommand, serveHelp } from './commands/serve';
import { appCommand, appHelp } from './commands/app';
import { formatsCommand, formatsHelp } from './commands/formats';
import { browsersCommand, browsersHelp } from './commands/browsers';
import { policyCommand, policyHelp } from './commands/policy';
import { catalogCommand, catalogHelp } from './commands/catalog';
import { reportCommand, reportHelp } from './commands/report';
import { profileCommand, profileHelp } from './commands/profile';
import { applyCommand, applyHelp } from './commands/apply';
import { consentCommand, consentHelp } from './commands/consent';

type Command = { run: (args: string[], ctx: CliContext) => Promise<number>; help: string };

const COMMANDS: Record<string, Command> = {
  import: { run: importCommand, help: importHelp },
  export: { run: exportCommand, help: exportHelp },
  list: { run: listCommand, help: listHelp },
  delete: { run: deleteCommand, help: deleteHelp },
  serve: { run: serveCommand, help: serveHelp },
  formats: { run: formatsCommand, help: formatsHelp },
  browsers: { run: browsersCommand, help: browsersHelp },
  policy: { run: policyCommand, help: policyHelp },
  catalog: { run: catalogCommand, help: catalogHelp },
  report: { run: reportCommand, help: reportHelp },
  profile: { run: profileCommand, help: profileHelp },
  apply: { run: applyCommand, help: applyHelp },
  consent: { run: consentCommand, help: consentHelp },
  app: { run: appCommand, help: appHelp },
};

const USAGE = `Crumbs — your cookie jar and consent manager.

Usage: crumbs <command> [options]

${Object.values(COMMANDS)
  .map((c) => c.help)
  .join('\n\n')}

Global options:
  --data-dir DIR   the data directory (also CRUMBS_DATA_DIR; default: the app's per-user directory)
  --json           machine-readable output on stdout
  -h, --help       this help, or a command's help
`;

/** Exit codes by error code: the user's input or situation (2) versus a fault of ours (1). */
function exitCodeOf(err: unknown): number {
  return err instanceof CrumbsError && err.code !== 'INTERNAL' ? 2 : 1;
}

export async function main(argv: string[], ctx: CliContext): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    ctx.io.out(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    ctx.io.err(
      `crumbs: unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}. See crumbs --help.\n`,
    );
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    ctx.io.out(command.help + '\n');
    return 0;
  }
  try {
    return await command.run(rest, ctx);
  } catch (err) {
    const payload = toErrorPayload(err);
    if (payload.code === 'INTERNAL')
      ctx.io.err(`crumbs: internal error: ${err instanceof Error ? err.stack : String(err)}\n`);
    if (rest.includes('--json')) ctx.io.out(JSON.stringify({ error: payload }) + '\n');
    ctx.io.err(`crumbs ${name}: ${payload.message}\n`);
    return exitCodeOf(err);
  }
}

function isEntryPoint(): boolean {
  // Through npm's bin link argv[1] is a symlink: compare real paths.
  if (process.argv[1] === undefined) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  const here = dirname(fileURLToPath(import.meta.url));
  // `crumbs list | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  const io: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };
  const ctx: CliContext = {
    io,
    env: process.env,
    rendererDir: resolve(here, '../renderer'),
    projectRoot: resolve(here, '../..'),
    cliDir: here,
  };
  main(process.argv.slice(2), ctx).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`crumbs: internal error: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
