/**
 * Several builds behind one name: every one is judged, and the result's headline is the build at
 * greatest risk (the contract): most open known-exploited CVEs, then most confirmed open CVEs,
 * then the more severe verdict, then the lower build.
 */
import type { Assessment, ObservedBuild, SeenBuild } from '../schemas/api.ts';
import { assessBuild } from './assess.ts';
import { compareBuilds, knownBuild } from './build.ts';
import type { Knowledge } from './knowledge.ts';
import { compareSeverity } from './rules.ts';

export interface JudgedBuilds {
  builds: SeenBuild[];
  /** The assessment of the build at greatest risk; null when no on-premises build was seen. */
  assessment: Assessment | null;
}

export function judgeBuilds(observed: readonly ObservedBuild[], today: string, kb: Knowledge): JudgedBuilds {
  // Seen builds are in our canonical form already (readServerBuild): read, not parsed again.
  const judged = observed.map((seen) => {
    const a = assessBuild(knownBuild(seen.build), today, kb);
    const kevOpen = a.vulnerabilities.filter((v) => v.kev).length;
    const confirmedOpen = a.vulnerabilities.filter((v) => v.confidence === 'confirmed').length;
    return { seen: { ...seen, verdict: a.verdict, kevOpen, confirmedOpen }, assessment: a };
  });
  const candidates = judged.filter((j) => j.assessment.verdict !== 'exchange_online');
  candidates.sort(
    (x, y) =>
      y.seen.kevOpen - x.seen.kevOpen ||
      y.seen.confirmedOpen - x.seen.confirmedOpen ||
      compareSeverity(x.seen.verdict, y.seen.verdict) ||
      compareBuilds(knownBuild(x.seen.build), knownBuild(y.seen.build)),
  );
  return { builds: judged.map((j) => j.seen), assessment: candidates[0]?.assessment ?? null };
}
