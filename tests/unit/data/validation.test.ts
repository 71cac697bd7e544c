import { describe, expect, it } from 'vitest';
import { committedFiles } from '../../../src/lib/exchange/knowledge.ts';
import { KnowledgeBaseError, validateKnowledgeBase } from '../../../src/lib/exchange/validate.ts';
import type { KnowledgeBase } from '../../../src/lib/schemas/knowledge.ts';

const copy = (): KnowledgeBase => structuredClone(committedFiles()) as KnowledgeBase;

function problemsOf(files: unknown): readonly string[] {
  try {
    validateKnowledgeBase(files);
  } catch (error) {
    if (error instanceof KnowledgeBaseError) return error.problems;
    throw error;
  }
  return [];
}

const find = (kb: KnowledgeBase, build: string) => {
  const b = kb.builds.find((x) => x.build === build);
  if (!b) throw new Error(build);
  return b;
};

describe('validateKnowledgeBase', () => {
  it('accepts the committed knowledge base', () => {
    expect(problemsOf(committedFiles())).toEqual([]);
  });

  it('accepts a build dated dataVersion itself (Sep26SUv2 came out on 2026-10-02)', () => {
    const kb = copy();
    expect(find(kb, '15.2.2562.53').released).toBe(kb.meta.dataVersion);
    expect(problemsOf(kb)).toEqual([]);
  });

  const broken: Array<[string, (kb: KnowledgeBase) => void, RegExp]> = [
    [
      'a record that does not fit its schema',
      (kb) => {
        (find(kb, '15.2.1748.24') as { released: string }).released = '18 April 2025';
      },
      /builds\[\d+\] \(15\.2\.1748\.24\)\.released/,
    ],
    [
      'an unknown field (typo in a key)',
      (kb) => {
        Object.assign(find(kb, '15.2.1748.24'), { relased: '2025-04-18' });
      },
      /15\.2\.1748\.24/,
    ],
    [
      'a CVE fixed build that is not in the build table',
      (kb) => {
        const cve = kb.cves.find((c) => c.id === 'CVE-2021-26855');
        if (cve?.fixedBuilds[0]) cve.fixedBuilds[0].build = '15.0.1395.99';
      },
      /CVE-2021-26855: fixed build 15\.0\.1395\.99 is not in the build table/,
    ],
    [
      'builds of one CU whose dates do not rise with their numbers',
      (kb) => {
        find(kb, '15.2.1748.26').released = '2025-03-01';
      },
      /2019 CU15: 15\.2\.1748\.26 \(2025-03-01\) is dated before the lower build 15\.2\.1748\.24/,
    ],
    [
      'a release date after dataVersion',
      (kb) => {
        kb.meta.dataVersion = '2026-09-30';
      },
      /15\.2\.2562\.53: released 2026-10-02 is after dataVersion 2026-09-30/,
    ],
    [
      'a duplicate build',
      (kb) => {
        kb.builds.push({ ...find(kb, '15.2.1748.24') });
      },
      /duplicate build 15\.2\.1748\.24/,
    ],
    [
      'a duplicate CVE',
      (kb) => {
        const cve = kb.cves[0];
        if (cve) kb.cves.push(structuredClone(cve));
      },
      /duplicate CVE/,
    ],
    [
      'a source that meta.json does not list',
      (kb) => {
        find(kb, '15.2.1748.24').source = 'somewhere';
      },
      /source "somewhere" is not listed/,
    ],
    [
      'a build filed under the wrong product (15.2.2562 is SE, not 2019)',
      (kb) => {
        find(kb, '15.2.2562.17').version = '2019';
      },
      /15\.2\.2562\.17: its number belongs to Exchange Server SE/,
    ],
    [
      'an ESU-only flag that contradicts the release date',
      (kb) => {
        find(kb, '15.2.1748.42').esuOnly = false;
      },
      /15\.2\.1748\.42: esuOnly is false/,
    ],
    [
      'a configuration-dependent CVE without what to check',
      (kb) => {
        const cve = kb.cves.find((c) => c.id === 'CVE-2024-21410');
        if (cve) delete cve.what;
      },
      /CVE-2024-21410: not decidable from a build/,
    ],
    [
      'a fixed build filed under another CU than the build table says',
      (kb) => {
        const cve = kb.cves.find((c) => c.id === 'CVE-2023-21529');
        if (cve?.fixedBuilds[0]) cve.fixedBuilds[0].cu = 'CU22';
      },
      /CVE-2023-21529: fixed build 15\.0\.1497\.47 is 2013 CU23 in the build table, not 2013 CU22/,
    ],
  ];

  it.each(broken)('refuses %s', (_, breakIt, expected) => {
    const kb = copy();
    breakIt(kb);
    const problems = problemsOf(kb);
    expect(
      problems.some((p) => expected.test(p)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('lists every problem in one readable message', () => {
    const kb = copy();
    find(kb, '15.2.1748.24').source = 'nowhere';
    find(kb, '15.2.1748.26').source = 'nowhere';
    expect(() => validateKnowledgeBase(kb)).toThrow(/2 problem\(s\):\n {2}- build 15\.2\.1748\.24/);
  });
});
