// Detection across every family, through the one registry the jar, CLI and UI use.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeInput } from '../../../electron/core/formats/input';
import { READERS, WRITERS, detect, readInput } from '../../../electron/core/formats/registry';
import { READER_IDS, WRITER_IDS } from '../../../electron/core/formats/plugin';
import { EXPORT_FORMATS, IMPORT_FORMATS } from '../../../shared/model';

const FIX = join(__dirname, '../../fixtures/formats');
const input = (rel: string) => makeInput(rel.split('/').pop() ?? rel, readFileSync(join(FIX, rel)));

describe('format registry', () => {
  it('has a reader for every import format and a writer for every export format', () => {
    expect(READERS.map((r) => r.id).sort()).toEqual([...READER_IDS].sort());
    expect(WRITERS.map((w) => w.id).sort()).toEqual([...WRITER_IDS].sort());
    for (const f of IMPORT_FORMATS)
      if (f !== 'auto' && f !== 'json') expect(READERS.map((r) => r.id)).toContain(f);
    for (const f of EXPORT_FORMATS) if (f !== 'json') expect(WRITERS.map((w) => w.id)).toContain(f);
    for (const r of READERS) expect(r.keeps.length * r.loses.length).toBeGreaterThan(0);
  });

  it.each([
    ['curl-jar.txt', 'netscape'],
    ['crlf-bom.txt', 'netscape'],
    ['cookie-editor.json', 'extension-json'],
    ['editthiscookie.json', 'extension-json'],
    ['get-cookies-txt.json', 'extension-json'],
    ['a-cookie-manager.json', 'extension-json'],
    ['json/extension-session-only.json', 'extension-json'],
    ['json/playwright-state.json', 'playwright'],
    ['playwright-state.json', 'playwright'],
    ['json/puppeteer-cookies.json', 'cdp'],
    ['json/cdp-all-cookies.json', 'cdp'],
    ['json/selenium-cookies.json', 'selenium'],
    ['json/cookie-quick-manager.json', 'cookie-quick-manager'],
    ['json/firefox.har', 'har'],
    ['text/quirks.lwp', 'lwp'],
    ['text/set-cookie.txt', 'set-cookie'],
    ['text/header.txt', 'header'],
    ['invalid.json', 'extension-json'],
  ])('%s is read as %s, with a reason', (file, id) => {
    const found = detect(input(file));
    expect(found.reader?.id).toBe(id);
    expect(found.reason.length).toBeGreaterThan(5);
  });

  it('refuses what no reader knows, saying how the file starts', () => {
    const found = detect(makeInput('notes.md', Buffer.from('# My notes\nnothing here\n')));
    expect(found.reader).toBeNull();
    expect(found.reason).toContain('line 1');
  });

  it('reads a named format even when detection would choose another, and says so', async () => {
    const reading = await readInput(input('curl-jar.txt'), 'header', {
      nowMs: Date.now(),
      site: 'example.com',
    });
    expect(reading.reader?.id).toBe('header');
    expect(reading.reason).toContain('as asked');
  });
});
