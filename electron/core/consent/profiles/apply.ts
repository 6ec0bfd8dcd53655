// Applying a consent profile to the jar: every cookie and localStorage entry whose category the profile refuses
// on its site is removed — except what records the consent choice itself (removing it would bring the banner
// back), what the profile keeps by name, and what nothing classifies (unknown is not refused: it is listed).
import type { Cookie as ToughCookie } from 'tough-cookie';
import type { ConsentProfile } from '../../../../shared/consent';
import type { Category, StorageEntry } from '../../../../shared/model';
import type { Jar } from '../../jar/jar';
import { siteOf, siteOfOrigin } from '../../jar/site';
import type { PolicyServices } from '../../policy/service';
import { recordsConsent } from '../../policy/report/consent-record';
import { declaredEntry } from '../../policy/report/declared';
import { choicesFor, keptNames } from './store';

export interface ApplyPlan {
  cookies: { cookie: ToughCookie; site: string; category: Category }[];
  storage: { entry: StorageEntry; site: string; category: Category }[];
  kept: { consent: number; rules: number; unclassified: number; allowed: number };
}

export async function planApply(
  jar: Jar,
  policies: PolicyServices,
  profile: ConsentProfile,
  only?: string,
): Promise<ApplyPlan> {
  const plan: ApplyPlan = {
    cookies: [],
    storage: [],
    kept: { consent: 0, rules: 0, unclassified: 0, allowed: 0 },
  };
  const cookies = only === undefined ? jar.live() : jar.ofSite(only);
  const storage = only === undefined ? jar.storageEntries() : jar.storageOfSite(only);
  const sites = new Map<string, Awaited<ReturnType<typeof siteRules>>>();
  const rulesOf = async (site: string) => {
    let rules = sites.get(site);
    if (!rules) {
      rules = await siteRules(policies, profile, site);
      sites.set(site, rules);
    }
    return rules;
  };
  for (const cookie of cookies) {
    const site = siteOf(cookie.domain ?? '');
    const verdict = (await rulesOf(site))(cookie.key, 'cookie');
    if (verdict.remove) plan.cookies.push({ cookie, site, category: verdict.category });
    else plan.kept[verdict.why]++;
  }
  for (const entry of storage) {
    const site = siteOfOrigin(entry.origin);
    const verdict = (await rulesOf(site))(entry.name, 'localStorage');
    if (verdict.remove) plan.storage.push({ entry, site, category: verdict.category });
    else plan.kept[verdict.why]++;
  }
  return plan;
}

type Verdict =
  | { remove: true; category: Category }
  | { remove: false; why: 'consent' | 'rules' | 'unclassified' | 'allowed' };

async function siteRules(policies: PolicyServices, profile: ConsentProfile, site: string) {
  const classify = await policies.classifierFor(site);
  const policy = policies.store.get(site);
  const choices = choicesFor(profile, site);
  const kept = keptNames(profile, site);
  return (name: string, type: 'cookie' | 'localStorage'): Verdict => {
    const classification = classify({ name, type });
    const category = classification.category;
    if (category === 'unclassified') return { remove: false, why: 'unclassified' };
    if (category === 'necessary' || choices[category]) return { remove: false, why: 'allowed' };
    if (kept(name)) return { remove: false, why: 'rules' };
    const entry = policy ? declaredEntry(policy, { name, type }) : null;
    if (recordsConsent(name, entry, classification)) return { remove: false, why: 'consent' };
    return { remove: true, category };
  };
}
