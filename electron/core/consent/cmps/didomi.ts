// Didomi: `didomi_token` (base64 JSON of purposes and vendors, enabled / disabled) plus the IAB TC string
// in `euconsent-v2` (written by the TCF encoder), both on the site's base domain. Under TCF the IAB
// purposes are carried by the TC string and the token holds special features, custom purposes and
// vendors; decoding reads the token first and the TC string for what the token does not say.
import { z } from 'zod';
import type { Choices, ConsentReading } from '../../../../shared/consent';
import type { CmpAdapter, OptionDoc } from '../adapter';
import { didomiUserId, encodeToken, parseToken, type IdLists, type ParsedToken } from './didomi-token';
import {
  DEFAULT_DIDOMI_PURPOSES,
  DIDOMI_SPECIAL_FEATURES,
  DIDOMI_TCF_PURPOSES,
  DidomiTarget,
  isAllowed,
  isLiPurpose,
} from './didomi-purposes';
import { decodeTcString } from './tcf-decode';
import { encodeTcString } from './tcf-encode';
import { TCF_ENCODING_DOCS, tcfFields } from './tcf-options';
import { fromPurposes } from './tcf-purposes';
import { findStored, gpcExtras, isoFromSeconds, writeValues } from './tcf-write';

const {
  vendors: tcfVendors,
  acVendors: _unusedAc,
  ...encodingFields
} = tcfFields({ cmpId: 7, cmpVersion: 1 });

export const DidomiOptions = z.object({
  ...encodingFields,
  purposes: z.record(z.string().min(1), DidomiTarget).default(DEFAULT_DIDOMI_PURPOSES),
  vendors: z.record(z.string().min(1), DidomiTarget).default({}),
  tcf: z.boolean().default(true),
  tcfVendors,
  tokenName: z.string().min(1).max(256).default('didomi_token'),
  tcfCookieName: z.string().min(1).max(256).default('euconsent-v2'),
  storage: z.enum(['cookie', 'localStorage']).default('cookie'),
  domain: z.string().min(1).max(253).nullable().default(null),
  expiresDays: z.number().int().min(1).max(400).default(365),
  userId: z.uuid().nullable().default(null),
});
export type DidomiOptions = z.output<typeof DidomiOptions>;

const docs: OptionDoc[] = [
  {
    name: 'purposes',
    description:
      "Didomi purpose ids → category (or 'any': on when anything beyond necessary is allowed). Defaults are " +
      "Didomi's ids for the TCF purposes (written into the TC string only, as Didomi does under TCF) and " +
      "special features (written into the token); add the site's custom purposes " +
      '(e.g. {"analytics":"statistics"}) or Didomi shows its notice again.',
    default:
      'cookies→any, select_basic_ads…→marketing, measure_*/market_research/improve_products→statistics',
  },
  {
    name: 'vendors',
    description:
      'Didomi vendor ids ("google", "c:custom-id") → category; each is enabled when its category is allowed. ' +
      'Every vendor of the notice must be listed or the notice comes back.',
    default: '{}',
  },
  {
    name: 'tcf',
    description: 'Write the IAB TC string (euconsent-v2) as Didomi does under GDPR.',
    default: 'true',
  },
  {
    name: 'tcfVendors',
    description: 'IAB vendor ids for the TC string (null = every vendor of vendorList).',
    default: 'null',
  },
  { name: 'cmpId', description: "Didomi's IAB CMP id.", default: '7' },
  ...TCF_ENCODING_DOCS.filter((d) => d.name !== 'vendors' && d.name !== 'acVendors'),
  { name: 'tokenName', description: 'Cookie name of the Didomi token.', default: 'didomi_token' },
  { name: 'tcfCookieName', description: 'Cookie name of the TC string.', default: 'euconsent-v2' },
  { name: 'storage', description: "'cookie' (Didomi's default) or 'localStorage'.", default: 'cookie' },
  {
    name: 'domain',
    description: 'Cookie domain; null = the base (registrable) domain, as Didomi stores it.',
    default: 'null (registrable domain)',
  },
  {
    name: 'expiresDays',
    description:
      'Cookie lifetime in days. Set it to the consent duration configured in the site’s Didomi notice (one year when not configured, as observed).',
    default: '365',
  },
  {
    name: 'userId',
    description:
      'user_id written in the token; null = a new id (creation time + random, as Didomi makes them).',
    default: 'null',
  },
];

