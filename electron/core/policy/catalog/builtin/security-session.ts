// Sessions, CSRF tokens, load balancers and bot protection: what keeps a site working and safe ('necessary').
import type { CatalogEntry } from '../../../../../shared/policy';
import { family } from './define';

export const securitySession: readonly CatalogEntry[] = [
  ...family('Django', 'necessary', [
    ['sessionid', '2 weeks', 'Keeps the user signed in to a Django site.'],
    ['csrftoken', '52 weeks', 'Protects Django forms against cross-site request forgery.'],
    ['django_language', 'Session', "Remembers the user's chosen language.", { category: 'preferences' }],
  ]),
  ...family('PHP', 'necessary', [['PHPSESSID', 'Session', 'Identifies the PHP session of the visitor.']]),
  ...family('Java', 'necessary', [
    ['JSESSIONID', 'Session', 'Identifies the session of a Java web application.'],
    ['SESSION', 'Session', 'Identifies a Spring Session session.'],
  ]),
  ...family('ASP.NET', 'necessary', [
    ['ASP.NET_SessionId', 'Session', 'Identifies the ASP.NET session of the visitor.'],
    ['.AspNetCore.*', 'Session', 'Holds an ASP.NET Core session, sign-in or antiforgery token.'],
    ['__RequestVerificationToken', 'Session', 'Protects ASP.NET forms against request forgery.'],
    ['.ASPXAUTH', 'Session', 'Keeps the user signed in (ASP.NET forms authentication).'],
    ['ASPSESSIONID*', 'Session', 'Identifies the session of a classic ASP site.'],
    ['ARRAffinity', 'Session', 'Keeps the visitor on one Azure App Service instance.'],
    ['ARRAffinitySameSite', 'Session', 'Keeps the visitor on one Azure App Service instance.'],
  ]),
  ...family('Laravel', 'necessary', [
    ['laravel_session', '2 hours', 'Identifies the Laravel session of the visitor.'],
    ['XSRF-TOKEN', '2 hours', 'Protects requests against forgery (Laravel, Angular).'],
  ]),
  ...family('Node.js', 'necessary', [
    ['connect.sid', 'Session', 'Identifies the express-session session of the visitor.'],
    ['next-auth.session-token', '30 days', 'Keeps the user signed in (NextAuth.js).'],
    ['__Secure-next-auth.session-token', '30 days', 'Keeps the user signed in (NextAuth.js, HTTPS).'],
    ['next-auth.csrf-token', 'Session', 'Protects NextAuth.js sign-in against request forgery.'],
    ['next-auth.callback-url', 'Session', 'Remembers where to return after signing in.'],
  ]),
  ...family('Ruby', 'necessary', [
    ['rack.session', 'Session', 'Identifies the Rack session of the visitor.'],
    ['_session_id', 'Session', 'Identifies the Ruby on Rails session of the visitor.'],
    [
      '/^_[a-z0-9]+(?:_[a-z0-9]+)*_session$/',
      'Session',
      'Holds the session of a Rails app (_<app>_session).',
    ],
  ]),
  ...family('Other frameworks', 'necessary', [
    ['session', 'Session', 'Holds the signed session of the visitor (Flask and others).'],
    ['ci_session', '2 hours', 'Identifies the CodeIgniter session of the visitor.'],
    ['/^SSESS[0-9a-f]{32}$/', '23 days', 'Identifies the Drupal session of the visitor (HTTPS).'],
    ['/^SESS[0-9a-f]{32}$/', '23 days', 'Identifies the Drupal session of the visitor.'],
    ['KEYCLOAK_SESSION', 'Session', 'Identifies the Keycloak sign-in session.'],
    ['AUTH_SESSION_ID', 'Session', 'Identifies the Keycloak authentication session.'],
  ]),
  ...family('WordPress', 'necessary', [
    ['wordpress_logged_in_*', 'Session', 'Tells WordPress who is signed in.'],
    ['wordpress_sec_*', 'Session', 'Holds the WordPress sign-in for the admin area.'],
    ['wordpress_test_cookie', 'Session', 'Checks whether the browser accepts cookies.'],
    [
      'wp-settings-time-*',
      '1 year',
      'Records when the admin settings were saved.',
      { category: 'preferences' },
    ],
    [
      'wp-settings-*',
      '1 year',
      'Stores the admin interface settings of a user.',
      { category: 'preferences' },
    ],
    ['wp_lang', 'Session', 'Remembers the language chosen on the sign-in page.', { category: 'preferences' }],
    [
      'comment_author_*',
      '347 days',
      'Fills in the comment form with earlier details.',
      { category: 'preferences' },
    ],
  ]),
  ...family('Cloudflare', 'necessary', [
    ['__cf_bm', '30 minutes', 'Tells humans from bots for Cloudflare Bot Management.'],
    ['cf_clearance', '30 minutes', 'Records that the visitor passed a Cloudflare challenge.'],
    ['__cflb', '23 hours', 'Keeps the visitor on one origin behind the Cloudflare load balancer.'],
    ['_cfuvid', 'Session', 'Tells visitors sharing one IP address apart for rate limiting.'],
    ['__cfruid', 'Session', 'Identifies trusted web traffic for rate limiting.'],
    ['cf_chl_*', 'Session', 'Holds the state of a Cloudflare challenge.'],
    ['__cfwaitingroom', 'Session', "Tracks the visitor's place in a Cloudflare waiting room."],
  ]),
  ...family('AWS', 'necessary', [
    ['AWSALB', '7 days', 'Keeps the visitor on one target of an AWS load balancer.'],
    ['AWSALBCORS', '7 days', 'Cross-site copy of the AWS load balancer stickiness cookie.'],
    ['AWSALBTG', '7 days', 'Keeps the visitor on one target group of an AWS load balancer.'],
    ['AWSALBTGCORS', '7 days', 'Cross-site copy of the target group stickiness cookie.'],
    ['AWSELB', 'Session', 'Keeps the visitor on one instance of a classic AWS load balancer.'],
  ]),
  ...family('Akamai', 'necessary', [
    ['ak_bmsc', '2 hours', 'Tells humans from bots for Akamai Bot Manager.'],
    ['bm_sv', '2 hours', 'Tells humans from bots for Akamai Bot Manager.'],
    ['bm_sz', '4 hours', 'Tells humans from bots for Akamai Bot Manager.'],
    ['bm_mi', '2 hours', 'Tells humans from bots for Akamai Bot Manager.'],
    ['_abck', '1 year', 'Detects replay and bot attacks (Akamai Bot Manager).'],
  ]),
  ...family('Imperva', 'necessary', [
    ['incap_ses_*', 'Session', 'Links requests to one session for Imperva protection.'],
    ['visid_incap_*', '1 year', 'Links sessions to one visitor for Imperva protection.'],
    ['nlbi_*', 'Session', 'Keeps the visitor on one server behind the Imperva load balancer.'],
  ]),
  ...family('F5 BIG-IP', 'necessary', [
    ['BIGipServer*', 'Session', 'Keeps the visitor on one server behind an F5 load balancer.'],
    ['TS01*', 'Session', 'Protects the site with the F5 web application firewall.'],
  ]),
  ...family('Sucuri', 'necessary', [
    ['sucuri_cloudproxy_uuid_*', 'Session', 'Identifies the visitor to the Sucuri firewall.'],
  ]),
  ...family('Google reCAPTCHA', 'necessary', [
    ['_GRECAPTCHA', '6 months', 'Provides risk analysis for reCAPTCHA spam protection.'],
    ['rc::a', 'Persistent', 'Tells humans from bots for reCAPTCHA.', { type: 'localStorage' }],
    ['rc::c', 'Session', 'Tells humans from bots for reCAPTCHA.', { type: 'localStorage' }],
  ]),
];
