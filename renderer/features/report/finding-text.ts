// A finding in the UI's language, worded from its kind and evidence as the core's HTML report words it
// (electron/core/policy/report/messages.ts): the finding's own `message` is English only.
import type { TFunction } from 'i18next';
import { formatDuration, formatSeconds, formatSpan } from '../../../shared/duration';
import type { Duration, Finding } from '../../../shared/model';
import type { Language } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { CHROME_COOKIES_PER_SITE, CONSENT_GUIDANCE_SECONDS, TRACKER_LIMIT_SECONDS } from './limits';

/** A declared duration inside a sentence: "up to 1 year", not "Up to 1 year"; raw wording stays as written. */
function inline(d: Duration, lang: Language): string {
  const text = formatDuration(d, lang);
  return d.kind === 'unknown' ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

export function explainFinding(f: Finding, t: TFunction, lang: Language): string {
  const { declared, actualSeconds, limit, category } = f.evidence;
  const type = f.type === 'localStorage' ? 'localStorage' : 'cookie';
  const name = f.cookie ?? '';
  const values = {
    site: f.site,
    item: t(`report.item.${type}`, { name }),
    Item: t(`report.itemStart.${type}`, { name }),
    actual: actualSeconds === null ? t('report.theSession') : formatSeconds(actualSeconds, lang),
    stated: declared === null ? '' : inline(declared, lang),
    category: t(`report.categoryWord.${category ?? 'unclassified'}`),
  };
  switch (f.kind) {
    case 'undeclared':
      return category === null || category === 'unclassified'
        ? t('report.message.undeclared', values)
        : t('report.message.undeclaredClassified', values);
    case 'not-seen':
      return t('report.message.notSeen', values);
    case 'outlives-declared':
      if (declared?.kind === 'session') return t('report.message.outlivesSession', values);
      return limit !== null && actualSeconds !== null && actualSeconds > 2 * limit
        ? t('report.message.outlivesTwice', values)
        : t('report.message.outlives', values);
    case 'tracking-over-13-months':
      return t('report.message.tracking', { ...values, limit: formatSpan(TRACKER_LIMIT_SECONDS, lang) });
    case 'consent-kept-too-long':
      if (declared?.kind === 'session') return t('report.message.consentSession', values);
      if (declared !== null) return t('report.message.consentDeclared', values);
      return limit === CONSENT_GUIDANCE_SECONDS
        ? t('report.message.consentGuidance', {
            ...values,
            limit: formatSpan(CONSENT_GUIDANCE_SECONDS, lang),
          })
        : t('report.message.consentTracker', { ...values, limit: formatSpan(TRACKER_LIMIT_SECONDS, lang) });
    case 'refused-category':
      return t('report.message.refused', values);
    case 'too-many-cookies':
      return t('report.message.tooMany', {
        site: f.site,
        cookies: formatNumber(limit ?? 0, lang),
        max: formatNumber(CHROME_COOKIES_PER_SITE, lang),
      });
  }
}

export interface EvidenceText {
  declared: string | null;
  actual: string | null;
  limit: string | null;
}

/** The numbers behind a finding, each null where the finding has none. */
export function evidenceText(f: Finding, t: TFunction, lang: Language): EvidenceText {
  const { declared, actualSeconds, limit } = f.evidence;
  let actual: string | null = null;
  if (actualSeconds !== null) actual = formatSeconds(actualSeconds, lang);
  else if (f.kind === 'not-seen') actual = t('report.evidence.notStored');
  // A stored cookie without an expiry is a session cookie; a localStorage key has no lifetime at all.
  else if (f.type === 'cookie' && f.evidence.where !== null) actual = t('report.evidence.session');
  return {
    declared: declared === null ? null : formatDuration(declared, lang),
    actual,
    limit: limitText(f, t, lang, limit),
  };
}

// For outlives-declared (and a consent record held to its declaration) the limit is the declared lifetime,
// already shown; only CNIL's limits and the cookie count are worth their own line.
function limitText(f: Finding, t: TFunction, lang: Language, limit: number | null): string | null {
  if (limit === null) return null;
  if (f.kind === 'too-many-cookies') {
    return t('report.evidence.cookieCount', {
      cookies: formatNumber(limit, lang),
      max: formatNumber(CHROME_COOKIES_PER_SITE, lang),
    });
  }
  if (f.kind === 'tracking-over-13-months') return formatSpan(limit, lang);
  if (f.kind === 'consent-kept-too-long' && f.evidence.declared === null) return formatSpan(limit, lang);
  return null;
}
