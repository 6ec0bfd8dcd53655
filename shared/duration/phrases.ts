// The words around a lifetime that change what it means: bounds, defaults, the event a clock starts from,
// the end of the browser session. Written normalized (lower case, no accents, apostrophes dropped:
// "jusqu'à" is "jusqu a"). A trailing `*` matches any ending ("inactiv*": inactivity, inactivité, inactive).
import type { Token } from './text';

export type PhraseKind = 'maximum' | 'lower' | 'default' | 'condition' | 'lead' | 'persistent' | 'session';

const PHRASES: Readonly<Record<PhraseKind, readonly string[]>> = {
  maximum: [
    'up to',
    'upto',
    'max',
    'maxi',
    'maximum',
    'maximal',
    'maximale',
    'maximally',
    'at most',
    'at the most',
    'at the latest',
    'no more than',
    'not more than',
    'no longer than',
    'not longer than',
    'less than',
    'or less',
    'or shorter',
    'not exceeding',
    'not to exceed',
    'never exceeding',
    'limited to',
    'capped at',
    'jusqu a',
    'au plus',
    'au plus tard',
    'pas plus de',
    'moins de',
    'moins d',
    'ou moins',
    'inferieure a',
    'inferieur a',
    'inferieures a',
    'excedant',
    'exceder',
    'depassant',
    'depasser',
    'limitee a',
    'limite a',
    'limitees a',
    'plafonnee a',
    'dans la limite de',
  ],
  // Only next to a lifetime: "at least 1 hour", "1 hour or longer", "13 mois minimum".
  lower: [
    'at least',
    'minimum',
    'minimal',
    'or more',
    'or longer',
    'more than',
    'longer than',
    'no less than',
    'not less than',
    'au moins',
    'au minimum',
    'ou plus',
    'plus de',
  ],
  default: ['by default', 'default', 'defaults', 'defaults to', 'par defaut', 'defaut'],
  condition: [
    'inactiv*',
    'idle',
    'without activity',
    'no activity',
    'sans activite',
    'last activity',
    'last visit',
    'last use',
    'last access',
    'last interaction',
    'last login',
    'last request',
    'last update',
    'the last visit',
    'derniere visite',
    'derniere activite',
    'derniere utilisation',
    'derniere connexion',
    'derniere interaction',
    'derniere requete',
    'derniere mise',
    'dernier acces',
    'dernier passage',
    'renew*',
    'renouvel*',
    'refresh*',
    'prolong*',
    'extended',
    'rolling',
    'sliding',
    'glissant*',
    'each visit',
    'every visit',
    'each request',
    'every request',
    'chaque visite',
    'chaque requete',
  ],
  // Right after a lifetime, these start the event it is counted from: "2 years after last activity".
  lead: [
    'after',
    'from',
    'since',
    'following',
    'counted',
    'starting',
    'apres',
    'depuis',
    'suivant',
    'a compter',
    'a partir',
  ],
  // The session said another way; "session" itself and its misspellings are read in parse.ts.
  session: [
    'end of your visit',
    'end of the visit',
    'end of visit',
    'fin de la visite',
    'fin de votre visite',
  ],
  persistent: ['persistent', 'persistant', 'persistante', 'permanent', 'permanente'],
};

export interface PhraseHit {
  kind: PhraseKind;
  /** Token indices: `from` inclusive, `to` exclusive. */
  from: number;
  to: number;
}

interface Phrase {
  kind: PhraseKind;
  words: readonly string[];
}

// Indexed by first word; longest phrases first so "no more than" wins over "more than".
const BY_FIRST = new Map<string, Phrase[]>();
const BY_PREFIX: Phrase[] = [];
for (const kind of Object.keys(PHRASES) as PhraseKind[]) {
  for (const text of PHRASES[kind]) {
    const words = text.split(' ');
    const phrase = { kind, words };
    if (words[0]!.endsWith('*')) BY_PREFIX.push(phrase);
    else BY_FIRST.set(words[0]!, [...(BY_FIRST.get(words[0]!) ?? []), phrase]);
  }
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.words.length - a.words.length);

function wordMatches(pattern: string, word: string): boolean {
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern;
}

function matchAt(tokens: readonly Token[], i: number, phrase: Phrase): boolean {
  for (let k = 0; k < phrase.words.length; k++) {
    const token = tokens[i + k];
    if (token?.kind !== 'word' || !wordMatches(phrase.words[k]!, token.text)) return false;
  }
  return true;
}

function firstMatch(
  tokens: readonly Token[],
  i: number,
  phrases: readonly Phrase[] | undefined,
): Phrase | null {
  for (const phrase of phrases ?? []) if (matchAt(tokens, i, phrase)) return phrase;
  return null;
}

/** Every phrase in the tokens, left to right, without overlaps. */
export function findPhrases(tokens: readonly Token[]): PhraseHit[] {
  const hits: PhraseHit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const phrase =
      token.kind === 'word'
        ? (firstMatch(tokens, i, BY_FIRST.get(token.text)) ?? firstMatch(tokens, i, BY_PREFIX))
        : null;
    const hit = phrase ? { kind: phrase.kind, from: i, to: i + phrase.words.length } : null;
    if (hit) {
      hits.push(hit);
      i = hit.to;
    } else i++;
  }
  return hits;
}

// The end of the browser session, said without the word "session": "when the browser is closed",
// "à la fermeture du navigateur", "end of browsing".
const BROWSER = new Set(['browser', 'browsers', 'browsing', 'navigateur', 'navigateurs', 'navigation']);
const CLOSING = new Set([
  'close',
  'closed',
  'closes',
  'closing',
  'closure',
  'quit',
  'quits',
  'quitting',
  'exit',
  'exits',
  'shut',
  'end',
  'ends',
  'fermeture',
  'ferme',
  'fermee',
  'fermez',
  'fermer',
  'quitte',
  'quittez',
  'quitter',
  'fin',
]);

/** Whether the text speaks of closing the browser. */
export function mentionsBrowserClose(tokens: readonly Token[]): boolean {
  let browser = false;
  let closing = false;
  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    if (BROWSER.has(token.text)) browser = true;
    else if (CLOSING.has(token.text)) closing = true;
  }
  return browser && closing;
}
