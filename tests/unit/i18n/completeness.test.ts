/**
 * Nothing the site shows may lack a language: every UI string set (src/i18n/areas.ts), every page
 * of content/ (advisories, guides, service pages, factsheet), every advice step and every message
 * exists in de, fr, it and en, with the same keys and the same `{placeholders}` as English.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { STRING_AREAS } from '../../../src/i18n/areas.ts';
import { LANGS } from '../../../src/i18n/languages.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const OTHER_LANGS = LANGS.filter((lang) => lang !== 'en');

/** Every string in a nested object, by dotted path. */
function leaves(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      for (const [path, leaf] of leaves(child, prefix ? `${prefix}.${key}` : key)) out.set(path, leaf);
    }
  } else {
    out.set(prefix, value);
  }
  return out;
}

const placeholders = (text: string) => [...new Set(text.match(/\{[A-Za-z][A-Za-z0-9]*\}/g) ?? [])].sort();

/** Keys missing or extra, empty strings, and placeholders that differ from English. */
function compare(reference: unknown, translation: unknown): string[] {
  const en = leaves(reference);
  const other = leaves(translation);
  const problems: string[] = [];
  for (const [path, value] of en) {
    const theirs = other.get(path);
    if (theirs === undefined) {
      problems.push(`${path}: missing`);
    } else if (typeof value === 'string') {
      if (typeof theirs !== 'string' || theirs.trim() === '') problems.push(`${path}: empty`);
      else if (placeholders(theirs).join() !== placeholders(value).join())
        problems.push(`${path}: placeholders ${placeholders(theirs).join()} instead of ${placeholders(value).join()}`);
    }
  }
  for (const path of other.keys()) if (!en.has(path)) problems.push(`${path}: not in English`);
  return problems;
}

describe('UI strings (src/i18n/areas.ts)', () => {
  const cases = Object.entries(STRING_AREAS).flatMap(([area, strings]) =>
    OTHER_LANGS.map((lang) => [area, lang, strings] as const),
  );
  it.each(cases)('%s has every English string in %s', (_area, lang, strings) => {
    expect(compare(strings.en, strings[lang])).toEqual([]);
  });

  it('lists every defineStrings module of src/i18n', () => {
    // A new area must be added to areas.ts, or its translations go unchecked.
    const modules = readdirSync(join(root, 'src/i18n')).filter(
      (name) => name.endsWith('.ts') && readFileSync(join(root, 'src/i18n', name), 'utf8').includes('defineStrings({'),
    );
    const areas = readFileSync(join(root, 'src/i18n/areas.ts'), 'utf8');
    for (const name of modules) expect(areas, `${name} is not imported in areas.ts`).toContain(`./${name}'`);
  });
});

/** Markdown pages: the same file names in every language folder. */
describe.each(['advisories', 'guides', 'pages'])('content/%s', (kind) => {
  const dir = join(root, 'content', kind);
  const files = (lang: string) =>
    existsSync(join(dir, lang))
      ? readdirSync(join(dir, lang))
          .filter((n) => n.endsWith('.md'))
          .sort()
      : [];
  it.each(OTHER_LANGS)('has every English page in %s', (lang) => {
    expect(files('en').length).toBeGreaterThan(0);
    expect(files(lang)).toEqual(files('en'));
  });
});

describe('content/factsheet', () => {
  it.each(LANGS)('exists in %s', (lang) => {
    expect(existsSync(join(root, 'content/factsheet', `${lang}.md`))).toBe(true);
  });
});

/** JSON texts keyed by id: advice steps and result/error messages. */
describe.each(['advice', 'messages'])('content/%s', (kind) => {
  const read = (lang: string): unknown => JSON.parse(readFileSync(join(root, 'content', kind, `${lang}.json`), 'utf8'));
  it.each(OTHER_LANGS)('has every English text in %s', (lang) => {
    expect(compare(read('en'), read(lang))).toEqual([]);
  });
});
