// Google's Additional Consent string (`addtl_consent`), for ad tech providers that are not on the IAB vendor
// list. v2: `2~<consented ids>~dv.<disclosed, not consented ids>` (ids dot-separated); v1: `1~<consented ids>`.
// Real values show "2~~dv.1.2", "2~1.2~dv." and ids out of order: the decoder takes them all.

export const AC_COOKIE = 'addtl_consent';

export interface AdditionalConsent {
  version: number;
  consented: number[];
  /** Disclosed but not consented (v2 only). */
  disclosed: number[];
  notes: string[];
}

function sortedUnique(ids: readonly number[]): number[] {
  return [...new Set(ids)].sort((a, b) => a - b);
}

/** Consented ids are not repeated among the disclosed ones (the spec's dv. list is "disclosed, not consented"). */
export function encodeAdditionalConsent(consented: readonly number[], disclosed: readonly number[]): string {
  const yes = sortedUnique(consented);
  const yesSet = new Set(yes);
  const seen = sortedUnique(disclosed).filter((id) => !yesSet.has(id));
  return `2~${yes.join('.')}~dv.${seen.join('.')}`;
}

function parseIds(part: string, label: string, notes: string[]): number[] {
  const ids: number[] = [];
  let odd = 0;
  for (const token of part.split('.')) {
    if (token === '') continue;
    if (/^\d+$/.test(token) && Number(token) > 0) ids.push(Number(token));
    else odd++;
  }
  if (odd > 0) notes.push(`addtl_consent: ${odd} ${label} id(s) that are not positive numbers ignored`);
  return sortedUnique(ids);
}

/** null when the value is not an AC string at all. */
export function decodeAdditionalConsent(raw: string): AdditionalConsent | null {
  const notes: string[] = [];
  let value = raw.trim().replace(/^"(.*)"$/, '$1');
  if (value.includes('%')) {
    try {
      value = decodeURIComponent(value);
      notes.push('addtl_consent was percent-encoded');
    } catch {
      return null;
    }
  }
  const match = /^(\d+)~(.*)$/s.exec(value);
  if (!match) return null;
  const version = Number(match[1]);
  const rest = match[2] ?? '';
  if (version === 1) {
    return { version, consented: parseIds(rest, 'consented', notes), disclosed: [], notes };
  }
  if (version !== 2) notes.push(`addtl_consent version ${version} is unknown: read as version 2`);
  const [consentedPart = '', disclosedPart, ...extra] = rest.split('~');
  if (extra.length > 0)
    notes.push('addtl_consent has more "~" parts than version 2 defines: extra parts ignored');
  let disclosed: number[] = [];
  if (disclosedPart === undefined) {
    notes.push('addtl_consent has no disclosed-vendors part (dv.)');
  } else {
    const body = disclosedPart.replace(/^dv\.?/, '');
    if (!disclosedPart.startsWith('dv')) notes.push('addtl_consent disclosed part does not start with "dv."');
    disclosed = parseIds(body, 'disclosed', notes);
  }
  const consented = parseIds(consentedPart, 'consented', notes);
  const consentedSet = new Set(consented);
  return { version, consented, disclosed: disclosed.filter((id) => !consentedSet.has(id)), notes };
}
