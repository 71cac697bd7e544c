/**
 * Which glossary terms a result links, and where: each term at its first mention in reading order
 * (verdict, answers, steps, the note on untracked vulnerabilities), computed once from the same
 * pure texts the components render, so that no component needs to know what came before it.
 */
import { fill, formatDate, type Lang, strings } from '../../i18n/index.ts';
import type { Assessment } from '../../lib/schemas/api.ts';
import { type FirstMentions, firstMentions } from '../../lib/site/glossary.ts';
import { answerTexts } from './answer-texts.ts';
import { stepTexts } from './step-texts.ts';

/** The verdict's sentence (Verdict.astro). */
export function verdictSentence(assessment: Assessment, lang: Lang): string {
  const confirmed = assessment.vulnerabilities.filter((v) => v.confidence === 'confirmed');
  return fill(strings(lang).messages.verdict[assessment.verdict].text, {
    count: confirmed.length,
    kevCount: confirmed.filter((v) => v.kev).length,
  });
}

/** The note that vulnerabilities after the end of support are not tracked (Vulnerabilities.astro). */
export function untrackedNote(assessment: Assessment, lang: Lang): string {
  return fill(strings(lang).judged.tracked.untracked, {
    product: assessment.product ?? '',
    date: assessment.trackedUntil ? formatDate(assessment.trackedUntil, lang) : '–',
  });
}

/** What a result page passes to its texts: the language and each term's first mention. */
export interface ResultGlossary {
  lang: Lang;
  mentions: FirstMentions;
}

/** What each part of a result (verdict, answers, vulnerabilities) is given to render. */
export interface AssessmentPartProps {
  lang: Lang;
  assessment: Assessment;
  /** The result page's glossary links (a letter has none: its terms read as plain words). */
  glossary?: ResultGlossary | undefined;
}

/** `comparable`: whether the page shows the answers and the vulnerabilities (AssessmentView). */
export function resultGlossary(assessment: Assessment, lang: Lang, comparable: boolean): ResultGlossary {
  const texts = [
    verdictSentence(assessment, lang),
    ...(comparable ? answerTexts(assessment.answers, lang).flatMap((a) => [a.text, ...a.notes]) : []),
    ...stepTexts(assessment.steps, lang).map((s) => s.body),
    ...(comparable && assessment.untracked ? [untrackedNote(assessment, lang)] : []),
  ];
  return { lang, mentions: firstMentions(texts) };
}
