// Consent platforms. They record the visitor's choice itself, which needs no consent: all are 'necessary'.
import type { CatalogEntry } from '../../../../../shared/policy';
import { family } from './define';

export const consent: readonly CatalogEntry[] = [
  ...family('OneTrust', 'necessary', [
    ['OptanonConsent', '1 year', 'Stores the consent given to each cookie category.'],
    ['OptanonAlertBoxClosed', '1 year', 'Records when the cookie banner was answered.'],
    ['eupubconsent-v2', '1 year', 'Stores the IAB TCF consent string of the visitor.'],
    ['OTAdditionalConsentString', '1 year', "Stores Google's Additional Consent string."],
  ]),
  ...family('Cookiebot', 'necessary', [
    ['CookieConsent', '1 year', 'Stores the consent state of the visitor for the domain.'],
    ['CookieConsentBulkSetting-*', '1 year', 'Shares consent across several websites.'],
    ['CookieConsentBulkTicket', '1 year', 'Shares consent across several websites.'],
  ]),
  ...family('CookieYes', 'necessary', [
    ['cookieyes-consent', '1 year', 'Stores the consent given to each cookie category.'],
    ['CookieLawInfoConsent', '1 year', 'Stores the consent state (GDPR Cookie Consent plugin).'],
    [
      'cookielawinfo-checkbox-*',
      '11 months',
      'Stores the choice for one category (GDPR Cookie Consent plugin).',
    ],
    ['viewed_cookie_policy', '11 months', 'Records that the cookie notice was answered.'],
  ]),
  ...family('Didomi', 'necessary', [
    ['didomi_token', '1 year', 'Stores the consent given to purposes and vendors.'],
    ['didomi_token', 'Persistent', 'Local-storage copy of the Didomi consent.', { type: 'localStorage' }],
    ['euconsent-v2', 'Persistent', 'Local-storage copy of the IAB TCF string.', { type: 'localStorage' }],
  ]),
  ...family('IAB TCF', 'necessary', [
    ['euconsent-v2', '13 months', 'Stores the IAB TCF v2 consent string.'],
    ['euconsent', '13 months', 'Stores the IAB TCF v1 consent string.'],
    ['addtl_consent', '13 months', "Stores Google's Additional Consent string."],
    ['usprivacy', '13 months', 'Stores the IAB US Privacy (CCPA) string.'],
    ['__gpp', '13 months', 'Stores the IAB Global Privacy Platform string.'],
    ['__gpp_sid', '13 months', 'Stores the GPP sections that apply.'],
  ]),
  ...family('tarteaucitron.js', 'necessary', [
    ['tarteaucitron', '365 days', 'Stores the choice made for each service.'],
  ]),
  ...family('Klaro', 'necessary', [
    ['klaro', '120 days', 'Stores the choice made for each service.'],
    ['klaro', 'Persistent', 'Stores the choice made for each service.', { type: 'localStorage' }],
  ]),
  ...family('Orejime', 'necessary', [
    ['eu-consent', '120 days', 'Stores the choice made for each purpose (Orejime 3).'],
    ['orejime', '120 days', 'Stores the choice made for each purpose (older Orejime).'],
  ]),
  ...family('vanilla-cookieconsent', 'necessary', [
    ['cc_cookie', '182 days', 'Stores the accepted categories and services.'],
  ]),
  ...family('Osano', 'necessary', [
    ['cookieconsent_status', '365 days', 'Stores allow, deny or dismiss (cookieconsent library).'],
    ['osano_consentmanager', '1 year', 'Stores the consent given with Osano.'],
    ['osano_consentmanager_uuid', '1 year', 'Identifies the consent record at Osano.'],
  ]),
  ...family('Complianz', 'necessary', [
    ['cmplz_banner-status', '365 days', 'Records that the banner was dismissed.'],
    ['cmplz_policy_id', '365 days', 'Stores the version of the cookie policy accepted.'],
    ['cmplz_consented_services', '365 days', 'Stores the services consented to.'],
    ['cmplz_*', '365 days', 'Stores the choice for one Complianz category.'],
  ]),
  ...family('Axeptio', 'necessary', [
    ['axeptio_cookies', '6 months', 'Stores the choice made for each vendor.'],
    ['axeptio_authorized_vendors', '6 months', 'Lists the vendors the visitor accepted.'],
    ['axeptio_all_vendors', '6 months', 'Lists the vendors the visitor was asked about.'],
  ]),
  ...family(
    'Usercentrics',
    'necessary',
    [
      ['uc_settings', 'Persistent', 'Stores the consent given to each service.'],
      ['uc_user_interaction', 'Persistent', 'Records that the visitor answered the banner.'],
      ['uc_gcm', 'Persistent', 'Stores the Google Consent Mode state.'],
      ['uc_tcf', 'Persistent', 'Stores the IAB TCF consent string.'],
      ['ucData', 'Persistent', 'Stores the consent given with the Usercentrics browser SDK.'],
      ['uc_*', 'Persistent', 'Another Usercentrics consent key.'],
    ],
    'localStorage',
  ),
  ...family('Quantcast Choice', 'necessary', [
    ['_cmpQcif3pcsupported', 'Session', 'Checks whether third-party cookies are supported.'],
  ]),
  ...family('TrustArc', 'necessary', [
    ['notice_behavior', 'Session', 'Stores whether implied or expressed consent applies.'],
    ['notice_gdpr_prefs', '13 months', 'Stores the consent given to each category.'],
    ['notice_preferences', '13 months', 'Stores the consent level chosen.'],
    ['notice_poptime', '13 months', 'Records when the consent notice was shown.'],
    ['cmapi_cookie_privacy', '13 months', 'Stores the consent level for the consent API.'],
    ['cmapi_gtm_bl', '13 months', 'Lists tags blocked for Google Tag Manager.'],
    ['TAconsentID', '13 months', 'Identifies the consent record at TrustArc.'],
  ]),
  ...family('Opendatasoft', 'necessary', [
    ['cookies_preferences', '6 months', "Saves the user's choices regarding the use of cookies."],
  ]),
  ...family('Google', 'necessary', [
    ['SOCS', '13 months', 'Stores the choice made on Google cookie banners.'],
    ['CONSENT', '2 years', 'Stores the choice made on Google cookie banners (older).'],
  ]),
  ...family('Other consent platforms', 'necessary', [
    ['_iub_cs-*', '1 year', 'Stores the consent given with iubenda.'],
    ['borlabs-cookie', 'Up to 1 year', 'Stores the consent given with Borlabs Cookie.'],
    ['cookiefirst-consent', '1 year', 'Stores the consent given with CookieFirst.'],
    ['TC_PRIVACY', '13 months', 'Stores the consent given with TrustCommander.'],
    ['TC_PRIVACY_CENTER', '13 months', 'Stores the categories accepted in TrustCommander.'],
    ['__cmpconsentx*', '1 year', 'Stores the consent given with consentmanager.'],
    ['__cmpcccx*', '1 year', 'Stores the consent given with consentmanager.'],
    ['consentUUID', '1 year', 'Identifies the consent record at Sourcepoint.'],
    ['CookieControl', '90 days', 'Stores the consent given with Civic Cookie Control.'],
    ['CookieScriptConsent', '30 days', 'Stores the consent given with Cookie-Script.'],
    ['moove_gdpr_popup', '1 year', 'Stores the consent given with GDPR Cookie Compliance.'],
    ['_ketch_consent_v1_', '1 year', 'Stores the consent given with Ketch.'],
  ]),
];
