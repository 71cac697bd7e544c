/**
 * Numbers in sentences come from the constants that enforce them (src/lib/limits.ts): the texts
 * use placeholders, the loader fills them, and wrangler.toml's production values agree.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatCount, formatDate } from '../../../src/i18n/format.ts';
import { LANGS } from '../../../src/i18n/languages.ts';
import { strings } from '../../../src/i18n/strings.ts';
import { allCves, allProducts, sources } from '../../../src/lib/exchange/knowledge.ts';
import {
  CHECK_DEADLINE_MS,
  CHECK_RATE_LIMIT,
  FACTS,
  MAX_CAMPAIGN_TARGETS,
  RESULT_RETENTION_DAYS,
  TARGET_COOLDOWN_S,
  TARGET_RATE_LIMIT,
} from '../../../src/lib/limits.ts';
import { publisher } from '../../../src/lib/site/publisher.ts';
import { siteTokenValues } from '../../../src/lib/site/tokens.ts';

const root = new URL('../../../', import.meta.url);
const wrangler = readFileSync(new URL('wrangler.toml', root), 'utf8');

/** A `NAME = "value"` variable of wrangler.toml. */
const variable = (name: string) => new RegExp(`^${name} = "(\\d+)"$`, 'm').exec(wrangler)?.[1];
/** The `limit` of a [[ratelimits]] binding. */
const rateLimit = (name: string) =>
  new RegExp(`name = "${name}"[^[]*?simple = \\{ limit = (\\d+), period = 60 \\}`).exec(wrangler)?.[1];

describe('wrangler.toml agrees with src/lib/limits.ts', () => {
  it.each([
    ['CHECK_DEADLINE_MS', variable('CHECK_DEADLINE_MS'), CHECK_DEADLINE_MS],
    ['TARGET_COOLDOWN_S', variable('TARGET_COOLDOWN_S'), TARGET_COOLDOWN_S],
    ['CHECK_LIMITER', rateLimit('CHECK_LIMITER'), CHECK_RATE_LIMIT],
    ['TARGET_LIMITER', rateLimit('TARGET_LIMITER'), TARGET_RATE_LIMIT],
  ])('%s', (_name, configured, constant) => {
    expect(configured).toBeDefined();
    expect(Number(configured)).toBe(constant);
  });
});

/** Every string of a nested object. */
const texts = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value !== null && typeof value === 'object'
      ? Object.values(value).flatMap(texts)
      : [];

describe('limits in texts', () => {
  it.each(LANGS)('%s: the loaded strings have every limit filled in', (lang) => {
    const all = texts(strings(lang));
    for (const name of Object.keys(FACTS)) {
      expect(
        all.filter((text) => text.includes(`{${name}}`)),
        name,
      ).toEqual([]);
    }
    expect(strings(lang).messages.error.not_found).toContain(String(RESULT_RETENTION_DAYS));
    expect(strings(lang).result.progress.expected).toContain(String(CHECK_DEADLINE_MS / 1000));
    // Numbers as the language writes them: a thousands separator, never a bare "10000".
    expect(strings(lang).campaigns.create.fileHint).toContain(formatCount(lang, MAX_CAMPAIGN_TARGETS));
    expect(strings(lang).campaigns.create.fileHint).not.toContain(String(MAX_CAMPAIGN_TARGETS));
  });

  it('Markdown tokens include every limit, as the constant says', () => {
    const values = siteTokenValues({ publisher, cves: allCves(), sources: sources() }, 'en');
    for (const [name, value] of Object.entries(FACTS))
      expect(values[name as keyof typeof FACTS]).toBe(formatCount('en', value));
  });
});

describe('lifecycle dates in texts', () => {
  // A date typed into a sentence drifts from the data; the texts take it as a placeholder.
  const dates = allProducts().flatMap((p) => [
    p.released,
    p.mainstreamEnd,
    p.extendedEnd,
    ...(p.esu ?? []).flatMap((e) => [e.start, e.end]),
  ]);
  it.each(LANGS)('%s: no interface text types a product date of the knowledge base', (lang) => {
    const all = texts(strings(lang));
    const written = dates.filter((d): d is string => typeof d === 'string').map((d) => formatDate(d, lang));
    expect(all.filter((text) => written.some((date) => text.includes(date)))).toEqual([]);
  });
});
