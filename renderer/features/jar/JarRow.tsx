// One row of the Jar table. Rows are memoized: scrolling re-renders only the rows that enter the window.
import { memo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CookieView } from '../../../shared/model';
import { currentLanguage } from '../../i18n';
import { displayDomain, sameSiteLabelKey } from '../site/cookie-text';
import { count, dateTime, inTime } from './jar-format';

export interface RowHandlers {
  onClick: (index: number, event: MouseEvent) => void;
  onDoubleClick: (index: number) => void;
  /** The row's box: toggles it, or with Shift adds the range from the anchor. */
  onCheck: (index: number, range: boolean) => void;
}

export const rowDomId = (index: number) => `jar-row-${index}`;

export const JarRow = memo(function JarRow({
  cookie,
  index,
  selected,
  active,
  nowMs,
  handlers,
}: {
  cookie: CookieView;
  index: number;
  selected: boolean;
  active: boolean;
  nowMs: number;
  handlers: RowHandlers;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const sameSite = sameSiteLabelKey(cookie.sameSite);
  const category = cookie.classification.category;
  const bytes = cookie.name.length + cookie.valueLength;
  return (
    <tr
      id={rowDomId(index)}
      className={`jar-row${selected ? ' selected' : ''}${active ? ' active' : ''}`}
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-testid="jar-row"
      data-name={cookie.name}
      data-domain={cookie.domain}
      data-path={cookie.path}
      data-index={index}
      onClick={(event) => handlers.onClick(index, event)}
      onDoubleClick={() => handlers.onDoubleClick(index)}
    >
      <td className="select-cell">
        <input
          type="checkbox"
          tabIndex={-1}
          checked={selected}
          onClick={(event) => event.stopPropagation()}
          onChange={(event) =>
            handlers.onCheck(index, event.nativeEvent instanceof MouseEvent && event.nativeEvent.shiftKey)
          }
          aria-label={t('jar.selectOne', { name: cookie.name })}
          data-testid="jar-row-select"
        />
      </td>
      <td title={cookie.site}>{cookie.site}</td>
      <th scope="row" title={cookie.name}>
        <code>{cookie.name}</code>
      </th>
      <td title={displayDomain(cookie)}>
        <code>{displayDomain(cookie)}</code>
      </td>
      <td title={cookie.path}>
        <code>{cookie.path}</code>
      </td>
      <td data-testid="jar-row-expires">
        {cookie.expires === null ? (
          <span className="muted">{t('cookie.session')}</span>
        ) : (
          <time
            dateTime={new Date(cookie.expires * 1000).toISOString()}
            title={dateTime(cookie.expires, language)}
          >
            {inTime(cookie.expires, nowMs, language)}
          </time>
        )}
      </td>
      <td className="flags">
        {cookie.httpOnly && <span className="flag">{t('cookie.colHttpOnly')}</span>}
        {cookie.secure && <span className="flag">{t('cookie.colSecure')}</span>}
        {sameSite !== null && <span className="flag same-site">{t(sameSite)}</span>}
      </td>
      <td>
        <span className={`chip cat-${category}`} data-testid="jar-row-category">
          {t(`categories.${category}`)}
        </span>
      </td>
      <td className="num">{t('jar.bytes', { formatted: count(bytes, language), count: bytes })}</td>
    </tr>
  );
});

export function PlaceholderRow({ index }: { index: number }) {
  const { t } = useTranslation();
  return (
    <tr className="jar-row placeholder" aria-rowindex={index + 2} aria-busy="true">
      <td colSpan={9}>
        <span className="visually-hidden">{t('common.loading')}</span>
        <span className="skeleton" aria-hidden="true" />
      </td>
    </tr>
  );
}
