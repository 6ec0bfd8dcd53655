// What the jar's consent records say for the site, one platform at a time, in plain words; the choice per
// service or vendor, where it was read and the caveats are one click further.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SiteReading } from '../../../shared/contract-consent';
import { useNow } from '../../components/useNow';
import { currentLanguage } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { useReadingText } from './reading-text';

export function ConsentReadings({
  readings,
  labelOf,
}: {
  readings: readonly SiteReading[];
  labelOf: (cmp: string) => string;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="consent-readings" data-testid="consent-readings">
      <h3 id={headingId}>{t('consent.reading.title')}</h3>
      {readings.length === 0 ? (
        <p className="muted" data-testid="consent-none">
          {t('consent.reading.none')}
        </p>
      ) : (
        <ul className="reading-list">
          {readings.map((reading, index) => (
            <Reading key={`${reading.cmp}-${index}`} reading={reading} label={labelOf(reading.cmp)} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Reading({ reading, label }: { reading: SiteReading; label: string }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const now = useNow();
  const text = useReadingText();
  const when = text.when(reading, now);
  const services = Object.entries(reading.services ?? {});
  const accepted = services.filter(([, on]) => on).length;
  return (
    <li
      className="reading"
      data-testid="consent-reading"
      data-cmp={reading.cmp}
      {...Object.fromEntries(
        Object.entries(reading.categories).map(([c, v]) => [`data-${c}`, v === null ? 'null' : String(v)]),
      )}
    >
      <p className="reading-sentence" data-testid="consent-reading-text">
        <strong>{label}</strong>
        {t('consent.reading.colon')}
        {text.choices(reading.categories)}
        {when !== '' && (
          <span className="reading-when">
            {t('consent.reading.dash')}
            {when}
          </span>
        )}
      </p>
      <details className="reading-details">
        <summary>{t('consent.reading.details')}</summary>
        {services.length > 0 && (
          <>
            <p>
              {t('consent.reading.services', {
                count: services.length,
                formatted: formatNumber(services.length, language),
                accepted: formatNumber(accepted, language),
              })}
            </p>
            <ul className="service-list" data-testid="consent-services">
              {services.map(([id, on]) => (
                <li key={id} className={on ? 'service on' : 'service off'}>
                  <code>{id}</code> {on ? t('consent.reading.yes') : t('consent.reading.no')}
                </li>
              ))}
            </ul>
          </>
        )}
        <p>
          {t('consent.reading.sources')}{' '}
          {reading.sources.map((source, i) => (
            <span key={source}>
              {i > 0 && ', '}
              <code>{source}</code>
            </span>
          ))}
        </p>
        {reading.notes.length > 0 && (
          <ul className="consent-notes" data-testid="consent-reading-notes">
            {reading.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
      </details>
    </li>
  );
}
