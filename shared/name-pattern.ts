// Declared cookie names as policies and catalogs write them, and whether a stored name matches one.
// Policies write families of cookies many ways: `_ga_*`, `_ga_<container-id>`, `_hjSession_[id]`, `_gac_xxx`, or a
// regular expression between slashes. Each becomes an exact name, a prefix, or a regex.
import type { NameMatch } from './policy';

export interface NamePattern {
  name: string;
  match: NameMatch;
}

/** Longest pattern source we compile: policies are written by people, and a regex is run against every stored name. */
const MAX_REGEX = 200;

// A placeholder at the end stands for "any suffix": `_ga_<container-id>`, `_hjSession_[id]`, `_pk_id.{site}`,
// `_gac_xxx`, `_ga_XXXXXXX`, `ai_session…`.
const PLACEHOLDER_TAIL = /(?:\*+|<[^<>]{1,40}>|\[[^[\]]{1,40}\]|\{[^{}]{1,40}\}|x{3,}|X{3,}|#+|…|\.\.\.)$/;

/** Reads a declared name: `_ga_*` and `_ga_<id>` are prefixes, `/^_hj/` a regex, anything else exact. */
export function parseDeclaredName(text: string): NamePattern {
  const trimmed = text.trim();
  const regex = /^\/(.+)\/[a-z]*$/s.exec(trimmed);
  if (regex && regex[1]!.length <= MAX_REGEX && compiles(regex[1]!))
    return { name: regex[1]!, match: 'regex' };
  const tail = PLACEHOLDER_TAIL.exec(trimmed);
  if (tail && tail.index > 0) {
    const prefix = trimmed.slice(0, tail.index);
    // `*` inside the name too (`_pk_ses.*.*`): keep only what comes before the first one.
    const star = prefix.indexOf('*');
    const head = star >= 0 ? prefix.slice(0, star) : prefix;
    if (head.length > 0) return { name: head, match: 'prefix' };
  }
  return { name: trimmed, match: 'exact' };
}

/** How a pattern reads back in a table: `_ga_*` for a prefix, `/…/` for a regex. */
export function formatDeclaredName(pattern: NamePattern): string {
  if (pattern.match === 'prefix') return `${pattern.name}*`;
  if (pattern.match === 'regex') return `/${pattern.name}/`;
  return pattern.name;
}

const compiled = new Map<string, RegExp | null>();

function compile(source: string): RegExp | null {
  let re = compiled.get(source);
  if (re === undefined) {
    try {
      re = new RegExp(source, 'u');
    } catch {
      re = null;
    }
    compiled.set(source, re);
  }
  return re;
}

function compiles(source: string): boolean {
  return compile(source) !== null;
}

/** Whether a stored cookie or key name is the declared one (names are case-sensitive, as browsers keep them). */
export function nameMatches(pattern: NamePattern, stored: string): boolean {
  switch (pattern.match) {
    case 'exact':
      return stored === pattern.name;
    case 'prefix':
      return stored.startsWith(pattern.name);
    case 'regex':
      return compile(pattern.name)?.test(stored) ?? false;
  }
}

/** Exact beats prefix beats regex; among prefixes the longest wins (`_ga_` over `_ga`). */
export function matchRank(pattern: NamePattern): number {
  if (pattern.match === 'exact') return 1_000_000;
  if (pattern.match === 'prefix') return 1000 + pattern.name.length;
  return 0;
}
