/**
 * A result shows what was judged (issue 9): a stored assessment renders identically after the
 * knowledge base changes. The knowledge base the site reads is swapped under the renderers; the
 * words of a stored assessment must not move. The result components themselves read nothing of
 * the knowledge base (checked on their sources), so what holds for the renderers holds for them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Knowledge } from '../../../src/lib/exchange/knowledge.ts';
import type { KnowledgeBase } from '../../../src/lib/schemas/knowledge.ts';

const state = vi.hoisted(() => ({ kb: undefined as unknown }));

vi.mock('../../../src/lib/exchange/knowledge.ts', async (original) => {
  const real = await original<typeof import('../../../src/lib/exchange/knowledge.ts')>();
  const current = () => (state.kb as Knowledge | undefined) ?? real.knowledge();
  return { ...real, knowledge: current, dataVersion: () => current().files.meta.dataVersion };
});

const { answerTexts } = await import('../../../src/components/result/answer-texts.ts');
const { stepTexts } = await import('../../../src/components/result/step-texts.ts');
const { LANGS } = await import('../../../src/i18n/index.ts');
const { assess } = await import('../../../src/lib/exchange/assess.ts');
const { committedFiles, indexKnowledge } = await import('../../../src/lib/exchange/knowledge.ts');
const { Assessment } = await import('../../../src/lib/schemas/api.ts');

/** The knowledge base as it was on 2026-08-11: nothing of the September updates yet. */
function olderKnowledge(): Knowledge {
  const files = structuredClone(committedFiles()) as KnowledgeBase;
  files.meta.dataVersion = '2026-08-11';
  files.builds = files.builds.filter((b) => b.released <= '2026-08-11');
  return indexKnowledge(files);
}

function rendered(stored: unknown) {
  const a = Assessment.parse(stored);
  return LANGS.map((lang) => ({
    lang,
    steps: stepTexts(a.steps, lang),
    answers: answerTexts(a.answers, lang),
    ladder: a.ladder.map((r) => `${r.build} ${r.update} ${r.released}`),
  }));
}

beforeEach(() => {
  state.kb = undefined;
});

describe('a stored result renders what was judged', () => {
  it.each(['15.2.2562.46', '15.2.1748.24', '15.0.1497.48', '15.2.2562'])('%s', (build) => {
    state.kb = olderKnowledge();
    // Stored as the check stores it: JSON, judged with the data of its day.
    const stored = JSON.parse(JSON.stringify(assess(build, '2026-08-20', { knowledge: olderKnowledge() })));
    const before = rendered(stored);

    state.kb = undefined; // the site now answers from the newer, committed data
    const after = rendered(stored);
    expect(after).toEqual(before);

    // The newer data would judge it differently: the stored result is not silently re-judged.
    const today = Assessment.parse(JSON.parse(JSON.stringify(assess(build, '2026-08-20'))));
    expect(today.dataVersion).not.toBe(stored.dataVersion);
    if (build === '15.2.2562.46') {
      expect(stored.ladder.at(-1)?.build).toBe('15.2.2562.46');
      expect(today.ladder.at(-1)?.build).toBe('15.2.2562.53');
      expect(rendered(today)).not.toEqual(after);
    }
  });
});

describe('the result components read nothing of the knowledge base', () => {
  const dir = fileURLToPath(new URL('../../../src/components/result/', import.meta.url));
  const files = readdirSync(dir).filter((f) => f.endsWith('.astro') || f.endsWith('.ts'));

  it.each(files)('%s', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const module of ['exchange/knowledge', 'exchange/ladder', 'exchange/assess', 'exchange/situation']) {
      expect(source, `${file} imports ${module}`).not.toContain(module);
    }
  });
});
