/**
 * The texts the result pages render by key: verdict sentences, outcome texts, reasons and error
 * messages (content/messages/{lang}.json) and advice steps (content/advice/{lang}.json), parsed
 * once with their schemas, plus the date formats of the result pages.
 */
import adviceDe from '../../../content/advice/de.json' with { type: 'json' };
import adviceEn from '../../../content/advice/en.json' with { type: 'json' };
import adviceFr from '../../../content/advice/fr.json' with { type: 'json' };
import adviceIt from '../../../content/advice/it.json' with { type: 'json' };
import messagesDe from '../../../content/messages/de.json' with { type: 'json' };
import messagesEn from '../../../content/messages/en.json' with { type: 'json' };
import messagesFr from '../../../content/messages/fr.json' with { type: 'json' };
import messagesIt from '../../../content/messages/it.json' with { type: 'json' };
import type { Lang } from '../../i18n/index.ts';
import { AdviceFile, type AdviceText, fill, type MessageKey, MessagesFile } from '../../lib/schemas/texts.ts';

const rawMessages: Record<Lang, unknown> = { de: messagesDe, fr: messagesFr, it: messagesIt, en: messagesEn };
const rawAdvice: Record<Lang, unknown> = { de: adviceDe, fr: adviceFr, it: adviceIt, en: adviceEn };

const parsedMessages = new Map<Lang, MessagesFile>();
const parsedAdvice = new Map<Lang, AdviceFile>();

function messagesOf(lang: Lang): MessagesFile {
  let file = parsedMessages.get(lang);
  if (!file) {
    file = MessagesFile.parse(rawMessages[lang]);
    parsedMessages.set(lang, file);
  }
  return file;
}

function adviceOf(lang: Lang): AdviceFile {
  let file = parsedAdvice.get(lang);
  if (!file) {
    file = AdviceFile.parse(rawAdvice[lang]);
    parsedAdvice.set(lang, file);
  }
  return file;
}

type Params = Record<string, string | number | boolean | null | undefined>;

/** A message in the page's language, its placeholders filled. */
export function message(lang: Lang, key: MessageKey, params: Params = {}): string {
  return fill(messagesOf(lang)[key], params);
}

/** The advice text of a step id, or undefined for an id the content does not know. */
export function adviceText(lang: Lang, id: string): AdviceText | undefined {
  const file = adviceOf(lang) as Record<string, AdviceText | undefined>;
  return Object.hasOwn(file, id) ? file[id] : undefined;
}

/** Regional locales: the site is written for Switzerland (dates like 14.10.2025, 14 octobre 2025). */
const LOCALE: Record<Lang, string> = { de: 'de-CH', fr: 'fr-CH', it: 'it-CH', en: 'en-GB' };
/** Times are shown in Swiss time, with the zone named, since the server cannot know the reader's zone. */
export const TIME_ZONE = 'Europe/Zurich';

export const locale = (lang: Lang): string => LOCALE[lang];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `2025-10-14` → "14 October 2025" (a calendar date: no time zone shift). */
export function formatDate(iso: string, lang: Lang): string {
  if (!ISO_DATE.test(iso)) return iso;
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

/** An instant as date and time in Swiss time, with the zone: "2 October 2026, 14:03 CEST". */
export function formatDateTime(iso: string | number, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  return new Intl.DateTimeFormat(LOCALE[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
    timeZoneName: 'short',
  }).format(date);
}

/** An instant's calendar day and time of day in Swiss time, without the zone (a letter names it). */
export function formatDayAndTime(iso: string, lang: Lang): { date: string; time: string } {
  const date = new Date(iso);
  const day = new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'long', timeZone: TIME_ZONE });
  const time = new Intl.DateTimeFormat(LOCALE[lang], { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE });
  return Number.isNaN(date.getTime()) ? { date: iso, time: '' } : { date: day.format(date), time: time.format(date) };
}

/** Time of day in Swiss time with the zone, for "try again from 14:05 CEST". */
export function formatTime(ms: number, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
    timeZoneName: 'short',
  }).format(new Date(ms));
}

/** "in 2 minutes" / "dans 2 minutes" / "in 2 Minuten" / "tra 2 minuti" for a delay in seconds. */
export function formatDelay(seconds: number, lang: Lang): string {
  const rtf = new Intl.RelativeTimeFormat(LOCALE[lang], { numeric: 'always' });
  return seconds < 90
    ? rtf.format(Math.max(1, Math.ceil(seconds)), 'second')
    : rtf.format(Math.ceil(seconds / 60), 'minute');
}

/** Picks `one` or `other` of a plural pair by the language's rules. */
export function plural(lang: Lang, count: number, forms: { one: string; other: string }): string {
  return new Intl.PluralRules(LOCALE[lang]).select(count) === 'one' ? forms.one : forms.other;
}

/** Dates in step params are ISO dates; shown in the page's language. */
export function displayParams(params: Params, lang: Lang): Params {
  const out: Params = {};
  for (const [key, value] of Object.entries(params)) {
    out[key] = typeof value === 'string' && ISO_DATE.test(value) ? formatDate(value, lang) : value;
  }
  return out;
}
