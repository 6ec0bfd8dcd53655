// Hash routes: #/sites, #/site/<site>, #/import, #/export. Anything else (including an empty fragment
// after the token was removed from it) shows the sites list.
import { useEffect, useState } from 'react';

export type Route =
  { name: 'sites' } | { name: 'site'; site: string } | { name: 'import' } | { name: 'export' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  if (path === 'import') return { name: 'import' };
  if (path === 'export') return { name: 'export' };
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
  return route.name === 'site' ? `#/site/${encodeURIComponent(route.site)}` : `#/${route.name}`;
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
