// Start screen: every site the jar or a policy knows, with stored vs declared counts and localStorage entries.
import { useId, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, routeHref } from '../../app/routing';
import { useSites } from '../../client/queries';
import { Busy } from '../../components/Busy';
import { Dash } from '../../components/Dash';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { currentLanguage } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { filterSites } from './filter';

export function SitesPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const sites = useSites();
  const [query, setQuery] = useState('');
  const searchId = useId();
  const countId = useId();

  const openRow = (site: string) => (event: MouseEvent<HTMLTableRowElement>) => {
    // The link in the row already navigates (and is what the keyboard uses); the row is a larger mouse target.
    if (event.target instanceof Element && event.target.closest('a')) return;
    navigate({ name: 'site', site });
  };

  const visible = sites.data ? filterSites(sites.data, query) : [];

  return (
    <section aria-labelledby="sites-heading">
      <div className="page-head">
        <h1 id="sites-heading">{t('sites.title')}</h1>
        <div className="search">
          <label htmlFor={searchId}>{t('sites.searchLabel')}</label>
          <input
            id={searchId}
            type="search"
            value={query}
            placeholder={t('sites.searchPlaceholder')}
            onChange={(event) => setQuery(event.target.value)}
            aria-describedby={countId}
            data-testid="sites-search"
          />
        </div>
      </div>
      {sites.isPending && <Busy />}
      {sites.isError && <ErrorMessage error={sites.error} />}
      {sites.data && (
        <>
          <p id={countId} className="muted" aria-live="polite">
            {t('sites.showing', { count: visible.length, total: sites.data.length })}
          </p>
          {visible.length === 0 ? (
            <EmptyState
              testId="sites-empty"
              title={
                sites.data.length === 0 ? t('sites.emptyTitle') : t('sites.noMatch', { query: query.trim() })
              }
            >
              {sites.data.length === 0 ? (
                <p>
                  <a href={routeHref({ name: 'import' })}>{t('sites.emptyImport')}</a>
                </p>
              ) : (
                <button type="button" className="button" onClick={() => setQuery('')}>
                  {t('sites.clearSearch')}
                </button>
              )}
            </EmptyState>
          ) : (
            <table className="data-table sites-table" data-testid="sites-table">
              <thead>
                <tr>
                  <th scope="col">{t('sites.colSite')}</th>
                  <th scope="col" className="num">
                    {t('sites.colStored')}
                  </th>
                  <th scope="col" className="num">
                    {t('sites.colStorage')}
                  </th>
                  <th scope="col" className="num">
                    {t('sites.colDeclared')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {visible.map((site) => (
                  <tr
                    key={site.site}
                    className="clickable"
                    onClick={openRow(site.site)}
                    data-testid="site-row"
                    data-site={site.site}
                  >
                    <th scope="row">
                      <a href={routeHref({ name: 'site', site: site.site })} data-testid="site-link">
                        {site.site}
                      </a>
                      {site.builtin && (
                        <span className="badge" data-testid="site-example-badge">
                          {t('sites.example')}
                        </span>
                      )}
                    </th>
                    <td className="num">{formatNumber(site.cookieCount, language)}</td>
                    <td className="num" data-testid="site-storage-count">
                      {site.storageCount > 0 ? (
                        formatNumber(site.storageCount, language)
                      ) : (
                        <Dash label={t('sites.noStorage')} />
                      )}
                    </td>
                    <td className="num">
                      {site.hasPolicy ? (
                        formatNumber(site.declaredCount, language)
                      ) : (
                        <Dash label={t('sites.noPolicy')} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
