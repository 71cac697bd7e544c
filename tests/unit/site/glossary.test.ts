/**
 * The glossary: every language has every term under the same ids; every glossary link anywhere
 * (markers in content/, hard links in src/) names a term that exists; markers stand only in texts
 * whose renderers turn them into links or labels; the definitions quote the knowledge base rather
 * than type its dates; and the marker functions do what the renderers rely on.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resultGlossary, verdictSentence } from '../../../src/components/result/glossary-mentions.ts';
import { stepsPlainText, stepTexts } from '../../../src/components/result/step-texts.ts';
import { formatDate } from '../../../src/i18n/format.ts';
import { LANGS } from '../../../src/i18n/languages.ts';
import { strings } from '../../../src/i18n/strings.ts';
import { assess } from '../../../src/lib/exchange/assess.ts';
import { allCves, allProducts, sources } from '../../../src/lib/exchange/knowledge.ts';
import {
  firstMentions,
  GLOSSARY_FACTS,
  GLOSSARY_LINKS,
  GLOSSARY_TERM_IDS,
  glossaryFacts,
  glossaryParts,
  glossaryTermsIn,
  linkedParts,
  linkGlossaryInHtml,
  MARKED_STRINGS,
  withoutGlossaryMarkers,
} from '../../../src/lib/site/glossary.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const ids = new Set<string>(GLOSSARY_TERM_IDS);

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, ext);
    return ext.test(name) ? [path] : [];
  });
}

/** Every string of a nested object, by dotted path. */
function leaves(value: unknown, prefix = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[prefix, value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

const kb = { products: allProducts(), cves: allCves(), sources: sources() };

describe('the terms', () => {
  it.each(LANGS)('%s has every term, under the ids of the glossary, each with a term and a definition', (lang) => {
    const terms = strings(lang).glossary.terms;
    expect(Object.keys(terms).sort()).toEqual([...GLOSSARY_TERM_IDS].sort());
    for (const id of GLOSSARY_TERM_IDS) {
      expect(terms[id].term.trim(), `${lang} #${id}`).not.toBe('');
      expect(terms[id].definition.length, `${lang} #${id}`).toBeGreaterThan(80);
    }
  });

  it('ids are anchors: lower-case words joined by hyphens, each once', () => {
    for (const id of GLOSSARY_TERM_IDS) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(ids.size).toBe(GLOSSARY_TERM_IDS.length);
  });

  it('the terms the results and the factsheet use are all there', () => {
    for (const id of [
      'build',
      'cumulative-update',
      'security-update',
      'hotfix-update',
      'hotfix',
      'esu',
      'subscription-edition',
      'end-of-support',
      'modern-lifecycle',
      'health-checker',
      'extended-protection',
      'admin-display-version',
      'known-exploited',
      'mitigation',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it.each(LANGS)('%s: no two terms have the same words', (lang) => {
    const words = GLOSSARY_TERM_IDS.map((id) => strings(lang).glossary.terms[id].term.toLowerCase());
    expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
  });

  it('every guide a term links exists in every language', () => {
    for (const [id, links] of Object.entries(GLOSSARY_LINKS)) {
      if (!links.guide) continue;
      for (const lang of LANGS) {
        expect(statSync(join(root, 'content/guides', lang, `${links.guide}.md`)).isFile(), `#${id} ${lang}`).toBe(true);
      }
    }
  });

  it('official pages are https', () => {
    for (const links of Object.values(GLOSSARY_LINKS))
      if (links.external) expect(links.external).toMatch(/^https:\/\//);
  });
});

describe('facts from the knowledge base', () => {
  it.each(LANGS)('%s: every definition uses only the facts, and filled leaves no placeholder', (lang) => {
    const facts = glossaryFacts(kb, lang);
    expect(Object.keys(facts).sort()).toEqual([...GLOSSARY_FACTS].sort());
    for (const id of GLOSSARY_TERM_IDS) {
      const definition = strings(lang).glossary.terms[id].definition;
      const used = [...definition.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((m) => m[1]);
      for (const name of used) expect(GLOSSARY_FACTS as readonly string[], `${lang} #${id}`).toContain(name);
    }
  });

  it('the dates are the knowledge base’s, in the language’s format', () => {
    const product = (v: string) => allProducts().find((p) => p.version === v);
    const esu2019 = product('2019')?.esu ?? [];
    const en = glossaryFacts(kb, 'en');
    expect(en.end2019).toBe(formatDate(product('2019')?.extendedEnd ?? '', 'en'));
    expect(en.end2013).toBe(formatDate(product('2013')?.extendedEnd ?? '', 'en'));
    expect(en.esuStart).toBe(formatDate(esu2019[0]?.start ?? '', 'en'));
    expect(en.esuEnd).toBe(formatDate(esu2019.at(-1)?.end ?? '', 'en'));
    expect(en.seReleased).toBe(formatDate(product('SE')?.released ?? '', 'en'));
    expect(en.supportedCus).toBe(String(product('SE')?.supportedCus));
    expect(glossaryFacts(kb, 'de').end2019).toBe(formatDate(product('2019')?.extendedEnd ?? '', 'de'));
  });

  it('a missing date is an error, not a blank in a sentence', () => {
    const products = allProducts().map((p) => (p.version === '2019' ? { ...p, esu: [] } : p));
    expect(() => glossaryFacts({ ...kb, products }, 'en')).toThrow(/ESU start of Exchange 2019/);
  });

  it.each(LANGS)('%s: no definition types a date that the knowledge base has', (lang) => {
    const facts = glossaryFacts(kb, lang);
    const dates = [facts.end2013, facts.end2016, facts.end2019, facts.esuStart, facts.esuEnd, facts.seReleased];
    for (const id of GLOSSARY_TERM_IDS) {
      const definition = strings(lang).glossary.terms[id].definition;
      for (const date of dates) expect(definition, `${lang} #${id}`).not.toContain(date);
    }
  });
});

describe('glossary links anywhere resolve to a term', () => {
  const contentFiles = files(join(root, 'content'), /\.(md|json)$/).filter(
    (path) => !relative(root, path).startsWith('content/data/'),
  );

  it('every marker in content/ is well formed and names a term', () => {
    const problems: string[] = [];
    let markers = 0;
    for (const path of contentFiles) {
      const source = readFileSync(path, 'utf8');
      const file = relative(root, path);
      // Anything that looks like a marker but is not one (a space, a capital, a missing bracket).
      const loose = source.match(/glossary:[^\s)"]*/g) ?? [];
      const strict = [...source.matchAll(/\[[^[\]]+\]\(glossary:([a-z0-9-]+)\)/g)];
      if (loose.length !== strict.length) problems.push(`${file}: a glossary marker that is not [label](glossary:id)`);
      for (const match of strict) {
        markers += 1;
        if (!ids.has(match[1] ?? '')) problems.push(`${file}: glossary:${match[1]} is no term`);
      }
    }
    expect(problems).toEqual([]);
    expect(markers, 'markers found in content/').toBeGreaterThan(20);
  });

  it('every hard-written link to the glossary in src/ names a term', () => {
    const problems: string[] = [];
    for (const path of files(join(root, 'src'), /\.(ts|astro)$/)) {
      for (const match of readFileSync(path, 'utf8').matchAll(/\/glossary\/#([a-z0-9-]+)/g)) {
        if (!ids.has(match[1] ?? '')) problems.push(`${relative(root, path)}: #${match[1]}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(LANGS)('%s: markers stand only in texts whose renderers link them or show their label', (lang) => {
    const marked = (Object.entries(strings(lang)) as Array<[string, unknown]>).flatMap(([file, words]) =>
      leaves(words, file).filter(([, text]) => glossaryTermsIn(text).length > 0),
    );
    const allowed = (path: string) => MARKED_STRINGS.some((pattern) => pattern.test(path));
    expect(marked.map(([path]) => path).filter((path) => !allowed(path))).toEqual([]);
    expect(marked.length).toBeGreaterThan(5);
  });

  it.each(LANGS)('%s: every text marks the same terms as its English original', (lang) => {
    const termsOf = (l: (typeof LANGS)[number]) =>
      new Map(
        (Object.entries(strings(l)) as Array<[string, unknown]>)
          .flatMap(([file, words]) => leaves(words, file))
          .map(([path, text]) => [path, glossaryTermsIn(text).sort().join()]),
      );
    const en = termsOf('en');
    const theirs = termsOf(lang);
    const differ = [...en].filter(([path, terms]) => theirs.get(path) !== terms).map(([path]) => path);
    expect(differ).toEqual([]);
  });
});

describe('the advisory and the guides link their terms where they first appear', () => {
  /** content/advisories/{lang}/*.md and content/guides/{lang}/*.md, by slug, with their Markdown body. */
  const pages = (kind: 'advisories' | 'guides') =>
    readdirSync(join(root, 'content', kind, 'en')).map((name) => ({
      name: `${kind}/${name}`,
      body: (lang: (typeof LANGS)[number]) =>
        readFileSync(join(root, 'content', kind, lang, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''),
    }));
  const all = [...pages('advisories'), ...pages('guides')];
  const markersIn = (text: string) =>
    [...text.matchAll(/\[[^[\]]+\]\(glossary:([a-z0-9-]+)\)/g)].map((m) => m[1] ?? '');

  it.each(all.map((page) => [page.name, page] as const))(
    '%s: in every language the same terms, each once',
    (_name, page) => {
      const english = markersIn(page.body('en'));
      expect(english.length, 'the English page links no term').toBeGreaterThan(0);
      for (const lang of LANGS) {
        const marked = markersIn(page.body(lang));
        expect(marked.length, `${lang}: a term linked more than once`).toBe(new Set(marked).size);
        expect([...marked].sort(), lang).toEqual([...english].sort());
      }
    },
  );

  it.each(LANGS)('%s: markers stand in prose, never in a heading or in code', (lang) => {
    const misplaced = all.flatMap((page) => {
      const prose = page.body(lang).replace(/^[ \t]*```[\s\S]*?^[ \t]*```[ \t]*$/gm, '');
      const fenced =
        page.body(lang).length !== prose.length && markersIn(page.body(lang)).length !== markersIn(prose).length;
      return [
        ...(fenced ? [`${page.name}: a marker in a code block`] : []),
        ...prose
          .split('\n')
          .filter((line) => /^\s*#/.test(line) && markersIn(line).length > 0)
          .map((line) => `${page.name}: ${line}`),
        ...[...prose.matchAll(/`[^`\n]*`/g)]
          .filter((code) => code[0].includes('](glossary:'))
          .map((code) => `${page.name}: ${code[0]}`),
      ];
    });
    expect(misplaced).toEqual([]);
  });
});

describe('markers', () => {
  const text = 'Install the [cumulative update](glossary:cumulative-update), then the [SU](glossary:security-update).';

  it.each([
    ['a plain text', 'No marker here.', [{ text: 'No marker here.' }]],
    [
      'two markers',
      text,
      [
        { text: 'Install the ' },
        { text: 'cumulative update', term: 'cumulative-update' },
        { text: ', then the ' },
        { text: 'SU', term: 'security-update' },
        { text: '.' },
      ],
    ],
    [
      'a Markdown link is not a marker',
      'See [the guide](/en/guides/x/).',
      [{ text: 'See [the guide](/en/guides/x/).' }],
    ],
  ])('glossaryParts: %s', (_what, input, parts) => {
    expect(glossaryParts(input)).toEqual(parts);
  });

  it('plain text keeps the labels', () => {
    expect(withoutGlossaryMarkers(text)).toBe('Install the cumulative update, then the SU.');
  });

  it('first mentions: each term where it first appears, in reading order', () => {
    const verdict = 'Missing [security updates](glossary:security-update).';
    const step = 'Install the [CU](glossary:cumulative-update) and the [update](glossary:security-update).';
    const mentions = firstMentions([verdict, step, 'No term.']);
    expect([...mentions]).toEqual([
      ['security-update', verdict],
      ['cumulative-update', step],
    ]);
    expect(linkedParts(step, 'fr', mentions).filter((p) => p.href)).toEqual([
      { text: 'CU', href: '/fr/glossary/#cumulative-update', term: 'cumulative-update' },
    ]);
    expect(linkedParts(verdict, 'fr', mentions).filter((p) => p.href)).toHaveLength(1);
  });

  it('a term links once per text, an unknown id never, and "none" links nothing', () => {
    const twice = '[ESU](glossary:esu) and again [ESU](glossary:esu), [x](glossary:no-such-term)';
    expect(linkedParts(twice, 'de', 'all').filter((p) => p.href)).toEqual([
      { text: 'ESU', href: '/de/glossary/#esu', term: 'esu' },
    ]);
    expect(linkedParts(twice, 'de', 'none').filter((p) => p.href)).toEqual([]);
    expect(
      linkedParts(twice, 'de', 'none')
        .map((p) => p.text)
        .join(''),
    ).toBe('ESU and again ESU, x');
  });

  it('Markdown markers become links to the glossary of the language, unknown ids stay visible', () => {
    expect(linkGlossaryInHtml('<p><a href="glossary:esu">ESU</a> <a href="glossary:nope">x</a></p>', 'it')).toBe(
      '<p><a href="/it/glossary/#esu" class="glossary-link">ESU</a> <a href="glossary:nope">x</a></p>',
    );
  });
});

describe('a result page links each term where it first appears', () => {
  // Exchange 2019 CU15 on an old update, end of life: verdict, answers and steps name many terms.
  const endOfLife = assess('15.2.1748.24', '2026-12-01');
  // Exchange SE on an older update: the verdict says "security updates", the steps "cumulative update".
  const vulnerable = assess('15.2.2562.17', '2026-12-01');

  it.each(LANGS)('%s: the verdict links its own terms first, the steps the ones it does not name', (lang) => {
    const { mentions } = resultGlossary(vulnerable, lang, true);
    expect(vulnerable.verdict).toBe('vulnerable');
    expect(mentions.get('security-update')).toBe(verdictSentence(vulnerable, lang));
    const bodies = stepTexts(vulnerable.steps, lang).map((s) => s.body);
    const healthChecker = mentions.get('health-checker');
    expect(healthChecker && bodies.includes(healthChecker)).toBe(true);
    // Every term that the page's texts mark is linked exactly once.
    for (const [id, text] of mentions) {
      expect(
        linkedParts(text, lang, mentions).filter((p) => p.term === id),
        `#${id}`,
      ).toHaveLength(1);
    }
  });

  it.each(LANGS)('%s: an end-of-life result links end of support and Exchange Server SE', (lang) => {
    const { mentions } = resultGlossary(endOfLife, lang, true);
    expect(endOfLife.answers.find((a) => a.question === 'supported')?.answer).toBe('no');
    expect(mentions.has('end-of-support')).toBe(true);
    expect(mentions.has('subscription-edition')).toBe(true);
  });

  it.each(LANGS)('%s: the text to forward has the words, not the markers', (lang) => {
    const text = stepsPlainText(endOfLife.steps, lang, 'https://checker.example.org');
    expect(text).not.toContain('](glossary:');
    expect(text).toContain('Exchange Server Subscription Edition (SE)');
  });
});
