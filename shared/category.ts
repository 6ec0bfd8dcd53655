// The canonical consent categories (FORMATS.md §3), plus what nothing identifies.
import { z } from 'zod';

export const CATEGORIES = [
  'necessary',
  'preferences',
  'statistics',
  'marketing',
  'social',
  'unclassified',
] as const;
export const Category = z.enum(CATEGORIES);
export type Category = z.infer<typeof Category>;

/** The five a person can decide on; `unclassified` is what nothing identifies. */
export const CONSENT_CATEGORIES = ['necessary', 'preferences', 'statistics', 'marketing', 'social'] as const;
