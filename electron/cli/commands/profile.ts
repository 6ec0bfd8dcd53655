// `crumbs profile …`: consent profiles (a choice per category, per-site overrides) and which one is active.
import { CONSENT_CATEGORIES } from '../../../shared/category';
import type { Choices, ConsentCategory, ConsentProfile } from '../../../shared/consent';
import { CrumbsError } from '../../../shared/errors';
import type { Core } from '../../core';
import { writeFileAtomic } from '../../core/storage/atomic-write';
import { parseCommand } from '../args';
import { printJson, withCore, type CliContext } from '../context';
import { readTextFile } from './read-text';

const CATS = CONSENT_CATEGORIES.join(', ');

export const profileHelp = `crumbs profile list | show NAME | use NAME | delete NAME | export [NAME] [--out FILE] | import FILE
crumbs profile create NAME [--from NAME] [--allow CATS] [--deny CATS]
crumbs profile set NAME [--site SITE] [--allow CATS] [--deny CATS] [--keep NAMES] [--gpc on|off]
  Consent profiles: a choice per category (CATS is a comma list of ${CATS}; necessary is always
  allowed), per-site overrides and names to keep, Global Privacy Control. necessary-only and accept-all are built in.`;

function categoriesOf(raw: string | undefined, option: string): ConsentCategory[] {
  if (raw === undefined) return [];
  const list = raw
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  for (const c of list) {
    if (!(CONSENT_CATEGORIES as readonly string[]).includes(c)) {
      throw new CrumbsError('VALIDATION', `--${option}: "${c}" is not a category; use ${CATS}.`);
    }
  }
  if (list.includes('necessary') && option === 'deny') {
    throw new CrumbsError('VALIDATION', '--deny: necessary cookies need no consent and cannot be refused.');
  }
  return list as ConsentCategory[];
}

function describe(p: ConsentProfile & { builtin?: boolean }, active: string): string {
  const on = (c: Choices) => CONSENT_CATEGORIES.filter((k) => c[k]).join(', ');
  const lines = [`${p.name}${p.name === active ? ' (active)' : ''}${p.builtin ? ' [built in]' : ''}`];
  lines.push(`  allows: ${on(p.categories)}`, `  Global Privacy Control: ${p.gpc ? 'on' : 'off'}`);
  for (const [site, o] of Object.entries(p.sites)) {
    const parts = Object.entries(o.categories).map(([k, v]) => `${k} ${v ? 'allowed' : 'refused'}`);
    if (o.keep.length > 0) parts.push(`keeps ${o.keep.join(', ')}`);
    lines.push(`  ${site}: ${parts.join('; ') || 'as the profile'}`);
  }
  return lines.join('\n') + '\n';
}

