// The French texts of the consent platforms' options (renderer/features/consent/option-text.ts) against the
// core's real adapters: every option of every adapter has one, none is left over from an option that is gone,
// each is a translation (not the English copied), and it keeps the English text's numbers and identifiers.
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../electron/core/consent/registry';
import { OPTION_TEXT_FR, optionDescription } from '../../renderer/features/consent/option-text';

const options = ADAPTERS.flatMap((adapter) =>
  adapter.optionDocs.map((option) => ({ key: `${adapter.id}.${option.name}`, cmp: adapter.id, option })),
);
const french: Readonly<Record<string, string>> = OPTION_TEXT_FR;

/** An option path or call the English text is made of alone (`cookie.path.`, `tarteaucitron.init({ cookieName }).`). */
const PURE_IDENTIFIER = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*(?:\(\{ [A-Za-z_$][\w$]* \}\))?\.?$/;

/** English abbreviations that look like dotted paths; a translation says them its own way. */
const ABBREVIATIONS = new Set(['e.g', 'i.e']);

/** The parts a translation keeps as they are: numbers, `code`, dotted paths, snake_case and camelCase names. */
function kept(text: string): string[] {
  const code = text.match(/`[^`]+`/g) ?? [];
  const numbers = text.match(/\d+(?:\.\d+)*/g) ?? [];
  const names =
    text
      .replace(/`[^`]+`/g, ' ')
      .match(/[A-Za-z_$][\w$-]*(?:\.[\w$*-]+)+|\b[\w-]*_[\w-]*\b|\b[a-z]+[A-Z][\w$]*\b/g)
      ?.map((name) => name.replace(/\.$/, ''))
      .filter((name) => !ABBREVIATIONS.has(name)) ?? [];
  return [...new Set([...code, ...numbers, ...names])];
}

describe('French option texts', () => {
  it('covers every option of every adapter', () => {
    expect(options.length).toBeGreaterThan(100);
    const missing = options.filter(({ key }) => !Object.hasOwn(french, key)).map(({ key }) => key);
    expect(missing).toEqual([]);
  });

  it('has no text for an option no adapter has', () => {
    const known = new Set(options.map(({ key }) => key));
    expect(Object.keys(french).filter((key) => !known.has(key))).toEqual([]);
  });

  it('translates every text, except one that is only an identifier', () => {
    const copied = options.filter(
      ({ key, option }) =>
        french[key]?.trim() === option.description.trim() && !PURE_IDENTIFIER.test(option.description),
    );
    expect(copied.map(({ key }) => key)).toEqual([]);
    for (const { key } of options) expect(french[key]?.trim(), key).not.toBe('');
  });

  it('keeps the numbers, code and option names of the English text', () => {
    const lost = options.flatMap(({ key, option }) =>
      kept(option.description)
        .filter((part) => !(french[key] ?? '').includes(part))
        .map((part) => `${key}: ${part}`),
    );
    expect(lost).toEqual([]);
  });

  it('gives the French text in French and the core’s English otherwise', () => {
    const { cmp, option, key } = options.find(({ key }) => key === 'tcf.vendorList')!;
    expect(optionDescription(option, cmp, 'fr')).toBe(french[key]);
    expect(optionDescription(option, cmp, 'en')).toBe(option.description);
    const unknown = { name: 'notAnOption', description: 'Only in English.' };
    expect(optionDescription(unknown, 'tcf', 'fr')).toBe('Only in English.');
  });
});
