/**
 * Every set of UI strings, for tests/unit/i18n: a module made with `defineStrings` is listed here
 * when it is created, so that a missing language or key anywhere fails the test (the test also
 * fails when a defineStrings module of src/i18n is missing from this list).
 */
import { campaignsUi, letterUi } from './campaigns.ts';
import { UI } from './index.ts';
import { judgedUi } from './judged.ts';
import type { Lang } from './languages.ts';
import { referenceUi } from './reference.ts';
import { resultUi } from './result.ts';
import { sitePagesUi } from './site-pages.ts';

export const STRING_AREAS: Record<string, Record<Lang, object>> = {
  ui: UI,
  judged: judgedUi.all,
  campaigns: campaignsUi.all,
  letters: letterUi.all,
  reference: referenceUi.all,
  result: resultUi.all,
  sitePages: sitePagesUi.all,
};
