/**
 * Every sentence of the site is in content/: src/ and functions/ hold no German, French or Italian
 * text. A heuristic: a string literal, template text or attribute value with at least four words of
 * which at least two are common function words of one of these languages counts as a sentence.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Short words that make a sentence in each language and are not English words. */
const FUNCTION_WORDS: Record<'de' | 'fr' | 'it', ReadonlySet<string>> = {
  de: new Set(
    'der die das und ist nicht mit für eine einen einem sie wir auf von zu den dem des werden wird kann ihr ihre ihren oder auch nur noch bei aus nach über diese dieser dieses wurde sind keine kein es sich ob ihrem ihres ihnen dass wenn im ein'.split(
      ' ',
    ),
  ),
  fr: new Set(
    'le la les des du et est une pour dans pas que qui vous nous sur avec ce cette sont être aux ou ne votre vos leur été peut après avant sans'.split(
      ' ',
    ),
  ),
  it: new Set(
    'il lo gli della delle degli del è non con che una uno sono questo questa vostro vostra dal nel nella alla si di da ci più viene dopo ogni anche essere potete'.split(
      ' ',
    ),
  ),
};

/** The language a text looks written in, or null. */
function sentenceLanguage(text: string): 'de' | 'fr' | 'it' | null {
  // Slugs and ids (words joined by hyphens, no space) name things; they are not sentences.
  if (!/\s/.test(text.trim())) return null;
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  if (words.length < 4) return null;
  for (const [lang, set] of Object.entries(FUNCTION_WORDS) as Array<['de' | 'fr' | 'it', ReadonlySet<string>]>) {
    if (new Set(words.filter((word) => set.has(word))).size >= 2) return lang;
  }
  return null;
}

const LITERAL = /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g;

/** The texts of a source file that could be shown: string literals, and in .astro files text between tags. */
function textsOf(source: string, astro: boolean): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const texts = [...code.matchAll(LITERAL)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
  if (astro) {
    const template = code.replace(/^---[\s\S]*?---/, '').replace(/<(script|style)[\s\S]*?<\/\1>/g, '');
    for (const m of template.matchAll(/>([^<>{}]+)</g)) texts.push(m[1] ?? '');
  }
  return texts;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|astro|js|mjs)$/.test(name) ? [path] : [];
  });
}

describe('the heuristic', () => {
  it.each([
    ['Prüfen Sie, ob Ihrem Server Sicherheitsupdates fehlen.', 'de'],
    ['Ergebnisse werden nach 30 Tagen automatisch gelöscht.', 'de'],
    ['Vérifiez que votre serveur est à jour.', 'fr'],
    ['Le résultat est supprimé après 30 jours.', 'fr'],
    ['Il risultato viene eliminato dopo 30 giorni.', 'it'],
    ['Controllate che il server sia aggiornato con questa guida.', 'it'],
    ['Results are deleted after 30 days, or when asked to.', null],
    ['The host is longer than 253 characters.', null],
    ["script-src 'self' 'wasm-unsafe-eval'", null],
    ['de fr it en', null],
    ['Kein Exchange', null],
    ['was-sie-ihren-it-dienstleister-fragen-sollten', null],
  ])('%s → %s', (text, lang) => {
    expect(sentenceLanguage(text)).toBe(lang);
  });

  it('finds literals, template text and attribute values', () => {
    const astro = `---\nconst a = 'Prüfen Sie den Server und die Updates';\n---\n<p title="Vérifiez que votre serveur est à jour">Il server non è aggiornato con questa versione</p>`;
    expect(textsOf(astro, true).map(sentenceLanguage).sort()).toEqual(['de', 'fr', 'it']);
    expect(textsOf('// Prüfen Sie den Server und die Updates\nconst x = 1;', false)).toEqual([]);
  });
});

describe.each(['src', 'functions'])('%s/', (dir) => {
  const files = sourceFiles(join(root, dir));

  it('is scanned (the walk finds the sources)', () => {
    expect(files.length).toBeGreaterThan(dir === 'src' ? 100 : 20);
  });

  it('holds no German, French or Italian sentence', () => {
    const found = files.flatMap((file) =>
      textsOf(readFileSync(file, 'utf8'), file.endsWith('.astro'))
        .filter((text) => sentenceLanguage(text) !== null)
        .map((text) => `${relative(root, file)}: ${text.slice(0, 80)}`),
    );
    expect(found).toEqual([]);
  });
});
