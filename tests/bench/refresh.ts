/**
 * The refresh's cost: wall time against the loopback sources, and CPU time of the pipeline alone
 * (the answers held in memory), for the fixtures and for a month's document padded to the size of
 * a real one (MSRC's monthly documents are a few MB). Then the assessment with the refreshed
 * version loaded. Figures only.
 *
 *   npx node tests/bench/refresh.ts     (or through `npm run bench`)
 */
import { readFileSync } from 'node:fs';
import { assess } from '../../src/lib/exchange/assess.ts';
import { committedFiles, indexKnowledge, useLiveKnowledge } from '../../src/lib/exchange/knowledge.ts';
import { type FetchText, fetchTextWith } from '../../src/lib/refresh/fetch-text.ts';
import { parseMsrcDocument } from '../../src/lib/refresh/msrc.ts';
import { refresh } from '../../src/lib/refresh/refresh.ts';
import { sourceUrls } from '../../src/lib/refresh/sources.ts';
import { type KnowledgeBase, OverridesFile } from '../../src/lib/schemas/knowledge.ts';
import { SCENARIO_DAY } from '../support/source-scenarios.ts';
import { startSourceServer } from '../support/source-server.ts';

const overrides = OverridesFile.parse(
  JSON.parse(readFileSync(new URL('../../content/data/exchange/overrides.json', import.meta.url), 'utf8')),
);
const current = () => structuredClone(committedFiles()) as KnowledgeBase;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const cpuMs = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

/** A month's document as large as a real one: the November fixture plus other products' entries. */
function paddedDocument(text: string, targetBytes: number): string {
  const doc = JSON.parse(text) as { Vulnerability: unknown[] };
  const filler = doc.Vulnerability.at(-1);
  while (JSON.stringify(doc).length < targetBytes) doc.Vulnerability.push(structuredClone(filler));
  return JSON.stringify(doc);
}

export async function run(): Promise<void> {
  const server = await startSourceServer();
  try {
    const urls = sourceUrls(server.variables('november'), false);
    const loopback = fetchTextWith(fetch);
    const input = { current: current(), overrides, urls, today: SCENARIO_DAY };

    let t = performance.now();
    const outcome = await refresh({ ...input, fetchText: loopback });
    const wall = performance.now() - t;
    if (!outcome.ok) throw outcome.error;

    // The same answers from memory: what is left is the pipeline's own CPU.
    const answers = new Map<string, string | Error>();
    const recording: FetchText = async (source, url) => {
      try {
        const text = await loopback(source, url);
        answers.set(url, text);
        return text;
      } catch (error) {
        answers.set(url, error as Error);
        throw error;
      }
    };
    await refresh({ ...input, fetchText: recording });
    const fromMemory: FetchText = async (_source, url) => {
      const answer = answers.get(url);
      if (typeof answer === 'string') return answer;
      throw answer ?? new Error(`no answer recorded for ${url}`);
    };
    await refresh({ ...input, fetchText: fromMemory }); // warm-up
    let cpu = process.cpuUsage();
    t = performance.now();
    const again = await refresh({ ...input, fetchText: fromMemory });
    if (!again.ok) throw again.error;
    const pipelineWall = performance.now() - t;
    const pipelineCpu = cpuMs(cpu);

    const november = String(answers.get(`${urls.msrc}/cvrf/2026-Nov`) ?? '');
    const big = paddedDocument(november, 4_000_000);
    cpu = process.cpuUsage();
    parseMsrcDocument(JSON.parse(big), '2026-Nov');
    const bigCpu = cpuMs(cpu);

    cpu = process.cpuUsage();
    const stored = JSON.stringify(outcome.next);
    const live = indexKnowledge(JSON.parse(stored) as KnowledgeBase);
    const loadCpu = cpuMs(cpu);
    useLiveKnowledge(live);
    const builds = live.files.builds.map((b) => b.build);
    for (const b of builds) assess(b, SCENARIO_DAY); // warm-up
    t = performance.now();
    const rounds = 20;
    for (let r = 0; r < rounds; r++) for (const b of builds) assess(b, SCENARIO_DAY);
    const perAssessment = (performance.now() - t) / (rounds * builds.length);
    useLiveKnowledge(undefined);

    console.log(
      `refresh of the "november" fixtures (${outcome.changes.length} changes, ${answers.size} source requests)`,
    );
    console.log(`  wall time against the loopback sources: ${ms(wall)}`);
    console.log(`  pipeline alone (answers in memory): ${ms(pipelineCpu)} CPU, ${ms(pipelineWall)} wall`);
    console.log(
      `  one month's document of ${(big.length / 1e6).toFixed(1)} MB, JSON.parse and read: ${ms(bigCpu)} CPU`,
    );
    console.log(
      `  loading the stored version (${(stored.length / 1e3).toFixed(0)} kB JSON, parse and index, once per isolate): ${ms(loadCpu)} CPU`,
    );
    console.log(
      `  assess() with the refreshed version loaded: ${perAssessment.toFixed(3)} ms per assessment (${builds.length} builds)`,
    );
  } finally {
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
