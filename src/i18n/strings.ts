/**
 * Every word of the site, read from content/i18n/{lang}/*.json and checked with the schema of
 * src/lib/schemas/strings.ts. Placeholders naming a limit (FACTS of src/lib/limits.ts) are filled
 * here, the others by the component that renders the text. Components take what they need: `strings(lang).result.support`,
 * `errorMessage(lang, 'invalid_host')`, `adviceText(lang, id)`.
 *
 * The files are imported (not read at run time), so that the build bundles them and the Worker,
 * the prerendered pages and the tests see the same words.
 */

import adviceDe from '../../content/i18n/de/advice.json' with { type: 'json' };
import campaignsDe from '../../content/i18n/de/campaigns.json' with { type: 'json' };
import glossaryDe from '../../content/i18n/de/glossary.json' with { type: 'json' };
import judgedDe from '../../content/i18n/de/judged.json' with { type: 'json' };
import lettersDe from '../../content/i18n/de/letters.json' with { type: 'json' };
import messagesDe from '../../content/i18n/de/messages.json' with { type: 'json' };
import pagesDe from '../../content/i18n/de/pages.json' with { type: 'json' };
import referenceDe from '../../content/i18n/de/reference.json' with { type: 'json' };
import resultDe from '../../content/i18n/de/result.json' with { type: 'json' };
import uiDe from '../../content/i18n/de/ui.json' with { type: 'json' };
import adviceEn from '../../content/i18n/en/advice.json' with { type: 'json' };
import campaignsEn from '../../content/i18n/en/campaigns.json' with { type: 'json' };
import glossaryEn from '../../content/i18n/en/glossary.json' with { type: 'json' };
import judgedEn from '../../content/i18n/en/judged.json' with { type: 'json' };
import lettersEn from '../../content/i18n/en/letters.json' with { type: 'json' };
import messagesEn from '../../content/i18n/en/messages.json' with { type: 'json' };
import pagesEn from '../../content/i18n/en/pages.json' with { type: 'json' };
import referenceEn from '../../content/i18n/en/reference.json' with { type: 'json' };
import resultEn from '../../content/i18n/en/result.json' with { type: 'json' };
import uiEn from '../../content/i18n/en/ui.json' with { type: 'json' };
import adviceFr from '../../content/i18n/fr/advice.json' with { type: 'json' };
import campaignsFr from '../../content/i18n/fr/campaigns.json' with { type: 'json' };
import glossaryFr from '../../content/i18n/fr/glossary.json' with { type: 'json' };
import judgedFr from '../../content/i18n/fr/judged.json' with { type: 'json' };
import lettersFr from '../../content/i18n/fr/letters.json' with { type: 'json' };
import messagesFr from '../../content/i18n/fr/messages.json' with { type: 'json' };
import pagesFr from '../../content/i18n/fr/pages.json' with { type: 'json' };
import referenceFr from '../../content/i18n/fr/reference.json' with { type: 'json' };
import resultFr from '../../content/i18n/fr/result.json' with { type: 'json' };
import uiFr from '../../content/i18n/fr/ui.json' with { type: 'json' };
import adviceIt from '../../content/i18n/it/advice.json' with { type: 'json' };
import campaignsIt from '../../content/i18n/it/campaigns.json' with { type: 'json' };
import glossaryIt from '../../content/i18n/it/glossary.json' with { type: 'json' };
import judgedIt from '../../content/i18n/it/judged.json' with { type: 'json' };
import lettersIt from '../../content/i18n/it/letters.json' with { type: 'json' };
import messagesIt from '../../content/i18n/it/messages.json' with { type: 'json' };
import pagesIt from '../../content/i18n/it/pages.json' with { type: 'json' };
import referenceIt from '../../content/i18n/it/reference.json' with { type: 'json' };
import resultIt from '../../content/i18n/it/result.json' with { type: 'json' };
import uiIt from '../../content/i18n/it/ui.json' with { type: 'json' };
import { FACTS } from '../lib/limits.ts';
import type { ErrorCode } from '../lib/schemas/api.ts';
import { type AdviceText, STRING_FILES, type StringFile, Strings } from '../lib/schemas/strings.ts';
import { type FillValues, fill, placeholders } from './fill.ts';
import { formatCount } from './format.ts';
import { LANGS, type Lang } from './languages.ts';

