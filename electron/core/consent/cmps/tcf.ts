// IAB TCF v2.2 / v2.3: the TC string (euconsent-v2), encoded and decoded with @iabtechlabtcf/core, plus
// Google's Additional Consent string (addtl_consent) when the site works with ATPs not on the vendor list.
import type { CmpAdapter, OptionDoc } from '../adapter';
import { AC_COOKIE, decodeAdditionalConsent, encodeAdditionalConsent } from './google-ac';
import { decodeTcString } from './tcf-decode';
import { encodeTcString } from './tcf-encode';
import { TCF_ENCODING_DOCS, TcfOptions } from './tcf-options';
import { signalsFor } from './tcf-purposes';
import { findStored, gpcExtras, isoFromSeconds, writeValues } from './tcf-write';

export const TCF_COOKIE = 'euconsent-v2';

const docs: OptionDoc[] = [
  {
    name: 'cmpId',
    description:
      'IAB CMP id written into the string. 2 is the smallest id the TCF library accepts (0 and 1 are ' +
      "invalid) and names no CMP in particular: set the site's real CMP id when a partner checks it.",
    default: '2',
  },
  ...TCF_ENCODING_DOCS,
  { name: 'cookieName', description: 'Name the TC string is stored under.', default: TCF_COOKIE },
  {
    name: 'storage',
    description: "'cookie' (first-party cookie, as most CMPs do) or 'localStorage' of the page's origin.",
    default: 'cookie',
  },
  {
    name: 'domain',
    description: 'Cookie domain; null = the registrable domain (.example.com), shared by every subdomain.',
    default: 'null (registrable domain)',
  },
  {
    name: 'expiresDays',
    description:
      'Cookie lifetime in days: 390 (13 months of 30 days) stays within the TCF rule to ask again every ' +
      '13 months and under the 400 days browsers allow.',
    default: '390',
  },
];

export const tcfAdapter = {
  id: 'tcf',
  label: 'IAB TCF v2.2 / v2.3 (TC string)',
  inferred: false,
  options: TcfOptions,
  optionDocs: docs,

  detect(state) {
    const evidence = [TCF_COOKIE, AC_COOKIE].filter(
      (name) => state.cookies.some((c) => c.name === name) || state.storage.some((s) => s.name === name),
    );
    return evidence.includes(TCF_COOKIE) ? { evidence } : null;
  },

  decode(state, options) {
    const names = options.cookieName === TCF_COOKIE ? [TCF_COOKIE] : [options.cookieName, TCF_COOKIE];
    const found = findStored(state, names);
    if (!found) return null;
    const reading = decodeTcString(found.value);
    const notes = [...reading.notes];
    if (found.count > 1) notes.push(`${found.count} entries of that name: read ${found.source}`);
    const sources = [found.source];
    const services = { ...reading.services };
    const ac = findStored(state, [AC_COOKIE]);
    if (ac) {
      const decoded = decodeAdditionalConsent(ac.value);
      sources.push(ac.source);
      if (decoded === null) {
        notes.push('addtl_consent is not an Additional Consent string');
      } else {
        notes.push(...decoded.notes);
        for (const id of decoded.disclosed) services[`ac:${id}`] = false;
        for (const id of decoded.consented) services[`ac:${id}`] = true;
      }
    }
    return {
      categories: reading.categories,
      services,
      decidedAt: reading.decidedAt,
      expiresAt: isoFromSeconds(found.expires),
      sources,
      notes,
    };
  },

  encode(choices, options, { target, now, gpc }) {
    const encoded = encodeTcString(signalsFor(choices), options, now);
    const values = [{ name: options.cookieName, value: encoded.tcString }];
    if (options.acVendors.length > 0) {
      const consented = choices.marketing ? options.acVendors : [];
      values.push({ name: AC_COOKIE, value: encodeAdditionalConsent(consented, options.acVendors) });
    }
    const written = writeValues(values, options, target, now);
    return {
      cookies: written.cookies,
      storage: written.storage,
      ...gpcExtras(gpc),
      notes: [...encoded.notes, ...written.notes],
    };
  },
} satisfies CmpAdapter<TcfOptions>;
