import { EXPORT_FORMATS } from '../../../shared/model';
import { oneOf, parseCommand } from '../args';
import { printJson, withCore, type CliContext } from '../context';
import { writeFileAtomic } from '../../core/storage/atomic-write';

export const exportHelp = `crumbs export [--format netscape|json] [--site SITE] [--out FILE]
  Writes the jar (or one site) as cookies.txt or extension JSON; to stdout without --out.`;

export async function exportCommand(args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseCommand(
    args,
    { format: { type: 'string', default: 'netscape' }, site: { type: 'string' }, out: { type: 'string' } },
    false,
  );
  const format = oneOf(values.format, EXPORT_FORMATS, 'format') ?? 'netscape';
  const result = await withCore(values, ctx, true, (core) =>
    core.client['export.run'](values.site === undefined ? { format } : { format, site: values.site }),
  );
  if (values.out === undefined) {
    ctx.io.out(result.content);
    return 0;
  }
  // Exports hold credentials: readable by the user only.
  writeFileAtomic(values.out, result.content, 0o600);
  if (values.json) printJson(ctx.io, { out: values.out, count: result.count, format });
  else ctx.io.err(`Wrote ${result.count} cookie${result.count === 1 ? '' : 's'} to ${values.out}\n`);
  return 0;
}
