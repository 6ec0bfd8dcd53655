// Ad networks, exchanges and data platforms: mostly third-party cookies on their own domains.
import type { CatalogEntry } from '../../../../../shared/policy';
import { family } from './define';

export const advertisingNetworks: readonly CatalogEntry[] = [
  ...family('Criteo', 'marketing', [
    ['cto_bundle', '13 months', 'Stores the Criteo user ID for retargeting.'],
    ['cto_bidid', '13 months', 'Stores the Criteo bid ID.'],
    ['cto_lwid', '13 months', 'Stores a first-party Criteo ID.'],
    ['cto_optout', '5 years', 'Records the opt-out from Criteo ads.', { category: 'necessary' }],
  ]),
  ...family('Taboola', 'marketing', [
    ['t_gid', '13 months', 'Stores the Taboola user ID for recommendations and ads.'],
    ['t_pt_gid', '13 months', 'Stores the Taboola pixel user ID.'],
    ['taboola_session_id', 'Session', 'Identifies the Taboola session.'],
    ['trc_cookie_storage', '13 months', 'Stores the Taboola user ID on the publisher site.'],
  ]),
  ...family('Outbrain', 'marketing', [
    ['obuid', '3 months', 'Stores the Outbrain user ID for recommendations.'],
    ['outbrain_cid_fetch', '7 minutes', 'Prevents repeated Outbrain ID requests.'],
  ]),
  ...family('Quantcast', 'marketing', [
    ['__qca', '13 months', 'Stores the Quantcast Measure visitor ID.'],
    ['__qcb', '13 months', 'Stores Quantcast audience segments.'],
  ]),
  ...family('Xandr (AppNexus)', 'marketing', [
    ['uuid2', '3 months', 'Identifies the browser for Xandr ad auctions.'],
    ['anj', '3 months', 'Stores data for Xandr ad auctions.'],
    ['icu', '3 months', 'Stores data for Xandr ad selection.'],
    ['XANDR_PANID', '3 months', 'Stores the Xandr publisher ad ID.'],
  ]),
  ...family('The Trade Desk', 'marketing', [
    ['TDID', '1 year', 'Identifies the browser for The Trade Desk ad buying.'],
    ['TDCPM', '1 year', 'Stores The Trade Desk campaign data.'],
    ['TTDOptOut', '5 years', 'Records the opt-out from The Trade Desk.', { category: 'necessary' }],
  ]),
  ...family('Adobe Advertising', 'marketing', [
    ['demdex', '180 days', 'Identifies the browser for Adobe Audience Manager.'],
    ['dextp', '180 days', 'Records the last data sync of Adobe Audience Manager.'],
    ['dpm', '180 days', 'Marks a browser known to Adobe Audience Manager.'],
    ['mbox', '2 years', 'Stores Adobe Target session and visitor data for personalisation.'],
  ]),
  ...family('Amazon Ads', 'marketing', [
    ['ad-id', '7 months', 'Identifies the browser for Amazon ads.'],
    ['ad-privacy', '5 years', 'Records the opt-out from Amazon ads.', { category: 'necessary' }],
  ]),
  ...family('Lotame', 'marketing', [
    ['_cc_id', '9 months', 'Stores the Lotame user ID.'],
    ['panoramaId', '7 days', 'Stores the Lotame Panorama ID.'],
    ['panoramaId_expiry', '7 days', 'Stores when the Lotame Panorama ID expires.'],
  ]),
  ...family('Index Exchange', 'marketing', [
    ['CMID', '1 year', 'Identifies the browser for Index Exchange auctions.'],
    ['CMPS', '3 months', 'Stores Index Exchange partner sync data.'],
    ['CMPRO', '3 months', 'Stores Index Exchange partner sync data.'],
  ]),
  ...family('Magnite (Rubicon Project)', 'marketing', [
    ['khaos', '1 year', 'Identifies the browser for Magnite ad auctions.'],
    ['rpb', '1 year', 'Stores Magnite audience segments.'],
  ]),
  ...family('PubMatic', 'marketing', [
    ['KADUSERCOOKIE', '3 months', 'Identifies the browser for PubMatic auctions.'],
    ['PUBMDCID', '3 months', 'Stores PubMatic sync data.'],
  ]),
  ...family('Bidswitch', 'marketing', [
    ['tuuid', '1 year', 'Identifies the browser for Bidswitch.'],
    ['tuuid_lu', '1 year', 'Stores when the Bidswitch ID was last updated.'],
  ]),
  ...family('LiveRamp', 'marketing', [
    ['rlas3', '1 year', 'Identifies the browser for LiveRamp matching.'],
    ['pxrc', '2 months', 'Stores LiveRamp partner sync data.'],
    ['_lr_env', '30 days', 'Stores the LiveRamp ATS envelope.'],
    ['_lr_env', 'Persistent', 'Local-storage copy of the LiveRamp ATS envelope.', { type: 'localStorage' }],
  ]),
  ...family('ID5', 'marketing', [
    ['id5id', '90 days', 'Stores the ID5 universal ID.'],
    ['id5id', 'Persistent', 'Local-storage copy of the ID5 universal ID.', { type: 'localStorage' }],
  ]),
  ...family('Yahoo', 'marketing', [
    ['A1', '1 year', 'Identifies the browser for Yahoo ads.'],
    ['A3', '1 year', 'Identifies the browser for Yahoo ads (cross-site copy).'],
  ]),
];
