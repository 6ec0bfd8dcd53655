// What applying a profile removes, by site and category (names listed), and what it keeps, by reason.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES } from '../../../shared/category';
import type { ApplyReport } from '../../../shared/contract-consent';
import type { Category } from '../../../shared/model';
import { currentLanguage } from '../../i18n';
import { formatNumber } from '../../i18n/format';

interface Group {
  site: string;
  category: Category;
  cookies: string[];
  storage: string[];
}

function groupsOf(report: ApplyReport): Group[] {
  const groups = new Map<string, Group>();
  const groupOf = (site: string, category: Category) => {
    const key = `${site}\u0000${category}`;
    let group = groups.get(key);
    if (!group) {
      group = { site, category, cookies: [], storage: [] };
      groups.set(key, group);
    }
    return group;
  };
  for (const c of report.removed.cookies) groupOf(c.site, c.category).cookies.push(c.name);
  for (const s of report.removed.storage) groupOf(s.site, s.category).storage.push(s.name);
  return [...groups.values()].sort(
    (a, b) => a.site.localeCompare(b.site) || CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category),
  );
}

const KEPT = ['consent', 'rules', 'unclassified', 'allowed'] as const;

export function ApplyPreview({ report }: { report: ApplyReport }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const groups = groupsOf(report);
  const sites = new Set(groups.map((g) => g.site)).size;
  const cookies = report.removed.cookies.length;
  const storage = report.removed.storage.length;
  const n = (count: number) => formatNumber(count, language);
  const captionId = useId();

  return (
    <div className="apply-preview" data-testid="apply-preview-result" data-dry-run={report.dryRun}>
      <p className="summary" data-testid="apply-summary">
        {cookies + storage === 0
          ? t('profiles.apply.nothing', { profile: report.profile })
          : t('profiles.apply.wouldRemove', {
              profile: report.profile,
              cookies: t('profiles.apply.cookies', { count: cookies, formatted: n(cookies) }),
              storage: t('profiles.apply.entries', { count: storage, formatted: n(storage) }),
              sites: t('profiles.apply.sites', { count: sites, formatted: n(sites) }),
            })}
      </p>
      {groups.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="data-table" data-testid="apply-removed">
            <caption id={captionId}>{t('profiles.apply.removedCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('profiles.apply.colSite')}</th>
                <th scope="col">{t('profiles.apply.colCategory')}</th>
                <th scope="col">{t('profiles.apply.colRemoved')}</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <tr
                  key={`${g.site}-${g.category}`}
                  data-testid="apply-removed-row"
                  data-site={g.site}
                  data-category={g.category}
                >
                  <th scope="row">{g.site}</th>
                  <td>{t(`categories.${g.category}`)}</td>
                  <td>
                    <ul className="name-list">
                      {g.cookies.map((name, i) => (
                        <li key={`c${i}`}>
                          <code>{name}</code>
                        </li>
                      ))}
                      {g.storage.map((name, i) => (
                        <li key={`s${i}`}>
                          <code>{name}</code>{' '}
                          <span className="muted">{t('profiles.apply.localStorage')}</span>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h4>{t('profiles.apply.keptTitle')}</h4>
      <ul className="kept-list" data-testid="apply-kept">
        {KEPT.map((why) => (
          <li key={why} data-testid={`apply-kept-${why}`} data-count={report.kept[why]}>
            <span className="kept-count">{n(report.kept[why])}</span> {t(`profiles.apply.kept.${why}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
