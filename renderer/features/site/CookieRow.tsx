// One stored cookie. The value stays masked until the user asks for it (cookies.reveal, see SecretValue).
import { useTranslation } from 'react-i18next';
import type { CookieView } from '../../../shared/model';
import { useClient } from '../../client/context';
import { Dash } from '../../components/Dash';
import { SecretValue } from '../../components/SecretValue';
import { currentLanguage } from '../../i18n';
import { formatDateTime, formatRelativeFuture } from '../../i18n/format';
import { cookieKey, displayDomain, sameSiteLabelKey } from './cookie-text';

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
        <SecretValue
          reveal={async () => (await client['cookies.reveal'](cookieKey(cookie))).value}
          labels={{
            reveal: t('cookie.revealLabel', { name: cookie.name }),
            copy: t('cookie.copyLabel', { name: cookie.name }),
            hide: t('cookie.hideLabel', { name: cookie.name }),
          }}
          testIdPrefix="cookie"
        />
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
