// The site page's Consent section: what the jar's consent records say for the site, "Simulate" a platform's
// stored state for a profile, and applying a profile to this site's cookies.
import { useTranslation } from 'react-i18next';
import { Busy } from '../../components/Busy';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ApplyPanel } from '../profiles/ApplyPanel';
import { useCmps, useConsentReadings } from '../profiles/queries';
import { ConsentReadings } from './ConsentReadings';
import { SimulatePanel } from './SimulatePanel';
import './consent.css';

export function ConsentSection({ site }: { site: string }) {
  const { t } = useTranslation();
  const readings = useConsentReadings(site);
  const cmps = useCmps();
  const labelOf = (cmp: string) => cmps.data?.find((c) => c.id === cmp)?.label ?? cmp;

  return (
    <section className="consent-section" aria-labelledby="consent-heading" data-testid="consent-section">
      <h2 id="consent-heading">{t('consent.title')}</h2>
      {(readings.isPending || cmps.isPending) && <Busy />}
      {readings.isError && <ErrorMessage error={readings.error} />}
      {cmps.isError && <ErrorMessage error={cmps.error} />}
      {readings.data && <ConsentReadings readings={readings.data} labelOf={labelOf} />}
      {cmps.data && readings.data && (
        <SimulatePanel site={site} cmps={cmps.data} detected={readings.data[0]?.cmp} />
      )}
      <ApplyPanel site={site} />
    </section>
  );
}
