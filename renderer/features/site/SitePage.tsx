// One site: its cookie policy (if known), the cookies the jar holds for it, and its localStorage entries.
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/routing';
import { useSite } from '../../client/queries';
import { Busy } from '../../components/Busy';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PolicyView } from './PolicyView';
import { StoredCookies } from './StoredCookies';
import { StoredStorage } from './StoredStorage';
import { nameMatches } from '../../../shared/name-pattern';

export function SitePage({ site }: { site: string }) {
  const { t } = useTranslation();
  const detail = useSite(site);
  const storedNames = new Set(detail.data?.cookies.map((cookie) => cookie.name) ?? []);
  const cookieEntries = detail.data?.policy?.entries.filter((e) => e.type === 'cookie') ?? null;
  // The stored names some declared entry covers (exactly, by prefix like `_ga_*`, or by pattern).
  const declaredNames = cookieEntries
    ? new Set([...storedNames].filter((name) => cookieEntries.some((e) => nameMatches(e, name))))
    : null;

  return (
    <article className="site-page" aria-labelledby="site-heading" data-testid="site-page" data-site={site}>
      <p className="breadcrumb">
        <a href={routeHref({ name: 'sites' })}>
          <span aria-hidden="true">← </span>
          {t('site.back')}
        </a>
      </p>
      <h1 id="site-heading">{site}</h1>
      {detail.isPending && <Busy />}
      {detail.isError && <ErrorMessage error={detail.error} />}
      {detail.data && (
        <>
          {detail.data.policy ? (
            <PolicyView policy={detail.data.policy} storedNames={storedNames} />
          ) : (
            <p className="muted" data-testid="no-policy">
              {t('policy.none')}
            </p>
          )}
          <StoredCookies
            site={site}
            cookies={detail.data.cookies}
            declaredNames={declaredNames}
            storageCount={detail.data.storage.length}
          />
          <StoredStorage site={site} entries={detail.data.storage} />
        </>
      )}
    </article>
  );
}