export async function profileCommand(args: string[], ctx: CliContext): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseCommand(
    rest,
    {
      from: { type: 'string' },
      allow: { type: 'string' },
      deny: { type: 'string' },
      site: { type: 'string' },
      keep: { type: 'string' },
      gpc: { type: 'string' },
      out: { type: 'string' },
    },
    true,
  );
  const name = positionals[0];
  const needName = (): string => {
    if (name === undefined) throw new CrumbsError('VALIDATION', `crumbs profile ${sub}: name the profile.`);
    return name;
  };
  const readOnly = sub === 'list' || sub === 'show' || sub === 'export';
  const run = <T>(f: (core: Core) => Promise<T>) => withCore(values, ctx, readOnly, f);
  switch (sub) {
    case 'list':
    case 'show': {
      const { profiles, active } = await run((core) => core.client['profiles.list']({}));
      const shown = sub === 'show' ? profiles.filter((p) => p.name === needName()) : profiles;
      if (sub === 'show' && shown.length === 0)
        throw new CrumbsError('NOT_FOUND', `No consent profile "${name}".`);
      if (values.json) printJson(ctx.io, sub === 'show' ? shown[0] : { profiles, active });
      else ctx.io.out(shown.map((p) => describe(p, active)).join(''));
      return 0;
    }
    case 'create':
    case 'set': {
      const profileName = needName();
      const allow = categoriesOf(values.allow, 'allow');
      const deny = categoriesOf(values.deny, 'deny');
      const both = allow.filter((c) => deny.includes(c));
      if (both.length > 0)
        throw new CrumbsError('VALIDATION', `${both.join(', ')}: both allowed and refused.`);
      const result = await run(async (core) => {
        const { profiles } = await core.client['profiles.list']({});
        const existing = profiles.find((p) => p.name === profileName);
        if (sub === 'create' && existing)
          throw new CrumbsError('VALIDATION', `A profile named "${profileName}" already exists.`);
        if (sub === 'set' && !existing)
          throw new CrumbsError('NOT_FOUND', `No consent profile "${profileName}".`);
        const base =
          sub === 'create' ? profiles.find((p) => p.name === (values.from ?? 'necessary-only')) : existing;
        if (!base) throw new CrumbsError('NOT_FOUND', `No consent profile "${values.from}" to start from.`);
        const profile: ConsentProfile = structuredClone({
          name: profileName,
          categories: base.categories,
          sites: base.sites,
          gpc: base.gpc,
        });
        if (values.gpc !== undefined) {
          if (values.gpc !== 'on' && values.gpc !== 'off')
            throw new CrumbsError('VALIDATION', '--gpc must be on or off.');
          profile.gpc = values.gpc === 'on';
        }
        const decided = Object.fromEntries([...allow.map((c) => [c, true]), ...deny.map((c) => [c, false])]);
        delete decided['necessary'];
        if (values.site === undefined) {
          if (values.keep !== undefined)
            throw new CrumbsError('VALIDATION', '--keep names cookies of one site: add --site SITE.');
          profile.categories = { ...profile.categories, ...decided, necessary: true };
        } else {
          const site = values.site.trim().toLowerCase();
          const current = profile.sites[site] ?? { categories: {}, keep: [] };
          const keep =
            values.keep === undefined
              ? current.keep
              : values.keep
                  .split(',')
                  .map((k) => k.trim())
                  .filter(Boolean);
          profile.sites[site] = { categories: { ...current.categories, ...decided }, keep };
        }
        return core.client['profiles.save']({ profile });
      });
      if (values.json) printJson(ctx.io, result.profile);
      else ctx.io.out(describe(result.profile, ''));
      return 0;
    }
    case 'delete': {
      const r = await run((core) => core.client['profiles.delete']({ name: needName() }));
      if (r.removed === 0) throw new CrumbsError('NOT_FOUND', `No consent profile "${name}".`);
      if (values.json) printJson(ctx.io, r);
      else ctx.io.out(`Deleted the profile ${name}.\n`);
      return 0;
    }
    case 'use': {
      const r = await run((core) => core.client['profiles.use']({ name: needName() }));
      if (values.json) printJson(ctx.io, r);
      else ctx.io.out(`${r.active} is now the active profile.\n`);
      return 0;
    }
    case 'export': {
      const doc = await run((core) => core.client['profiles.export'](name === undefined ? {} : { name }));
      if (values.out === undefined) ctx.io.out(doc.content);
      else {
        writeFileAtomic(values.out, doc.content, 0o600);
        ctx.io.err(`Wrote ${values.out}\n`);
      }
      return 0;
    }
    case 'import': {
      const file = readTextFile(needName());
      const r = await run((core) => core.client['profiles.import']({ file }));
      if (values.json) printJson(ctx.io, r);
      else {
        ctx.io.out(r.imported.length > 0 ? `Imported ${r.imported.join(', ')}.\n` : 'No profile imported.\n');
        for (const p of r.problems) ctx.io.out(`  not imported: ${p.where}: ${p.reason}\n`);
      }
      return r.imported.length > 0 ? 0 : 2;
    }
    default:
      throw new CrumbsError(
        'VALIDATION',
        `crumbs profile: expected list, show, create, set, delete, use, export or import (got "${sub ?? ''}").`,
      );
  }
}
