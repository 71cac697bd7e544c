import type { Outcome, Verdict } from '../../lib/schemas/api.ts';

/** The visual tone of a status. Tones come with an icon shape and a text label, never colour alone. */
export type Tone = 'danger' | 'warn' | 'ok' | 'info' | 'neutral';

export const VERDICT_TONE: Record<Verdict, Tone> = {
  vulnerable: 'danger',
  possibly_vulnerable: 'warn',
  end_of_life: 'danger',
  update_available: 'warn',
  up_to_date: 'ok',
  newer_than_data: 'info',
  unknown_build: 'info',
  exchange_online: 'info',
};

/**
 * Outcomes without an assessment neither pass nor fail: they get the neutral tone, so that
 * "could not read the version" never looks like a green light or an alarm.
 */
export const OUTCOME_TONE: Record<Exclude<Outcome, 'assessed'>, Tone> = {
  version_hidden: 'neutral',
  not_exchange: 'neutral',
  exchange_online: 'neutral',
  unreachable: 'neutral',
};