const CATEGORIES = ['preferences', 'statistics', 'marketing', 'social'] as const;

function split(map: Record<string, DidomiTarget>, choices: Choices): IdLists {
  const out: IdLists = { enabled: [], disabled: [] };
  for (const [id, target] of Object.entries(map)) {
    (isAllowed(target, choices) ? out.enabled : out.disabled).push(id);
  }
  return out;
}

/** The TCF signals of the enabled Didomi purposes: custom purposes have none. */
function tcfSignals(purposes: IdLists) {
  const tcf = purposes.enabled.flatMap((id) => DIDOMI_TCF_PURPOSES[id] ?? []);
  const features = purposes.enabled.flatMap((id) => DIDOMI_SPECIAL_FEATURES[id] ?? []);
  return fromPurposes(tcf, features);
}

function readCategories(token: ParsedToken, options: DidomiOptions, notes: string[]) {
  const enabled = new Set([...token.purposes.enabled, ...token.vendors.enabled]);
  const disabled = new Set([...token.purposes.disabled, ...token.vendors.disabled]);
  const out: Partial<Record<(typeof CATEGORIES)[number], boolean | null>> = {};
  for (const category of CATEGORIES) {
    // Purposes decide; vendors only where no purpose of the category is stored (vendor-only notices).
    const byPurpose = Object.keys(options.purposes).filter((id) => options.purposes[id] === category);
    const byVendor = Object.keys(options.vendors).filter((id) => options.vendors[id] === category);
    let present = byPurpose.filter((id) => enabled.has(id) || disabled.has(id));
    if (present.length === 0) present = byVendor.filter((id) => enabled.has(id) || disabled.has(id));
    if (present.length === 0) continue;
    const yes = present.filter((id) => enabled.has(id));
    if (yes.length === present.length) out[category] = true;
    else if (yes.length === 0) out[category] = false;
    else {
      out[category] = null;
      const no = present.filter((id) => !enabled.has(id));
      notes.push(`${category}: ${yes.join(', ')} enabled, ${no.join(', ')} disabled`);
    }
  }
  return out;
}

