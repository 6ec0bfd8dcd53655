// The Jar view: every cookie of the jar in one table that stays quick at 100,000 (CookiesView), and the
// jar's localStorage entries beside them, as two tabs.
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CookiesView } from './CookiesView';
import { StorageList } from './StorageList';
import './jar.css';

const TABS = ['cookies', 'storage'] as const;
type Tab = (typeof TABS)[number];

export function JarPage() {
  const { t } = useTranslation();
  const id = useId();
  const [tab, setTab] = useState<Tab>('cookies');
  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const next = tab === 'cookies' ? 'storage' : 'cookies';
    setTab(next);
    document.getElementById(`${id}-tab-${next}`)?.focus();
  };
  return (
    <section className="jar-page" aria-labelledby="jar-title" data-testid="jar-page">
      <div className="page-head">
        <h1 id="jar-title">{t('jar.title')}</h1>
        <div role="tablist" aria-label={t('jar.tabsLabel')} className="jar-tabs">
          {TABS.map((name) => (
            <button
              key={name}
              id={`${id}-tab-${name}`}
              type="button"
              role="tab"
              aria-selected={tab === name}
              aria-controls={`${id}-panel`}
              tabIndex={tab === name ? 0 : -1}
              className="jar-tab"
              onClick={() => setTab(name)}
              onKeyDown={onTabKey}
              data-testid={`jar-tab-${name}`}
            >
              {t(`jar.tab.${name}`)}
            </button>
          ))}
        </div>
      </div>
      <div id={`${id}-panel`} role="tabpanel" aria-labelledby={`${id}-tab-${tab}`}>
        {tab === 'cookies' ? <CookiesView /> : <StorageList />}
      </div>
    </section>
  );
}
