// One site: its cookie policy beside what the jar holds (or how to get one), the cookies the jar holds for it,
// and its localStorage entries. The policy can be edited in place, replaced by an import, exported or deleted.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, routeHref } from '../../app/routing';
import { useSite } from '../../client/queries';
import { Busy } from '../../components/Busy';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ConsentSection } from '../consent/ConsentSection';
import { PolicyEditor } from '../policy/PolicyEditor';
import { PolicyImport } from '../policy/PolicyImport';
import { PolicyToolbar } from '../policy/PolicyToolbar';
import { NoPolicy } from './NoPolicy';
import { PolicyView } from './PolicyView';
import { StoredCookies } from './StoredCookies';
import { StoredStorage } from './StoredStorage';
import '../policy/policy.css';

type Mode = 'view' | 'edit' | 'import';

export function SitePage({ site }: { site: string }) {
  const { t } = useTranslation();
  const detail = useSite(site);
  const [mode, setMode] = useState<Mode>('view');
  const policyHeading = useRef<HTMLHeadingElement>(null);
  // Back from editing or importing, keyboard focus returns to the policy (or to what stands in for it).
  const [refocus, setRefocus] = useState(0);
  useEffect(() => {
    if (refocus > 0) policyHeading.current?.focus();
  }, [refocus]);
  const back = () => {
    setMode('view');
    setRefocus((n) => n + 1);
  };
  const data = detail.data;
  const policy = data?.policy ?? null;

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
      {mode === 'import' && (
        <PolicyImport
          site={site}
          // A policy imported for another site is shown there.
          onApplied={(imported) => (imported === site ? back() : navigate({ name: 'site', site: imported }))}
          onCancel={back}
          autoFocus
        />
      )}
      {data && (
        <>
          {mode === 'edit' ? (
            <PolicyEditor site={site} policy={policy} onDone={back} onCancel={back} />
          ) : policy ? (
            <PolicyView
              policy={policy}
              detail={data}
              headingRef={policyHeading}
              toolbar={
                mode === 'view' && (
                  <PolicyToolbar
                    site={site}
                    builtin={policy.source.kind === 'builtin'}
                    onEdit={() => setMode('edit')}
                    onImport={() => setMode('import')}
                    onDeleted={back}
                  />
                )
              }
            />
          ) : (
            mode === 'view' && (
              <NoPolicy
                headingRef={policyHeading}
                onImport={() => setMode('import')}
                onWrite={() => setMode('edit')}
              />
            )
          )}
          <StoredCookies
            site={site}
            cookies={data.cookies}
            hasPolicy={policy !== null}
            storageCount={data.storage.length}
          />
          <StoredStorage site={site} entries={data.storage} />
          <ConsentSection site={site} />
        </>
      )}
    </article>
  );
}
