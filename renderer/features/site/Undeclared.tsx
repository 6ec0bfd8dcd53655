// What the jar holds for a site that its policy does not declare, under the category something else gave it:
// the catalog of known cookies (and whose it is), or nothing known.
import { useTranslation } from 'react-i18next';
import { formatDuration, formatSeconds } from '../../../shared/duration';
import { CATEGORIES, type Classification, type CookieView, type StorageView } from '../../../shared/model';
import { currentLanguage } from '../../i18n';
import { displayDomain } from './cookie-text';

interface Item {
  key: string;
  name: string;
  type: 'cookie' | 'localStorage';
  where: string;
  expires: number | null | undefined;
  classification: Classification;
}

function items(cookies: readonly CookieView[], storage: readonly StorageView[]): Item[] {
  return [
    ...cookies
      .filter((c) => c.classification.by !== 'policy')
      .map((c) => ({
        key: `c ${c.domain} ${c.path} ${c.name}`,
        name: c.name,
        type: 'cookie' as const,
        where: displayDomain(c),
        expires: c.expires,
        classification: c.classification,
      })),
    ...storage
      .filter((s) => s.classification.by !== 'policy')
      .map((s) => ({
        key: `s ${s.origin} ${s.name}`,
        name: s.name,
        type: 'localStorage' as const,
        where: s.origin,
        expires: undefined,
        classification: s.classification,
      })),
  ];
}

function Reason({ classification }: { classification: Classification }) {
  const { t, i18n } = useTranslation();
  if (classification.by !== 'catalog') return <span className="muted">{t('policy.reasonUnknown')}</span>;
  const supplier = classification.supplier ?? classification.matched ?? '';
  return (
    <>
      {t('policy.reasonCatalog', { supplier })}
      {classification.duration && classification.duration.kind !== 'unknown' && (
        <span className="muted jar-detail">
          {t('policy.typically', {
            duration: formatDuration(classification.duration, currentLanguage(i18n)),
          })}
        </span>
      )}
    </>
  );
}

function Lifetime({ item, nowMs }: { item: Item; nowMs: number }) {
  const { t, i18n } = useTranslation();
  if (item.expires === undefined) return <span className="muted">{t('policy.storage.localStorage')}</span>;
  if (item.expires === null) return <>{t('cookie.session')}</>;
  const left = item.expires - nowMs / 1000;
  if (left <= 0) return <span className="expired">{t('cookie.expired')}</span>;
  return <>{t('policy.remaining', { time: formatSeconds(left, currentLanguage(i18n)) })}</>;
}

export function Undeclared({
  cookies,
  storage,
  nowMs,
}: {
  cookies: readonly CookieView[];
  storage: readonly StorageView[];
  nowMs: number;
}) {
  const { t } = useTranslation();
  const all = items(cookies, storage);
  if (cookies.length + storage.length === 0) return null;
  return (
    <section className="undeclared" aria-labelledby="undeclared-heading" data-testid="undeclared">
      <h3 id="undeclared-heading">{t('policy.undeclaredTitle', { count: all.length })}</h3>
      {all.length === 0 ? (
        <p className="muted" data-testid="undeclared-none">
          {t('policy.undeclaredNone')}
        </p>
      ) : (
        <>
          <p className="muted">{t('policy.undeclaredIntro')}</p>
          {CATEGORIES.filter((c) => all.some((i) => i.classification.category === c)).map((category) => (
            <section
              key={category}
              className="undeclared-group"
              data-testid="undeclared-group"
              data-category={category}
              aria-labelledby={`undeclared-${category}`}
            >
              <h4 id={`undeclared-${category}`}>{t(`categories.${category}`)}</h4>
              <div className="table-scroll">
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('policy.colName')}</th>
                      <th scope="col">{t('policy.colWhere')}</th>
                      <th scope="col">{t('policy.colLifetime')}</th>
                      <th scope="col">{t('policy.colWhy')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {all
                      .filter((i) => i.classification.category === category)
                      .map((item) => (
                        <tr
                          key={item.key}
                          data-testid="undeclared-row"
                          data-name={item.name}
                          data-type={item.type}
                          data-by={item.classification.by}
                        >
                          <th scope="row">
                            <code>{item.name}</code>
                            <span className="badge warn">
                              <span aria-hidden="true">! </span>
                              {t('cookie.undeclared')}
                            </span>
                          </th>
                          <td>
                            <code>{item.where}</code>
                          </td>
                          <td>
                            <Lifetime item={item} nowMs={nowMs} />
                          </td>
                          <td data-testid="undeclared-reason">
                            <Reason classification={item.classification} />
                          </td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              </div>
            </section>
          ))}
        </>
      )}
    </section>
  );
}
