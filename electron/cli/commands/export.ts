import { EXPORT_FORMATS } from '../../../shared/model';
import { oneOf, parseCommand } from '../args';
import { printJson, withCore, type CliContext } from '../context';
import { writeFileAtomic } from '../../core/storage/atomic-write';

export const exportHelp = `crumbs export [--format ${EXPORT_FORMATS.join('|')}] [--site SITE] [--url URL] [--out FILE]
  Writes the jar (or one site) in a format; to stdout without --out. header and curl need --url and hold
  only the cookies that URL would get. What the format cannot hold is listed on stderr (in "lost" with --json).`;

export async function exportCommand(args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseCommand(
    args,
    {
      format: { type: 'string', default: 'netscape' },
      site: { type: 'string' },
      out: { type: 'string' },
      url: { type: 'string' },
    },
    false,
  );
  const format = oneOf(values.format, EXPORT_FORMATS, 'format') ?? 'netscape';
  const result = await withCore(values, ctx, true, (core) =>
    core.client['export.run']({
      format,
      ...(values.site !== undefined ? { site: values.site } : {}),
      ...(values.url !== undefined ? { url: values.url } : {}),
    }),
  );
  for (const p of values.json ? [] : result.lost) ctx.io.err(`not carried: ${p.where}: ${p.reason}\n`);
  if (values.out === undefined) {
    ctx.io.out(result.content);
    return 0;
  }
  // Exports hold credentials: readable by the user only.
  writeFileAtomic(values.out, result.content, 0o600);
  if (values.json) printJson(ctx.io, { out: values.out, count: result.count, format, lost: result.lost });
  else ctx.io.err(`Wrote ${result.count} cookie${result.count === 1 ? '' : 's'} to ${values.out}\n`);
  return 0;
}
