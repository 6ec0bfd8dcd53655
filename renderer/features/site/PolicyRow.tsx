// One declared entry beside what the jar holds for it: present or not (how many, for a family like `_ga_*`),
// how long the stored ones have left, and a mark — icon and words — where the two disagree.
import { useTranslation } from 'react-i18next';
import { formatSeconds } from '../../../shared/duration';
import type { CookieView, Finding, PolicyEntry } from '../../../shared/model';
import { formatDeclaredName } from '../../../shared/name-pattern';
import { Dash } from '../../components/Dash';
import { currentLanguage } from '../../i18n';
import { DeclaredDuration } from '../policy/DeclaredDuration';
import { findingLabel, findingText } from './finding-text';
import type { Holding } from './holdings';

function Remaining({ cookie, nowMs }: { cookie: CookieView; nowMs: number }) {
  const { t, i18n } = useTranslation();
  if (cookie.expires === null) return <>{t('cookie.session')}</>;
  const left = cookie.expires - nowMs / 1000;
  if (left <= 0) return <span className="expired">{t('cookie.expired')}</span>;
  return <>{t('policy.remaining', { time: formatSeconds(left, currentLanguage(i18n)) })}</>;
}

function JarCell({ entry, holding, nowMs }: { entry: PolicyEntry; holding: Holding; nowMs: number }) {
  const { t } = useTranslation();
  if (entry.type === 'pixel') return <span className="muted">{t('policy.storage.pixel')}</span>;
  const count = entry.type === 'cookie' ? holding.cookies.length : holding.storage.length;
  if (count === 0) {
    return (
      <span className="marker absent">
        <span aria-hidden="true">○ </span>
        {t('policy.notStored')}
      </span>
    );
  }
  const one = holding.cookies.length === 1 && entry.match === 'exact' ? holding.cookies[0]! : null;
  return (
    <>
      <span className="marker stored">
        <span aria-hidden="true">● </span>
        {count > 1 || entry.match !== 'exact' ? t('policy.storedCount', { count }) : t('policy.stored')}
      </span>
      {one ? (
        <span className="jar-detail" data-testid="policy-remaining">
          <Remaining cookie={one} nowMs={nowMs} />
        </span>
      ) : (
        holding.cookies.length > 0 && (
          <ul className="jar-list">
            {holding.cookies.map((cookie) => (
              <li key={`${cookie.domain} ${cookie.path} ${cookie.name}`} data-testid="policy-remaining">
                <code>{cookie.name}</code> <Remaining cookie={cookie} nowMs={nowMs} />
              </li>
            ))}
          </ul>
        )
      )}
    </>
  );
}

function CheckCell({ disagreements, several }: { disagreements: readonly Finding[]; several: boolean }) {
  const { t, i18n } = useTranslation();
  if (disagreements.length === 0) return <Dash label={t('policy.noDisagreement')} />;
  return (
    <ul className="disagreements">
      {disagreements.map((finding, index) => (
        <li
          key={index}
          className={`disagreement ${finding.severity}`}
          data-testid="policy-disagreement"
          data-kind={finding.kind}
          data-severity={finding.severity}
        >
          <span className="disagreement-label">
            <span className="disagreement-icon" aria-hidden="true">
              ⚠
            </span>{' '}
            {findingLabel(finding, t)}
          </span>{' '}
          <span className="disagreement-text">
            {several && (
              <>
                <code>{finding.cookie}</code>:{' '}
              </>
            )}
            {findingText(finding, t, currentLanguage(i18n))}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function PolicyRow({
  entry,
  holding,
  disagreements,
  lang,
  nowMs,
}: {
  entry: PolicyEntry;
  holding: Holding;
  disagreements: readonly Finding[];
  /** The policy's language, for its own words. */
  lang: string;
  nowMs: number;
}) {
  const { t, i18n } = useTranslation();
  const uiLanguage = currentLanguage(i18n);
  const name = formatDeclaredName(entry);
  const stored = entry.type === 'cookie' ? holding.cookies.length : holding.storage.length;
  return (
    <tr
      data-testid="policy-row"
      data-cookie={name}
      data-type={entry.type}
      data-stored={entry.type === 'pixel' ? undefined : String(stored > 0)}
      data-count={entry.type === 'pixel' ? undefined : stored}
      data-disagrees={disagreements.length > 0 ? 'true' : undefined}
    >
      <td lang={lang}>{entry.supplier}</td>
      <td>
        <code>{name}</code>
        {entry.type !== 'cookie' && (
          <span className="badge" lang={uiLanguage}>
            {t(`policy.type.${entry.type}`)}
          </span>
        )}
      </td>
      <td lang={uiLanguage}>
        <DeclaredDuration duration={entry.duration} lang={lang} />
      </td>
      <td lang={lang}>{entry.function}</td>
      <td lang={uiLanguage} data-testid="policy-stored">
        <JarCell entry={entry} holding={holding} nowMs={nowMs} />
      </td>
      <td lang={uiLanguage} data-testid="policy-check">
        <CheckCell disagreements={disagreements} several={holding.cookies.length > 1} />
      </td>
    </tr>
  );
}
