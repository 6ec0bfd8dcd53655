import { findBrowserProfiles } from '../../core/browsers';
import { parseCommand } from '../args';
import { printJson, type CliContext } from '../context';

export const browsersHelp = `crumbs browsers
  Lists the Firefox, Chrome, Chromium, Edge and Brave profiles on this computer whose cookies Crumbs can
  import (crumbs import --browser NAME[/PROFILE]).`;

export async function browsersCommand(args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseCommand(args, {}, false);
  const profiles = findBrowserProfiles({ env: ctx.env });
  if (values.json) {
    printJson(ctx.io, profiles);
    return 0;
  }
  if (profiles.length === 0) {
    ctx.io.out('No browser profiles found in the standard places on this computer.\n');
    return 0;
  }
  const lines = profiles.map((p) => {
    const hint = p.keyringHint ? `\n      keyring secret: ${p.keyringHint}` : '';
    return `  ${p.browser}/${p.profile}\n      ${p.cookieFile}${hint}`;
  });
  ctx.io.out(`Browser profiles (import with: crumbs import --browser NAME/PROFILE):\n${lines.join('\n')}\n`);
  return 0;
}
