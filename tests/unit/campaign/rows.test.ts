import { describe, expect, it } from 'vitest';
import { countRows, failedFinding, findingOf, reportOf } from '../../../src/lib/campaign/rows.ts';
import { assess } from '../../../src/lib/exchange/assess.ts';
import { judgeBuilds } from '../../../src/lib/exchange/greatest-risk.ts';
import { knowledge } from '../../../src/lib/exchange/knowledge.ts';
import { RULES_VERSION } from '../../../src/lib/exchange/rules.ts';
import { type CheckResult, resultLinks } from '../../../src/lib/schemas/api.ts';
import type { ResultRow } from '../../../src/lib/schemas/campaign.ts';

const TODAY = '2026-10-01';

function result(build: string | null, outcome: CheckResult['outcome'] = 'assessed'): CheckResult {
  const id = 'AAAAAAAAAAAAAAAAAAAAAA';
  const judged = judgeBuilds(build ? [{ build, precision: 'update', sources: [0] }] : [], TODAY, knowledge());
  return {
    id,
    host: 'mail.example.ch',
    checkedAt: '2026-10-01T10:00:00.000Z',
    reused: false,
    outcome,
    reason: outcome === 'unreachable' ? 'timeout' : null,
    builds: judged.builds,
    evidence: [],
    assessment: outcome === 'assessed' ? judged.assessment : null,
    links: resultLinks(id),
    rulesVersion: RULES_VERSION,
    dataVersion: TODAY,
  };
}

describe('what a campaign keeps of a check', () => {
  it.each([
    ['an old Exchange 2019 build: open CVEs, some known exploited', '15.2.1748.24'],
    ['Exchange 2013: out of support', '15.0.1497.48'],
    ['Exchange SE, current', '15.2.2562.53'],
  ])('%s', (_why, build) => {
    const assessment = assess(build, TODAY);
    const finding = findingOf(result(build));
    expect(finding).toMatchObject({
      outcome: 'assessed',
      build,
      verdict: assessment.verdict,
      supported: assessment.supported,
      kevOpen: assessment.vulnerabilities.filter((v) => v.kev).length,
      confirmedOpen: assessment.vulnerabilities.filter((v) => v.confidence === 'confirmed').length,
    });
  });

  it('keeps the reason of an unreachable server and has no verdict', () => {
    expect(findingOf(result(null, 'unreachable'))).toMatchObject({
      outcome: 'unreachable',
      reason: 'timeout',
      verdict: null,
    });
    expect(failedFinding('dns_unavailable')).toMatchObject({
      outcome: 'unreachable',
      reason: 'dns_unavailable',
      resultId: null,
    });
  });
});

describe('counts and the report', () => {
  const row = (verdict: ResultRow['verdict'], extra: Partial<ResultRow> = {}): ResultRow => ({
    host: 'h',
    organisation: null,
    reference: null,
    language: null,
    outcome: verdict ? 'assessed' : 'unreachable',
    reason: null,
    build: null,
    verdict,
    supported: verdict ? verdict !== 'end_of_life' : null,
    kevOpen: 0,
    confirmedOpen: 0,
    checkedAt: null,
    resultId: null,
    page: null,
    previousVerdict: null,
    ...extra,
  });
  const rows = [
    row('vulnerable', { kevOpen: 2, previousVerdict: 'vulnerable' }),
    row('up_to_date', { previousVerdict: 'vulnerable' }),
    row('end_of_life', { kevOpen: 1 }),
    row(null),
  ];

  it('counts outcomes and verdicts', () => {
    expect(countRows(rows)).toEqual({
      outcome: { assessed: 3, unreachable: 1 },
      verdict: { vulnerable: 1, up_to_date: 1, end_of_life: 1 },
    });
  });

  it('reports known-exploited exposure, the end-of-life share and who patched since the last wave', () => {
    const report = reportOf(rows, 4, 2);
    expect(report).toMatchObject({ total: 4, checked: 4, kevExposed: 2, endOfLife: 1, assessed: 3, improved: 1 });
    expect(report.verdicts.find((v) => v.verdict === 'vulnerable')?.count).toBe(1);
    expect(report.withoutVerdict).toEqual([{ outcome: 'unreachable', count: 1 }]);
    expect(reportOf(rows, 4, 1).improved).toBeNull();
  });
});
