import { CrumbsError } from '../../../shared/errors';
import { parseCommand } from '../args';
import { printJson, withCore, type CliContext } from '../context';

export const deleteHelp = `crumbs delete --site SITE [--name NAME]
  Deletes every cookie of a site, or only those named NAME.`;

export async function deleteCommand(args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseCommand(args, { site: { type: 'string' }, name: { type: 'string' } }, false);
  if (!values.site) throw new CrumbsError('VALIDATION', 'Say which site with --site SITE.');
  const site = values.site;
  const { removed, siteName } = await withCore(values, ctx, false, async (core) => {
    const detail = await core.client['sites.get']({ site });
    if (values.name === undefined) {
      const r = await core.client['sites.delete']({ site });
      return { removed: r.removed, siteName: detail.site };
    }
    const keys = detail.cookies
      .filter((c) => c.name === values.name)
      .map((c) => ({ domain: c.domain, path: c.path, name: c.name }));
    if (keys.length === 0) return { removed: 0, siteName: detail.site };
    const r = await core.client['cookies.delete']({ keys });
    return { removed: r.removed, siteName: detail.site };
  });
  if (values.json) printJson(ctx.io, { site: siteName, removed });
  else
    ctx.io.out(
      removed === 0
        ? `No matching cookies for ${siteName}.\n`
        : `Deleted ${removed} cookie${removed === 1 ? '' : 's'} of ${siteName}.\n`,
    );
  return 0;
}
