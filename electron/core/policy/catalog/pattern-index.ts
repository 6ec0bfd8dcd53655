// Finds the best declared pattern for a stored name without scanning every pattern: exact names in a Map,
// prefixes bucketed by their first two characters (longest first), regexes last, each skipped at once when
// the name lacks the literal text its pattern starts with. "Best" is matchRank's order: exact, then the
// longest prefix, then the first regex.
import type { NameMatch } from '../../../../shared/policy';

export interface Pattern {
  name: string;
  match: NameMatch;
}

interface CompiledRegex<T> {
  re: RegExp;
  /** Text every match starts with (`mp_` for `^mp_[0-9a-f]+_mixpanel$`), '' when the pattern does not say. */
  literal: string;
  item: T;
}

export class PatternIndex<T extends Pattern> {
  private readonly exact = new Map<string, T>();
  /** Prefixes of two or more characters by their first two, each list longest first. */
  private readonly prefixes = new Map<string, T[]>();
  /** One-character prefixes, by that character. */
  private readonly shortPrefixes = new Map<string, T>();
  private readonly regexes: CompiledRegex<T>[] = [];
  private readonly regexSources = new Set<string>();

  /** Adds a pattern unless the same one (name and match) is already there: the first one added wins. */
  add(item: T): boolean {
    switch (item.match) {
      case 'exact':
        if (this.exact.has(item.name)) return false;
        this.exact.set(item.name, item);
        return true;
      case 'prefix':
        return this.addPrefix(item);
      case 'regex': {
        if (this.regexSources.has(item.name)) return false;
        // Compiled as shared/name-pattern compiles it, so indexed and scanned matching agree.
        const re = compile(item.name);
        if (!re) return false;
        this.regexSources.add(item.name);
        this.regexes.push({ re, literal: literalStart(item.name), item });
        return true;
      }
    }
  }

  lookup(name: string): T | null {
    const exact = this.exact.get(name);
    if (exact) return exact;
    if (name.length >= 2) {
      for (const item of this.prefixes.get(name.slice(0, 2)) ?? []) {
        if (name.startsWith(item.name)) return item;
      }
    }
    const short = this.shortPrefixes.get(name.charAt(0));
    if (short) return short;
    for (const { re, literal, item } of this.regexes) {
      if (name.startsWith(literal) && re.test(name)) return item;
    }
    return null;
  }

  private addPrefix(item: T): boolean {
    const { name } = item;
    if (name.length === 0) return false;
    if (name.length === 1) {
      if (this.shortPrefixes.has(name)) return false;
      this.shortPrefixes.set(name, item);
      return true;
    }
    const key = name.slice(0, 2);
    const bucket = this.prefixes.get(key) ?? [];
    if (bucket.some((other) => other.name === name)) return false;
    // Longest first; among equal lengths the order does not matter (two different strings of one length
    // cannot both start one name).
    const at = bucket.findIndex((other) => other.name.length < name.length);
    bucket.splice(at < 0 ? bucket.length : at, 0, item);
    this.prefixes.set(key, bucket);
    return true;
  }
}

function compile(source: string): RegExp | null {
  try {
    return new RegExp(source, 'u');
  } catch {
    return null;
  }
}

/**
 * The plain text an anchored pattern starts with: `^kndctr_` of `^kndctr_.+_AdobeOrg_identity$`. Stops at the
 * first special character, and gives up on alternation, where `^a|b` promises nothing about the start.
 */
export function literalStart(source: string): string {
  if (!source.startsWith('^') || source.includes('|')) return '';
  let literal = '';
  for (const char of source.slice(1)) {
    if ('?*{'.includes(char)) return literal.slice(0, -1); // the character before may be absent
    if ('\\^$.+()[]}'.includes(char)) return literal;
    literal += char;
  }
  return literal;
}
