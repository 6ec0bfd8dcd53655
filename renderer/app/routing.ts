// Hash routes: #/sites, #/site/<site>, #/jar (every cookie), #/settings, #/import, #/export, #/export/selection (the cookies picked on a site
// page), #/report (the whole jar), #/report/<site>, #/profiles (consent profiles) and #/profiles/<name>.
// Anything else (including an empty fragment after the token was removed from it) shows the sites list.
import { useEffect, useState } from 'react';

export type Route =
  | { name: 'sites' }
  | { name: 'site'; site: string }
  | { name: 'jar' }
  | { name: 'settings' }
  | { name: 'import' }
  | { name: 'export'; selection?: true }
  | { name: 'report'; site?: string }
  | { name: 'profiles'; profile?: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  if (path === 'jar') return { name: 'jar' };
  if (path === 'settings') return { name: 'settings' };
  if (path === 'import') return { name: 'import' };
  if (path === 'export') return { name: 'export' };
  if (path === 'export/selection') return { name: 'export', selection: true };
  if (path === 'report') return { name: 'report' };
  if (path === 'profiles') return { name: 'profiles' };
  const profile = siteAfter(path, 'profiles/');
  if (profile !== null) return { name: 'profiles', profile };
  const reportSite = siteAfter(path, 'report/');
  if (reportSite !== null) return { name: 'report', site: reportSite };
  const site = siteAfter(path, 'site/');
  if (site !== null) return { name: 'site', site };
  return { name: 'sites' };
}

function siteAfter(path: string, prefix: string): string | null {
  if (!path.startsWith(prefix)) return null;
  try {
    const site = decodeURIComponent(path.slice(prefix.length));
    return site.trim() === '' ? null : site;
  } catch {
    // A malformed escape is not a site: the caller falls through to the list.
    return null;
  }
}

export function routeHref(route: Route): string {
  if (route.name === 'site') return `#/site/${encodeURIComponent(route.site)}`;
  if (route.name === 'export' && route.selection) return '#/export/selection';
  if (route.name === 'report' && route.site !== undefined)
    return `#/report/${encodeURIComponent(route.site)}`;
  if (route.name === 'profiles' && route.profile !== undefined)
    return `#/profiles/${encodeURIComponent(route.profile)}`;
  return `#/${route.name}`;
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

export function useRoute(): Route {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return parseRoute(hash);
}
