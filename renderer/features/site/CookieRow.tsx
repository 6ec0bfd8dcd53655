// One stored cookie. The value stays masked until the user asks for it (cookies.reveal), and is kept only
// in this row's state.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CookieView } from '../../../shared/model';
import { useClient } from '../../client/context';
import { CopyButton } from '../../components/CopyButton';
import { Dash } from '../../components/Dash';
import { errorParts } from '../../components/ErrorMessage';
import { currentLanguage } from '../../i18n';
import { formatDateTime, formatRelativeFuture } from '../../i18n/format';
import { cookieKey, displayDomain, sameSiteLabelKey } from './cookie-text';

export const MASK = '••••';

function Expires({ expires, nowMs }: { expires: number | null; nowMs: number }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  if (expires === null) return <span className="muted">{t('cookie.session')}</span>;
  const expired = expires * 1000 <= nowMs;
  return (
    <>
      <time dateTime={new Date(expires * 1000).toISOString()}>{formatDateTime(expires, language)}</time>{' '}
      <span className={expired ? 'expired' : 'muted'} data-testid="cookie-expires-relative">
        ({expired ? t('cookie.expired') : formatRelativeFuture(expires, nowMs, language)})
      </span>
    </>
  );
}

export function CookieRow({
  cookie,
  declared,
  nowMs,
  onDelete,
  deleting,
  selected,
  onSelect,
}: {
  cookie: CookieView;
  /** null when the site has no policy to compare with. */
  declared: boolean | null;
  nowMs: number;
  onDelete: () => void;
  deleting: boolean;
  selected: boolean;
  /** `range`: shift was held, so everything from the last clicked row follows. */
  onSelect: (checked: boolean, range: boolean) => void;
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
      const answer = await client['cookies.reveal'](cookieKey(cookie));
      setValue(answer.value);
    } catch (error) {
      const { code, message } = errorParts(error);
      setRevealError(message ?? t(`errors.${code}`));
    } finally {
      setRevealing(false);
    }
  };

  const sameSite = sameSiteLabelKey(cookie.sameSite);
  return (
    <tr
      data-testid="cookie-row"
      data-name={cookie.name}
      data-domain={cookie.domain}
      data-path={cookie.path}
      data-selected={selected}
    >
      <td className="select-cell">
        <input
          type="checkbox"
          checked={selected}
          // React fires a checkbox's change from its click, so the native event carries the shift key.
          onChange={(event) =>
            onSelect(
              event.target.checked,
              event.nativeEvent instanceof MouseEvent && event.nativeEvent.shiftKey,
            )
          }
          aria-label={t('site.selectOne', { name: cookie.name })}
          data-testid="cookie-select"
        />
      </td>
      <th scope="row">
        <code className="cookie-name">{cookie.name}</code>
        {declared === false && <span className="badge warn">{t('cookie.undeclared')}</span>}
      </th>
      <td className="value-cell">
        {value === null ? (
          <>
            <span className="masked" data-testid="cookie-value">
              <span aria-hidden="true">{MASK}</span>
              <span className="visually-hidden">{t('cookie.hidden')}</span>
            </span>{' '}
            <button
              type="button"
              className="button small"
              onClick={() => void reveal()}
              disabled={revealing}
              aria-label={t('cookie.revealLabel', { name: cookie.name })}
              data-testid="cookie-reveal"
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
            <code className="value" data-testid="cookie-value">
              {value === '' ? <span className="muted">{t('cookie.emptyValue')}</span> : value}
            </code>{' '}
            <CopyButton
              getText={() => value}
              accessibleLabel={t('cookie.copyLabel', { name: cookie.name })}
              testId="cookie-copy"
            />{' '}
            <button
              type="button"
              className="button small"
              onClick={() => setValue(null)}
              aria-label={t('cookie.hideLabel', { name: cookie.name })}
              data-testid="cookie-hide"
            >
              {t('cookie.hide')}
            </button>
          </>
        )}
      </td>
      <td>
        <code>{displayDomain(cookie)}</code>
      </td>
      <td>
        <code>{cookie.path}</code>
      </td>
      <td>
        <Expires expires={cookie.expires} nowMs={nowMs} />
      </td>
      <td>{cookie.httpOnly ? t('common.yes') : t('common.no')}</td>
      <td>{cookie.secure ? t('common.yes') : t('common.no')}</td>
      <td>{sameSite === null ? <Dash label={t('cookie.sameSiteUnset')} /> : t(sameSite)}</td>
      <td>
        <button
          type="button"
          className="button small danger"
          onClick={onDelete}
          disabled={deleting}
          aria-label={t('cookie.deleteLabel', { name: cookie.name })}
          data-testid="cookie-delete"
        >
          {t('common.delete')}
        </button>
      </td>
    </tr>
  );
}
