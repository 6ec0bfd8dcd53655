import { READERS, WRITERS } from '../../core/formats/registry';
import { parseCommand } from '../args';
import { printJson, type CliContext } from '../context';

export const formatsHelp = `crumbs formats
  Lists the formats Crumbs reads and writes, with what each keeps and what it loses.`;

export async function formatsCommand(args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseCommand(args, {}, false);
  const read = READERS.map((r) => ({
    id: r.id,
    label: r.label,
    kind: r.kind,
    keeps: r.keeps,
    loses: r.loses,
  }));
  const write = WRITERS.map((w) => ({
    id: w.id,
    label: w.label,
    needsUrl: w.needsUrl,
    keeps: w.keeps,
    loses: w.loses,
  }));
  if (values.json) {
    printJson(ctx.io, { import: read, export: write });
    return 0;
  }
  const lines = ['Import (--format; auto detects, json detects among the JSON shapes):'];
  for (const r of read)
    lines.push(
      `  ${r.id.padEnd(22)} ${r.label}`,
      `  ${''.padEnd(22)} keeps: ${r.keeps}`,
      `  ${''.padEnd(22)} loses: ${r.loses}`,
    );
  lines.push('', 'Export (--format; json = extension-json):');
  for (const w of write) {
    lines.push(
      `  ${w.id.padEnd(22)} ${w.label}${w.needsUrl ? ' (needs --url)' : ''}`,
      `  ${''.padEnd(22)} keeps: ${w.keeps}`,
      `  ${''.padEnd(22)} loses: ${w.loses}`,
    );
  }
  ctx.io.out(lines.join('\n') + '\n');
  return 0;
}
