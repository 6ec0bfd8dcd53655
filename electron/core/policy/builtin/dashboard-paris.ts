// The built-in example: the cookie policy of https://dashboard.paris, an Opendatasoft open-data portal of
// the City of Paris, written for Crumbs from the policy page's facts (wording kept as the page has it).
import type { SitePolicy } from '../../../../shared/model';

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
      cookie: 'sessionid',
      storage: 'cookie',
      duration: '2 weeks by default',
      function: "Authentication: validates the user's identity for each request.",
      category: 'necessary',
    },
    {
      supplier: 'Opendatasoft',
      cookie: 'csrftoken',
      storage: 'cookie',
      duration: 'Token randomly reset between two requests or two sessions. Up to 12 months',
      function:
        'Security: protects against CSRF attacks by generating a unique token for each request or session.',
      category: 'necessary',
    },
    {
      supplier: 'Opendatasoft',
      cookie: 'cookies_preferences',
      storage: 'cookie',
      duration: '6 months',
      function: "Cookie preferences: saves the user's choices regarding the use of cookies.",
      category: 'necessary',
    },
    {
      supplier: 'Opendatasoft',
      cookie: 'django_language',
      storage: 'cookie',
      duration: '12 months',
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
  },
};
