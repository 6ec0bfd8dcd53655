// Start screen: every site the jar or a policy knows, searchable and sortable, with its categories, findings
// and when it was last seen; upcoming expiries on a time line above. With nothing imported yet, the page
// says how to begin.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/routing';
import { useSites } from '../../client/queries';
import { Busy } from '../../components/Busy';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ExpiryTimeline } from './ExpiryTimeline';
import { filterSites } from './filter';
import { SitesTable } from './SitesTable';
import { sortSites } from './sort';
import { useSitesView } from './view-state';

function GettingStarted() {
  const { t } = useTranslation();
  return (
    <EmptyState testId="sites-getting-started" title={t('sites.startTitle')}>
      <p>{t('sites.startText')}</p>
      <p className="actions centered">
        <a className="button primary" href={routeHref({ name: 'import' })}>
          {t('sites.startImport')}
        </a>
      </p>
      <p className="muted">{t('sites.startDrop')}</p>
    </EmptyState>
  );
}

export function SitesPage() {
  const { t } = useTranslation();
  const sites = useSites();
  const { query, setQuery, sort, setSort } = useSitesView();
  const searchId = useId();
  const countId = useId();

  const visible = sites.data ? sortSites(filterSites(sites.data, query), sort) : [];
  const jarEmpty =
    sites.data !== undefined && sites.data.every((s) => s.cookieCount === 0 && s.storageCount === 0);

  return (
    <section aria-labelledby="sites-heading" className="sites-page">
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
            aria-keyshortcuts="/ Control+F"
            data-shortcut="search"
            data-testid="sites-search"
          />
        </div>
      </div>
      {sites.isPending && <Busy />}
      {sites.isError && <ErrorMessage error={sites.error} />}
      {sites.data && (
        <>
          {jarEmpty ? <GettingStarted /> : <ExpiryTimeline />}
          <h2 className="visually-hidden">{t('sites.listTitle')}</h2>
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
            <SitesTable sites={visible} sort={sort} onSort={setSort} />
          )}
        </>
      )}
    </section>
  );
}
