/**
 * Times assess() over every build of the knowledge base, at full and at CU precision, and prints
 * the time per assessment (goal: under 1 ms; a Workers request has 10 ms of CPU). Figures only:
 * it never fails on a slow machine.
 *
 *   npx node tests/bench/assessment.ts     (or through `npm run bench`, which calls run())
 */
import { assess } from '../../src/lib/exchange/assess.ts';
import { allBuilds, knowledge } from '../../src/lib/exchange/knowledge.ts';

const TODAY = '2026-11-29';
const ROUNDS = 20;

function time(inputs: readonly string[]): { perAssessment: number; worst: number } {
  let worst = 0;
  const started = performance.now();
  for (let round = 0; round < ROUNDS; round++) {
    for (const input of inputs) {
      const t = performance.now();
      assess(input, TODAY);
      worst = Math.max(worst, performance.now() - t);
    }
  }
  return { perAssessment: (performance.now() - started) / (ROUNDS * inputs.length), worst };
}

export async function run(): Promise<void> {
  const coldStart = performance.now();
  knowledge();
  const load = performance.now() - coldStart;
  const full = allBuilds().map((b) => b.build);
  const cuLevel = [...new Set(full.map((b) => b.split('.').slice(0, 3).join('.')))];
  time(full); // warm-up, so the figures below are the steady state
  const f = time(full);
  const c = time(cuLevel);
  const ms = (n: number) => `${n.toFixed(3)} ms`;
  console.log('assess() over the whole build table');
  console.log(`  knowledge base index, cold (once per isolate): ${ms(load)}`);
  console.log(`  full builds (${full.length}): ${ms(f.perAssessment)} per assessment, slowest ${ms(f.worst)}`);
  console.log(`  CU-level builds (${cuLevel.length}): ${ms(c.perAssessment)} per assessment, slowest ${ms(c.worst)}`);
  console.log(`  goal: under 1 ms per assessment`);
}

if (import.meta.main) await run();
