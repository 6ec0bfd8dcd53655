// The active row in full: its value (masked until revealed, copyable without showing it), what classified
// it, and the actions on it.
import { useTranslation } from 'react-i18next';
import type { CookieView } from '../../../shared/model';
import { useClient } from '../../client/context';
import { CopyButton } from '../../components/CopyButton';
import { SecretValue } from '../../components/SecretValue';
import { currentLanguage } from '../../i18n';
import { displayDomain } from '../site/cookie-text';
import { jarId } from './cookie-id';
import { count, dateTime, inTime } from './jar-format';

export function CookieDetails({
  cookie,
  revision,
  nowMs,
  onEdit,
  onDelete,
}: {
  cookie: CookieView;
  /** The jar's revision: a revealed value is hidden again when the jar changes (it may be another now). */
  revision: string;
  nowMs: number;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const client = useClient();
  const key = { domain: cookie.domain, path: cookie.path, name: cookie.name };
  const reveal = async () => (await client['cookies.reveal'](key)).value;
  const { category, by, supplier } = cookie.classification;
  return (
    <section className="jar-details" aria-labelledby="jar-details-title" data-testid="jar-details">
      <div className="jar-details-head">
        <h2 id="jar-details-title">
          <code>{cookie.name}</code> <span className="muted">{displayDomain(cookie) + cookie.path}</span>
        </h2>
        <div className="jar-details-actions">
          <button type="button" className="button" onClick={onEdit} data-testid="jar-edit">
            {t('jar.edit')}
          </button>
          <button type="button" className="button danger" onClick={onDelete} data-testid="jar-delete-one">
            {t('common.delete')}
          </button>
        </div>
      </div>
      <dl className="jar-details-list">
        <dt>{t('cookie.colValue')}</dt>
        <dd className="jar-value">
          <SecretValue
            key={`${jarId(cookie)}@${revision}`}
            reveal={reveal}
            labels={{
              reveal: t('cookie.revealLabel', { name: cookie.name }),
              copy: t('cookie.copyLabel', { name: cookie.name }),
              hide: t('cookie.hideLabel', { name: cookie.name }),
            }}
            testIdPrefix="jar"
          />{' '}
          <CopyButton
            getText={reveal}
            label={t('jar.copyValue')}
            accessibleLabel={t('jar.copyValueLabel', { name: cookie.name })}
            testId="jar-copy-value"
          />{' '}
          <span className="muted">
            {t('jar.valueLength', {
              count: cookie.valueLength,
              formatted: count(cookie.valueLength, language),
            })}
          </span>
        </dd>
        <dt>{t('cookie.colExpires')}</dt>
        <dd>
          {cookie.expires === null
            ? t('jar.sessionLong')
            : `${dateTime(cookie.expires, language)} (${inTime(cookie.expires, nowMs, language)})`}
        </dd>
        <dt>{t('jar.colCategory')}</dt>
        <dd>
          <span className={`chip cat-${category}`}>{t(`categories.${category}`)}</span>{' '}
          <span className="muted">
            {by === 'unclassified' ? t('jar.byNothing') : t(`jar.by.${by}`, { supplier: supplier ?? '—' })}
          </span>
        </dd>
        {cookie.creation !== null && (
          <>
            <dt>{t('jar.storedSince')}</dt>
            <dd>{dateTime(cookie.creation, language)}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
