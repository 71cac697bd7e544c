/**
 * Numbers in sentences come from the constants that enforce them (src/lib/limits.ts): the texts
 * use placeholders, the loader fills them, and wrangler.toml's production values agree.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/i18n/languages.ts';
import { strings } from '../../../src/i18n/strings.ts';
import { allCves, sources } from '../../../src/lib/exchange/knowledge.ts';
import {
  CHECK_DEADLINE_MS,
  CHECK_RATE_LIMIT,
  FACTS,
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
  });

  it('Markdown tokens include every limit, as the constant says', () => {
    const values = siteTokenValues({ publisher, cves: allCves(), sources: sources() }, 'en');
    for (const [name, value] of Object.entries(FACTS)) expect(values[name as keyof typeof FACTS]).toBe(String(value));
  });
});
