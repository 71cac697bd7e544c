/** The build a check result's headline assesses: the one at greatest risk (src/lib/exchange/greatest-risk.ts). */
import { judgeBuilds } from '../../src/lib/exchange/greatest-risk.ts';
import { knowledge } from '../../src/lib/exchange/knowledge.ts';
import type { ObservedBuild } from '../../src/lib/schemas/api.ts';

export function assessedBuild(builds: readonly ObservedBuild[], today = '2026-11-01') {
  const a = judgeBuilds(builds, today, knowledge()).assessment;
  return a ? { build: a.build, precision: a.precision } : null;
}
