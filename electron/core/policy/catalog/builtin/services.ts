// Shops, payments, chat and CRM widgets: mixed categories, as each vendor documents them.
import type { CatalogEntry } from '../../../../../shared/policy';
import { family } from './define';

export const services: readonly CatalogEntry[] = [
  ...family('Shopify', 'necessary', [
    ['cart', '2 weeks', 'Holds the contents of the shopping cart.'],
    ['cart_sig', '2 weeks', 'Signs the cart contents.'],
    ['cart_currency', '2 weeks', 'Stores the currency of the cart.'],
    ['secure_customer_sig', '1 year', 'Keeps a customer signed in.'],
    ['_secure_session_id', '24 hours', 'Identifies the checkout session.'],
    ['_shopify_essential*', '1 year', 'Holds the essential Shopify session state.'],
    ['_tracking_consent', '1 year', 'Stores the consent given on a Shopify store.'],
    ['_cmp_a', '1 day', 'Stores the consent settings of the store.'],
    ['keep_alive', '30 minutes', 'Keeps the buyer session alive.'],
    ['localization', '2 weeks', 'Stores the chosen country and language.', { category: 'preferences' }],
    ['_shopify_y', '1 year', 'Identifies the visitor for Shopify analytics.', { category: 'statistics' }],
    ['_shopify_s', '30 minutes', 'Identifies the session for Shopify analytics.', { category: 'statistics' }],
    [
      '_shopify_sa_t',
      '30 minutes',
      'Stores the time of the last marketing referral.',
      { category: 'marketing' },
    ],
    ['_shopify_sa_p', '30 minutes', 'Stores the marketing referral of the visit.', { category: 'marketing' }],
    ['_orig_referrer', '2 weeks', 'Stores the referrer that brought the visitor.', { category: 'marketing' }],
    ['_landing_page', '2 weeks', 'Stores the first page of the visit.', { category: 'marketing' }],
  ]),
  ...family('WooCommerce', 'necessary', [
    ['woocommerce_cart_hash', 'Session', 'Tells whether the cart contents changed.'],
    ['woocommerce_items_in_cart', 'Session', 'Tells whether the cart holds items.'],
    ['wp_woocommerce_session_*', '2 days', 'Identifies the shopping session of the visitor.'],
  ]),
  ...family('Stripe', 'necessary', [
    ['__stripe_mid', '1 year', 'Prevents fraud in Stripe payments (device ID).'],
    ['__stripe_sid', '30 minutes', 'Prevents fraud in Stripe payments (session ID).'],
  ]),
  ...family('PayPal', 'necessary', [
    ['ts_c', '3 years', 'Prevents fraud in PayPal payments.'],
    ['tsrce', '3 days', 'Records which PayPal flow the visitor came from.'],
    ['x-pp-s', 'Session', 'Keeps the PayPal session.'],
    ['l7_az', '30 minutes', 'Routes requests to one PayPal data centre.'],
  ]),
  ...family('Intercom', 'preferences', [
    ['intercom-id-*', '9 months', 'Identifies the visitor to the Intercom chat.'],
    ['intercom-session-*', '7 days', 'Keeps the Intercom conversation across pages.'],
    ['intercom-device-id-*', '9 months', 'Identifies the device for the Intercom chat.'],
  ]),
  ...family('Zendesk', 'preferences', [
    ['__zlcmid', '1 year', 'Stores the chat visitor ID of Zendesk Chat.'],
    ['ZD-suid', 'Persistent', 'Identifies the Zendesk widget session.', { type: 'localStorage' }],
    ['ZD-buid', 'Persistent', 'Identifies the browser for the Zendesk widget.', { type: 'localStorage' }],
    ['ZD-store', 'Persistent', 'Stores the state of the Zendesk widget.', { type: 'localStorage' }],
  ]),
  ...family('HubSpot', 'marketing', [
    ['__hstc', '13 months', 'Tracks visitors: domain, first, last and current visit times.'],
    ['hubspotutk', '13 months', 'Identifies the visitor and links form submissions to them.'],
    ['__hssc', '30 minutes', 'Counts page views in the session.', { category: 'statistics' }],
    ['__hssrc', 'Session', 'Tells whether the browser was restarted.', { category: 'statistics' }],
    ['messagesUtk', '13 months', 'Identifies the visitor in HubSpot chat.', { category: 'preferences' }],
    ['__hs_opt_out', '13 months', 'Records that the visitor refused tracking.', { category: 'necessary' }],
    ['__hs_do_not_track', '13 months', 'Stops HubSpot tracking for this browser.', { category: 'necessary' }],
    ['__hs_initial_opt_in', '7 days', 'Keeps the banner from showing twice.', { category: 'necessary' }],
    ['__hs_cookie_cat_pref', '13 months', 'Stores the categories consented to.', { category: 'necessary' }],
  ]),
  ...family('Drift', 'preferences', [
    ['driftt_aid', '2 years', 'Identifies the anonymous visitor to the Drift chat.'],
    ['drift_aid', '2 years', 'Identifies the anonymous visitor to the Drift chat.'],
    ['drift_campaign_refresh', '30 minutes', 'Limits how often Drift campaigns are shown.'],
  ]),
  ...family('Crisp', 'preferences', [['crisp-client/*', '6 months', 'Keeps the Crisp chat session.']]),
  ...family('Tawk.to', 'preferences', [
    ['TawkConnectionTime', 'Session', 'Keeps the Tawk.to chat connection.'],
    ['twk_idm_key', 'Session', 'Keeps the Tawk.to chat session.'],
  ]),
  ...family('Salesforce', 'marketing', [
    ['/^visitor_id\\d+(?:-hash)?$/', '10 years', 'Identifies the visitor for Account Engagement (Pardot).'],
    ['/^lpv\\d+$/', '30 minutes', 'Stops repeat page views being tracked (Pardot).'],
    ['pi_opt_in*', '10 years', 'Records the tracking choice (Pardot).', { category: 'necessary' }],
    ['BrowserId', '1 year', 'Identifies the browser for security (Salesforce).', { category: 'necessary' }],
    ['BrowserId_sec', '1 year', 'Secure copy of the Salesforce browser ID.', { category: 'necessary' }],
  ]),
  ...family('Adobe Marketo', 'marketing', [
    ['_mkto_trk', '2 years', 'Links the visitor to their Marketo marketing profile.'],
  ]),
  ...family('Klaviyo', 'marketing', [['__kla_id', '2 years', 'Identifies the visitor for Klaviyo emails.']]),
];
