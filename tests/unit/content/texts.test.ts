/**
 * The texts that code renders by key (advice steps, result and error messages) and the service
 * pages and factsheet: every language has every entry, each file passes its schema, and the
 * translations use exactly the placeholders of the English text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { placeholders } from '../../../src/i18n/fill.ts';
import { FACT_NAMES } from '../../../src/lib/limits.ts';
import {
  ADVICE_IDS,
  ADVICE_PARAMS,
  AdviceFile,
  type AdviceId,
  type GuideSlug,
  MESSAGE_KEYS,
  MESSAGE_PARAMS,
  MessagesFile,
} from '../../../src/lib/schemas/strings.ts';
import {
  FactsheetFrontmatter,
  LANGS,
  type Lang,
  PAGE_SLUGS,
  PAGE_TOKENS,
  PageFrontmatter,
} from '../../../src/lib/schemas/texts.ts';

// js-yaml ships without types; it is what Astro itself parses frontmatter with.
const { load: loadYaml } = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };

const content = new URL('../../../content/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, content), 'utf8');
const readJson = (path: string): unknown => JSON.parse(read(path));
const others = LANGS.filter((lang) => lang !== 'en');
const sorted = (list: string[]) => [...list].sort();

function splitFrontmatter(text: string): { data: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error('no frontmatter');
  return { data: loadYaml(match[1] ?? ''), body: match[2] ?? '' };
}

/** Markdown without fenced code blocks and inline code, where `{id}` is literal API syntax. */
const prose = (markdown: string) => markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
const codeBlocks = (markdown: string) => markdown.match(/```[\s\S]*?```/g) ?? [];
/** Targets of Markdown links that stay on this site. */
const internalLinks = (markdown: string) => [...prose(markdown).matchAll(/\]\((\/[^)\s]*)\)/g)].map((m) => m[1] ?? '');
const words = (markdown: string) =>
  prose(markdown)
    .replace(/\]\([^)]*\)/g, ']')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** Internal links must carry the page's language; /api/ and /data/ are the same for all languages. */
