// The jar's localStorage entries beside its cookies: a jar holds at most a few thousand, so they are read
// whole (jar.storage) and filtered here; at most SHOWN rows are drawn, with a word on how to see the rest.
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/routing';
import { useClient } from '../../client/context';
import { Busy } from '../../components/Busy';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SecretValue } from '../../components/SecretValue';
import { currentLanguage } from '../../i18n';
import { count } from './jar-format';
import { jarKeys } from './jar-keys';
import { useDebounced } from './useDebounced';

const SHOWN = 500;

export function StorageList() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const client = useClient();
  const id = useId();
  const entries = useQuery({ queryKey: jarKeys.storage, queryFn: () => client['jar.storage']({}) });
  const [text, setText] = useState('');
  const words = useDebounced(text, 150).toLowerCase().split(/\s+/).filter(Boolean);
  const all = entries.data ?? [];
  const matching = all.filter((e) => {
    const hay = `${e.origin} ${e.name}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });

  if (entries.isPending) return <Busy />;
  if (entries.isError) return <ErrorMessage error={entries.error} />;
  if (all.length === 0) {
    return (
      <EmptyState title={t('jar.storageEmpty')} testId="jar-storage-empty">
        <p>
          <a href={routeHref({ name: 'import' })}>{t('jar.goImport')}</a>
        </p>
      </EmptyState>
    );
  }
  return (
    <div className="jar-storage">
      <div className="jar-filters" role="search" aria-label={t('jar.storageFilterLabel')}>
        <div className="jar-field grow">
          <label htmlFor={`${id}-text`}>{t('jar.filterText')}</label>
          <input
            id={`${id}-text`}
            type="search"
            value={text}
            placeholder={t('jar.storagePlaceholder')}
            onChange={(e) => setText(e.target.value)}
            data-testid="jar-storage-filter"
          />
        </div>
      </div>
      <p className="muted" aria-live="polite" data-testid="jar-storage-count">
        {t('jar.storageCount', {
          count: all.length,
          shown: count(matching.length, language),
          formatted: count(all.length, language),
        })}
      </p>
      {matching.length === 0 ? (
        <EmptyState title={t('jar.noMatch')}>
          <button type="button" className="button" onClick={() => setText('')}>
            {t('jar.clearFilters')}
          </button>
        </EmptyState>
      ) : (
        <div className="table-scroll">
          <table className="data-table jar-storage-table">
            <thead>
              <tr>
                <th scope="col">{t('storage.colOrigin')}</th>
                <th scope="col">{t('storage.colName')}</th>
                <th scope="col">{t('jar.colCategory')}</th>
                <th scope="col" className="num">
                  {t('jar.colSize')}
                </th>
                <th scope="col">{t('storage.colValue')}</th>
              </tr>
            </thead>
            <tbody>
              {matching.slice(0, SHOWN).map((e) => (
                <tr
                  key={`${e.origin} ${e.name}`}
                  data-testid="jar-storage-row"
                  data-name={e.name}
                  data-origin={e.origin}
                >
                  <td>
                    <code>{e.origin}</code>
                  </td>
                  <th scope="row">
                    <code>{e.name}</code>
                  </th>
                  <td>
                    <span className={`chip cat-${e.classification.category}`}>
                      {t(`categories.${e.classification.category}`)}
                    </span>
                  </td>
                  <td className="num">
                    {t('jar.bytes', { count: e.valueLength, formatted: count(e.valueLength, language) })}
                  </td>
                  <td className="value-cell">
                    <SecretValue
                      reveal={async () =>
                        (await client['storage.reveal']({ origin: e.origin, name: e.name })).value
                      }
                      labels={{
                        reveal: t('storage.revealLabel', { name: e.name }),
                        copy: t('storage.copyLabel', { name: e.name }),
                        hide: t('storage.hideLabel', { name: e.name }),
                      }}
                      testIdPrefix="jar-storage"
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {matching.length > SHOWN && (
        <p className="muted">
          {t('jar.storageMore', {
            shown: count(SHOWN, language),
            formatted: count(matching.length, language),
          })}
        </p>
      )}
    </div>
  );
}
