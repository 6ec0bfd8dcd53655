// Upcoming expiries on a time line: one bar per day for the next 30 days, to be looked at rather than read.
// The bars are drawn only (each has a tooltip); what they say is also written out: the total, and the next
// days with expiries and their sites.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/routing';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useNow } from '../../components/useNow';
import { currentLanguage, type Language } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import type { ExpiryDay } from './expiry-days';
import { useUpcomingExpiries } from './useUpcomingExpiries';

const LISTED_DAYS = 4;
const LISTED_SITES = 3;
const HEIGHT = 100;

function dayName(day: ExpiryDay, index: number, language: Language): string {
  if (index < 2) {
    return new Intl.RelativeTimeFormat(language, { numeric: 'auto' }).format(index, 'day');
  }
  return new Intl.DateTimeFormat(language, { weekday: 'short', day: 'numeric', month: 'short' }).format(
    new Date(day.start * 1000),
  );
}

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

export function ExpiryTimeline() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const now = useNow();
  const upcoming = useUpcomingExpiries(now);
  const headingId = useId();

  if (upcoming.isError) return <ErrorMessage error={upcoming.error} />;
  if (!upcoming.data) return null;
  const { days, total } = upcoming.data;
  const most = Math.max(1, ...days.map((d) => d.count));
  const listed = days
    .map((day, index) => ({ day, index }))
    .filter(({ day }) => day.count > 0)
    .slice(0, LISTED_DAYS);
  const busyDays = days.filter((d) => d.count > 0).length;
  const dayOfMonth = new Intl.DateTimeFormat(language, { day: 'numeric' });
  const monthName = new Intl.DateTimeFormat(language, { month: 'short' });

  return (
    <section aria-labelledby={headingId} className="expiry-timeline" data-testid="expiry-timeline">
      <div className="section-head">
        <h2 id={headingId}>{t('sites.timeline.title')}</h2>
        <p className="muted" data-testid="expiry-total" data-count={total}>
          {t('sites.timeline.total', { count: total, formatted: formatNumber(total, language) })}
        </p>
      </div>
      {total > 0 && (
        <ol className="timeline-bars" aria-hidden="true">
          {days.map((day, index) => {
            const date = new Date(day.start * 1000);
            const height = day.count === 0 ? 0 : Math.max(4, Math.round((day.count / most) * HEIGHT));
            const label = `${capitalize(dayName(day, index, language))} · ${t('sites.timeline.count', {
              count: day.count,
              formatted: formatNumber(day.count, language),
            })}`;
            return (
              <li
                key={day.start}
                title={label}
                className={date.getDay() === 0 || date.getDay() === 6 ? 'weekend' : undefined}
                data-testid="timeline-day"
                data-count={day.count}
              >
                <svg viewBox={`0 0 10 ${HEIGHT}`} preserveAspectRatio="none" className="timeline-bar">
                  <rect className="track" x="0" y="0" width="10" height={HEIGHT} />
                  {height > 0 && (
                    <rect className="fill" x="1" y={HEIGHT - height} width="8" height={height} />
                  )}
                </svg>
                <span className="timeline-date">
                  {index === 0 || date.getDate() === 1
                    ? `${dayOfMonth.format(date)} ${monthName.format(date)}`
                    : dayOfMonth.format(date)}
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {listed.length > 0 && (
        <ul className="timeline-next" data-testid="timeline-next">
          {listed.map(({ day, index }) => (
            <li key={day.start}>
              <span className="timeline-day-name">{capitalize(dayName(day, index, language))}</span>{' '}
              <span className="timeline-day-count">
                {t('sites.timeline.count', {
                  count: day.count,
                  formatted: formatNumber(day.count, language),
                })}
              </span>
              {day.sites.length > 0 && (
                <>
                  {' · '}
                  {day.sites.slice(0, LISTED_SITES).map((site, i) => (
                    <span key={site}>
                      {i > 0 && ', '}
                      <a href={routeHref({ name: 'site', site })}>{site}</a>
                    </span>
                  ))}
                  {day.sites.length > LISTED_SITES &&
                    ` ${t('sites.timeline.moreSites', { count: day.sites.length - LISTED_SITES })}`}
                </>
              )}
            </li>
          ))}
          {busyDays > listed.length && (
            <li className="muted">{t('sites.timeline.moreDays', { count: busyDays - listed.length })}</li>
          )}
        </ul>
      )}
    </section>
  );
}
