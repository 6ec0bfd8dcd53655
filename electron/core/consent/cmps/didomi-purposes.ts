// Didomi's purpose ids: its standard ids for the IAB TCF purposes and special features [doc/obs; the exact
// list is inferred from Didomi's documentation and observed tokens], mapped to canonical categories, and
// the TCF purpose number each one stands for in the TC string Didomi writes alongside.
import { z } from 'zod';
import type { Choices } from '../../../../shared/consent';

/** Where a Didomi purpose or vendor belongs: a category, or `any` (on when anything beyond necessary is). */
export const DidomiTarget = z.enum(['necessary', 'preferences', 'statistics', 'marketing', 'social', 'any']);
export type DidomiTarget = z.infer<typeof DidomiTarget>;

/** Didomi's standard purpose ids and the TCF purpose they carry. */
export const DIDOMI_TCF_PURPOSES: Readonly<Record<string, number>> = {
  cookies: 1,
  select_basic_ads: 2,
  create_ads_profile: 3,
  select_personalized_ads: 4,
  create_content_profile: 5,
  select_personalized_content: 6,
  measure_ad_performance: 7,
  measure_content_performance: 8,
  market_research: 9,
  improve_products: 10,
  use_limited_data_to_select_content: 11,
};

/** Didomi lists the TCF special features among its purposes. */
export const DIDOMI_SPECIAL_FEATURES: Readonly<Record<string, number>> = {
  geolocation_data: 1,
  device_characteristics: 2,
};

/** The same split as the TCF adapter (FORMATS.md §3), so both write the same TC string for one profile. */
export const DEFAULT_DIDOMI_PURPOSES: Record<string, DidomiTarget> = {
  cookies: 'any',
  select_basic_ads: 'marketing',
  create_ads_profile: 'marketing',
  select_personalized_ads: 'marketing',
  create_content_profile: 'marketing',
  select_personalized_content: 'marketing',
  measure_ad_performance: 'statistics',
  measure_content_performance: 'statistics',
  market_research: 'statistics',
  improve_products: 'statistics',
  use_limited_data_to_select_content: 'marketing',
  geolocation_data: 'marketing',
  device_characteristics: 'marketing',
};

/** TCF purposes that may rest on legitimate interest (2.2 policy): Didomi's purposes_li lists only these. */
const LI_CAPABLE = new Set([2, 7, 8, 9, 10, 11]);

export function isAllowed(target: DidomiTarget, choices: Choices): boolean {
  if (target === 'necessary') return true;
  if (target === 'any')
    return choices.preferences || choices.statistics || choices.marketing || choices.social;
  return choices[target];
}

export function isLiPurpose(id: string): boolean {
  const tcf = DIDOMI_TCF_PURPOSES[id];
  return tcf !== undefined && LI_CAPABLE.has(tcf);
}
