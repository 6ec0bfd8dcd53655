// The cookies the jar holds for one site, with per-cookie and whole-site deletion (both undoable), and a
// selection (checkboxes, shift-click for a range) that can be exported on its own.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CookieView } from '../../../shared/model';
import { navigate, routeHref } from '../../app/routing';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useNow } from '../../components/useNow';
import { useExportSelection } from '../export/selection';
import { CookieRow } from './CookieRow';
import { cookieId, cookieKey } from './cookie-text';
import { useDeletion } from './useDeletion';
import { useSelection } from './useSelection';

export function StoredCookies({
  site,
  cookies,
  hasPolicy,
  storageCount,
}: {
  site: string;
  cookies: readonly CookieView[];
  /** Without a policy there is nothing to be declared in: no "Not declared" marks then. */
  hasPolicy: boolean;
  /** localStorage entries of the site: deleting the site takes them too, so the dialog says so. */
  storageCount: number;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const selectAll = useRef<HTMLInputElement>(null);
  // The deleted row (or the whole table) goes away: keep keyboard focus somewhere sensible.
  const { deleteOne, deleteAll } = useDeletion(site, () => heading.current?.focus());
  const [confirming, setConfirming] = useState(false);
  const nowMs = useNow();
  const ids = cookies.map(cookieId);
  const selection = useSelection(ids);
  const { setSelection } = useExportSelection();

  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = selection.some;
  }, [selection.some]);

  const exportSelection = () => {
    const keys = cookies.filter((cookie) => selection.selected.has(cookieId(cookie))).map(cookieKey);
    setSelection({ site, keys });
    navigate({ name: 'export', selection: true });
  };

  return (
    <section className="stored" aria-labelledby="stored-heading">
      <div className="section-head">
        <h2 id="stored-heading" ref={heading} tabIndex={-1}>
          {t('site.storedTitle', { count: cookies.length })}
        </h2>
        <button
          type="button"
          className="button danger"
          onClick={() => setConfirming(true)}
          disabled={(cookies.length === 0 && storageCount === 0) || deleteAll.isPending}
          data-testid="delete-all-cookies"
        >
          {t('site.deleteAll')}
        </button>
      </div>
      {deleteOne.isError && <ErrorMessage error={deleteOne.error} />}
      {deleteAll.isError && <ErrorMessage error={deleteAll.error} />}
      {cookies.length === 0 ? (
        <EmptyState testId="cookies-empty" title={t('site.noCookies')}>
          <p>
            <a href={routeHref({ name: 'import' })}>{t('site.goImport')}</a>
          </p>
        </EmptyState>
      ) : (
        <>
          <div className="selection-bar" data-testid="cookie-selection-bar">
            <span role="status" data-testid="cookie-selection-count">
              {selection.count > 0 ? t('site.selected', { count: selection.count }) : ''}
            </span>
            <button
              type="button"
              className="button"
              disabled={selection.count === 0}
              onClick={exportSelection}
              data-testid="cookie-export-selection"
            >
              {t('site.exportSelection')}
            </button>
            <button
              type="button"
              className="button"
              disabled={selection.count === 0}
              onClick={selection.clear}
              data-testid="cookie-clear-selection"
            >
              {t('site.clearSelection')}
            </button>
          </div>
          <div
            className="table-scroll"
            role="region"
            aria-label={t('common.tableOf', { name: t('site.storedTitle', { count: cookies.length }) })}
            tabIndex={0}
          >
            <table className="data-table cookies-table" data-testid="cookies-table">
              <thead>
                <tr>
                  <th scope="col" className="select-cell">
                    <input
                      ref={selectAll}
                      type="checkbox"
                      checked={selection.all}
                      onChange={(event) => selection.setAll(event.target.checked)}
                      aria-label={t('site.selectAll')}
                      data-testid="cookie-select-all"
                    />
                  </th>
                  <th scope="col">{t('cookie.colName')}</th>
                  <th scope="col">{t('cookie.colValue')}</th>
                  <th scope="col">{t('cookie.colDomain')}</th>
                  <th scope="col">{t('cookie.colPath')}</th>
                  <th scope="col">{t('cookie.colExpires')}</th>
                  <th scope="col">{t('cookie.colHttpOnly')}</th>
                  <th scope="col">{t('cookie.colSecure')}</th>
                  <th scope="col">{t('cookie.colSameSite')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('cookie.colActions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {cookies.map((cookie) => {
                  const id = cookieId(cookie);
                  return (
                    <CookieRow
                      key={id}
                      cookie={cookie}
                      declared={hasPolicy ? cookie.classification.by === 'policy' : null}
                      nowMs={nowMs}
                      deleting={
                        deleteOne.isPending &&
                        deleteOne.variables !== undefined &&
                        cookieId(deleteOne.variables) === id
                      }
                      onDelete={() => deleteOne.mutate(cookieKey(cookie))}
                      selected={selection.selected.has(id)}
                      onSelect={(checked, range) => selection.toggle(id, checked, range)}
                    />
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('site.confirmTitle', { site })}
          message={
            storageCount > 0
              ? `${t('site.confirmText', { count: cookies.length })} ${t('site.confirmStorage', { count: storageCount })}`
              : t('site.confirmText', { count: cookies.length })
          }
          confirmLabel={t('site.confirmAction')}
          destructive
          busy={deleteAll.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            deleteAll.mutate({ storage: storageCount });
          }}
        />
      )}
    </section>
  );
}
