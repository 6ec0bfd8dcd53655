// The contract's methods for the Jar view: every cookie in one table, filtered, sorted and read a window
// at a time, so the view stays fast at 100,000 cookies (see contract.ts).
import { z } from 'zod';
import { Category } from './category';
import { CookieData, CookieKey, CookieView, StorageView } from './model';

export const JAR_SORTS = ['site', 'name', 'domain', 'expires', 'size', 'category'] as const;
export const SAME_SITE_FILTERS = ['strict', 'lax', 'none', 'unset'] as const;

export const JarQuery = z.object({
  /** Words to find in the name, domain or site (case-insensitive; every word must match). */
  text: z.string().max(500).default(''),
  site: z.string().trim().max(253).optional(),
  categories: z.array(Category).max(6).optional(),
  httpOnly: z.boolean().optional(),
  secure: z.boolean().optional(),
  /** true: session cookies only; false: persistent only. */
  session: z.boolean().optional(),
  sameSite: z.array(z.enum(SAME_SITE_FILTERS)).max(4).optional(),
  /** Unix seconds: persistent cookies expiring from / until (session cookies never match a range). */
  expiresFrom: z.number().optional(),
  expiresUntil: z.number().optional(),
  sort: z.enum(JAR_SORTS).default('site'),
  descending: z.boolean().default(false),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(200),
});
export type JarQuery = z.input<typeof JarQuery>;

export const JarPage = z.object({
  /** Cookies matching the filters (all of them, not only this window). */
  total: z.number().int(),
  /** Cookies in the jar. */
  size: z.number().int(),
  offset: z.number().int(),
  rows: z.array(CookieView),
  /** Changes with every change of the jar or of what classifies it: a window from an older one is stale. */
  revision: z.string(),
});
export type JarPage = z.infer<typeof JarPage>;

/** A cookie as the edit dialog sends it: the jar's rules (and tough-cookie's) decide whether it may be stored. */
export const CookieEdit = CookieData.extend({
  name: z.string().max(4096),
  value: z.string().max(4096),
  domain: z.string().trim().toLowerCase().min(1).max(253),
  path: z.string().min(1).max(1024),
});

export const jarContract = {
  /** Creates a cookie, or replaces `original` (which may have another name, domain or path) — undoable. */
  'cookies.save': {
    input: z.object({ original: CookieKey.optional(), cookie: CookieEdit }),
    output: z.object({ cookie: CookieView, undoId: z.string().nullable() }),
  },
  'jar.query': { input: JarQuery, output: JarPage },
  /** Every localStorage entry of the jar, with its category (rarely more than a few thousand). */
  'jar.storage': {
    input: z.object({ site: z.string().trim().max(253).optional() }),
    output: z.array(StorageView),
  },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
