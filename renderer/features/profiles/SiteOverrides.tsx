// Per-site overrides: for one site, each category either follows the profile, or is allowed or refused there;
// and names kept on that site whatever their category (exact, or `prefix*`). Sites are keyed as Crumbs lists
// them (the registrable domain), so the known sites are offered as suggestions.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Choices } from '../../../shared/consent';
import { useSites } from '../../client/queries';
import { OPTIONAL_CATEGORIES, siteKey, type OptionalCategory, type SiteDraft } from './draft';

type Tri = 'profile' | 'allow' | 'refuse';

const triOf = (value: boolean | undefined): Tri =>
  value === undefined ? 'profile' : value ? 'allow' : 'refuse';

export function SiteOverrides({
  sites,
  base,
  readOnly,
  onChange,
}: {
  sites: readonly SiteDraft[];
  base: Choices;
  readOnly: boolean;
  onChange: (sites: SiteDraft[]) => void;
}) {
  const { t } = useTranslation();
  const ids = { heading: useId(), add: useId(), list: useId(), problem: useId() };
  const known = useSites();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const add = () => {
    const site = siteKey(typed);
    const why =
      site === ''
        ? t('profiles.overrides.siteMissing')
        : sites.some((s) => s.site === site)
          ? t('profiles.overrides.siteTaken', { site })
          : null;
    setProblem(why);
    if (why) return;
    onChange([...sites, { site, categories: {}, keepText: '' }]);
    setTyped('');
  };
  const update = (site: string, change: (s: SiteDraft) => SiteDraft) =>
    onChange(sites.map((s) => (s.site === site ? change(s) : s)));
  const setTri = (site: string, category: OptionalCategory, tri: Tri) =>
    update(site, (s) => {
      const categories = { ...s.categories };
      if (tri === 'profile') delete categories[category];
      else categories[category] = tri === 'allow';
      return { ...s, categories };
    });

  return (
    <section className="site-overrides" aria-labelledby={ids.heading} data-testid="site-overrides">
      <h3 id={ids.heading}>{t('profiles.overrides.title')}</h3>
      <p className="muted">{t('profiles.overrides.intro')}</p>
      {sites.length === 0 && (
        <p className="muted" data-testid="site-overrides-none">
          {t('profiles.overrides.none')}
        </p>
      )}
      {sites.map((s) => (
        <fieldset key={s.site} className="site-override" data-testid="site-override" data-site={s.site}>
          <legend>{s.site}</legend>
          {OPTIONAL_CATEGORIES.map((category) => (
            <TriChoice
              key={category}
              site={s.site}
              category={category}
              value={triOf(s.categories[category])}
              profileAllows={base[category]}
              disabled={readOnly}
              onChange={(tri) => setTri(s.site, category, tri)}
            />
          ))}
          <KeepNames
            site={s.site}
            text={s.keepText}
            disabled={readOnly}
            onChange={(keepText) => update(s.site, (d) => ({ ...d, keepText }))}
          />
          {!readOnly && (
            <button
              type="button"
              className="button small danger"
              onClick={() => onChange(sites.filter((d) => d.site !== s.site))}
              aria-label={t('profiles.overrides.removeNamed', { site: s.site })}
              data-testid="site-override-remove"
            >
              {t('profiles.overrides.remove')}
            </button>
          )}
        </fieldset>
      ))}
      {!readOnly && (
        <div className="add-site">
          <div className="field">
            <label htmlFor={ids.add}>{t('profiles.overrides.addLabel')}</label>
            <input
              id={ids.add}
              type="text"
              list={ids.list}
              value={typed}
              placeholder="example.com"
              spellCheck={false}
              aria-invalid={problem !== null}
              aria-describedby={problem ? ids.problem : undefined}
              onChange={(e) => setTyped(e.target.value)}
              onKeyDown={(e) => {
                // Enter adds the site rather than submitting the whole profile.
                if (e.key === 'Enter') {
                  e.preventDefault();
                  add();
                }
              }}
              data-testid="site-override-input"
            />
            <datalist id={ids.list}>
              {(known.data ?? []).map((site) => (
                <option key={site.site} value={site.site} />
              ))}
            </datalist>
            {problem && (
              <span id={ids.problem} className="error-inline" role="alert">
                {problem}
              </span>
            )}
          </div>
          <button type="button" className="button" onClick={add} data-testid="site-override-add">
            {t('profiles.overrides.add')}
          </button>
        </div>
      )}
    </section>
  );
}

function TriChoice({
  site,
  category,
  value,
  profileAllows,
  disabled,
  onChange,
}: {
  site: string;
  category: OptionalCategory;
  value: Tri;
  profileAllows: boolean;
  disabled: boolean;
  onChange: (tri: Tri) => void;
}) {
  const { t } = useTranslation();
  const name = useId();
  const label = t(`categories.${category}`);
  const choices: { tri: Tri; label: string }[] = [
    {
      tri: 'profile',
      label: profileAllows
        ? t('profiles.overrides.asProfileAllowed')
        : t('profiles.overrides.asProfileRefused'),
    },
    { tri: 'allow', label: t('profiles.overrides.allow') },
    { tri: 'refuse', label: t('profiles.overrides.refuse') },
  ];
  return (
    <div
      className="tri-choice"
      role="radiogroup"
      // The site is part of the name: several sites' groups can be on the page at once.
      aria-label={t('profiles.overrides.groupLabel', { category: label, site })}
      data-testid="override-category"
      data-category={category}
      data-value={value}
    >
      <span className="tri-label" aria-hidden="true">
        {label}
      </span>
      <span className="segmented">
        {choices.map((choice) => (
          <label key={choice.tri} className={value === choice.tri ? 'segment checked' : 'segment'}>
            <input
              type="radio"
              name={name}
              value={choice.tri}
              checked={value === choice.tri}
              disabled={disabled}
              onChange={() => onChange(choice.tri)}
            />
            {choice.label}
          </label>
        ))}
      </span>
    </div>
  );
}

function KeepNames({
  site,
  text,
  disabled,
  onChange,
}: {
  site: string;
  text: string;
  disabled: boolean;
  onChange: (text: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const hint = useId();
  return (
    <div className="field keep-names">
      <label htmlFor={id}>{t('profiles.overrides.keepLabel', { site })}</label>
      <textarea
        id={id}
        rows={2}
        value={text}
        disabled={disabled}
        spellCheck={false}
        aria-describedby={hint}
        onChange={(e) => onChange(e.target.value)}
        data-testid="site-override-keep"
      />
      <span id={hint} className="hint muted">
        {t('profiles.overrides.keepHint')}
      </span>
    </div>
  );
}
