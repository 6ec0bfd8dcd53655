// A site's cookie policy laid out like the policy page itself: intro, then per category its heading, text
// and table in the policy's own words, plus whether the jar holds each declared cookie.
import { useTranslation } from 'react-i18next';
import type { Category, PolicyEntry, SitePolicy } from '../../../shared/model';
import { currentLanguage } from '../../i18n';
import { paragraphs } from './cookie-text';
import { formatDeclaredName, nameMatches } from '../../../shared/name-pattern';

interface PolicyGroup {
  category: Category;
  heading: string | null;
  description: string;
  entries: PolicyEntry[];
}

export function groupPolicy(policy: SitePolicy): PolicyGroup[] {
  const groups: PolicyGroup[] = policy.sections.map((section) => ({
    category: section.category,
    heading: section.heading,
    description: section.description,
    entries: policy.entries.filter((entry) => entry.category === section.category),
  }));
  const covered = new Set(policy.sections.map((section) => section.category));
  // Entries of a category the policy gives no section for still belong on the page.
  for (const entry of policy.entries) {
    if (covered.has(entry.category)) continue;
    let group = groups.find((g) => g.heading === null && g.category === entry.category);
    if (!group) {
      group = { category: entry.category, heading: null, description: '', entries: [] };
      groups.push(group);
    }
    group.entries.push(entry);
  }
  return groups;
}

export function PolicyView({
  policy,
  storedNames,
}: {
  policy: SitePolicy;
  storedNames: ReadonlySet<string>;
}) {
  const { t, i18n } = useTranslation();
  const uiLanguage = currentLanguage(i18n);
  const taken = new Intl.DateTimeFormat(uiLanguage, { dateStyle: 'medium' });
  const takenAt = Number.isNaN(Date.parse(policy.source.at))
    ? policy.source.at
    : taken.format(new Date(policy.source.at));

  return (
    <section className="policy" aria-labelledby="policy-heading" data-testid="policy">
      <h2 id="policy-heading">{t('policy.title')}</h2>
      <p className="muted">
        {t('policy.source', { publisher: policy.publisher, label: policy.source.label, date: takenAt })}
        {policy.source.kind === 'builtin' && <span className="badge">{t('sites.example')}</span>}
      </p>
      <div className="policy-intro" lang={policy.language}>
        {paragraphs(policy.intro).map((text, index) => (
          <p key={index}>{text}</p>
        ))}
      </div>
      {groupPolicy(policy).map((group) => (
        <section
          key={`${group.category}-${group.heading ?? ''}`}
          className="policy-section"
          data-category={group.category}
        >
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
                  </tr>
                </thead>
                <tbody>
                  {group.entries.map((entry, index) => {
                    const isCookie = entry.type === 'cookie';
                    const stored = isCookie && [...storedNames].some((name) => nameMatches(entry, name));
                    return (
                      <tr
                        key={`${entry.name}-${index}`}
                        data-testid="policy-row"
                        data-cookie={formatDeclaredName(entry)}
                        data-stored={isCookie ? String(stored) : undefined}
                      >
                        <td>{entry.supplier}</td>
                        <td>
                          <code>{formatDeclaredName(entry)}</code>
                        </td>
                        <td>{entry.duration.raw}</td>
                        <td>{entry.function}</td>
                        <td lang={uiLanguage} data-testid="policy-stored">
                          {!isCookie ? (
                            <span className="muted">{t(`policy.storage.${entry.type}`)}</span>
                          ) : stored ? (
                            <span className="marker stored">
                              <span aria-hidden="true">● </span>
                              {t('policy.stored')}
                            </span>
                          ) : (
                            <span className="marker absent">
                              <span aria-hidden="true">○ </span>
                              {t('policy.notStored')}
                            </span>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </section>
  );
}
