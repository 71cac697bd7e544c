/**
 * Nothing the site shows may lack a language: every file of content/i18n/{lang}/, every page
 * of content/ (advisories, guides, service pages, factsheet), every advice step and every message
 * exists in de, fr, it and en, with the same keys and the same `{placeholders}` as English.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/i18n/languages.ts';
import { stringProblems } from '../../../src/i18n/strings.ts';
import { STRING_FILES, type StringFile } from '../../../src/lib/schemas/strings.ts';

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

/** content/i18n/{lang}/{file}.json, as it is on disk. */
const readStrings = (lang: string, file: string): unknown =>
  JSON.parse(readFileSync(join(root, 'content/i18n', lang, `${file}.json`), 'utf8'));
const allStrings = () =>
  Object.fromEntries(
    LANGS.map((lang) => [lang, Object.fromEntries(STRING_FILES.map((file) => [file, readStrings(lang, file)]))]),
  ) as Record<(typeof LANGS)[number], Record<StringFile, unknown>>;

describe('interface strings (content/i18n)', () => {
  const cases = STRING_FILES.flatMap((file) => OTHER_LANGS.map((lang) => [file, lang] as const));
  it.each(cases)('%s has every English string in %s', (file, lang) => {
    expect(compare(readStrings('en', file), readStrings(lang, file))).toEqual([]);
  });

  it('every language folder holds exactly the files of the schema', () => {
    // A file the schema does not know would go unchecked.
    for (const lang of LANGS) {
      const files = readdirSync(join(root, 'content/i18n', lang)).sort();
      expect(files).toEqual(STRING_FILES.map((file) => `${file}.json`).sort());
    }
    expect(readdirSync(join(root, 'content/i18n')).sort()).toEqual([...LANGS].sort());
  });

  it('the schema and the placeholder check (as the build runs them) find nothing', () => {
    expect(stringProblems()).toEqual([]);
  });

  it('the check refuses a missing key, an extra key, an empty text and a changed placeholder', () => {
    const broken = (edit: (all: ReturnType<typeof allStrings>) => void) => {
      const all = allStrings();
      edit(all);
      return stringProblems(all);
    };
    const ui = (all: ReturnType<typeof allStrings>, lang: 'de' | 'en') =>
      all[lang].ui as { nav: Record<string, string>; footer: Record<string, string> };
    expect(broken((all) => delete ui(all, 'de').nav.home)).toEqual([
      'content/i18n/de/ui.json: nav.home: Invalid input: expected string, received undefined',
    ]);
    expect(broken((all) => Object.assign(ui(all, 'de').nav, { extra: 'Extra' }))).toEqual([
      'content/i18n/de/ui.json: nav: Unrecognized key: "extra" (extra)',
    ]);
    expect(broken((all) => Object.assign(ui(all, 'de').nav, { home: ' ' }))).toHaveLength(1);
    expect(broken((all) => Object.assign(ui(all, 'de').footer, { dataVersion: 'Stand {datum}' }))).toEqual([
      'content/i18n/de/ui.json: footer.dataVersion: placeholders {datum} differ from English {date}',
    ]);
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
