// The one reader of declared durations. It never throws and always keeps the text as written: what it
// cannot read is `unknown`, and the UI shows the raw words.
import type { Duration, DurationKind } from '../policy';
import { findPhrases, mentionsBrowserClose, type PhraseHit } from './phrases';
import { readQuantities, type Quantity } from './quantities';
import { normalize, tokenize, type Token } from './text';
import { NUMBER_WORDS, withinOneEdit, type Unit } from './units';

// Two stated lifetimes closer than this are one lifetime said twice: "1 year (365 days)", "13 months / 395 days".
const SAME_LIFETIME = 0.02;

/** Reads a declared duration ("2 weeks by default", "jusqu'à 13 mois", "Session"); `raw` is kept exactly. */
export function parseDuration(raw: string): Duration {
  const text = typeof raw === 'string' ? raw : '';
  const { text: normalized, at } = normalize(text);
  const tokens = tokenize(normalized);
  const phrases = findPhrases(tokens);
  const all = readQuantities(tokens);
  const stated = all.filter((q) => !isLowerBound(q, phrases));
  const has = (kind: PhraseHit['kind']): boolean => phrases.some((p) => p.kind === kind);
  const session = has('session') || mentionsSession(tokens) || mentionsBrowserClose(tokens);
  const result = (kind: DurationKind, seconds: number | null, condition: string | null = null): Duration => ({
    raw: text,
    kind,
    seconds,
    condition,
  });

  if (stated.length === 0) {
    // "at least 1 hour" alone bounds nothing from above; "Session or persistent" says nothing certain.
    if (all.length === 0 && session && !has('persistent')) return result('session', null);
    return result('unknown', null);
  }
  const distinct = distinctLifetimes(stated);
  // Several lifetimes ("1 to 2 years", "30 minutes, 3w or 1y", "Session to 30 days"): any of them may
  // apply, so the longest is the bound.
  if (distinct.length > 1) return result('maximum', Math.max(...distinct.map((q) => q.seconds)));
  const only = distinct[0]!;
  if (has('maximum')) return result('maximum', only.seconds);
  const condition = conditionOf(only, tokens, phrases, text, at);
  if (condition !== null) return result('conditional', only.seconds, condition);
  if (has('default')) return result('default', only.seconds);
  // "14 days if you tick Remember me, otherwise Session": never longer than the lifetime.
  if (session) return result('maximum', only.seconds);
  return result('fixed', only.seconds);
}

/**
 * The unit the text itself counts `seconds` in ("12 months" → month, "1 an et demi" → year), when one of its
 * stated lifetimes is exactly those seconds; null otherwise.
 */
export function statedUnit(raw: string, seconds: number): Unit | null {
  const { text } = normalize(raw);
  const found = readQuantities(tokenize(text)).find((q) => Math.abs(q.seconds - seconds) < 0.001);
  return found ? found.unit : null;
}

function isLowerBound(q: Quantity, phrases: readonly PhraseHit[]): boolean {
  return phrases.some((p) => p.kind === 'lower' && (p.to === q.from || p.from === q.to));
}

function distinctLifetimes(quantities: readonly Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (const q of quantities) {
    const same = out.some(
      (o) => Math.abs(o.seconds - q.seconds) <= SAME_LIFETIME * Math.max(o.seconds, q.seconds),
    );
    if (!same) out.push(q);
  }
  return out;
}

// "session", "Sessions", "Seesion", "fin de session"; not "two sessions" (a count of them) nor "cession".
function mentionsSession(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word' || token.text[0] !== 's' || token.text.length < 6 || token.text.length > 9)
      continue;
    if (!(withinOneEdit(token.text, 'session') || withinOneEdit(token.text, 'sessions'))) continue;
    const before = tokens[i - 1];
    const counted =
      (before?.kind === 'number' && before.value >= 2) ||
      (before?.kind === 'word' && (NUMBER_WORDS.get(before.text) ?? 0) >= 2);
    if (!counted) return true;
  }
  return false;
}

const CLAUSE_TRIM = /^[\s\-\u2013\u2014:,;.]+|[\s\-\u2013\u2014:,;.]+$/g;

/**
 * The event the lifetime is counted from, quoted as written: "after last activity" in "2 years after last
 * activity", "renewed on each visit" in "renewed on each visit: 13 months". Null when there is none.
 */
function conditionOf(
  q: Quantity,
  tokens: readonly Token[],
  phrases: readonly PhraseHit[],
  raw: string,
  at: readonly number[],
): string | null {
  const lead = phrases.find((p) => p.kind === 'lead' && p.from === q.to);
  const keyword = phrases.find((p) => p.kind === 'condition');
  const anchor = lead ?? keyword;
  if (!anchor) return null;
  let from = anchor.from;
  if (!lead) {
    while (from > 0 && from !== q.to && !isBreak(tokens[from - 1]!)) from--;
  }
  let to = anchor.to;
  while (to < tokens.length && to !== q.from && !isBreak(tokens[to]!)) to++;
  const start = at[tokens[from]!.start]!;
  const end = at[tokens[to - 1]!.end]!;
  const clause = raw.slice(start, end).replace(CLAUSE_TRIM, '');
  return clause.length > 0 ? clause : null;
}

function isBreak(token: Token): boolean {
  return token.kind === 'mark' && token.break;
}
