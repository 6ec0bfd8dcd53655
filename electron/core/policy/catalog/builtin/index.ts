// The built-in catalog, written for Crumbs: widely seen cookies and storage keys with their usual category and
// the lifetime their platform documents. Site policies always take precedence over it.
import type { CatalogEntry } from '../../../../../shared/policy';
import { advertising } from './advertising';
import { advertisingNetworks } from './advertising-networks';
import { analytics } from './analytics';
import { productAnalytics } from './analytics-product';
import { consent } from './consent';
import { securitySession } from './security-session';
import { services } from './services';
import { social } from './social';

export const BUILTIN_CATALOG: readonly CatalogEntry[] = [
  ...consent,
  ...securitySession,
  ...services,
  ...analytics,
  ...productAnalytics,
  ...advertising,
  ...advertisingNetworks,
  ...social,
];
