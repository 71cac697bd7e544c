/** The steps the live progress shows, in order (their words: result.progress in content/i18n). */
export const CHECK_STEPS = ['resolve', 'contact', 'read', 'assess'] as const;
export type CheckStep = (typeof CHECK_STEPS)[number];
