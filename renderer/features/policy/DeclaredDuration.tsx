// A declared duration in the UI's language ("13 months" for "13 mois"), with the policy's own words beneath
// it when they say more or say it otherwise ("Token reset between sessions. Up to 12 months").
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../../shared/duration';
import type { Duration } from '../../../shared/model';
import { Dash } from '../../components/Dash';
import { currentLanguage } from '../../i18n';

export function DeclaredDuration({ duration, lang }: { duration: Duration; lang: string }) {
  const { t, i18n } = useTranslation();
  const text = formatDuration(duration, currentLanguage(i18n)).trim();
  const raw = duration.raw.trim();
  if (text === '') return <Dash label={t('policy.noDuration')} />;
  const differs = raw !== '' && raw.toLowerCase() !== text.toLowerCase();
  return (
    <>
      <span className="duration" data-testid="policy-duration" data-kind={duration.kind}>
        {text}
      </span>
      {differs && (
        <span className="duration-raw muted" lang={lang} data-testid="policy-duration-raw">
          {raw}
        </span>
      )}
    </>
  );
}
