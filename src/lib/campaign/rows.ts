/**
 * What a campaign keeps of each check, and the report drawn from all of them. Pure: the same
 * functions fill the results (API and CSV), the counts of the Campaign object and the report page.
 */
import type { CheckResult, Verdict } from '../schemas/api.ts';
import type { Counts, ResultRow } from '../schemas/campaign.ts';

/** The findings of one check, as a results row carries them. */
export interface Finding {
  outcome: ResultRow['outcome'];
  reason: string | null;
  build: string | null;
  verdict: Verdict | null;
  supported: boolean | null;
  kevOpen: number;
  confirmedOpen: number;
  checkedAt: string | null;
  resultId: string | null;
}

export function findingOf(result: CheckResult): Finding {
  const a = result.assessment;
  const open = a?.vulnerabilities ?? [];
  return {
    outcome: result.outcome,
    reason: result.reason,
    build: a?.build ?? result.builds[0]?.build ?? null,
    verdict: a?.verdict ?? (result.outcome === 'exchange_online' ? 'exchange_online' : null),
    supported: a ? a.supported : null,
    kevOpen: open.filter((v) => v.kev).length,
    confirmedOpen: open.filter((v) => v.confidence === 'confirmed').length,
    checkedAt: result.checkedAt,
    resultId: result.id,
  };
}

/** A target that could not be checked at all, after every attempt: unreachable, with why. */
export const failedFinding = (reason: string): Finding => ({
  outcome: 'unreachable',
  reason,
  build: null,
  verdict: null,
  supported: null,
  kevOpen: 0,
  confirmedOpen: 0,
  checkedAt: null,
  resultId: null,
});

export function countRows(rows: ReadonlyArray<Pick<ResultRow, 'outcome' | 'verdict'>>): Counts {
  const counts: Counts = { outcome: {}, verdict: {} };
  for (const row of rows) {
    counts.outcome[row.outcome] = (counts.outcome[row.outcome] ?? 0) + 1;
    if (row.verdict) counts.verdict[row.verdict] = (counts.verdict[row.verdict] ?? 0) + 1;
  }
  return counts;
}

/** Verdicts from the most to the least urgent: the order of the report's chart and table. */
export const VERDICT_ORDER: readonly Verdict[] = [
  'vulnerable',
  'possibly_vulnerable',
  'end_of_life',
  'update_available',
  'unknown_build',
  'newer_than_data',
  'up_to_date',
  'exchange_online',
];

export interface Report {
  total: number;
  checked: number;
  /** Every verdict in VERDICT_ORDER with its count (zeros included), then the targets without one. */
  verdicts: Array<{ verdict: Verdict; count: number }>;
  withoutVerdict: Array<{ outcome: ResultRow['outcome']; count: number }>;
  /** Targets with at least one open known-exploited CVE. */
  kevExposed: number;
  /** Targets whose build belongs to a product out of support, among those assessed. */
  endOfLife: number;
  assessed: number;
  /** The rows of the previous wave's worst verdicts that are better now. */
  improved: number | null;
}

const RANK = new Map(VERDICT_ORDER.map((v, i) => [v, i]));

export function reportOf(rows: readonly ResultRow[], total: number, wave: number): Report {
  const counts = countRows(rows);
  const verdicts = VERDICT_ORDER.map((verdict) => ({ verdict, count: counts.verdict[verdict] ?? 0 }));
  const withoutVerdict = Object.entries(
    rows
      .filter((r) => r.verdict === null)
      .reduce<Record<string, number>>((acc, r) => {
        acc[r.outcome] = (acc[r.outcome] ?? 0) + 1;
        return acc;
      }, {}),
  ).map(([outcome, count]) => ({ outcome: outcome as ResultRow['outcome'], count }));
  const assessed = rows.filter((r) => r.supported !== null);
  const better = (r: ResultRow) =>
    r.previousVerdict !== null && r.verdict !== null && (RANK.get(r.verdict) ?? 0) > (RANK.get(r.previousVerdict) ?? 0);
  return {
    total,
    checked: rows.length,
    verdicts,
    withoutVerdict,
    kevExposed: rows.filter((r) => r.kevOpen > 0).length,
    endOfLife: assessed.filter((r) => r.supported === false).length,
    assessed: assessed.length,
    improved: wave > 1 ? rows.filter(better).length : null,
  };
}
