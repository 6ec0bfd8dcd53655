// A French site's policy and a jar built against it for the site page's policy tests: `_ga` stored for two years
// though declared for 13 months, a `_ga_*` family of two, an undeclared `tracker` nothing knows and an
// undeclared `_fbp` the fake's catalog knows, a session cookie, and localStorage on both sides.
import { parseDuration } from '../../shared/duration';
import type { Cookie, PolicyEntry, SitePolicy, StorageEntry } from '../../shared/model';
import { parseDeclaredName } from '../../shared/name-pattern';
import { cookie } from './fixtures';

export const FR_SITE = 'example.fr';
const DAY = 86_400;

function entry(
  category: PolicyEntry['category'],
  supplier: string,
  name: string,
  duration: string,
  purpose: string,
  type: PolicyEntry['type'] = 'cookie',
): PolicyEntry {
  return {
    supplier,
    ...parseDeclaredName(name),
    type,
    duration: parseDuration(duration),
    function: purpose,
    category,
  };
}

export const frPolicy: SitePolicy = {
  site: FR_SITE,
  publisher: 'Exemple SA',
  language: 'fr',
  intro: 'Ce site utilise des cookies.',
  sections: [
    // Out of the canonical order on purpose: the page shows necessary first.
    {
      category: 'statistics',
      heading: "Cookies de mesure d'audience",
      description: 'Pour compter les visites.',
    },
    {
      category: 'necessary',
      heading: 'Cookies strictement nécessaires',
      description: 'Indispensables au site.',
    },
  ],
  entries: [
    entry('statistics', 'Google', '_ga', '13 mois', 'Distingue les visiteurs.'),
    entry('statistics', 'Google', '_ga_*', '13 mois', 'Conserve l’état de la session.'),
    entry('necessary', 'Exemple', 'sessionid', '2 semaines', 'Garde la connexion.'),
    entry('necessary', 'Exemple', 'prefs', 'Session', 'Retient la langue.'),
    entry('necessary', 'Exemple', 'consent_state', '6 mois', 'Retient vos choix.', 'localStorage'),
    // No section for marketing: the category's own name heads it.
    entry('marketing', 'Pub', 'px', 'Session', 'Mesure les campagnes.', 'pixel'),
  ],
  source: {
    kind: 'imported',
    label: 'politique.html',
    at: '2025-03-01T10:00:00Z',
    url: null,
    file: 'politique.html',
  },
};

export function frCookies(nowS = Math.floor(Date.now() / 1000)): Cookie[] {
  const at = (days: number) => ({ creation: nowS, expires: nowS + days * DAY });
  return [
    cookie({ name: '_ga', value: 'GA1.2.3', domain: FR_SITE, hostOnly: false, ...at(730) }),
    cookie({ name: '_ga_ABC', value: 'GS1.1', domain: FR_SITE, hostOnly: false, ...at(365) }),
    cookie({ name: '_ga_DEF', value: 'GS1.2', domain: FR_SITE, hostOnly: false, ...at(200) }),
    cookie({ name: 'prefs', value: 'fr', domain: FR_SITE, creation: nowS, expires: null }),
    cookie({ name: 'tracker', value: 't-1', domain: FR_SITE, ...at(30) }),
    cookie({ name: '_fbp', value: 'fb.1', domain: FR_SITE, hostOnly: false, ...at(90) }),
  ];
}

export function frStorage(): StorageEntry[] {
  return [
    { origin: `https://www.${FR_SITE}`, name: 'consent_state', value: '{"stats":true}' },
    { origin: `https://www.${FR_SITE}`, name: 'ab_test', value: 'B' },
  ];
}
