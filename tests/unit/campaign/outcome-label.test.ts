/**
 * A campaign's outcome table and chart name each outcome as its result page does (one wording per
 * outcome, messages.json); only an assessed server, which shows a verdict instead, has its own name.
 */
import { describe, expect, it } from 'vitest';
import { outcomeLabel } from '../../../src/components/campaigns/outcome-label.ts';
import { LANGS, strings } from '../../../src/i18n/index.ts';
import { Outcome } from '../../../src/lib/schemas/api.ts';

describe.each(LANGS)('outcome labels in %s', (lang) => {
  it.each(Outcome.options.filter((o) => o !== 'assessed'))('%s is the status of its result page', (outcome) => {
    expect(outcomeLabel(lang, outcome)).toBe(strings(lang).messages.outcome[outcome].status);
  });

  it('assessed has the campaign pages’ own label', () => {
    expect(outcomeLabel(lang, 'assessed')).toBe(strings(lang).campaigns.campaign.assessed);
  });

  it('no two outcomes share a label', () => {
    const labels = Outcome.options.map((o) => outcomeLabel(lang, o));
    expect(new Set(labels).size).toBe(labels.length);
  });
});
