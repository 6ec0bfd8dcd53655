// A policy as a page a site owner can publish: one section per category (heading, description, table), every
// text escaped, no script, nothing loaded from elsewhere. readPolicy reads it back to the same entries.
import { CATEGORIES, type Category } from '../../../../shared/category';
import type { PolicyEntry, SitePolicy } from '../../../../shared/policy';
import { formatDeclaredName } from '../../../../shared/name-pattern';
import { CATEGORY_TITLES, TYPE_LABELS, mapCategory } from './categories';

type Lang = 'en' | 'fr';

const WORDS: Record<
  Lang,
  Record<'title' | 'supplier' | 'name' | 'type' | 'duration' | 'function' | 'by', string>
> = {
  en: {
    title: 'Cookie policy',
    supplier: 'Supplier',
    name: 'Cookie name',
    type: 'Type',
    duration: 'Duration',
    function: 'Function',
    by: 'Published by',
  },
  fr: {
    title: 'Politique de cookies',
    supplier: 'Fournisseur',
    name: 'Nom du cookie',
    type: 'Type',
    duration: 'Durée de conservation',
    function: 'Finalité',
    by: 'Publié par',
  },
};

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;color:#1b1b1b;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.8rem}h2{font-size:1.3rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;margin:1rem 0}
th,td{border:1px solid #c8c8c8;padding:.4rem .6rem;text-align:left;vertical-align:top}
th{background:#f2f2f2}code{font-size:.95em;word-break:break-all}`;

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function paragraphs(text: string, className?: string): string {
  const cls = className ? ` class="${className}"` : '';
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => `<p${cls}>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

/** The section's own heading when it reads back as its category; the canonical title otherwise. */
function headingFor(
  policy: SitePolicy,
  category: Category,
  lang: Lang,
): { heading: string; description: string } {
  const section = policy.sections.find((s) => s.category === category);
  const title = CATEGORY_TITLES[lang][category];
  if (!section) return { heading: title, description: '' };
  const ownFits = section.heading.trim().length > 0 && mapCategory(section.heading) === category;
  return { heading: ownFits ? section.heading : title, description: section.description };
}

function row(entry: PolicyEntry, withType: boolean, lang: Lang): string {
  const cells = [
    escapeHtml(entry.supplier),
    `<code>${escapeHtml(formatDeclaredName(entry))}</code>`,
    ...(withType ? [escapeHtml(TYPE_LABELS[lang][entry.type])] : []),
    escapeHtml(entry.duration.raw),
    escapeHtml(entry.function),
  ];
  return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
}

export function writePolicyHtml(policy: SitePolicy, lang: Lang): string {
  const w = WORDS[lang];
  // A Type column only when something is not an HTTP cookie: most policies list cookies alone.
  const withType = policy.entries.some((e) => e.type !== 'cookie');
  const head = [w.supplier, w.name, ...(withType ? [w.type] : []), w.duration, w.function]
    .map((h) => `<th scope="col">${escapeHtml(h)}</th>`)
    .join('');
  const sections = CATEGORIES.filter(
    (c) => policy.entries.some((e) => e.category === c) || policy.sections.some((s) => s.category === c),
  ).map((category) => {
    const { heading, description } = headingFor(policy, category, lang);
    const entries = policy.entries.filter((e) => e.category === category);
    const table =
      entries.length === 0
        ? ''
        : `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${entries.map((e) => row(e, withType, lang)).join('\n')}\n</tbody>\n</table>`;
    return [`<section>`, `<h2>${escapeHtml(heading)}</h2>`, paragraphs(description), table, `</section>`]
      .filter((part) => part.length > 0)
      .join('\n');
  });
  const title = `${w.title} — ${policy.site}`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta property="og:site_name" content="${escapeHtml(policy.publisher)}">`,
    `<meta property="og:url" content="https://${escapeHtml(policy.site)}/">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(title)}</h1>`,
    paragraphs(policy.intro, 'intro'),
    policy.publisher ? `<p class="publisher">${escapeHtml(w.by)} ${escapeHtml(policy.publisher)}</p>` : '',
    ...sections,
    '</main>',
    '</body>',
    '</html>',
    '',
  ]
    .filter((line, index, all) => line.length > 0 || index === all.length - 1)
    .join('\n');
}
