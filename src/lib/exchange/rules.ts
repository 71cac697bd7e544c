/**
 * The rules table: every rule the assessment applies, in one ordered list, as MDN's HTTP
 * Observatory lists its tests. Each rule has a stable id, a condition over the Situation
 * (situation.ts), and what it adds: a verdict, advice steps, or both.
 *
 * - Verdict: the most severe verdict of all matching rules (SEVERITY below), which gives the
 *   contract's precedence: confirmed open → vulnerable; possible only → possibly_vulnerable;
 *   unsupported → end_of_life; a newer CU or update → update_available; above the data →
 *   newer_than_data; else up_to_date.
 * - Steps: every matching rule adds its steps, in table order; a step id appears once (the first
 *   rule that adds it wins). So the table order is the order a person follows, reviewed case by case:
 *   supported: the missing CU and update, then the compromise check when a known-exploited CVE is
 *   open, then mitigations and the Health Checker; end of life: first the way out, then interim
 *   protection (the last public update, less exposure), then the compromise check; an ESU-only
 *   update never comes first.
 *
 * Change RULES_VERSION whenever a rule's meaning changes: it is stored with every result.
 */
import type { AdviceStep, StepParamValue, Verdict } from '../schemas/api.ts';
import type { StepId } from './advice.ts';
import type { KnownBuild } from './knowledge.ts';
import type { Situation } from './situation.ts';

/** 1: the nested conditional before the table; 2: this table. */
export const RULES_VERSION = 2;

/** Most severe first; also the order of "greatest risk" between builds of one name. */
export const SEVERITY: readonly Verdict[] = [
  'vulnerable',
  'possibly_vulnerable',
  'end_of_life',
  'unknown_build',
  'update_available',
  'newer_than_data',
  'up_to_date',
  'exchange_online',
];

export interface Step {
  id: StepId;
  params: Record<string, StepParamValue>;
}

export interface Rule {
  /** Stable, kebab-case; stored in `assessment.rules`. */
  readonly id: string;
  /** What the rule stands for, for people reading the table. */
  readonly why: string;
  readonly when: (s: Situation) => boolean;
  readonly verdict?: Verdict;
  readonly steps?: (s: Situation) => Step[];
}

/**
 * The newest version that can run beside an old one, so that mailboxes can move (Microsoft's
 * coexistence rules: 2019 beside 2013, 2016 beside 2010, 2013 beside 2007).
 */
const VIA: Readonly<Record<string, string>> = { '2013': '2019', '2010': '2016', '2007': '2013' };

const known = (s: Situation) => s.version !== null && !s.online;
const onPrem = (s: Situation) => known(s) && (s.cu !== null || s.beyondData || s.retiredOnly);
const eol = (s: Situation) => onPrem(s) && !s.supported;
const legacy = (s: Situation) => s.version === '2007' || s.version === '2010' || s.version === '2013';
const open = (s: Situation) => s.confirmed.length + s.possible.length > 0;
const installing = (s: Situation) => s.needsCu || s.behindPublic;

function installCu(s: Situation): Step[] {
  const cu = s.targetCu;
  if (!cu) return [];
  const first = cu.first.record;
  return [
    {
      id: 'install-cu',
      params: { product: s.productName, cu: cu.name, build: first.build, kb: first.kb, url: first.url },
    },
  ];
}

function updateParams(s: Situation, k: KnownBuild): Record<string, StepParamValue> {
  const r = k.record;
  return {
    product: s.productName,
    cu: r.cu,
    update: r.update,
    build: r.build,
    kb: r.kb,
    url: r.url,
    released: r.released,
    esuOnly: r.esuOnly,
  };
}

