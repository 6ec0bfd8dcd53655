import type { Cookie } from '../../../shared/model';
import { relativeExpiry } from '../../../shared/expiry';
import { parseCommand } from '../args';
import { printJson, withCore, type CliContext } from '../context';

export const listHelp = `crumbs list [--site SITE] [--show-values]
  Lists the jar's cookies grouped by site. Values are masked unless --show-values (always present with --json).`;

export async function listCommand(args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseCommand(
    args,
    { site: { type: 'string' }, 'show-values': { type: 'boolean', default: false } },
    false,
  );
  const cookies = await withCore(values, ctx, true, async (core) => core.cookies(values.site));
  if (values.json) {
    printJson(ctx.io, cookies);
    return 0;
  }
  if (cookies.length === 0) {
    ctx.io.out(
      values.site
        ? `No cookies for ${values.site}.\n`
        : 'The jar is empty. Add cookies with: crumbs import FILE\n',
    );
    return 0;
  }
  ctx.io.out(describeCookies(cookies, values['show-values'] ?? false));
  return 0;
}

export function describeCookies(
  cookies: Cookie[],
  showValues: boolean,
  nowSeconds = Date.now() / 1000,
): string {
  const bySite = new Map<string, Cookie[]>();
  for (const c of cookies) {
    const list = bySite.get(c.site);
    if (list) list.push(c);
    else bySite.set(c.site, [c]);
  }
  const lines: string[] = [];
  for (const [site, list] of [...bySite].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`${site} (${list.length} cookie${list.length === 1 ? '' : 's'})`);
    for (const c of list) {
      const domain = c.hostOnly ? c.domain : `.${c.domain}`;
      const expiry =
        c.expires === null
          ? 'session'
          : `${new Date(c.expires * 1000).toISOString().slice(0, 10)} (${relativeExpiry(c.expires, nowSeconds, 'en')})`;
      const flags = [
        c.httpOnly && 'HttpOnly',
        c.secure && 'Secure',
        c.sameSite && `SameSite=${c.sameSite}`,
      ].filter(Boolean);
      const value = showValues
        ? c.value
        : `${'•'.repeat(Math.min(8, c.value.length))} (${c.value.length} chars)`;
      lines.push(`  ${c.name}  ${domain}${c.path}  ${expiry}  ${flags.join(' ')}  ${value}`.trimEnd());
    }
  }
  return lines.join('\n') + '\n';
}
