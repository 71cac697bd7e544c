/**
 * The update ladder: the rungs from a detected build up to the newest build of its product line,
 * for the result page's server-drawn diagram. A CU that Microsoft no longer services climbs to the
 * newest CU first; a serviced one (2019 CU14 beside CU15) stays on its own CU.
 */
import type { LadderRung } from '../schemas/api.ts';
import { type Build, compareBuilds, parseBuild } from './build.ts';
import { isFixed } from './fixed.ts';
import { cuOf, type Knowledge, type KnownBuild, knowledge, productOf } from './knowledge.ts';

export type { LadderRung };

export function updateLadder(input: string, kb: Knowledge = knowledge()): LadderRung[] {
  return ladderOf(parseBuild(input), kb);
}

export function ladderOf(b: Build, kb: Knowledge): LadderRung[] {
  const product = productOf(b, kb);
  if (!product) return [];
  const cu = cuOf(b, product, kb);
  if (!cu) return [];
  const version = product.record.version;
  const exact = b.revision === null ? undefined : kb.byBuild.get(b.text);
  const start = b.revision === null ? cu.first.parsed : b;

  const climb: KnownBuild[] = product.servicedCus.has(cu.name)
    ? cu.builds.filter((k) => compareBuilds(k.parsed, start) > 0)
    : [...product.newestCu.builds];

  const exploited = kb.cves.filter(
    (c) => c.record.kev !== null && c.record.buildDecidable && isFixed(c, version, cu.name, start) === false,
  );
  const current: LadderRung = {
    build: b.text,
    cu: cu.name,
    update: exact?.record.update ?? null,
    released: exact?.record.released ?? (b.revision === null ? cu.first.record.released : null),
    kb: exact?.record.kb ?? null,
    fixesKev: false,
    current: true,
    esuOnly: exact?.record.esuOnly ?? false,
  };
  const rungs = [current];
  let below: Build = start;
  let belowCu = cu.name;
  for (const k of climb) {
    const fixesKev = exploited.some(
      (c) => isFixed(c, version, k.record.cu, k.parsed) && !isFixed(c, version, belowCu, below),
    );
    belowCu = k.record.cu;
    rungs.push(rungOf(k, fixesKev));
    below = k.parsed;
  }
  return rungs;
}

function rungOf(k: KnownBuild, fixesKev: boolean): LadderRung {
  const r = k.record;
  return {
    build: r.build,
    cu: r.cu,
    update: r.update,
    released: r.released,
    kb: r.kb,
    fixesKev,
    current: false,
    esuOnly: r.esuOnly,
  };
}
