// `crumbs apply`: removes from the jar what a consent profile refuses.
import { parseCommand } from '../args';
import { printJson, withCore, type CliContext } from '../context';

export const applyHelp = `crumbs apply [--profile NAME] [--site SITE] [--dry-run]
  Removes the cookies and localStorage entries of the categories the profile (default: the active one) refuses,
  keeping what records the consent choice, what the profile keeps by name, and what nothing classifies.`;

export async function applyCommand(args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseCommand(
    args,
    { profile: { type: 'string' }, site: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
    false,
  );
  const dryRun = values['dry-run'] ?? false;
  const report = await withCore(values, ctx, dryRun, (core) =>
    core.client['profiles.apply']({
      dryRun,
      ...(values.profile !== undefined ? { profile: values.profile } : {}),
      ...(values.site !== undefined ? { site: values.site } : {}),
    }),
  );
  if (values.json) {
    printJson(ctx.io, report);
    return 0;
  }
  const { cookies, storage } = report.removed;
  const verb = dryRun ? 'Would remove' : 'Removed';
  ctx.io.out(
    `${verb} ${cookies.length} cookie${cookies.length === 1 ? '' : 's'} and ${storage.length} localStorage ` +
      `entr${storage.length === 1 ? 'y' : 'ies'} (profile ${report.profile}${report.site ? `, ${report.site}` : ''}).\n`,
  );
  for (const c of cookies) ctx.io.out(`  ${c.site}  ${c.name}  ${c.domain}${c.path}  (${c.category})\n`);
  for (const s of storage) ctx.io.out(`  ${s.site}  ${s.name}  ${s.origin}  (${s.category}, localStorage)\n`);
  const k = report.kept;
  ctx.io.out(
    `Kept: ${k.allowed} allowed, ${k.consent} recording the consent choice, ${k.rules} by keep rules, ` +
      `${k.unclassified} unclassified.\n`,
  );
  return 0;
}
