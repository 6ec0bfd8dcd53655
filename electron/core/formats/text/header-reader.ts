// A `Cookie:` request header, as copied from the browser's network panel or a curl -v trace:
//   Cookie: a=b; c=d
// It carries names and values only, so the cookies become host-only cookies of the site the user names,
// path "/", session, with no flags; a note says so, since everything else the browser knew is gone.
import { reasonFor } from '../../../../shared/problem-codes';
import { problemAt } from '../limits';
import type { CookieData } from '../../../../shared/model';
import { ProblemList, quote } from '../limits';
import type { ParsedEntry } from '../types';
import type { Reader, ReadInput, ReadOptions, ReadResult } from '../plugin';
import { afterPrefix, eachLine, trimOws } from './lines';

const PREFIX = 'Cookie:';

/** The host of `--site`: a bare host ("www.example.com", "www.example.com:8080") or a URL. */
export function siteHost(site: string): string | null {
  const trimmed = site.trim();
  if (trimmed === '' || /\s/.test(trimmed)) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`);
    const host = url.hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '');
    return host === '' ? null : host;
  } catch {
    return null;
  }
}

function hostOnlyCookie(name: string, value: string, domain: string): CookieData {
  return {
    name,
    value,
    domain,
    hostOnly: true,
    path: '/',
    expires: null,
    httpOnly: false,
    secure: false,
    sameSite: null,
  };
}

function readHeader(input: ReadInput, options: ReadOptions): ReadResult {
  const problems = new ProblemList(input.name);
  const notes = new ProblemList(input.name);
  if (options.site === undefined || options.site.trim() === '') {
    return {
      cookies: [],
      storage: [],
      problems: [problemAt(input.name, input.name, reasonFor('NEEDS_SITE'))],
      notes: [],
    };
  }
  const host = siteHost(options.site);
  if (host === null) {
    return {
      cookies: [],
      storage: [],
      problems: [
        problemAt(input.name, input.name, reasonFor('BAD_SITE_OPTION', { value: quote(options.site) })),
      ],
      notes: [],
    };
  }
  // Insertion order is kept by the Map; a repeated name is removed and added again at its later place.
  const byName = new Map<string, ParsedEntry>();
  eachLine(input, problems, ({ text, where }) => {
    const body = afterPrefix(text, PREFIX) ?? text;
    body.split(';').forEach((raw, index) => {
      const pair = trimOws(raw);
      if (pair === '') return;
      const eq = pair.indexOf('=');
      if (eq < 0) {
        problems.add(where, reasonFor('HEADER_PAIR_NO_EQUALS', { pair: index + 1 }));
        return;
      }
      const name = trimOws(pair.slice(0, eq));
      if (name === '') {
        problems.add(where, reasonFor('HEADER_PAIR_NO_NAME', { pair: index + 1 }));
        return;
      }
      const earlier = byName.get(name);
      if (earlier) {
        notes.add(
          where,
          reasonFor('NOTE_HEADER_REPEATED', { name: quote(name), first: earlier.where ?? '' }),
        );
        byName.delete(name);
      }
      byName.set(name, { cookie: hostOnlyCookie(name, trimOws(pair.slice(eq + 1)), host), where });
    });
  });
  const cookies = [...byName.values()];
  if (cookies.length > 0) {
    notes.add(input.name, reasonFor('NOTE_HEADER_ONLY_PAIRS', { host }));
  }
  return { cookies, storage: [], problems: problems.list(), notes: notes.list() };
}

export const headerReader: Reader = {
  id: 'header',
  label: 'Cookie: request header',
  kind: 'text',
  sniff(input) {
    return afterPrefix(input.text().slice(0, 64), PREFIX) !== null
      ? reasonFor('SNIFF_STARTS_WITH', { text: PREFIX })
      : null;
  },
  read: readHeader,
  keeps: 'names and values, for the site given with --site (host-only, path "/")',
  loses: 'domain scope, path, expiry, Secure, HttpOnly, SameSite: a Cookie header does not carry them',
};
