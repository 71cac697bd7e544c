/**
 * Exchange SE's Modern Lifecycle as products.json states it (supportedCus: the current CU and the
 * one before): a new CU moves support along, so that a server on an old CU is told so.
 */
import { describe, expect, it } from 'vitest';
import { assessBuild } from '../../../src/lib/exchange/assess.ts';
import { knownBuild } from '../../../src/lib/exchange/build.ts';
import { committedFiles, indexKnowledge } from '../../../src/lib/exchange/knowledge.ts';
import type { BuildRecord, KnowledgeBase } from '../../../src/lib/schemas/knowledge.ts';

const TODAY = '2027-06-01';

function withSeCus(cus: ReadonlyArray<[cu: string, build: string, released: string]>) {
  const files = structuredClone(committedFiles()) as KnowledgeBase;
  for (const [cu, build, released] of cus) {
    const record: BuildRecord = {
      build,
      version: 'SE',
      cu,
      update: null,
      released,
      kb: null,
      url: null,
      esuOnly: false,
      source: 'ms-build-list',
    };
    files.builds.push(record);
  }
  files.meta.dataVersion = TODAY;
  return indexKnowledge(files);
}

describe('Exchange SE CUs under the Modern Lifecycle', () => {
  it.each<[string, ReadonlyArray<[string, string, string]>, string[]]>([
    ['RTM only', [], ['RTM']],
    ['CU1 out: RTM is the CU before, still serviced', [['CU1', '15.2.2650.4', '2026-10-20']], ['CU1', 'RTM']],
    [
      'CU2 out: RTM leaves support',
      [
        ['CU1', '15.2.2650.4', '2026-10-20'],
        ['CU2', '15.2.2740.3', '2027-04-20'],
      ],
      ['CU1', 'CU2'],
    ],
  ])('%s', (_why, cus, serviced) => {
    const se = withSeCus(cus).products.get('SE');
    expect([...(se?.servicedCus ?? [])].sort()).toEqual(serviced);
  });

  it('tells a server on a CU out of support to install the current CU', () => {
    const kb = withSeCus([
      ['CU1', '15.2.2650.4', '2026-10-20'],
      ['CU2', '15.2.2740.3', '2027-04-20'],
    ]);
    const rtm = assessBuild(knownBuild('15.2.2562.53'), TODAY, kb);
    expect(rtm.steps.map((s) => s.id)).toContain('install-cu');
    expect(rtm.upToDate).toBe(false);
    const cu1 = assessBuild(knownBuild('15.2.2650.4'), TODAY, kb);
    expect(cu1.steps.map((s) => s.id)).not.toContain('install-cu');
  });
});