function checkLinks(markdown: string, lang: Lang) {
  for (const link of internalLinks(markdown)) {
    if (link.startsWith('/api/') || link.startsWith('/data/')) continue;
    expect(link, `link ${link}`).toMatch(new RegExp(`^/${lang}/`));
    expect(link, `link ${link} ends with a slash`).toMatch(/\/$|#/);
  }
}
/** The link targets with the language prefix taken off, to compare languages. */
const linkShape = (markdown: string) =>
  sorted(internalLinks(markdown).map((link) => link.replace(/^\/(de|fr|it|en)\//, '/{lang}/')));

function checkTypography(text: string, lang: Lang) {
  // Swiss Standard German writes ss, never ß.
  if (lang === 'de') expect(text).not.toMatch(/ß/);
  // French puts a no-break space before : ; ? ! (never a plain one, which could wrap).
  if (lang === 'fr') expect(prose(text)).not.toMatch(/ [:;?!]/);
}

const GUIDES: Record<AdviceId, GuideSlug | null> = {
  'install-cu': 'install-updates',
  'install-update': 'install-updates',
  'install-esu-update': 'install-updates',
  'mitigate-while-patching': 'mitigate-while-patching',
  'reduce-exposure': 'mitigate-while-patching',
  'check-compromise': 'check-for-compromise',
  'run-health-checker': 'run-health-checker',
  'read-installed-update': 'run-health-checker',
  'check-configuration': 'harden-exchange',
  'upgrade-2019-to-se': 'leave-end-of-life',
  'migrate-2016-to-se': 'leave-end-of-life',
  'migrate-legacy-to-se': 'leave-end-of-life',
  'move-to-exchange-online': 'leave-end-of-life',
  'check-newer-updates': 'install-updates',
  'keep-updated': 'install-updates',
  'newer-than-data': null,
  'verify-build': 'run-health-checker',
};

describe('advice texts', () => {
  const raw = Object.fromEntries(LANGS.map((lang) => [lang, readJson(`i18n/${lang}/advice.json`)])) as Record<
    Lang,
    unknown
  >;
  const files = raw as Record<Lang, AdviceFile>;

  it.each(LANGS)('%s parses with the AdviceFile schema', (lang) => {
    const parsed = AdviceFile.safeParse(raw[lang]);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it.each(LANGS)('%s has every advice id and no other', (lang) => {
    expect(sorted(Object.keys(files[lang]))).toEqual(sorted(ADVICE_IDS));
  });

  it.each(LANGS)('%s links each step to its guide', (lang) => {
    for (const id of ADVICE_IDS) expect(files[lang][id].guide, id).toBe(GUIDES[id]);
  });

  it('English texts use only the params the assessment passes', () => {
    for (const id of ADVICE_IDS) {
      const used = [...placeholders(files.en[id].title), ...placeholders(files.en[id].body)];
      for (const name of used) expect([...ADVICE_PARAMS[id], ...FACT_NAMES], `${id}: {${name}}`).toContain(name);
    }
  });

  it.each(others)('%s uses the same placeholders as English', (lang) => {
    for (const id of ADVICE_IDS) {
      expect(sorted(placeholders(files[lang][id].title)), `${id} title`).toEqual(
        sorted(placeholders(files.en[id].title)),
      );
      expect(sorted(placeholders(files[lang][id].body)), `${id} body`).toEqual(sorted(placeholders(files.en[id].body)));
    }
  });

  it.each(LANGS)('%s follows the language typography', (lang) => {
    checkTypography(read(`i18n/${lang}/advice.json`), lang);
  });

  it('the schema refuses a missing step, an unknown step and an unknown guide', () => {
    const { 'verify-build': _dropped, ...missing } = files.en;
    expect(AdviceFile.safeParse(missing).success).toBe(false);
    expect(AdviceFile.safeParse({ ...files.en, 'no-such-step': files.en['keep-updated'] }).success).toBe(false);
    const badGuide = { ...files.en, 'keep-updated': { ...files.en['keep-updated'], guide: 'no-such-guide' } };
    expect(AdviceFile.safeParse(badGuide).success).toBe(false);
  });
});

/** Every string of a nested object with its dotted path. */
function leafTexts(value: unknown, prefix = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[prefix, value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => leafTexts(child, prefix ? `${prefix}.${key}` : key));
}

describe('messages', () => {
  const raw = Object.fromEntries(LANGS.map((lang) => [lang, readJson(`i18n/${lang}/messages.json`)])) as Record<
    Lang,
    unknown
  >;
  /** Each file's texts by dotted path (`verdict.vulnerable.text`, `error.invalid_host`). */
  const files = Object.fromEntries(LANGS.map((lang) => [lang, Object.fromEntries(leafTexts(raw[lang]))])) as Record<
    Lang,
    Record<string, string>
  >;
  const text = (lang: Lang, key: string) => files[lang][key] ?? '';

  it.each(LANGS)('%s parses with the MessagesFile schema', (lang) => {
    const parsed = MessagesFile.safeParse(raw[lang]);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it.each(LANGS)('%s has every message key and no other', (lang) => {
    expect(sorted(Object.keys(files[lang]))).toEqual(sorted(MESSAGE_KEYS));
  });

  it('English messages use only the placeholders the renderer passes', () => {
    for (const key of MESSAGE_KEYS) {
      for (const name of placeholders(text('en', key))) {
        expect([...(MESSAGE_PARAMS[key] ?? []), ...FACT_NAMES], `${key}: {${name}}`).toContain(name);
      }
    }
    // The vulnerable verdict must say how many, and how many of them attackers use.
    expect(sorted(placeholders(text('en', 'verdict.vulnerable.text')))).toEqual(['count', 'kevCount']);
  });

  it.each(others)('%s uses the same placeholders as English', (lang) => {
    for (const key of MESSAGE_KEYS) {
      expect(sorted(placeholders(text(lang, key))), key).toEqual(sorted(placeholders(text('en', key))));
    }
  });

  it.each(LANGS)('%s follows the language typography', (lang) => {
    checkTypography(read(`i18n/${lang}/messages.json`), lang);
  });
});

describe('pages', () => {
  const tokens = PAGE_TOKENS;

  it.each(LANGS)('%s has every page and no other', (lang) => {
    const files = readdirSync(new URL(`pages/${lang}/`, content)).filter((name) => name.endsWith('.md'));
    expect(sorted(files)).toEqual(sorted(PAGE_SLUGS.map((slug) => `${slug}.md`)));
  });

  describe.each(LANGS)('%s', (lang) => {
    it.each(PAGE_SLUGS)('%s: frontmatter, tokens, links and code match English', (slug) => {
      const path = `pages/${lang}/${slug}.md`;
      expect(existsSync(new URL(path, content)), path).toBe(true);
      const { data, body } = splitFrontmatter(read(path));
      const frontmatter = PageFrontmatter.parse(data);
      expect(frontmatter.lang).toBe(lang);
      expect(frontmatter.slug).toBe(slug);

      const used = placeholders(prose(body));
      for (const name of used) expect(tokens, `{${name}}`).toContain(name);

      const english = splitFrontmatter(read(`pages/en/${slug}.md`));
      expect(sorted([...new Set(used)])).toEqual(sorted([...new Set(placeholders(prose(english.body)))]));
      expect(frontmatter.lastUpdated).toBe(PageFrontmatter.parse(english.data).lastUpdated);
      expect(linkShape(body)).toEqual(linkShape(english.body));
      expect(codeBlocks(body)).toEqual(codeBlocks(english.body));
      checkLinks(body, lang);
      checkTypography(body, lang);
    });
  });

  it('pages that promise a contact name the right address', () => {
    for (const lang of LANGS) {
      const body = (slug: string) => splitFrontmatter(read(`pages/${lang}/${slug}.md`)).body;
      expect(body('accessibility')).toContain('{contactEmail}');
      expect(body('report-abuse')).toContain('{abuseEmail}');
      for (const token of ['{publisherName}', '{responsible}', '{address}', '{contactEmail}', '{sourceCodeUrl}']) {
        expect(body('imprint')).toContain(token);
      }
      expect(body('privacy')).toContain('{sourceCodeUrl}');
      expect(body('privacy')).toContain('Cloudflare');
    }
  });
});

describe('factsheet', () => {
  const english = splitFrontmatter(read('factsheet/en.md'));
  const englishData = english.data as FactsheetFrontmatter;

  it.each(LANGS)('%s: frontmatter, links and length', (lang) => {
    const { data, body } = splitFrontmatter(read(`factsheet/${lang}.md`));
    const frontmatter = FactsheetFrontmatter.parse(data);
    expect(frontmatter.lang).toBe(lang);
    expect(frontmatter.firstPublished).toBe(englishData.firstPublished);
    expect(frontmatter.lastUpdated).toBe(frontmatter.history.at(-1)?.date);
    expect(frontmatter.history.map((entry) => entry.date)).toEqual(englishData.history.map((entry) => entry.date));

    // Where to get help: the check, the guides, incident reporting.
    expect(internalLinks(body)).toEqual(expect.arrayContaining([`/${lang}/`, `/${lang}/guides/`]));
    expect(placeholders(body)).toEqual(placeholders(english.body));
    for (const name of placeholders(body)) expect(PAGE_TOKENS).toContain(name);
    // Three to five numbered actions.
    const actions = body.match(/^\d+\. /gm) ?? [];
    expect(actions.length).toBeGreaterThanOrEqual(3);
    expect(actions.length).toBeLessThanOrEqual(5);
    // One printed A4 page.
    const count = words(body);
    expect(count, `${count} words`).toBeGreaterThanOrEqual(300);
    expect(count, `${count} words`).toBeLessThanOrEqual(480);
    checkLinks(body, lang);
    checkTypography(body, lang);
  });

  it('the schema takes unquoted YAML dates as calendar dates and checks the history', () => {
    const newest = englishData.lastUpdated;
    const parsed = FactsheetFrontmatter.parse({ ...englishData, lastUpdated: new Date(`${newest}T00:00:00Z`) });
    expect(parsed.lastUpdated).toBe(newest);
    // lastUpdated must be the newest history entry.
    expect(FactsheetFrontmatter.safeParse({ ...englishData, lastUpdated: '2099-12-31' }).success).toBe(false);
    expect(FactsheetFrontmatter.safeParse({ ...englishData, firstPublished: '2022-01-01' }).success).toBe(false);
  });
});
