// The localStorage entries the jar holds for the site's origins (from a Playwright storageState, say).
// Rendered only when there are some; deleting one is undoable like a cookie.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { StorageView } from '../../../shared/model';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StorageRow } from './StorageRow';
import { useDeletion } from './useDeletion';

const entryId = (entry: Pick<StorageView, 'origin' | 'name'>) => JSON.stringify([entry.origin, entry.name]);

export function StoredStorage({ site, entries }: { site: string; entries: readonly StorageView[] }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // When the last entry goes, so does this section: then keep focus on the cookies' heading.
  const { deleteStorage } = useDeletion(site, () =>
    (entries.length <= 1 ? document.getElementById('stored-heading') : heading.current)?.focus(),
  );
  if (entries.length === 0) return null;

  return (
    <section className="stored-storage" aria-labelledby="storage-heading" data-testid="storage-section">
      <h2 id="storage-heading" ref={heading} tabIndex={-1}>
        {t('storage.title', { count: entries.length })}
      </h2>
      <p className="muted">{t('storage.intro')}</p>
      {deleteStorage.isError && <ErrorMessage error={deleteStorage.error} />}
      <div
        className="table-scroll"
        role="region"
        aria-label={t('common.tableOf', { name: t('storage.title', { count: entries.length }) })}
        tabIndex={0}
      >
        <table className="data-table cookies-table" data-testid="storage-table">
          <thead>
            <tr>
              <th scope="col">{t('storage.colOrigin')}</th>
              <th scope="col">{t('storage.colName')}</th>
              <th scope="col">{t('storage.colValue')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('storage.colActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <StorageRow
                key={entryId(entry)}
                entry={entry}
                deleting={
                  deleteStorage.isPending &&
                  deleteStorage.variables !== undefined &&
                  entryId(deleteStorage.variables) === entryId(entry)
                }
                onDelete={() => deleteStorage.mutate({ origin: entry.origin, name: entry.name })}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
