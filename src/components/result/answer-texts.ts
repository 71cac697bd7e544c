/**
 * The two answers as words: a pure function of the answers stored with an assessment and the
 * language, shared by the result page and the text to forward.
 */
import { displayParams, fill, type Lang, strings } from '../../i18n/index.ts';
import type { SupportAnswer } from '../../lib/schemas/api.ts';

export interface AnswerText {
  question: SupportAnswer['question'];
  heading: string;
  word: string;
  text: string;
  notes: string[];
}

export function answerTexts(answers: readonly SupportAnswer[], lang: Lang): AnswerText[] {
  const t = strings(lang).result.support;
  const words = strings(lang).judged.answers;
  const WORD = { yes: t.yes, no: t.no, unknown: t.notKnown } as const;
  const QUESTION = { supported: t.supportedQuestion, latest: t.latestQuestion } as const;
  const sentence = (text: SupportAnswer['text'], params: SupportAnswer['params']) =>
    fill(words[text], displayParams(params, lang));
  return answers.map((a) => ({
    question: a.question,
    heading: QUESTION[a.question],
    word: WORD[a.answer],
    text: sentence(a.text, a.params),
    notes: a.notes.map((n) => sentence(n.text, n.params)),
  }));
}
