// One localStorage entry. Like a cookie, its value stays masked until asked for (storage.reveal, see
// SecretValue).
import { useTranslation } from 'react-i18next';
import type { StorageView } from '../../../shared/model';
import { useClient } from '../../client/context';
import { SecretValue } from '../../components/SecretValue';

export function StorageRow({
  entry,
  onDelete,
  deleting,
}: {
  entry: StorageView;
  onDelete: () => void;
  deleting: boolean;
}) {
  const { t } = useTranslation();
  const client = useClient();
  return (
    <tr data-testid="storage-row" data-origin={entry.origin} data-name={entry.name}>
      <td>
        <code>{entry.origin}</code>
      </td>
      <th scope="row">
        <code className="cookie-name">{entry.name}</code>
      </th>
      <td className="value-cell">
        <SecretValue
          reveal={async () =>
            (await client['storage.reveal']({ origin: entry.origin, name: entry.name })).value
          }
          labels={{
            reveal: t('storage.revealLabel', { name: entry.name }),
            copy: t('storage.copyLabel', { name: entry.name }),
            hide: t('storage.hideLabel', { name: entry.name }),
          }}
          testIdPrefix="storage"
        />
      </td>
      <td>
        <button
          type="button"
          className="button small danger"
          onClick={onDelete}
          disabled={deleting}
          aria-label={t('storage.deleteLabel', { name: entry.name })}
          data-testid="storage-delete"
        >
          {t('common.delete')}
        </button>
      </td>
    </tr>
  );
}
