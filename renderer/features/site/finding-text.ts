// A disagreement in the UI's language, worded from the finding's kind and evidence (the finding's own message
// is English): a short label for the mark, and the sentence that explains it.
import type { TFunction } from 'i18next';
import { formatDuration, formatSeconds, formatSpan } from '../../../shared/duration';
import type { Finding } from '../../../shared/model';
import type { Language } from '../../i18n';

export function findingLabel(finding: Finding, t: TFunction): string {
  switch (finding.kind) {
    case 'outlives-declared':
      return t('policy.finding.outlivesLabel');
    case 'consent-kept-too-long':
      return t('policy.finding.consentLabel');
    case 'tracking-over-13-months':
      return t('policy.finding.trackingLabel');
    default:
      return finding.kind;
  }
}

export function findingText(finding: Finding, t: TFunction, lang: Language): string {
  const { declared, actualSeconds, limit, category } = finding.evidence;
  const actual =
    actualSeconds === null ? t('policy.finding.browserSession') : formatSeconds(actualSeconds, lang);
  const stated = declared === null ? '' : formatDuration(declared, lang);
  const limitText = limit === null ? '' : formatSpan(limit, lang);
  switch (finding.kind) {
    case 'outlives-declared':
      return declared?.kind === 'session'
        ? t('policy.finding.outlivesSession', { actual })
        : t('policy.finding.outlives', { actual, declared: stated });
    case 'consent-kept-too-long':
      if (declared?.kind === 'session') return t('policy.finding.consentSession', { actual });
      if (declared !== null) return t('policy.finding.consent', { actual, declared: stated });
      return t('policy.finding.consentGuidance', { actual, limit: limitText });
    case 'tracking-over-13-months':
      return t('policy.finding.tracking', {
        actual,
        limit: limitText,
        category: t(`categories.${category ?? 'unclassified'}`),
      });
    default:
      return finding.message;
  }
}
