import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../client/queries';
import { ActiveProfile } from '../features/profiles/ActiveProfile';
import { currentLanguage } from '../i18n';
import { formatNumber } from '../i18n/format';

export function StatusLine() {
  const { t, i18n } = useTranslation();
  const info = useAppInfo();
  return (
    <footer className="status-line" data-testid="status-line">
      {info.isPending && <span>{t('common.loading')}</span>}
      {info.isError && <span>{t('status.unavailable')}</span>}
      {info.data && (
        <>
          <span data-testid="status-cookie-count">
            {t('status.cookies', {
              count: info.data.cookieCount,
              formatted: formatNumber(info.data.cookieCount, currentLanguage(i18n)),
            })}
          </span>
          <span>
            {t('status.dataDir')} <code className="path">{info.data.dataDir}</code>
          </span>
          <ActiveProfile />
          <span>{t('status.version', { version: info.data.version })}</span>
          {info.data.keyProtection === 'basic_text' && (
            <span className="warning-text" role="note">
              {t('status.basicText')}
            </span>
          )}
        </>
      )}
    </footer>
  );
}