export const RULES: readonly Rule[] = [
  {
    id: 'exchange-online',
    why: '15.20.x is Exchange Online: Microsoft patches it, nothing to do.',
    when: (s) => s.online,
    verdict: 'exchange_online',
  },
  {
    id: 'unknown-build',
    why: 'A well-formed build of no known product or CU: say so and confirm it on the server.',
    when: (s) => !s.online && !onPrem(s),
    verdict: 'unknown_build',
    steps: () => [{ id: 'verify-build', params: {} }],
  },
  {
    id: 'confirmed-open',
    why: 'The build is known to lack the fix of at least one CVE.',
    when: (s) => s.confirmed.length > 0,
    verdict: 'vulnerable',
  },
  {
    id: 'possibly-open',
    why: 'Only the CU is known, and a later update of it fixes a CVE.',
    when: (s) => s.possible.length > 0,
    verdict: 'possibly_vulnerable',
  },
  {
    id: 'end-of-life',
    why: 'Microsoft no longer supports the product (its end of support, not the CU).',
    when: eol,
    verdict: 'end_of_life',
  },
  {
    id: 'way-out-2019',
    why: 'End-of-life 2019: in-place upgrade to SE from CU14 or CU15 (an older CU reaches CU15 first).',
    when: (s) => eol(s) && s.version === '2019',
    steps: (s) => {
      const inPlace = s.product?.record.upgradePaths.find((p) => p.to === 'SE' && p.kind === 'in-place');
      const from = inPlace?.fromCus ?? [];
      const own = s.cu?.name ?? null;
      const ready = own !== null && from.includes(own);
      return [
        {
          id: 'upgrade-2019-to-se',
          params: { cu: own, installFirst: ready ? null : (s.targetCu?.name ?? from.at(-1) ?? null) },
        },
      ];
    },
  },
  {
    id: 'way-out-2016',
    why: 'End-of-life 2016: no in-place path; a new SE server, then move the mailboxes.',
    when: (s) => eol(s) && s.version === '2016',
    steps: () => [{ id: 'migrate-2016-to-se', params: {} }],
  },
  {
    id: 'way-out-legacy',
    why: 'Exchange 2013 and older cannot coexist with SE: through a supported intermediate version, or to Exchange Online.',
    when: (s) => eol(s) && legacy(s),
    steps: (s) => [{ id: 'migrate-legacy-to-se', params: { version: s.version, via: VIA[s.version ?? ''] ?? null } }],
  },
  {
    id: 'install-missing-cu',
    why: 'The CU gets no more updates: the newest CU first (for an end-of-life product, the one with the last public update).',
    when: (s) => onPrem(s) && s.needsCu,
    steps: installCu,
  },
  {
    id: 'install-newest-public-update',
    why: 'The newest update of the target CU that anyone can download (for an end-of-life product: the last one ever released).',
    when: (s) => onPrem(s) && s.behindPublic && s.targetPublic !== null,
    steps: (s) =>
      s.targetPublic
        ? [{ id: 'install-update', params: { ...updateParams(s, s.targetPublic), last: !s.supported } }]
        : [],
  },
  {
    id: 'exploited-open',
    why: 'A known-exploited CVE is open: look for an intrusion right after the first protective step.',
    when: (s) => s.kevOpen.length > 0,
    steps: (s) => [{ id: 'check-compromise', params: { cves: [...s.kevOpen] } }],
  },
  {
    id: 'mitigate-until-patched',
    why: 'Supported, open CVEs, updates to install: mitigations while the updates wait.',
    when: (s) => onPrem(s) && s.supported && open(s) && installing(s),
    steps: () => [{ id: 'mitigate-while-patching', params: {} }],
  },
  {
    id: 'reduce-exposure',
    why: 'End of life: new vulnerabilities stay open, so take OWA/ECP off the internet until the server is gone.',
    when: eol,
    steps: () => [{ id: 'reduce-exposure', params: {} }],
  },
  {
    id: 'check-compromise-eol',
    why: 'End of life: untracked vulnerabilities may have been used; check for compromise in any case.',
    when: eol,
    steps: (s) => [{ id: 'check-compromise', params: { cves: [...s.kevOpen] } }],
  },
  {
    id: 'esu-only-update',
    why: 'A newer update went only to Extended Security Update customers: named as such, with its dates, never first.',
    when: (s) => onPrem(s) && s.behindEsu && s.targetNewest !== null,
    steps: (s) =>
      s.targetNewest
        ? [
            {
              id: 'install-esu-update',
              params: {
                ...updateParams(s, s.targetNewest),
                esuStart: s.esu?.start ?? null,
                esuEnd: s.esu?.end ?? null,
              },
            },
          ]
        : [],
  },
  {
    id: 'cu-precision',
    why: 'Only the CU could be read: the installed update decides, and only the server shows it.',
    when: (s) => onPrem(s) && s.precision === 'cu' && !s.retiredOnly,
    steps: () => [{ id: 'read-installed-update', params: {} }],
  },
  {
    id: 'data-may-be-stale',
    why: 'The data predates the last Update Tuesday: Microsoft may have released updates since.',
    when: (s) => onPrem(s) && s.supported && s.dataStale,
    steps: (s) => [{ id: 'check-newer-updates', params: { dataVersion: s.dataVersion, url: s.buildListUrl } }],
  },
  {
    id: 'health-checker',
    why: "Microsoft's Health Checker, only where Microsoft supports it (2016, 2019, SE).",
    when: (s) => onPrem(s) && s.healthChecker,
    steps: () => [{ id: 'run-health-checker', params: {} }],
  },
  {
    id: 'configuration-decides',
    why: 'CVEs the build cannot decide, and fixes a setting override can switch off.',
    when: (s) => s.configurationDependent.length + s.overridable.length > 0,
    steps: (s) => [
      { id: 'check-configuration', params: { cves: [...s.configurationDependent.map((c) => c.id), ...s.overridable] } },
    ],
  },
  {
    id: 'newer-than-data',
    why: 'The build is above everything in the data for its CU (or in a CU the data does not know).',
    when: (s) => onPrem(s) && (s.aboveData || s.beyondData),
    verdict: 'newer_than_data',
    steps: (s) => [{ id: 'newer-than-data', params: { dataVersion: s.dataVersion } }],
  },
  {
    id: 'update-available',
    why: 'Supported, nothing open, but a newer CU or update exists.',
    when: (s) => onPrem(s) && s.supported && installing(s),
    verdict: 'update_available',
  },
  {
    id: 'exchange-online-instead',
    why: 'End of life: the alternative to running a server at all.',
    when: eol,
    steps: () => [{ id: 'move-to-exchange-online', params: {} }],
  },
  {
    id: 'up-to-date',
    why: 'Supported and on the newest build in the data for its CU.',
    when: (s) => onPrem(s) && s.supported && s.upToDate && !s.aboveData && !open(s),
    verdict: 'up_to_date',
    steps: () => [{ id: 'keep-updated', params: {} }],
  },
];

export interface Judgement {
  verdict: Verdict;
  steps: AdviceStep[];
  rules: string[];
}

/** Applies the table: the most severe verdict of the matching rules, and their steps in order. */
export function judge(s: Situation, rules: readonly Rule[] = RULES): Judgement {
  const matched = rules.filter((rule) => rule.when(s));
  const verdicts = matched.flatMap((rule) => (rule.verdict ? [rule.verdict] : []));
  const verdict = SEVERITY.find((v) => verdicts.includes(v)) ?? 'unknown_build';
  const steps = new Map<StepId, Step>();
  for (const rule of matched) {
    for (const step of rule.steps?.(s) ?? []) if (!steps.has(step.id)) steps.set(step.id, step);
  }
  return { verdict, steps: [...steps.values()], rules: matched.map((rule) => rule.id) };
}

/** Negative when verdict a is more severe than b. */
export const compareSeverity = (a: Verdict, b: Verdict): number => SEVERITY.indexOf(a) - SEVERITY.indexOf(b);
