// `crumbs catalog import|show`: the known cookies Crumbs classifies with, and the Open Cookie Database.
import { CrumbsError } from '../../../shared/errors';
import { parseCommand } from '../args';
import { printJson, withCore, type CliContext } from '../context';
import { readTextFile } from './read-text';

export const catalogHelp = `crumbs catalog import FILE [--dry-run]
  Loads an Open Cookie Database export (CSV or JSON) to extend the built-in catalog of known cookies; it
  replaces any database loaded before. Rows that cannot be read are listed with the reason.
crumbs catalog show
  How many known cookies the catalog holds, and which database is loaded.`;

export async function catalogCommand(args: string[], ctx: CliContext): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'import') {
    const { values, positionals } = parseCommand(
      rest,
      { 'dry-run': { type: 'boolean', default: false } },
      true,
    );
    if (positionals.length !== 1) throw new CrumbsError('VALIDATION', 'expected one FILE.');
    const file = readTextFile(positionals[0]!);
    const dryRun = values['dry-run'] ?? false;
    const result = await withCore(values, ctx, dryRun, (core) =>
      core.client['catalog.import']({ file, dryRun }),
    );
    if (values.json) {
      printJson(ctx.io, result);
      return 0;
    }
    ctx.io.out(`${file.name}: ${result.entries} known cookie${result.entries === 1 ? '' : 's'} read.\n`);
    for (const p of result.problems) ctx.io.out(`  not read: ${p.where}: ${p.reason}\n`);
    ctx.io.out(
      dryRun
        ? 'Dry run: nothing changed.\n'
        : `The catalog now knows ${result.info.total} cookie patterns.\n`,
    );
    return 0;
  }
  if (sub === 'show') {
    const { values } = parseCommand(rest, {}, false);
    const info = await withCore(values, ctx, true, (core) => core.client['catalog.info']({}));
    if (values.json) printJson(ctx.io, info);
    else
      ctx.io.out(
        `${info.total} cookie patterns: ${info.builtin} built in` +
          (info.loaded
            ? `, ${info.loaded.entries} from ${info.loaded.file} (loaded ${info.loaded.at.slice(0, 10)}).\n`
            : '; no Open Cookie Database loaded (crumbs catalog import FILE).\n'),
      );
    return 0;
  }
  throw new CrumbsError('VALIDATION', `crumbs catalog: expected import or show (got "${sub ?? ''}").`);
}
