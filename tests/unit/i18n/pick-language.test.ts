import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../../src/i18n/languages.ts';

describe('pickLanguage (Accept-Language → one of our languages)', () => {
  it.each([
    ['no header: the default', undefined, 'en'],
    ['empty header: the default', '', 'en'],
    ['Swiss German', 'de-CH,de;q=0.9,en;q=0.8', 'de'],
    ['French first, by quality', 'en;q=0.5,fr-CH;q=0.9', 'fr'],
    ['Italian, upper case tag', 'IT-ch', 'it'],
    ['a language we do not offer, then one we do', 'rm,ja;q=0.9,it;q=0.3', 'it'],
    ['only languages we do not offer: the default', 'rm,ja', 'en'],
    ['q=0 means "not this one"', 'de;q=0,fr;q=0.1', 'fr'],
    ['a malformed quality is ignored', 'de;q=abc,it;q=0.2', 'it'],
    ['a wildcard alone: the default', '*', 'en'],
  ])('%s', (_why, header, lang) => {
    expect(pickLanguage(header)).toBe(lang);
  });

  it('stays fast on a hostile 1 MB header', () => {
    const start = performance.now();
    expect(pickLanguage(`${'x-'.repeat(500_000)},fr`)).toBe('en');
    expect(performance.now() - start).toBeLessThan(500);
  });
});
