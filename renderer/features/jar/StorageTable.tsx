// The jar's localStorage entries as a table drawn only where the user looks: the rows above and below the
// window are two spacer rows standing for them (as in the cookie table), so thousands of entries cost a
// screenful of rows in the DOM.
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StorageView } from '../../../shared/model';
import { useClient } from '../../client/context';
import { SecretValue } from '../../components/SecretValue';
import { currentLanguage } from '../../i18n';
import { count } from './jar-format';
import { SelectAllBox } from './SelectAllBox';
import { HEADER_HEIGHT, useFixedRowVirtualizer } from './useJarTable';

export const storageId = (e: { origin: string; name: string }) => `${e.origin}\n${e.name}`;

const COLUMNS = 6;

export function StorageTable({
  entries,
  selected,
  onToggle,
  allState,
  onToggleAll,
  onKeyDown,
}: {
  entries: readonly StorageView[];
  selected: ReadonlySet<string>;
  onToggle: (entry: StorageView) => void;
  allState: 'all' | 'some' | 'none';
  onToggleAll: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const client = useClient();
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const virtualizer = useFixedRowVirtualizer(entries.length, scrollRef);
  const items = virtualizer.getVirtualItems();
  const before = items.length > 0 ? items[0]!.start - HEADER_HEIGHT : 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;

  return (
    <div className="jar-scroll" ref={scrollRef} onKeyDown={onKeyDown} data-testid="jar-storage-scroll">
      <table
        className="data-table jar-table jar-storage-table"
        aria-label={t('jar.storageTableLabel')}
        aria-rowcount={entries.length + 1}
      >
        <colgroup>
          <col className="col-select" />
          <col className="col-origin" />
          <col className="col-name" />
          <col className="col-category" />
          <col className="col-size" />
          <col className="col-value" />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="select-cell">
              <SelectAllBox
                state={allState}
                disabled={entries.length === 0}
                onToggle={onToggleAll}
                label={t('jar.storageSelectAll')}
                testId="jar-storage-select-all"
              />
            </th>
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
          {before > 0 && (
            <tr className="spacer" aria-hidden="true">
              <td colSpan={COLUMNS} style={{ height: before }} />
            </tr>
          )}
          {items.map((item) => {
            const e = entries[item.index]!;
            const isSelected = selected.has(storageId(e));
            return (
              <tr
                key={storageId(e)}
                className={`jar-row${isSelected ? ' selected' : ''}`}
                aria-rowindex={item.index + 2}
                aria-selected={isSelected}
                data-testid="jar-storage-row"
                data-index={item.index}
                data-name={e.name}
                data-origin={e.origin}
              >
                <td className="select-cell">
                  <input
                    type="checkbox"
                    checked={isSelected}
                    onChange={() => onToggle(e)}
                    aria-label={t('jar.storageSelect', { name: e.name, origin: e.origin })}
                    data-testid="jar-storage-select"
                  />
                </td>
                <td title={e.origin}>
                  <code>{e.origin}</code>
                </td>
                <th scope="row" title={e.name}>
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
            );
          })}
          {after > 0 && (
            <tr className="spacer" aria-hidden="true">
              <td colSpan={COLUMNS} style={{ height: after }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
