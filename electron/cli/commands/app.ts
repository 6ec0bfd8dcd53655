import { parseCommand } from '../args';
import type { CliContext } from '../context';
import { describeMissingElectron, ensureElectronBinary, launchElectron } from '../launch-electron';

export const appHelp = `crumbs app [--data-dir DIR]
  Opens the desktop app (Electron). Where no Electron binary is installed, says so and points to browser mode.`;

export async function appCommand(args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseCommand(args, {}, false);
  const binary = ensureElectronBinary(ctx.projectRoot, ctx.env, (line) => ctx.io.err(line + '\n'));
  if ('missing' in binary) {
    ctx.io.err(describeMissingElectron(binary.missing) + '\n');
    return 2;
  }
  const forwarded = values['data-dir'] ? ['--data-dir', values['data-dir']] : [];
  return launchElectron(ctx.projectRoot, forwarded, binary);
}
