// Plain wording of a finding from its kind and evidence, in English (the report's message) or French (the HTML
// page in French). Names are quoted as stored; values never appear.
import type { Category, Duration, Finding } from '../../../../shared/model';
import { formatDuration, formatSeconds, formatSpan } from '../../../../shared/duration';
import { CHROME_COOKIES_PER_SITE, CONSENT_GUIDANCE_SECONDS, TRACKER_LIMIT_SECONDS } from './input';

export type Lang = 'en' | 'fr';
export type Draft = Omit<Finding, 'message'>;

const CATEGORY: Record<Lang, Record<Category, string>> = {
  en: {
    necessary: 'necessary',
    preferences: 'preferences',
    statistics: 'statistics',
    marketing: 'marketing',
    social: 'social media',
    unclassified: 'unclassified',
  },
  fr: {
    necessary: 'nécessaire',
    preferences: 'préférences',
    statistics: 'statistiques',
    marketing: 'marketing',
    social: 'réseaux sociaux',
    unclassified: 'non classé',
  },
};

export function categoryWord(category: Category, lang: Lang): string {
  return CATEGORY[lang][category];
}

function what(d: Draft, lang: Lang): string {
  const name = d.cookie ?? '';
  if (lang === 'fr')
    return d.type === 'localStorage' ? `la clé localStorage « ${name} »` : `le cookie « ${name} »`;
  return d.type === 'localStorage' ? `localStorage key "${name}"` : `cookie "${name}"`;
}

/** A declared duration inside a sentence: "up to 1 year", not "Up to 1 year"; raw wording stays as written. */
function inline(d: Duration, lang: Lang): string {
  const text = formatDuration(d, lang);
  return d.kind === 'unknown' ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function en(d: Draft): string {
  const { declared, actualSeconds, limit, category } = d.evidence;
  const item = what(d, 'en');
  const actual = actualSeconds === null ? 'the browser session' : formatSeconds(actualSeconds, 'en');
  const stated = declared === null ? '' : inline(declared, 'en');
  switch (d.kind) {
    case 'undeclared':
      return (
        `The cookie policy of ${d.site} does not declare ${item}` +
        (category === null || category === 'unclassified'
          ? '.'
          : `, classified as ${categoryWord(category, 'en')}.`)
      );
    case 'not-seen':
      return `The cookie policy of ${d.site} declares ${item} (${stated}), but none is stored.`;
    case 'outlives-declared':
      if (declared?.kind === 'session')
        return `${capital(item)} is declared for the browser session but lives ${actual}.`;
      return (
        `${capital(item)} lives ${actual}, longer than declared (${stated})` +
        (limit !== null && actualSeconds !== null && actualSeconds > 2 * limit
          ? ', more than twice as long.'
          : '.')
      );
    case 'tracking-over-13-months':
      return (
        `${capital(item)} is a ${categoryWord(category ?? 'unclassified', 'en')} tracker that lives ${actual}, ` +
        `beyond the ${formatSpan(TRACKER_LIMIT_SECONDS, 'en')} CNIL allows for trackers.`
      );
    case 'consent-kept-too-long':
      if (declared?.kind === 'session')
        return `${capital(item)} keeps the consent choice for ${actual}, though the policy says it lasts for the browser session.`;
      if (declared !== null)
        return `${capital(item)} keeps the consent choice for ${actual}, longer than the policy states (${stated}).`;
      if (limit === CONSENT_GUIDANCE_SECONDS)
        return (
          `${capital(item)} keeps the consent choice for ${actual}, longer than the ` +
          `${formatSpan(CONSENT_GUIDANCE_SECONDS, 'en')} CNIL recommends.`
        );
      return (
        `${capital(item)} keeps the consent choice for ${actual}, beyond the ` +
        `${formatSpan(TRACKER_LIMIT_SECONDS, 'en')} CNIL allows for any tracker.`
      );
    case 'refused-category':
      return (
        `${capital(item)} is stored although it is classified as ${categoryWord(category ?? 'unclassified', 'en')}, ` +
        `a category the active consent profile refuses.`
      );
    case 'too-many-cookies':
      return (
        `${d.site} has ${limit ?? 0} cookies, more than the ${CHROME_COOKIES_PER_SITE} Chrome keeps for one site: ` +
        `past that it evicts the oldest.`
      );
  }
}

function fr(d: Draft): string {
  const { declared, actualSeconds, limit, category } = d.evidence;
  const item = what(d, 'fr');
  const actual = actualSeconds === null ? 'la session du navigateur' : formatSeconds(actualSeconds, 'fr');
  const stated = declared === null ? '' : inline(declared, 'fr');
  switch (d.kind) {
    case 'undeclared':
      return (
        `La politique cookies de ${d.site} ne déclare pas ${item}` +
        (category === null || category === 'unclassified'
          ? '.'
          : `, de catégorie ${categoryWord(category, 'fr')}.`)
      );
    case 'not-seen':
      return `La politique cookies de ${d.site} déclare ${item} (${stated}), mais rien ne lui correspond dans le stockage.`;
    case 'outlives-declared':
      if (declared?.kind === 'session')
        return `${capital(item)} est déclaré pour la session du navigateur mais dure ${actual}.`;
      return (
        `${capital(item)} dure ${actual}, plus que la durée déclarée (${stated})` +
        (limit !== null && actualSeconds !== null && actualSeconds > 2 * limit ? ', plus du double.' : '.')
      );
    case 'tracking-over-13-months':
      return (
        `${capital(item)} est un traceur (${categoryWord(category ?? 'unclassified', 'fr')}) qui dure ${actual}, ` +
        `au-delà des ${formatSpan(TRACKER_LIMIT_SECONDS, 'fr')} admis par la CNIL pour les traceurs.`
      );
    case 'consent-kept-too-long':
      if (declared?.kind === 'session')
        return `${capital(item)} garde le choix de consentement ${actual}, alors que la politique le dit limité à la session.`;
      if (declared !== null)
        return `${capital(item)} garde le choix de consentement ${actual}, plus que la durée annoncée (${stated}).`;
      if (limit === CONSENT_GUIDANCE_SECONDS)
        return (
          `${capital(item)} garde le choix de consentement ${actual}, plus que les ` +
          `${formatSpan(CONSENT_GUIDANCE_SECONDS, 'fr')} recommandés par la CNIL.`
        );
      return (
        `${capital(item)} garde le choix de consentement ${actual}, au-delà des ` +
        `${formatSpan(TRACKER_LIMIT_SECONDS, 'fr')} admis par la CNIL pour tout traceur.`
      );
    case 'refused-category':
      return (
        `Le profil de consentement actif refuse la catégorie ${categoryWord(category ?? 'unclassified', 'fr')}, ` +
        `mais le stockage contient ${item}.`
      );
    case 'too-many-cookies':
      return (
        `${d.site} a ${limit ?? 0} cookies, plus que les ${CHROME_COOKIES_PER_SITE} que Chrome garde pour un site : ` +
        `au-delà, il supprime les plus anciens.`
      );
  }
}

export function describe(draft: Draft, lang: Lang): string {
  return lang === 'fr' ? fr(draft) : en(draft);
}
