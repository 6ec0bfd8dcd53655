// Where site policies come from. For now only the built-in ones; imported and edited policies join later.
import type { SitePolicy } from '../../../shared/model';
import { dashboardParis } from './builtin/dashboard-paris';

const BUILTIN: readonly SitePolicy[] = [dashboardParis];

export function policyFor(site: string): SitePolicy | null {
  return BUILTIN.find((p) => p.site === site) ?? null;
}

export function allPolicies(): readonly SitePolicy[] {
  return BUILTIN;
}
