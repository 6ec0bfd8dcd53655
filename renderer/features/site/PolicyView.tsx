// A site's cookie policy laid out like the policy page itself — intro, then per category its heading, text and
// table in the policy's own words — with, beside each declared entry, what the jar holds and where they part
// ways; then what the jar holds that the policy does not declare.
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { SiteDetail, SitePolicy } from '../../../shared/model';
import { useNow } from '../../components/useNow';
import { currentLanguage } from '../../i18n';
import { paragraphs } from './cookie-text';
import { disagreementsOf, holdings } from './holdings';
import { groupPolicy } from './policy-groups';
import { PolicyRow } from './PolicyRow';
import { Undeclared } from './Undeclared';

export function PolicySource({ policy }: { policy: SitePolicy }) {
  const { t, i18n } = useTranslation();
  const taken = new Intl.DateTimeFormat(currentLanguage(i18n), { dateStyle: 'medium' });
  const takenAt = Number.isNaN(Date.parse(policy.source.at))
    ? policy.source.at
    : taken.format(new Date(policy.source.at));
  const values = { publisher: policy.publisher, label: policy.source.label, date: takenAt };
  return (
    <p className="muted" data-testid="policy-source" data-kind={policy.source.kind}>
      {policy.publisher.trim() === '' ? t('policy.sourceNoPublisher', values) : t('policy.source', values)}
      {policy.source.kind === 'builtin' && <span className="badge">{t('sites.example')}</span>}
    </p>
  );
}

export function PolicyView({
  policy,
  detail,
  toolbar,
  headingRef,
}: {
  policy: SitePolicy;
  detail: Pick<SiteDetail, 'cookies' | 'storage' | 'findings'>;
  toolbar?: ReactNode;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const { t, i18n } = useTranslation();
  const uiLanguage = currentLanguage(i18n);
  const nowMs = useNow();
  const held = holdings(policy.entries, detail.cookies, detail.storage);

  return (
    <section className="policy" aria-labelledby="policy-heading" data-testid="policy">
      <div className="section-head">
        <h2 id="policy-heading" ref={headingRef} tabIndex={-1}>
          {t('policy.title')}
        </h2>
        {toolbar}
      </div>
      <PolicySource policy={policy} />
      <div className="policy-intro" lang={policy.language}>
        {paragraphs(policy.intro).map((text, index) => (
          <p key={index}>{text}</p>
        ))}
      </div>
      {groupPolicy(policy).map((group) => (
        <section key={group.category} className="policy-section" data-category={group.category}>
          {group.heading === null ? (
            <h3>{t(`categories.${group.category}`)}</h3>
          ) : (
            <h3 lang={policy.language}>{group.heading}</h3>
          )}
          <div lang={policy.language}>
            {paragraphs(group.description).map((text, index) => (
              <p key={index}>{text}</p>
            ))}
          </div>
          {group.entries.length === 0 ? (
            <p className="muted">{t('policy.noEntries')}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table policy-table" lang={policy.language} data-testid="policy-table">
                <thead lang={uiLanguage}>
                  <tr>
                    <th scope="col">{t('policy.colSupplier')}</th>
                    <th scope="col">{t('policy.colCookie')}</th>
                    <th scope="col">{t('policy.colDuration')}</th>
                    <th scope="col">{t('policy.colFunction')}</th>
                    <th scope="col">{t('policy.colStored')}</th>
                    <th scope="col">{t('policy.colCheck')}</th>
                  </tr>
                </thead>
                <tbody>
                  {group.entries.map((entry, index) => {
                    const holding = held.get(entry)!;
                    return (
                      <PolicyRow
                        key={`${entry.name}-${index}`}
                        entry={entry}
                        holding={holding}
                        disagreements={disagreementsOf(detail.findings, holding.cookies)}
                        lang={policy.language}
                        nowMs={nowMs}
                      />
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
      <Undeclared cookies={detail.cookies} storage={detail.storage} nowMs={nowMs} />
    </section>
  );
}
