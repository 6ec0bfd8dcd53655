// The sites as a table. Column headers for name, cookies, findings and last seen are buttons that sort
// (aria-sort says how); a row opens its site, and its link is what the keyboard uses.
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SiteSummary } from '../../../shared/model';
import { navigate, routeHref } from '../../app/routing';
import { CategoryChips } from '../../components/CategoryChips';
import { Dash } from '../../components/Dash';
import { useNow } from '../../components/useNow';
import { currentLanguage } from '../../i18n';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { FindingsBadge } from './FindingsBadge';
import { formatAgo } from './last-seen';
import { nextSort, type SiteSort, type SiteSortKey } from './sort';

function SortHeader({
  column,
  label,
  sort,
  onSort,
  numeric,
}: {
  column: SiteSortKey;
  label: string;
  sort: SiteSort;
  onSort: (sort: SiteSort) => void;
  numeric?: boolean;
}) {
  const { t } = useTranslation();
  const active = sort.key === column;
  const direction = active ? (sort.descending ? 'descending' : 'ascending') : undefined;
  return (
    <th scope="col" className={numeric ? 'num' : undefined} aria-sort={direction}>
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort(nextSort(sort, column))}
        data-testid={`sort-${column}`}
      >
        {label}
        <span className="sort-arrow" aria-hidden="true">
          {active ? (sort.descending ? '▼' : '▲') : '↕'}
        </span>
        {active && <span className="visually-hidden">{t(`sites.sort.${direction ?? 'ascending'}`)}</span>}
      </button>
    </th>
  );
}

export function SitesTable({
  sites,
  sort,
  onSort,
}: {
  sites: readonly SiteSummary[];
  sort: SiteSort;
  onSort: (sort: SiteSort) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const now = useNow();

  const openRow = (site: string) => (event: MouseEvent<HTMLTableRowElement>) => {
    // Links in the row navigate themselves (and are what the keyboard uses); the row is a larger mouse target.
    if (event.target instanceof Element && event.target.closest('a, button')) return;
    navigate({ name: 'site', site });
  };

  return (
    <div className="table-scroll">
      <table className="data-table sites-table" data-testid="sites-table">
        <caption className="visually-hidden">{t('sites.caption')}</caption>
        <thead>
          <tr>
            <SortHeader column="name" label={t('sites.colSite')} sort={sort} onSort={onSort} />
            <SortHeader column="cookies" label={t('sites.colStored')} sort={sort} onSort={onSort} numeric />
            <th scope="col" className="num">
              {t('sites.colStorage')}
            </th>
            <th scope="col" className="num">
              {t('sites.colDeclared')}
            </th>
            <SortHeader
              column="findings"
              label={t('sites.colFindings')}
              sort={sort}
              onSort={onSort}
              numeric
            />
            <SortHeader column="lastSeen" label={t('sites.colLastSeen')} sort={sort} onSort={onSort} />
          </tr>
        </thead>
        <tbody>
          {sites.map((site) => (
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
                <CategoryChips counts={site.categories} />
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
              <td className="num" data-testid="site-findings">
                <FindingsBadge site={site} />
              </td>
              <td data-testid="site-last-seen">
                {site.lastSeen === null ? (
                  <Dash label={t('sites.neverSeen')} />
                ) : (
                  <time
                    dateTime={new Date(site.lastSeen * 1000).toISOString()}
                    title={formatDateTime(site.lastSeen, language)}
                  >
                    {formatAgo(site.lastSeen, now, language)}
                  </time>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
