// The frame around every screen: skip link, header (name, navigation, language), notices, the page, the
// status line; the window's shortcuts and its drop target live here too.
import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../client/queries';
import { useProfiles } from '../features/profiles/queries';
import { currentLanguage } from '../i18n';
import { formatNumber } from '../i18n/format';
import { ExportPage } from '../features/export/ExportPage';
import { ImportPage } from '../features/import/ImportPage';
import { JarPage } from '../features/jar/JarPage';
import { ProfilesPage } from '../features/profiles/ProfilesPage';
import { ReportPage } from '../features/report/ReportPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SitePage } from '../features/site/SitePage';
import { SitesPage } from '../features/sites/SitesPage';
import { WindowDrop } from './dropped-files';
import { useHelpSheet } from './HelpSheet';
import { LanguageSwitcher } from './LanguageSwitcher';
import { NoticesBanner } from './NoticesBanner';
import { StatusLine } from './StatusLine';
import { routeHref, useRoute, type Route } from './routing';
import { useShortcuts } from './useShortcuts';

const NAV = [
  { route: { name: 'sites' }, key: 'nav.sites' },
  { route: { name: 'jar' }, key: 'nav.jar' },
  { route: { name: 'profiles' }, key: 'nav.profiles' },
  { route: { name: 'report' }, key: 'nav.report' },
  { route: { name: 'import' }, key: 'nav.import' },
  { route: { name: 'export' }, key: 'nav.export' },
  { route: { name: 'settings' }, key: 'nav.settings' },
] as const satisfies readonly { route: Route; key: string }[];

function RouteView({ route }: { route: Route }) {
  switch (route.name) {
    case 'site':
      return <SitePage key={route.site} site={route.site} />;
    case 'jar':
      return <JarPage />;
    case 'settings':
      return <SettingsPage />;
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
  const { t, i18n } = useTranslation();
  const route = useRoute();
  const help = useHelpSheet();
  const main = useRef<HTMLElement>(null);
  const routeKey = routeHref(route);
  const firstRoute = useRef(routeKey);
  useShortcuts(route);

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
  // The window's title says what the status line says: the active profile and the jar's size (the app
  // window takes the page's title).
  const info = useAppInfo();
  const profiles = useProfiles();
  const cookieCount = info.data?.cookieCount;
  const activeProfile = profiles.data?.active;
  const state =
    cookieCount === undefined || activeProfile === undefined
      ? ''
      : ` — ${t('app.titleState', {
          profile: activeProfile,
          count: cookieCount,
          formatted: formatNumber(cookieCount, currentLanguage(i18n)),
        })}`;
  useEffect(() => {
    document.title = `${pageTitle} · ${t('app.name')}${state}`;
  }, [pageTitle, state, t]);

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
        <span className="brand">
          <span className="brand-mark" aria-hidden="true" />
          {t('app.name')}
        </span>
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
        <div className="header-tools">
          <button
            type="button"
            className="icon-button help-button"
            onClick={help.open}
            aria-label={t('app.shortcutsButton')}
            aria-keyshortcuts="?"
            title={t('app.shortcutsButton')}
            data-testid="shortcuts-button"
          >
            ?
          </button>
          <LanguageSwitcher />
        </div>
      </header>
      <NoticesBanner />
      <main id="main" ref={main} tabIndex={-1} className="app-main">
        <RouteView route={route} />
      </main>
      <StatusLine />
      <WindowDrop />
    </div>
  );
}
