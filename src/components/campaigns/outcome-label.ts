/**
 * The short name of a check's outcome in a campaign's outcome table and verdict chart: the status
 * its result page shows (messages.json), so that one outcome has one wording; an assessed server
 * has a verdict instead of such a status, and is named by the campaign pages' own "version read".
 */
import { type Lang, strings } from '../../i18n/index.ts';
import type { Outcome } from '../../lib/schemas/api.ts';

export const outcomeLabel = (lang: Lang, outcome: Outcome): string =>
  outcome === 'assessed' ? strings(lang).campaigns.campaign.assessed : strings(lang).messages.outcome[outcome].status;
