// One localStorage entry. Like a cookie, its value stays masked until asked for (storage.reveal) and is kept
// only in this row's state.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StorageView } from '../../../shared/model';
import { useClient } from '../../client/context';
import { CopyButton } from '../../components/CopyButton';
import { errorParts } from '../../components/ErrorMessage';
import { MASK } from './CookieRow';

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
  const [value, setValue] = useState<string | null>(null);
  const [revealing, setRevealing] = useState(false);
  const [revealError, setRevealError] = useState<string | null>(null);

  const reveal = async () => {
    setRevealing(true);
    setRevealError(null);
    try {
      const answer = await client['storage.reveal']({ origin: entry.origin, name: entry.name });
      setValue(answer.value);
    } catch (error) {
      const { code, message } = errorParts(error);
      setRevealError(message ?? t(`errors.${code}`));
    } finally {
      setRevealing(false);
    }
  };

  return (
    <tr data-testid="storage-row" data-origin={entry.origin} data-name={entry.name}>
      <td>
        <code>{entry.origin}</code>
      </td>
      <th scope="row">
        <code className="cookie-name">{entry.name}</code>
      </th>
      <td className="value-cell">
        {value === null ? (
          <>
            <span className="masked" data-testid="storage-value">
              <span aria-hidden="true">{MASK}</span>
              <span className="visually-hidden">{t('cookie.hidden')}</span>
            </span>{' '}
            <button
              type="button"
              className="button small"
              onClick={() => void reveal()}
              disabled={revealing}
              aria-label={t('storage.revealLabel', { name: entry.name })}
              data-testid="storage-reveal"
            >
              {revealing ? t('cookie.revealing') : t('cookie.reveal')}
            </button>
            {revealError !== null && (
              <span role="alert" className="error-inline">
                {revealError}
              </span>
            )}
          </>
        ) : (
          <>
            <code className="value" data-testid="storage-value">
              {value === '' ? <span className="muted">{t('cookie.emptyValue')}</span> : value}
            </code>{' '}
            <CopyButton
              getText={() => value}
              accessibleLabel={t('storage.copyLabel', { name: entry.name })}
              testId="storage-copy"
            />{' '}
            <button
              type="button"
              className="button small"
              onClick={() => setValue(null)}
              aria-label={t('storage.hideLabel', { name: entry.name })}
              data-testid="storage-hide"
            >
              {t('cookie.hide')}
            </button>
          </>
        )}
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
