/**
 * The two answers a result gives, as judged: "Is this version still supported?" and "Is the
 * newest update installed?". Text keys and parameters only (dates as ISO dates); the site holds
 * the sentences per language and renders what was stored, never re-deriving it from today's data.
 */
import type { SupportAnswer, Verdict } from '../schemas/api.ts';
import type { Situation } from './situation.ts';

export function answersOf(s: Situation, verdict: Verdict): SupportAnswer[] {
  return [supportedAnswer(s), latestAnswer(s, verdict)];
}

function supportedAnswer(s: Situation): SupportAnswer {
  const base = { question: 'supported' as const, notes: [] };
  const product = s.productName;
  if (!product) return { ...base, answer: 'unknown', text: 'unknownProduct', params: {} };
  if (s.supported) {
    return s.endOfSupport
      ? { ...base, answer: 'yes', text: 'supportedUntil', params: { product, date: s.endOfSupport } }
      : { ...base, answer: 'yes', text: 'supported', params: { product } };
  }
  return s.endOfSupport
    ? { ...base, answer: 'no', text: 'unsupported', params: { product, date: s.endOfSupport } }
    : { ...base, answer: 'no', text: 'unsupportedNoDate', params: { product } };
}

function latestAnswer(s: Situation, verdict: Verdict): SupportAnswer {
  const base = { question: 'latest' } as const;
  const notes: SupportAnswer['notes'] = [];
  if (verdict === 'newer_than_data') {
    return { ...base, answer: 'unknown', text: 'newerThanData', params: { date: s.dataVersion }, notes };
  }
  if (s.retiredOnly) {
    return {
      ...base,
      answer: 'no',
      text: 'noMoreUpdates',
      params: { product: s.productName, date: s.endOfSupport },
      notes,
    };
  }
  const cu = s.cu?.name ?? '';
  const target = s.targetPublic?.record;
  if (!s.cu || !target) return { ...base, answer: 'unknown', text: 'latestUnknown', params: {}, notes };

  const newest = s.targetNewest?.record;
  if (newest?.esuOnly && s.behindEsu) {
    notes.push({
      text: 'esuLater',
      params: { update: newest.update, build: newest.build, start: s.esu?.start ?? null, end: s.esu?.end ?? null },
    });
  }
  const latest = {
    cu: s.targetCu?.name ?? cu,
    latestBuild: target.build,
    latestName: target.update ?? target.cu,
    date: target.released,
  };
  if (s.precision === 'cu') return { ...base, answer: 'unknown', text: 'cuOnly', params: latest, notes };
  if (!s.supported) {
    return s.behindPublic
      ? { ...base, answer: 'no', text: 'lastPublicMissing', params: { ...latest, product: s.productName }, notes }
      : { ...base, answer: 'yes', text: 'lastPublicInstalled', params: { ...latest, product: s.productName }, notes };
  }
  if (s.needsCu && s.targetCu) {
    const first = s.targetCu.first.record;
    return {
      ...base,
      answer: 'no',
      text: 'cuNotServiced',
      params: { cu, newCu: s.targetCu.name, newBuild: first.build },
      notes,
    };
  }
  if (!s.behindPublic) {
    return s.dataStale
      ? {
          ...base,
          answer: 'yes',
          text: 'upToDateAsOf',
          params: { build: s.build.text, cu, date: s.dataVersion },
          notes,
        }
      : { ...base, answer: 'yes', text: 'upToDate', params: { build: s.build.text, cu }, notes };
  }
  return { ...base, answer: 'no', text: 'behind', params: latest, notes };
}
