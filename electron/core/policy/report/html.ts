// The report as one self-contained HTML page: inline CSS, no script, nothing fetched (the CSP says so too), every
// text escaped — cookie names and policy wording come from websites.
import { formatSeconds } from '../../../../shared/duration';
import { SEVERITIES, type Finding, type Report } from '../../../../shared/model';
import { lifetimeBars } from './html-bars';
import { escapeHtml, WORDS } from './html-text';
import { describe, type Lang } from './messages';

const CSS = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d1d1f;margin:2rem auto;max-width:72rem;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:2rem 0 .5rem}.meta{color:#555;margin:0}
.summary{display:flex;gap:.75rem;flex-wrap:wrap;list-style:none;padding:0}
.summary li{border-radius:.5rem;padding:.5rem .9rem;border:1px solid #ccc;min-width:6rem}
.summary b{display:block;font-size:1.5rem}
.sev-high{background:#fde2e1;border-color:#d93025}.sev-medium{background:#fef0d9;border-color:#e37400}
.sev-low{background:#e6f0fd;border-color:#1a73e8}.sev-info{background:#f1f3f4;border-color:#9aa0a6}
.bars{display:grid;gap:.4rem}.bar-row{display:grid;grid-template-columns:14rem 1fr;gap:.1rem 1rem;align-items:center}
.bar-name{overflow-wrap:anywhere}.bar-name span{display:block;color:#555;font-size:.8rem}
.track{position:relative;height:1.1rem;background:#f1f3f4;border-radius:.2rem}
.real,.over{position:absolute;top:0;bottom:0;left:0;background:#1a73e8;border-radius:.2rem}
.real.undeclared{background:#9aa0a6}.over{background:#d93025}
.mark{position:absolute;top:-.25rem;bottom:-.25rem;width:3px;margin-left:-1px;background:#1d1d1f}
.mark.cnil{background:repeating-linear-gradient(#e37400 0 3px,transparent 3px 6px)}
.bar-text{grid-column:2;color:#555;font-size:.8rem}
.legend .key{display:inline-block;width:1rem;height:.7rem;margin:0 .3rem 0 .8rem;position:static;vertical-align:middle}
.legend .key.real{background:#1a73e8}.legend .key.undeclared{background:#9aa0a6}.legend .key.over{background:#d93025}.legend .key.mark{background:#1d1d1f;width:3px}
.legend .key.cnil{background:#e37400;width:3px}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid #ddd}
th{background:#f8f9fa}td.name{overflow-wrap:anywhere;font-family:ui-monospace,monospace}
td.sev{font-weight:600;white-space:nowrap}
`;

function summary(report: Report, lang: Lang): string {
  const w = WORDS[lang];
  const items = SEVERITIES.map((s) => {
    const count = report.findings.filter((f) => f.severity === s).length;
    return `<li class="sev-${s}"><b>${count}</b>${escapeHtml(w.severity[s])}</li>`;
  });
  const none = report.findings.length === 0 ? `<p>${escapeHtml(w.noFindings)}</p>` : '';
  return `<section><h2>${escapeHtml(w.summary)}</h2><ul class="summary">${items.join('')}</ul>${none}</section>`;
}

function actualText(f: Finding, lang: Lang): string {
  if (f.evidence.actualSeconds !== null) return formatSeconds(f.evidence.actualSeconds, lang);
  return f.type === 'cookie' && f.evidence.where !== null ? WORDS[lang].session : '';
}

function findingsTable(report: Report, lang: Lang): string {
  if (report.findings.length === 0) return '';
  const w = WORDS[lang];
  const c = w.columns;
  const head = [c.severity, c.site, c.cookie, c.kind, c.message, c.declared, c.actual]
    .map((t) => `<th scope="col">${escapeHtml(t)}</th>`)
    .join('');
  const rows = report.findings.map((f) => {
    const message = lang === 'en' ? f.message : describe(f, lang);
    return (
      `<tr class="sev-${f.severity}"><td class="sev">${escapeHtml(w.severity[f.severity])}</td>` +
      `<td>${escapeHtml(f.site)}</td><td class="name">${escapeHtml(f.cookie ?? '')}</td>` +
      `<td>${escapeHtml(w.kind[f.kind])}</td><td>${escapeHtml(message)}</td>` +
      `<td>${escapeHtml(f.evidence.declared?.raw ?? '')}</td><td>${escapeHtml(actualText(f, lang))}</td></tr>`
    );
  });
  return (
    `<section><h2>${escapeHtml(w.findings)}</h2><table><thead><tr>${head}</tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></section>`
  );
}

export function reportToHtml(report: Report, lang: Lang): string {
  const w = WORDS[lang];
  const generated = new Date(report.generatedAt);
  const when = Number.isNaN(generated.getTime())
    ? report.generatedAt
    : new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(
        generated,
      ) + ' UTC';
  return [
    '<!doctype html>',
    `<html lang="${lang}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(w.title)}</title><style>${CSS}</style></head><body>`,
    `<h1>${escapeHtml(w.title)}</h1>`,
    `<p class="meta">${escapeHtml(w.generated)} ${escapeHtml(when)} · ${escapeHtml(w.sites + w.colon)}${escapeHtml(report.sites.join(', '))}</p>`,
    summary(report, lang),
    lifetimeBars(report, lang),
    findingsTable(report, lang),
    '</body></html>',
    '',
  ].join('\n');
}
