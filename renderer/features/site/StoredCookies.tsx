// The cookies the jar holds for one site, with per-cookie and whole-site deletion (both undoable).
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CookieView } from '../../../shared/model';
import { routeHref } from '../../app/routing';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useNow } from '../../components/useNow';
import { CookieRow } from './CookieRow';
import { cookieId, cookieKey } from './cookie-text';
import { useDeletion } from './useDeletion';

export function StoredCookies({
  site,
  cookies,
  declaredNames,
}: {
  site: string;
  cookies: readonly CookieView[];
  declaredNames: ReadonlySet<string> | null;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // The deleted row (or the whole table) goes away: keep keyboard focus somewhere sensible.
  const { deleteOne, deleteAll } = useDeletion(site, () => heading.current?.focus());
  const [confirming, setConfirming] = useState(false);
  const nowMs = useNow();

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
          disabled={cookies.length === 0 || deleteAll.isPending}
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
        <div className="table-scroll" role="region" aria-labelledby="stored-heading" tabIndex={0}>
          <table className="data-table cookies-table" data-testid="cookies-table">
            <thead>
              <tr>
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
              {cookies.map((cookie) => (
                <CookieRow
                  key={cookieId(cookie)}
                  cookie={cookie}
                  declared={declaredNames === null ? null : declaredNames.has(cookie.name)}
                  nowMs={nowMs}
                  deleting={
                    deleteOne.isPending &&
                    deleteOne.variables !== undefined &&
                    cookieId(deleteOne.variables) === cookieId(cookie)
                  }
                  onDelete={() => deleteOne.mutate(cookieKey(cookie))}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('site.confirmTitle', { site })}
          message={t('site.confirmText', { count: cookies.length })}
          confirmLabel={t('site.confirmAction')}
          destructive
          busy={deleteAll.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            deleteAll.mutate();
          }}
        />
      )}
    </section>
  );
}
