// The picture: one CSS bar per cookie named in a finding, its real lifetime against the declared mark on one shared
// linear scale, so a cookie that outlives its declaration visibly runs past the mark (the overflow in red).
import { formatDuration, formatSeconds } from '../../../../shared/duration';
import type { Duration, Report } from '../../../../shared/model';
import { TRACKER_LIMIT_SECONDS } from './input';
import type { Lang } from './messages';
import { escapeHtml, WORDS } from './html-text';

interface Bar {
  site: string;
  cookie: string;
  where: string | null;
  declared: Duration | null;
  actual: number | null;
  stored: boolean;
  tracker: boolean;
}

/** One bar per (site, cookie, domain), merging what its findings know. */
function barsOf(report: Report): Bar[] {
  const bars = new Map<string, Bar>();
  for (const f of report.findings) {
    if (f.cookie === null || f.type !== 'cookie') continue;
    const key = JSON.stringify([f.site, f.cookie, f.evidence.where]);
    const bar = bars.get(key) ?? {
      site: f.site,
      cookie: f.cookie,
      where: f.evidence.where,
      declared: null,
      actual: null,
      stored: false,
      tracker: false,
    };
    bar.declared ??= f.evidence.declared;
    bar.actual ??= f.evidence.actualSeconds;
    bar.stored ||= f.kind !== 'not-seen';
    bar.tracker ||= f.kind === 'tracking-over-13-months';
    bars.set(key, bar);
  }
  const order = (b: Bar) => [b.site, b.cookie, b.where ?? ''];
  return [...bars.values()]
    .sort((a, b) => compareTexts(order(a), order(b)))
    .filter((b) => b.actual !== null || b.declared?.seconds != null || b.declared?.kind === 'session');
}

function compareTexts(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
}

function percent(seconds: number, scale: number): string {
  return `${Math.min(100, (seconds / scale) * 100).toFixed(2)}%`;
}

function row(bar: Bar, scale: number, lang: Lang): string {
  const w = WORDS[lang];
  const declaredSeconds =
    bar.declared === null ? null : bar.declared.kind === 'session' ? 0 : bar.declared.seconds;
  const declaredText = bar.declared === null ? w.notDeclared : formatDuration(bar.declared, lang);
  const realText = !bar.stored
    ? w.notStored
    : bar.actual === null
      ? w.session
      : formatSeconds(bar.actual, lang);
  const parts: string[] = [];
  if (bar.actual !== null) {
    const within = declaredSeconds === null ? bar.actual : Math.min(bar.actual, declaredSeconds);
    const cls = declaredSeconds === null ? 'real undeclared' : 'real';
    parts.push(`<div class="${cls}" style="width:${percent(within, scale)}"></div>`);
    if (declaredSeconds !== null && bar.actual > declaredSeconds) {
      parts.push(
        `<div class="over" style="left:${percent(declaredSeconds, scale)};width:${percent(bar.actual - declaredSeconds, scale)}"></div>`,
      );
    }
  }
  if (declaredSeconds !== null)
    parts.push(`<div class="mark" style="left:${percent(declaredSeconds, scale)}"></div>`);
  if (bar.tracker)
    parts.push(`<div class="mark cnil" style="left:${percent(TRACKER_LIMIT_SECONDS, scale)}"></div>`);
  const colon = w.colon;
  const label = `${w.declared}${colon}${declaredText} · ${w.real}${colon}${realText}`;
  return (
    `<div class="bar-row"><div class="bar-name"><strong>${escapeHtml(bar.cookie)}</strong>` +
    `<span>${escapeHtml(bar.where ?? bar.site)}</span></div>` +
    `<div class="track" role="img" aria-label="${escapeHtml(label)}">${parts.join('')}</div>` +
    `<div class="bar-text">${escapeHtml(label)}</div></div>`
  );
}

export function lifetimeBars(report: Report, lang: Lang): string {
  const bars = barsOf(report);
  if (bars.length === 0) return '';
  const w = WORDS[lang];
  let scale = 1;
  for (const b of bars) {
    scale = Math.max(scale, b.actual ?? 0, b.declared?.seconds ?? 0, b.tracker ? TRACKER_LIMIT_SECONDS : 0);
  }
  const legend =
    `<p class="legend"><span class="key real"></span>${escapeHtml(w.real)} <span class="key over"></span>` +
    `${escapeHtml(w.real)} &gt; ${escapeHtml(w.declared)} <span class="key mark"></span>${escapeHtml(w.declared)} ` +
    `<span class="key undeclared"></span>${escapeHtml(w.realUndeclared)} <span class="key cnil"></span>${escapeHtml(w.cnilLimit)}</p>`;
  return (
    `<section><h2>${escapeHtml(w.lifetimes)}</h2><p>${escapeHtml(w.lifetimesNote)}</p>${legend}` +
    `<div class="bars">${bars.map((b) => row(b, scale, lang)).join('')}</div></section>`
  );
}
