/**
 * One term for one thing: the texts of each language in content/ follow its terminology table
 * (content/terminology/{lang}.json) and use none of the variants it rejects. Each rule must catch
 * its own example, so that no rule is a pattern that can never match.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../../src/i18n/languages.ts';
import { jsonProse, markdownProse, rejectedVariants, TerminologyFile } from '../../../src/lib/schemas/terminology.ts';

const content = fileURLToPath(new URL('../../../content/', import.meta.url));
/** Not texts in a language: the tables themselves and the knowledge base. */
const SKIP = new Set(['terminology', 'data']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return SKIP.has(name) ? [] : files(path);
    return /\.(md|json)$/.test(name) ? [path] : [];
  });
}

/** A file is in a language when a folder on its path, or its own name, is that language. */
function textsOf(lang: Lang): Array<{ file: string; text: string }> {
  return files(content)
    .map((path) => relative(content, path))
    .filter(
      (file) =>
        file.split('/').slice(0, -1).includes(lang) ||
        (/^(de|fr|it|en)\.(md|json)$/.test(file.split('/').at(-1) ?? '') &&
          file.split('/').at(-1)?.startsWith(`${lang}.`)),
    )
    .map((file) => {
      const source = readFileSync(join(content, file), 'utf8');
      return { file, text: file.endsWith('.md') ? markdownProse(source) : jsonProse(JSON.parse(source)) };
    });
}

describe.each(LANGS)('terminology in %s', (lang) => {
  const table = TerminologyFile.parse(JSON.parse(readFileSync(join(content, `terminology/${lang}.json`), 'utf8')));
  const texts = textsOf(lang);

  it('the table is this language’s, and the texts are found', () => {
    expect(table.lang).toBe(lang);
    expect(texts.length).toBeGreaterThan(15);
  });

  it.each(table.terms.map((term) => [term.use, term] as const))(
    '“%s”: catches its example, never itself',
    (_use, term) => {
      expect(rejectedVariants(term.example, [term]).length).toBeGreaterThan(0);
      expect(rejectedVariants(term.use, [term])).toEqual([]);
    },
  );

  it('no text uses a rejected variant', () => {
    const findings = texts.flatMap(({ file, text }) =>
      rejectedVariants(text, table.terms).map((finding) => `${file}: “${finding.found}” → ${finding.use}`),
    );
    expect(findings).toEqual([]);
  });
});

describe('what the check reads as prose', () => {
  it.each([
    ['code spans', 'Run `Get-Mailbox -Organization x` now.', 'Run   now.'],
    ['link targets', 'See [the catalogue](https://www.cisa.gov/catalog).', 'See [the catalogue] .'],
    ['bare URLs', 'At https://example.org/catalog today.', 'At   today.'],
    [
      'the sources in the frontmatter',
      'title: x\nsources:\n  - title: "A catalog"\n    url: "https://a"\n---\nText',
      'title: x\n---\nText',
    ],
    [
      'the title of the original a page is based on',
      'title: x\nbasedOn:\n  title: "Fix the flaws"\n  date: "2022-02-16"\n---\nText',
      'title: x\nbasedOn:\n  date: "2022-02-16"\n---\nText',
    ],
  ])('leaves out %s', (_what, source, expected) => {
    expect(markdownProse(source)).toBe(expected);
  });
});
