// The picture of lifetimes: per cookie named in the findings, its real lifetime as a bar and its declared one
// as a mark on one linear scale, so a cookie that outlives its declaration visibly runs past the mark (in red);
// trackers get CNIL's 13-month mark. The table around the bars carries the same numbers as text, so the bars
// themselves are hidden from screen readers.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration, formatSeconds, formatSpan } from '../../../shared/duration';
import type { Finding } from '../../../shared/model';
import { currentLanguage } from '../../i18n';
import { barScale, declaredSeconds, lifetimeBars, type LifetimeBar } from './bars';
import { TRACKER_LIMIT_SECONDS } from './limits';

const WIDTH = 1000;
const HEIGHT = 24;

export function LifetimeChart({ findings, showSite }: { findings: readonly Finding[]; showSite: boolean }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const headingId = useId();
  const bars = lifetimeBars(findings);
  const scale = barScale(bars);
  const anyTracker = bars.some((b) => b.tracker);
  return (
    <section aria-labelledby={headingId} className="lifetimes" data-testid="lifetime-chart">
      <h2 id={headingId}>{t('report.lifetimes.title')}</h2>
      {bars.length === 0 ? (
        <p className="muted" data-testid="lifetime-none">
          {t('report.lifetimes.none')}
        </p>
      ) : (
        <>
          <p className="muted">{t('report.lifetimes.intro', { max: formatSeconds(scale, language) })}</p>
          <Legend tracker={anyTracker} />
          <div className="table-scroll">
            <table className="data-table lifetime-table">
              <thead>
                <tr>
                  <th scope="col">{t('report.lifetimes.colCookie')}</th>
                  <th scope="col">{t('report.lifetimes.colDeclared')}</th>
                  <th scope="col">{t('report.lifetimes.colActual')}</th>
                  <th scope="col" className="picture-col">
                    {t('report.lifetimes.colPicture')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {bars.map((bar) => {
                  const declared = declaredSeconds(bar);
                  const over = bar.actual !== null && declared !== null && bar.actual > declared;
                  return (
                    <tr
                      key={bar.key}
                      data-testid="lifetime-row"
                      data-site={bar.site}
                      data-cookie={bar.cookie}
                      data-over={over}
                    >
                      <th scope="row">
                        <code>{bar.cookie}</code>
                        {(showSite || bar.where !== null) && (
                          <span className="sub muted">{showSite ? bar.site : bar.where}</span>
                        )}
                      </th>
                      <td data-testid="lifetime-declared">
                        {bar.declared === null
                          ? t('report.lifetimes.nothingDeclared')
                          : formatDuration(bar.declared, language)}
                      </td>
                      <td data-testid="lifetime-actual">
                        {!bar.stored
                          ? t('report.evidence.notStored')
                          : bar.actual === null
                            ? t('report.evidence.session')
                            : formatSeconds(bar.actual, language)}
                      </td>
                      <td className="picture-col">
                        <Bar bar={bar} scale={scale} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function x(seconds: number, scale: number): number {
  return Math.min(WIDTH, (seconds / scale) * WIDTH);
}

function Bar({ bar, scale }: { bar: LifetimeBar; scale: number }) {
  const declared = declaredSeconds(bar);
  const within = bar.actual === null ? null : declared === null ? bar.actual : Math.min(bar.actual, declared);
  return (
    <svg
      className="lifetime-bar"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <rect className="track" x={0} y={6} width={WIDTH} height={12} />
      {within !== null && (
        <rect
          className={declared === null ? 'real undeclared' : 'real'}
          x={0}
          y={6}
          width={x(within, scale)}
          height={12}
          data-testid="bar-real"
        />
      )}
      {bar.actual !== null && declared !== null && bar.actual > declared && (
        <rect
          className="over"
          x={x(declared, scale)}
          y={6}
          width={x(bar.actual, scale) - x(declared, scale)}
          height={12}
          data-testid="bar-over"
        />
      )}
      {declared !== null && <Mark at={x(declared, scale)} className="mark" testId="bar-declared" />}
      {bar.tracker && <Mark at={x(TRACKER_LIMIT_SECONDS, scale)} className="mark cnil" testId="bar-cnil" />}
    </svg>
  );
}

function Mark({ at, className, testId }: { at: number; className: string; testId: string }) {
  // Kept inside the drawing at both ends, so a mark at 0 or at the end of the scale stays visible.
  const position = Math.max(2, Math.min(WIDTH - 2, at));
  return (
    <line
      className={className}
      x1={position}
      x2={position}
      y1={0}
      y2={HEIGHT}
      vectorEffect="non-scaling-stroke"
      data-testid={testId}
      data-x={at}
    />
  );
}

function Legend({ tracker }: { tracker: boolean }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const keys = [
    { className: 'real', label: t('report.lifetimes.legendReal') },
    { className: 'over', label: t('report.lifetimes.legendOver') },
    { className: 'real undeclared', label: t('report.lifetimes.legendUndeclared') },
    { className: 'mark', label: t('report.lifetimes.legendDeclared'), line: true },
    ...(tracker
      ? [
          {
            className: 'mark cnil',
            label: t('report.lifetimes.legendCnil', { limit: formatSpan(TRACKER_LIMIT_SECONDS, language) }),
            line: true,
          },
        ]
      : []),
  ];
  return (
    <ul className="chart-legend">
      {keys.map((key) => (
        <li key={key.className}>
          <svg className="legend-key" viewBox="0 0 16 12" aria-hidden="true" focusable="false">
            {key.line ? (
              <line className={key.className} x1={8} x2={8} y1={0} y2={12} />
            ) : (
              <rect className={key.className} x={0} y={1} width={16} height={10} />
            )}
          </svg>
          {key.label}
        </li>
      ))}
    </ul>
  );
}
