import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { IMPORT_FORMATS, type ImportReport } from '../../../shared/model';
import { MAX_IMPORT_CHARS } from '../../../shared/contract';
import { CrumbsError } from '../../../shared/errors';
import { oneOf, parseCommand } from '../args';
import { printJson, withCore, type CliContext } from '../context';

export const importHelp = `crumbs import FILE... [--format auto|netscape|json] [--dry-run] [--skip-invalid]
  Imports cookies from Netscape cookies.txt files and browser-extension JSON exports.
  Nothing changes when any cookie is rejected, unless --skip-invalid imports the valid part.`;

export async function importCommand(args: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommand(
    args,
    {
      format: { type: 'string', default: 'auto' },
      'dry-run': { type: 'boolean', default: false },
      'skip-invalid': { type: 'boolean', default: false },
    },
    true,
  );
  if (positionals.length === 0) throw new CrumbsError('VALIDATION', 'Name at least one file to import.');
  const format = oneOf(values.format, IMPORT_FORMATS, 'format') ?? 'auto';
  const files = positionals.map((path) => ({ name: basename(path), content: readInput(path) }));

  const report = await withCore(values, ctx, false, (core) =>
    core.client['import.run']({
      files,
      format,
      dryRun: values['dry-run'] ?? false,
      skipInvalid: values['skip-invalid'] ?? false,
    }),
  );
  if (values.json) {
    printJson(ctx.io, report);
  } else {
    ctx.io.out(describeReport(report));
  }
  const blocked = report.rejected.length > 0 && !values['skip-invalid'] && !report.dryRun;
  return blocked ? 2 : 0;
}

function readInput(path: string): string {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new CrumbsError('IMPORT_UNREADABLE', `Cannot read ${path}: no such file.`);
  }
  if (size > MAX_IMPORT_CHARS) {
    throw new CrumbsError(
      'TOO_LARGE',
      `${path} is ${Math.round(size / 1048576)} MiB; Crumbs imports files up to 64 MiB.`,
    );
  }
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new CrumbsError(
      'IMPORT_UNREADABLE',
      `Cannot read ${path}: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}

export function describeReport(r: ImportReport): string {
  const lines: string[] = [];
  for (const f of r.files) {
    lines.push(
      `${f.name}: ${f.format ?? 'unknown format'} (${f.formatReason}), ${f.cookies} cookie${f.cookies === 1 ? '' : 's'}`,
    );
  }
  const tentative = r.dryRun || (!r.applied && r.rejected.length > 0);
  const verb = tentative ? 'would be ' : '';
  lines.push(
    `${r.imported} ${verb}imported, ${r.updated} ${verb}updated, ${r.skipped} skipped (expired), ${r.rejected.length} rejected`,
  );
  for (const p of r.rejected) lines.push(`  ${p.where}: ${p.reason}`);
  if (r.dryRun) lines.push('Dry run: the jar was not changed.');
  else if (!r.applied && r.rejected.length > 0) {
    lines.push(
      'Nothing was imported because of the rejected cookies. Fix them, or use --skip-invalid to import the rest.',
    );
  }
  return lines.join('\n') + '\n';
}
