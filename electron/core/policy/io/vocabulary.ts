// What a cookie table's header cells are called, in English and French, and which field each one names.
import { fold } from './text';

export type Field =
  'name' | 'supplier' | 'domain' | 'duration' | 'purpose' | 'type' | 'category' | 'wildcard';

export type Language = 'en' | 'fr';

interface Term {
  field: Field;
  /** Which language the word is a clue of; null for words both languages write (Type, Description). */
  lang: Language | null;
}

const EXACT = new Map<string, Term>();

function terms(field: Field, lang: Language | null, words: string[]): void {
  for (const word of words) EXACT.set(fold(word), { field, lang });
}

terms('name', 'en', [
  'Name',
  'Names',
  'Cookie',
  'Cookies',
  'Cookie name',
  'Cookie names',
  'Name of cookie',
  'Name of the cookie',
  'Cookie / Data Key name',
  'Key',
  'Tracker',
]);
terms('name', 'fr', [
  'Nom',
  'Nom du cookie',
  'Nom des cookies',
  'Nom du traceur',
  'Traceur',
  'Nom du cookie / traceur',
]);
terms('supplier', 'en', [
  'Provider',
  'Providers',
  'Supplier',
  'Supplier name',
  'Owner',
  'Vendor',
  'Set by',
  'Platform',
  'Data Controller',
  'Third party',
  'Service',
]);
terms('supplier', 'fr', [
  'Fournisseur',
  'Propriétaire',
  'Émetteur',
  'Éditeur',
  'Société',
  'Partenaire',
  'Tiers',
]);
terms('domain', 'en', ['Domain', 'Host']);
terms('domain', 'fr', ['Domaine', 'Hôte']);
terms('duration', 'en', [
  'Duration',
  'Expiry',
  'Expires',
  'Expires after',
  'Expiry date',
  'Storage time',
  'Storage period',
  'Lifespan',
  'Lifetime',
  'Retention',
  'Retention period',
  'Maximum Storage Duration',
  'Max storage duration',
  'Max age',
  'Max-Age',
]);
terms('duration', 'fr', [
  'Durée',
  'Durée de conservation',
  'Durée de stockage',
  'Durée de vie',
  'Durée de validité',
  'Conservation',
  'Validité',
]);
terms('duration', null, ['Expiration']);
terms('purpose', 'en', [
  'Purpose',
  'Purposes',
  'Function',
  'Goal',
  'Usage',
  'Use',
  'Used for',
  'What it does',
]);
terms('purpose', 'fr', ['Finalité', 'Finalités', 'But', 'Fonction', 'Objectif', 'Utilisation', 'Rôle']);
terms('purpose', null, ['Description']);
terms('type', 'en', ['Storage type', 'Kind']);
terms('type', 'fr', ['Type de stockage']);
terms('type', null, ['Type']);
terms('category', 'en', ['Category', 'Cookie category', 'Categories']);
terms('category', 'fr', ['Catégorie', 'Catégorie de cookie', 'Catégories']);
terms('wildcard', 'en', ['Wildcard match']);

// A header no list above names exactly ("Cookie duration", "Durée maximale", "Provider / Domain") is read by the
// words in it. The order matters: "Cookie purpose" is a purpose, not a name; names come last.
const KEYWORDS: readonly [Field, RegExp][] = [
  [
    'duration',
    /\b(?:duration|expir\w*|lifespan|lifetime|retention|duree|conservation|storage time|storage period)\b/,
  ],
  ['category', /\bcategor\w*/],
  ['type', /\btype\b/],
  ['supplier', /\b(?:provider|supplier|owner|vendor|fournisseur|proprietaire|emetteur|editeur|set by)\b/],
  ['purpose', /\b(?:purpose|function|goal|description|finalite\w*|objecti\w*|fonction|but)\b/],
  ['domain', /\b(?:domain|domaine|host)\b/],
  ['name', /\b(?:name|nom|cookie|traceur)\b/],
];

function headerKey(text: string): string {
  return fold(text)
    .replace(/\(s\)/g, 's')
    .replace(/^[\s*#:.-]+|[\s*:.]+$/g, '')
    .trim();
}

export interface ColumnMap {
  /** Column index of each field the header names. */
  columns: Partial<Record<Field, number>>;
  /** The header's own words for each field, for messages. */
  labels: Partial<Record<Field, string>>;
  /** Language clues: how many header words are English, how many French. */
  votes: Record<Language, number>;
}

/** Which field each header cell names; exact words first, then keywords, each field taken by its first column. */
export function mapHeader(cells: readonly string[]): ColumnMap {
  const map: ColumnMap = { columns: {}, labels: {}, votes: { en: 0, fr: 0 } };
  const keys = cells.map(headerKey);
  const taken = new Set<number>();
  keys.forEach((key, index) => {
    const term = EXACT.get(key);
    if (!term || map.columns[term.field] !== undefined) return;
    map.columns[term.field] = index;
    map.labels[term.field] = cells[index]!.trim();
    taken.add(index);
    if (term.lang) map.votes[term.lang]++;
  });
  keys.forEach((key, index) => {
    if (taken.has(index) || key.length === 0 || key.length > 60) return;
    for (const [field, pattern] of KEYWORDS) {
      if (map.columns[field] === undefined && pattern.test(key)) {
        map.columns[field] = index;
        map.labels[field] = cells[index]!.trim();
        break;
      }
    }
  });
  return map;
}

/** A cookie table names a cookie and a duration; everything else is optional. */
export function isCookieHeader(map: ColumnMap): boolean {
  return map.columns.name !== undefined && map.columns.duration !== undefined;
}

/** Names a cookie and says something about it, but no duration: worth telling the user why it was left out. */
export function looksLikeCookieTableWithoutDuration(map: ColumnMap): boolean {
  return (
    map.columns.name !== undefined &&
    map.columns.duration === undefined &&
    (map.columns.purpose !== undefined || map.columns.supplier !== undefined)
  );
}
