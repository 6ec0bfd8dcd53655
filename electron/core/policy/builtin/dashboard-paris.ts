// The built-in example: the cookie policy of https://dashboard.paris, an Opendatasoft open-data portal of
// the City of Paris, written for Crumbs from the policy page's facts (wording kept as the page has it).
import type { SitePolicy } from '../../../../shared/model';

// A month is an average Gregorian month, as the duration parser counts it.
const DAY = 86_400;
const MONTH = 2_629_746;

export const dashboardParis: SitePolicy = {
  site: 'dashboard.paris',
  publisher: 'Opendatasoft',
  language: 'en',
  intro: 'Opendatasoft uses cookies on its website.',
  sections: [
    {
      category: 'necessary',
      heading: 'Strictly necessary cookies',
      description:
        'These cookies are necessary to ensure access and optimal use of the services provided. ' +
        'These cookies are placed automatically on your browser.',
    },
  ],
  entries: [
    {
      supplier: 'Opendatasoft',
      name: 'sessionid',
      match: 'exact',
      type: 'cookie',
      duration: { raw: '2 weeks by default', kind: 'default', seconds: 14 * DAY, condition: null },
      function: "Authentication: validates the user's identity for each request.",
      category: 'necessary',
    },
    {
      supplier: 'Opendatasoft',
      name: 'csrftoken',
      match: 'exact',
      type: 'cookie',
      duration: {
        raw: 'Token randomly reset between two requests or two sessions. Up to 12 months',
        kind: 'maximum',
        seconds: 12 * MONTH,
        condition: null,
      },
      function:
        'Security: protects against CSRF attacks by generating a unique token for each request or session.',
      category: 'necessary',
    },
    {
      supplier: 'Opendatasoft',
      name: 'cookies_preferences',
      match: 'exact',
      type: 'cookie',
      duration: { raw: '6 months', kind: 'fixed', seconds: 6 * MONTH, condition: null },
      function: "Cookie preferences: saves the user's choices regarding the use of cookies.",
      category: 'necessary',
    },
    {
      supplier: 'Opendatasoft',
      name: 'django_language',
      match: 'exact',
      type: 'cookie',
      duration: { raw: '12 months', kind: 'fixed', seconds: 12 * MONTH, condition: null },
      function:
        "Language: remembers the user's selected language for navigation. " +
        'This cookie is activated only if the portal is available in multiple languages.',
      category: 'necessary',
    },
  ],
  source: {
    kind: 'builtin',
    label: 'Cookies policy of dashboard.paris (Opendatasoft)',
    at: '2026-11-29',
    url: 'https://dashboard.paris',
    file: null,
  },
};