/** The files as they are on disk, unchecked. */
const RAW: Record<Lang, Record<StringFile, unknown>> = {
  de: {
    ui: uiDe,
    result: resultDe,
    reference: referenceDe,
    pages: pagesDe,
    campaigns: campaignsDe,
    letters: lettersDe,
    judged: judgedDe,
    messages: messagesDe,
    advice: adviceDe,
    glossary: glossaryDe,
  },
  fr: {
    ui: uiFr,
    result: resultFr,
    reference: referenceFr,
    pages: pagesFr,
    campaigns: campaignsFr,
    letters: lettersFr,
    judged: judgedFr,
    messages: messagesFr,
    advice: adviceFr,
    glossary: glossaryFr,
  },
  it: {
    ui: uiIt,
    result: resultIt,
    reference: referenceIt,
    pages: pagesIt,
    campaigns: campaignsIt,
    letters: lettersIt,
    judged: judgedIt,
    messages: messagesIt,
    advice: adviceIt,
    glossary: glossaryIt,
  },
  en: {
    ui: uiEn,
    result: resultEn,
    reference: referenceEn,
    pages: pagesEn,
    campaigns: campaignsEn,
    letters: lettersEn,
    judged: judgedEn,
    messages: messagesEn,
    advice: adviceEn,
    glossary: glossaryEn,
  },
};

/** The values of a language file by dotted path (`result.page.title`, `error.invalid_host`). */
type Leaves = Map<string, unknown>;

/** Every leaf of a nested object, by dotted path. */
function leaves(value: unknown, prefix = '', out: Leaves = new Map()): Leaves {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) leaves(child, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

const placeholderSet = (text: string) => [...new Set(placeholders(text))].sort().join(', ');

/**
 * What is wrong with the language files: anything the schema refuses (a missing or extra key, an
 * empty text) and any text whose placeholders differ from the English one. Empty when all is well;
 * the build (src/integrations/strings-check.ts) and tests/unit/i18n fail otherwise.
 */
export function stringProblems(raw: Record<Lang, Record<StringFile, unknown>> = RAW): string[] {
  const problems: string[] = [];
  for (const lang of LANGS) {
    const parsed = Strings.safeParse(raw[lang]);
    for (const issue of parsed.error?.issues ?? []) {
      const [file, ...path] = issue.path.map(String);
      const keys = 'keys' in issue && Array.isArray(issue.keys) ? ` (${issue.keys.join(', ')})` : '';
      problems.push(`content/i18n/${lang}/${file}.json: ${path.join('.') || '(file)'}: ${issue.message}${keys}`);
    }
  }
  for (const file of STRING_FILES) {
    const english = leaves(raw.en[file]);
    for (const lang of LANGS) {
      if (lang === 'en') continue;
      for (const [path, theirs] of leaves(raw[lang][file])) {
        const ours = english.get(path);
        if (typeof ours !== 'string' || typeof theirs !== 'string') continue;
        if (placeholderSet(ours) !== placeholderSet(theirs)) {
          problems.push(
            `content/i18n/${lang}/${file}.json: ${path}: placeholders {${placeholderSet(theirs)}} differ from English {${placeholderSet(ours)}}`,
          );
        }
      }
    }
  }
  return problems;
}

/** The limits as the language writes numbers ("10'000" in Swiss German, "10,000" in English). */
const factsIn = (lang: Lang): FillValues =>
  Object.fromEntries(Object.entries(FACTS).map(([name, value]) => [name, formatCount(lang, value)]));

/** The same texts with the limits (`{retentionDays}`, ...) filled in from src/lib/limits.ts. */
function withFacts<T>(value: T, facts: FillValues): T {
  if (typeof value === 'string') return fill(value, facts) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, withFacts(child, facts)])) as T;
}

const parsed = new Map<Lang, Strings>();

/** Every word of the site in one language, schema-checked on first use, limits filled in. */
export function strings(lang: Lang): Strings {
  let words = parsed.get(lang);
  if (!words) {
    const result = Strings.safeParse(RAW[lang]);
    if (!result.success) throw new Error(`content/i18n/${lang}/: ${stringProblems().join('\n')}`);
    words = withFacts(result.data, factsIn(lang));
    parsed.set(lang, words);
  }
  return words;
}

/** The message of an API error code in the page's language, its placeholders filled. */
export function errorMessage(lang: Lang, code: ErrorCode, params: FillValues = {}): string {
  return fill(strings(lang).messages.error[code], params);
}

/** The advice text of a step id, or undefined for an id the content does not know. */
export function adviceText(lang: Lang, id: string): AdviceText | undefined {
  const file = strings(lang).advice as Record<string, AdviceText | undefined>;
  return Object.hasOwn(file, id) ? file[id] : undefined;
}

/**
 * What to check for a CVE that the build alone cannot decide, in the page's language: its own
 * text where the words have one (the data's `what` is English), else the general one.
 */
export function configurationWhat(lang: Lang, id: string): string {
  const texts = strings(lang).judged.configWhat as Record<string, string | undefined>;
  return (Object.hasOwn(texts, id) ? texts[id] : undefined) ?? strings(lang).judged.configWhat.other;
}
