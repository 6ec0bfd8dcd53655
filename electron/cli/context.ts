import { openCore, defaultDataDir, type Core } from '../core';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export interface CliContext {
  io: Io;
  env: NodeJS.ProcessEnv;
  /** Where the built renderer lives (browser mode serves it). */
  rendererDir: string;
  /** The project root (for launching the desktop app). */
  projectRoot: string;
  /** Where the built command lives (its worker script sits beside it). */
  cliDir: string;
}

export interface GlobalValues {
  'data-dir'?: string | undefined;
  json?: boolean | undefined;
}

export function dataDirOf(values: GlobalValues, env: NodeJS.ProcessEnv): string {
  return values['data-dir'] ?? defaultDataDir(env);
}

/** Opens the core for one command and always closes it (flushing changes, releasing the lock). */
export async function withCore<T>(
  values: GlobalValues,
  ctx: CliContext,
  readOnly: boolean,
  run: (core: Core) => Promise<T>,
): Promise<T> {
  const core = await openCore({
    dataDir: dataDirOf(values, ctx.env),
    readOnly,
    owner: 'the crumbs command line',
  });
  try {
    return await run(core);
  } finally {
    await core.close();
  }
}

export function printJson(io: Io, value: unknown): void {
  io.out(JSON.stringify(value, null, 2) + '\n');
}
