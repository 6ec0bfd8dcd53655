// Data files the core could not read when it opened the data directory were moved aside, never reset: say so
// once, at start, with why, where the file is kept now and what was kept. Dismissed notices stay dismissed
// for this session (a reload in browser mode does not bring them back).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../shared/model';
import { useAppInfo } from '../client/queries';

const DISMISSED_KEY = 'crumbs.noticesDismissed';

type Notice = AppInfo['notices'][number];
const noticeId = (notice: Notice) => `${notice.file}\n${notice.movedTo}`;

function loadDismissed(): string[] {
  try {
    const raw: unknown = JSON.parse(window.sessionStorage.getItem(DISMISSED_KEY) ?? '[]');
    return Array.isArray(raw) ? raw.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

function saveDismissed(ids: string[]): void {
  try {
    window.sessionStorage.setItem(DISMISSED_KEY, JSON.stringify(ids));
  } catch {
    // Refused storage: dismissed for as long as the page lives.
  }
}

export function NoticesBanner() {
  const { t } = useTranslation();
  const info = useAppInfo();
  const [dismissed, setDismissed] = useState(loadDismissed);
  const notices = (info.data?.notices ?? []).filter((notice) => !dismissed.includes(noticeId(notice)));
  if (notices.length === 0) return null;

  const dismiss = () => {
    const all = [...dismissed, ...notices.map(noticeId)];
    saveDismissed(all);
    setDismissed(all);
    // The button goes away with the banner: keyboard focus continues at the page, not at the document's top.
    document.getElementById('main')?.focus();
  };

  return (
    <section className="notices-banner" aria-labelledby="notices-heading" data-testid="notices-banner">
      <div className="notices-head">
        <h2 id="notices-heading">{t('app.notices.title', { count: notices.length })}</h2>
        <button type="button" className="button small" onClick={dismiss} data-testid="notices-dismiss">
          {t('app.notices.dismiss')}
        </button>
      </div>
      <p>{t('app.notices.intro')}</p>
      <ul className="notices-list">
        {notices.map((notice) => (
          <li key={noticeId(notice)} data-testid="notice">
            <p className="notice-reason">{notice.reason}</p>
            <dl className="notice-facts">
              <dt>{t('app.notices.file')}</dt>
              <dd>
                <code className="path">{notice.file}</code>
              </dd>
              <dt>{t('app.notices.movedTo')}</dt>
              <dd>
                <code className="path" data-testid="notice-moved-to">
                  {notice.movedTo}
                </code>
              </dd>
              <dt>{t('app.notices.kept')}</dt>
              <dd>{notice.kept}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
