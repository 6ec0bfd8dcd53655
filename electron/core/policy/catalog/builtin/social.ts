// Embedded players, share buttons and social plugins. Most of them profile the visitor across sites.
import type { CatalogEntry } from '../../../../../shared/policy';
import { family } from './define';

export const social: readonly CatalogEntry[] = [
  ...family('YouTube', 'marketing', [
    ['VISITOR_INFO1_LIVE', '6 months', 'Estimates bandwidth and tracks embedded-video views.'],
    [
      'VISITOR_PRIVACY_METADATA',
      '6 months',
      'Stores the consent state for YouTube.',
      { category: 'necessary' },
    ],
    ['YSC', 'Session', 'Counts views of embedded videos and prevents abuse.'],
    ['__Secure-YEC', '13 months', 'Detects spam, fraud and abuse on YouTube.', { category: 'necessary' }],
    ['__Secure-ROLLOUT_TOKEN', '6 months', 'Stores YouTube feature rollout state.'],
    ['LOGIN_INFO', '2 years', 'Keeps the user signed in to YouTube.', { category: 'necessary' }],
    ['PREF', '8 months', 'Stores YouTube player preferences.', { category: 'preferences' }],
    ['GPS', '1 day', 'Stores the location of a mobile YouTube user.'],
  ]),
  ...family(
    'YouTube',
    'marketing',
    [
      ['yt-remote-device-id', 'Persistent', 'Stores the device ID for YouTube casting.'],
      ['yt-remote-connected-devices', 'Persistent', 'Stores the devices connected for casting.'],
      ['yt-remote-session-app', 'Session', 'Stores the cast session application.'],
      ['yt-remote-session-name', 'Session', 'Stores the cast session name.'],
      ['yt-remote-cast-available', 'Session', 'Tells whether casting is available.'],
      ['yt-remote-cast-installed', 'Session', 'Tells whether the cast extension is installed.'],
      ['yt-remote-fast-check-period', 'Session', 'Stores how often to check for cast devices.'],
      ['yt-remote-*', 'Persistent', 'Another YouTube casting key.'],
      ['yt-player-headers-readable', 'Persistent', 'Stores whether the player can read headers.'],
      ['yt-player-bandwidth', 'Persistent', 'Stores the measured bandwidth for the player.'],
      [
        'ytidb::LAST_RESULT_ENTRY_KEY',
        'Persistent',
        'Stores the last result of the YouTube player database.',
      ],
    ],
    'localStorage',
  ),
  ...family('Vimeo', 'statistics', [
    ['vuid', '2 years', 'Stores the Vimeo analytics ID of the visitor.'],
    ['player', '1 year', 'Stores Vimeo player preferences.', { category: 'preferences' }],
    ['_abexps', '1 year', 'Stores the Vimeo A/B tests the visitor is in.'],
    [
      'continuous_play_v3',
      '1 year',
      'Remembers whether autoplay of the next video is on.',
      { category: 'preferences' },
    ],
  ]),
  ...family('Facebook', 'social', [
    ['datr', '2 years', 'Identifies the browser to protect Facebook accounts.'],
    ['sb', '2 years', 'Identifies the browser for Facebook sign-in.'],
    ['c_user', '1 year', 'Identifies the signed-in Facebook user.'],
    ['xs', '1 year', 'Holds the Facebook session of the signed-in user.'],
    ['wd', '7 days', 'Stores the browser window size for Facebook plugins.'],
    ['dpr', '7 days', 'Stores the screen pixel ratio for Facebook plugins.'],
    ['presence', 'Session', 'Holds the chat state of a Facebook user.'],
  ]),
  ...family('Instagram', 'social', [
    ['ig_did', '10 years', 'Identifies the browser for Instagram embeds.'],
    ['ig_nrcb', '1 year', 'Stores Instagram embed data.'],
  ]),
  ...family('X (Twitter)', 'social', [
    ['_twitter_sess', 'Session', 'Holds the session of X embeds and buttons.'],
    ['ct0', '6 hours', 'Protects X requests against forgery.'],
    ['__widgetsettings', 'Persistent', 'Stores settings of embedded X widgets.', { type: 'localStorage' }],
    [
      'local_storage_support_test',
      'Persistent',
      'Checks local storage for X widgets.',
      { type: 'localStorage' },
    ],
  ]),
  ...family('LinkedIn', 'social', [
    ['li_at', '1 year', 'Keeps the member signed in to LinkedIn.'],
    ['liap', '90 days', 'Tells LinkedIn that the member is signed in.'],
    ['li_rm', '1 year', "Remembers the member's sign-in on this browser."],
  ]),
  ...family('Pinterest', 'social', [
    ['_pinterest_sess', '1 year', 'Holds the Pinterest session of the visitor.'],
    ['_routing_id', '1 year', 'Routes Pinterest requests for the visitor.'],
  ]),
  ...family('AddThis', 'social', [
    ['__atuvc', '13 months', 'Counts how often a page was shared with AddThis.'],
    ['__atuvs', '30 minutes', 'Marks an ongoing AddThis share session.'],
    ['uvc', '13 months', 'Counts how often the visitor used AddThis.'],
    ['xtc', '13 months', 'Registers shares of the visitor for AddThis.'],
  ]),
  ...family('ShareThis', 'social', [
    ['__sharethis_cookie_test__', 'Session', 'Checks whether ShareThis can set cookies.'],
    ['__unam', '9 months', 'Counts clicks and shares made with ShareThis.'],
    ['__stid', '2 years', 'Identifies the visitor for ShareThis.'],
    ['__stidv', '2 years', 'Stores the ShareThis ID version.'],
  ]),
  ...family('Disqus', 'social', [
    ['disqus_unique', '1 year', 'Counts unique Disqus visitors.'],
    ['disqusauth', '1 year', 'Keeps the visitor signed in to Disqus comments.'],
  ]),
  ...family('Spotify', 'social', [
    ['sp_t', '1 year', 'Identifies the browser for embedded Spotify players.'],
  ]),
];
