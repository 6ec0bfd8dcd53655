// The frame around every screen: skip link, header (name, navigation, language), the page, the status line.
import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportPage } from '../features/export/ExportPage';
import { ImportPage } from '../features/import/ImportPage';
import { ProfilesPage } from '../features/profiles/ProfilesPage';
import { ReportPage } from '../features/report/ReportPage';
import { SitePage } from '../features/site/SitePage';
import { SitesPage } from '../features/sites/SitesPage';
import { LanguageSwitcher } from './LanguageSwitcher';
import { StatusLine } from './StatusLine';
import { routeHref, useRoute, type Route } from './routing';

const NAV = [
  { route: { name: 'sites' }, key: 'nav.sites' },
  { route: { name: 'report' }, key: 'nav.report' },
  { route: { name: 'profiles' }, key: 'nav.profiles' },
  { route: { name: 'import' }, key: 'nav.import' },
  { route: { name: 'export' }, key: 'nav.export' },
] as const satisfies readonly { route: Route; key: string }[];

function RouteView({ route }: { route: Route }) {
  switch (route.name) {
    case 'site':
      return <SitePage key={route.site} site={route.site} />;
    case 'import':
      return <ImportPage />;
    case 'profiles':
      return <ProfilesPage profile={route.profile} />;
    case 'report':
      return <ReportPage key={route.site ?? ''} site={route.site} />;
    case 'export':
      return (
        <ExportPage key={route.selection ? 'selection' : 'all'} fromSelection={route.selection === true} />
      );
    default:
      return <SitesPage />;
  }
}

export function Shell() {
  const { t } = useTranslation();
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const routeKey = routeHref(route);
  const firstRoute = useRef(routeKey);

  // After navigating, start the keyboard and screen reader at the new page, not at the clicked link.
  useEffect(() => {
    if (routeKey === firstRoute.current) return;
    firstRoute.current = '';
    main.current?.focus();
  }, [routeKey]);

  const pageTitle =
    route.name === 'site'
      ? route.site
      : route.name === 'report' && route.site !== undefined
        ? `${t('nav.report')} · ${route.site}`
        : route.name === 'profiles' && route.profile !== undefined
          ? `${t('nav.profiles')} · ${route.profile}`
          : t(`nav.${route.name}`);
  useEffect(() => {
    document.title = `${pageTitle} · ${t('app.name')}`;
  }, [pageTitle, t]);

  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    // The fragment holds the route, so the skip link moves focus instead of changing it.
    event.preventDefault();
    main.current?.focus();
  };
  const activeNav = route.name === 'site' ? 'sites' : route.name;

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={skip}>
        {t('shell.skip')}
      </a>
      <header className="app-header">
        <span className="brand">{t('app.name')}</span>
        <nav aria-label={t('shell.nav')} className="main-nav">
          <ul>
            {NAV.map((item) => (
              <li key={item.route.name}>
                <a
                  href={routeHref(item.route)}
                  aria-current={activeNav === item.route.name ? 'page' : undefined}
                  data-testid={`nav-${item.route.name}`}
                >
                  {t(item.key)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitcher />
      </header>
      <main id="main" ref={main} tabIndex={-1} className="app-main">
        <RouteView route={route} />
      </main>
      <StatusLine />
    </div>
  );
}
