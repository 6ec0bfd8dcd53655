// The built-in site policies: the seed's example, written from its page.
import type { SitePolicy } from '../../../shared/model';
import { dashboardParis } from './builtin/dashboard-paris';

export const BUILTIN_POLICIES: readonly SitePolicy[] = [dashboardParis];
