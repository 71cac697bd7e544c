/** The text for the IT provider: the exact steps with their links, in the reader's language. */
import { describe, expect, it } from 'vitest';
import { stepsPlainText } from '../../../src/components/result/step-texts.ts';
import { LANGS } from '../../../src/i18n/index.ts';
import { assess } from '../../../src/lib/exchange/assess.ts';

describe('stepsPlainText', () => {
  const a = assess('15.2.2562.41', '2026-12-01');

  it.each(LANGS)('%s: numbered steps, KB and guide links as full URLs, the exploited CVE named', (lang) => {
    const text = stepsPlainText(a.steps, lang, 'https://checker.example.org');
    expect(text.startsWith('1. ')).toBe(true);
    expect(text).toContain(`\n\n${a.steps.length}. `);
    expect(text).toContain('https://support.microsoft.com/help/5129955');
    expect(text).toContain(`https://checker.example.org/${lang}/guides/install-updates/`);
    expect(text).toContain('CVE-2026-42897');
    expect(text).not.toMatch(/\{[A-Za-z]+\}/);
  });

  it('is in the reader’s language', () => {
    const en = stepsPlainText(a.steps, 'en', 'https://checker.example.org');
    for (const lang of ['de', 'fr', 'it'] as const) {
      expect(stepsPlainText(a.steps, lang, 'https://checker.example.org').split('\n')[0]).not.toBe(en.split('\n')[0]);
    }
  });
});
