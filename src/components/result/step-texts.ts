/**
 * Advice steps as words: the one place that turns an assessment's steps (ids and typed params)
 * into texts and links in a language. Pure, so the result page, the text to forward to an IT
 * provider and the campaign letters all say the same thing.
 */
import { adviceText, displayParams, fill, type Lang, strings } from '../../i18n/index.ts';
import type { AdviceStep } from '../../lib/schemas/api.ts';
import { withoutGlossaryMarkers } from '../../lib/site/glossary.ts';

export interface StepLink {
  kind: 'kb' | 'download' | 'guide';
  text: string;
  /** Absolute for Microsoft's pages, site-relative for our guides. */
  href: string;
}

export interface StepText {
  id: string;
  title: string;
  body: string;
  /** A list param (CVE ids) with its label. */
  list: { label: string; items: string[] } | null;
  /** Short notes below the body: ESU only, the last public update. */
  notes: string[];
  links: StepLink[];
}

const KB = /^KB(\d{6,7})$/;

/** Which list param a step shows, and with which label. */
const LISTS: Partial<Record<string, 'exploited' | 'configuration'>> = {
  'check-compromise': 'exploited',
  'check-configuration': 'configuration',
};

export function stepTexts(steps: readonly AdviceStep[], lang: Lang): StepText[] {
  const t = strings(lang).result.steps;
  const j = strings(lang).judged.steps;
  return steps.map((step) => {
    const text = adviceText(lang, step.id);
    const scalars = Object.fromEntries(
      Object.entries(step.params).filter(
        (entry): entry is [string, string | number | boolean | null] => !Array.isArray(entry[1]),
      ),
    );
    // A missing value reads as a dash rather than a raw {placeholder}.
    const params = Object.fromEntries(
      Object.entries(displayParams(scalars, lang)).map(([k, v]) => [k, v === null ? '–' : v]),
    );
    const kb = typeof step.params.kb === 'string' ? KB.exec(step.params.kb) : null;
    const url = typeof step.params.url === 'string' && step.params.url.startsWith('https://') ? step.params.url : null;
    const body = text ? fill(text.body, params) : '';
    const links: StepLink[] = [];
    if (kb)
      links.push({ kind: 'kb', text: fill(t.kb, { kb: kb[0] }), href: `https://support.microsoft.com/help/${kb[1]}` });
    if (url && !body.includes(url)) links.push({ kind: 'download', text: t.download, href: url });
    if (text?.guide) links.push({ kind: 'guide', text: t.guide, href: `/${lang}/guides/${text.guide}/` });
    const listKind = LISTS[step.id];
    const items = listKind ? step.params.cves : undefined;
    const notes: string[] = [];
    if (step.params.esuOnly === true && step.id !== 'install-esu-update') notes.push(strings(lang).ui.esu.note);
    if (step.params.last === true) notes.push(j.lastPublic);
    return {
      id: step.id,
      title: text ? fill(text.title, params) : step.id,
      body,
      list: listKind && Array.isArray(items) && items.length > 0 ? { label: j[listKind], items } : null,
      notes,
      links,
    };
  });
}

/** The steps as plain text, numbered, with their links: what a person forwards to an IT provider. */
export function stepsPlainText(steps: readonly AdviceStep[], lang: Lang, origin: string): string {
  return stepTexts(steps, lang)
    .map((s, index) => {
      // Plain text: a glossary marker reads as its word.
      const lines = [`${index + 1}. ${s.title}`, withoutGlossaryMarkers(s.body)];
      if (s.list) lines.push(`${s.list.label} ${s.list.items.join(', ')}`);
      lines.push(...s.notes);
      for (const link of s.links) lines.push(`${link.text}: ${new URL(link.href, origin).href}`);
      return lines.filter(Boolean).join('\n');
    })
    .join('\n\n');
}
