/**
 * The assessment: a build number in, the Assessment of docs/api.md out. Pure: "today" and
 * the knowledge base are parameters. The facts come from situation.ts, the verdict and the steps
 * from the rules table (rules.ts); the answers and the update ladder are stored with the
 * assessment, so that a stored result shows what was judged.
 */
import type { Assessment, Vulnerability } from '../schemas/api.ts';
import { answersOf } from './answers.ts';
import { type Build, parseBuild } from './build.ts';
import { type Knowledge, knowledge } from './knowledge.ts';
import { ladderOf } from './ladder.ts';
import { judge, RULES_VERSION } from './rules.ts';
import { situationOf } from './situation.ts';

/** A build's precision is its own (`Build.precision`): lower it with toCuLevel, before assessBuild. */
export interface AssessOptions {
  /** Another knowledge base (tests, a live data version); the committed one by default. */
  knowledge?: Knowledge;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function assess(input: string, today: string, opts: AssessOptions = {}): Assessment {
  if (!ISO_DATE.test(today)) throw new TypeError(`today must be YYYY-MM-DD, got ${JSON.stringify(today)}`);
  return assessBuild(parseBuild(input), today, opts.knowledge ?? knowledge());
}

export function assessBuild(b: Build, today: string, kb: Knowledge = knowledge()): Assessment {
  const s = situationOf(b, today, kb);
  const { verdict, steps, rules } = judge(s);
  const identity = identify(b, s, kb);
  const latest = s.cu?.newest.record;
  const pub = s.latestPublic?.record;
  return {
    build: b.text,
    precision: b.precision,
    product: s.productName,
    version: s.version,
    cu: s.cu?.name ?? null,
    update: identity.update,
    released: identity.released,
    supported: s.supported,
    endOfSupport: s.endOfSupport,
    latest: latest
      ? { build: latest.build, update: latest.update, released: latest.released, esuOnly: latest.esuOnly }
      : null,
    latestPublic: pub ? { build: pub.build, update: pub.update, released: pub.released } : null,
    upToDate: s.online || s.upToDate,
    vulnerabilities: [...s.confirmed, ...s.possible],
    configurationDependent: s.configurationDependent.map(({ id, title, what }) => ({ id, title, what })),
    fixAvailableSince: fixAvailableSince([...s.confirmed, ...s.possible], kb),
    untracked: s.version !== null && !s.online && !s.supported,
    trackedUntil: s.trackedUntil,
    dataStale: s.dataStale,
    dataVersion: s.dataVersion,
    verdict,
    steps,
    rulesVersion: RULES_VERSION,
    rules,
    ladder: s.cu ? ladderOf(b, kb) : [],
    answers: s.online ? [] : answersOf(s, verdict),
  };
}

/** The earliest release of a fixed build of the open CVEs, the known-exploited ones when any are open. */
function fixAvailableSince(open: readonly Vulnerability[], kb: Knowledge): string | null {
  const exploited = open.filter((v) => v.kev);
  const dates = (exploited.length > 0 ? exploited : open)
    .map((v) => (v.fixedIn ? kb.byBuild.get(v.fixedIn)?.record.released : undefined))
    .filter((d): d is string => d !== undefined)
    .sort();
  return dates[0] ?? null;
}

function identify(b: Build, s: ReturnType<typeof situationOf>, kb: Knowledge) {
  const none = { update: null, released: null };
  if (!s.cu || !s.product) return none;
  const version = s.product.record.version;
  if (b.revision !== null) {
    const exact = kb.byBuild.get(b.text);
    return exact && exact.record.version === version
      ? { update: exact.record.update, released: exact.record.released }
      : none;
  }
  // CU level: the CU's own release; for 2010 the three parts name the update rollup itself.
  const first = kb.byPrefix.get(b.prefix)?.find((k) => k.record.version === version);
  if (!first) return none;
  return {
    update: s.product.record.cuKey === 'major.minor' ? first.record.update : null,
    released: first.record.released,
  };
}