export const didomiAdapter = {
  id: 'didomi',
  label: 'Didomi',
  inferred: true,
  options: DidomiOptions,
  optionDocs: docs,

  detect(state) {
    const names = ['didomi_token', 'didomi_dcs', 'euconsent-v2'];
    const evidence = names.filter(
      (name) => state.cookies.some((c) => c.name === name) || state.storage.some((s) => s.name === name),
    );
    return evidence.some((n) => n.startsWith('didomi_')) ? { evidence } : null;
  },

  decode(state, options) {
    const found = findStored(state, [options.tokenName, 'didomi_token']);
    const tc = findStored(state, [options.tcfCookieName, 'euconsent-v2']);
    if (!found) {
      if (findStored(state, ['didomi_dcs'])) {
        const categories = {
          necessary: true,
          preferences: null,
          statistics: null,
          marketing: null,
          social: null,
        };
        const notes = [
          'didomi_dcs (Didomi Consent String, binary) is not read: its ids need the notice’s numbering',
        ];
        return { categories, decidedAt: null, expiresAt: null, sources: ['cookie didomi_dcs'], notes };
      }
      return null;
    }
    const notes: string[] = [];
    const sources = [found.source];
    const token = parseToken(found.value);
    const tcReading = tc ? decodeTcString(tc.value) : null;
    if (tc) sources.push(tc.source);
    const categories: ConsentReading['categories'] = {
      necessary: true,
      preferences: null,
      statistics: null,
      marketing: null,
      social: null,
    };
    const services: Record<string, boolean> = { ...(tcReading?.services ?? {}) };
    let stated: Partial<Record<(typeof CATEGORIES)[number], boolean | null>> = {};
    if (token === null) {
      notes.push('didomi_token could not be read (not base64 JSON)');
    } else {
      notes.push(...token.notes);
      for (const id of token.purposes.disabled) services[`purpose:${id}`] = false;
      for (const id of token.purposes.enabled) services[`purpose:${id}`] = true;
      for (const id of token.vendors.disabled) services[`vendor:${id}`] = false;
      for (const id of token.vendors.enabled) services[`vendor:${id}`] = true;
      stated = readCategories(token, options, notes);
      Object.assign(categories, stated);
      const unknown = [...token.purposes.enabled, ...token.purposes.disabled].filter(
        (id) => !(id in options.purposes),
      );
      if (unknown.length > 0) {
        notes.push(
          `purposes ${unknown.join(', ')} are not mapped to a category (add them to the purposes option)`,
        );
      }
      if (token.hasAc) notes.push('ac (Additional Consent in Didomi’s own encoding) is not read');
    }
    // What the token leaves unsaid (TCF purposes are often only in the TC string), the TC string says.
    if (tcReading) {
      for (const category of ['statistics', 'marketing'] as const) {
        if (!(category in stated)) categories[category] = tcReading.categories[category];
      }
      notes.push(
        ...tcReading.notes
          .filter((n) => !n.startsWith('TCF has no purposes'))
          .map((n) => `euconsent-v2: ${n}`),
      );
    }
    return {
      categories,
      services,
      decidedAt: token?.updated ?? token?.created ?? tcReading?.decidedAt ?? null,
      expiresAt: isoFromSeconds(found.expires),
      sources,
      notes,
    };
  },

  encode(choices, options, { target, now, gpc }) {
    const notes: string[] = [];
    const purposes = split(options.purposes, choices);
    const vendors = split(options.vendors, choices);
    const iso = now.toISOString();
    // Under TCF the IAB purposes live in the TC string only: observed tokens list special features and
    // custom purposes, never `cookies`, `select_basic_ads`… Without TCF the token is all there is.
    const inToken = (id: string) => !options.tcf || !(id in DIDOMI_TCF_PURPOSES);
    const tokenPurposes = {
      enabled: purposes.enabled.filter(inToken),
      disabled: purposes.disabled.filter(inToken),
    };
    const liIds = Object.keys(options.purposes).filter((id) => inToken(id) && isLiPurpose(id));
    const token = encodeToken({
      user_id: options.userId ?? didomiUserId(now),
      created: iso,
      updated: iso,
      vendors,
      purposes: tokenPurposes,
      // A refused purpose also objects to its legitimate interest, as in the TC string.
      vendors_li: { enabled: [], disabled: [] },
      purposes_li: {
        enabled: liIds.filter((id) => purposes.enabled.includes(id)),
        disabled: liIds.filter((id) => purposes.disabled.includes(id)),
      },
      version: 2,
    });
    const values = [{ name: options.tokenName, value: token }];
    if (options.tcf) {
      const encoded = encodeTcString(
        tcfSignals(purposes),
        { ...options, vendors: options.tcfVendors, acVendors: [] },
        now,
      );
      values.push({ name: options.tcfCookieName, value: encoded.tcString });
      notes.push(...encoded.notes);
    }
    if (Object.keys(options.vendors).length === 0) {
      notes.push(
        'no Didomi vendors configured: list the notice’s vendors in the vendors option or it may ask again',
      );
    }
    const written = writeValues(values, options, target, now);
    return {
      cookies: written.cookies,
      storage: written.storage,
      ...gpcExtras(gpc),
      notes: [...notes, ...written.notes],
    };
  },
} satisfies CmpAdapter<DidomiOptions>;
