// Hash routes: #/sites, #/site/<site>, #/import, #/export, #/export/selection (the cookies picked on a site
// page). Anything else (including an empty fragment after the token was removed from it) shows the sites list.
import { useEffect, useState } from 'react';

export type Route =
  | { name: 'sites' }
  | { name: 'site'; site: string }
  | { name: 'import' }
  | { name: 'export'; selection?: true };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  if (path === 'import') return { name: 'import' };
  if (path === 'export') return { name: 'export' };
  if (path === 'export/selection') return { name: 'export', selection: true };
  if (path.startsWith('site/')) {
    try {
      const site = decodeURIComponent(path.slice('site/'.length));
      if (site.trim() !== '') return { name: 'site', site };
    } catch {
      // A malformed escape is not a site: fall through to the list.
    }
  }
  return { name: 'sites' };
}

export function routeHref(route: Route): string {
  if (route.name === 'site') return `#/site/${encodeURIComponent(route.site)}`;
  if (route.name === 'export' && route.selection) return '#/export/selection';
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
