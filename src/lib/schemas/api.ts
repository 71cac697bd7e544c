/**
 * The public JSON contract (docs/api.md). Every API response, the OpenAPI document and the
 * site's result pages derive their types from these schemas. Plain zod with `.meta({ id })` so
 * that src/lib stays free of Hono; @hono/zod-openapi reads the ids as component names.
 */
import { z } from 'zod';

/** ISO calendar date, `YYYY-MM-DD`. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({ description: 'Calendar date, YYYY-MM-DD', example: '2026-10-02' });

/** A build number as Exchange prints it, 3 or 4 numeric parts (`15.2.1748` or `15.2.1748.24`). */
export const BuildString = z
  .string()
  .regex(/^\d{1,2}\.\d{1,2}\.\d{1,5}(\.\d{1,5})?$/)
  .meta({ description: 'Exchange build, major.minor.build[.revision]', example: '15.2.1748.24' });

export const ErrorCode = z
  .enum([
    'invalid_request',
    'invalid_host',
    'private_address',
    'port_not_allowed',
    'rate_limited',
    'dns_unavailable',
    /** The checked name's own DNS is broken (SERVFAIL, lame delegation); 502. */
    'target_dns_failed',
    'not_found',
    /** A result id that is not 22 base64url characters; 400. */
    'invalid_id',
    /** A method the endpoint does not accept; the Allow header lists those it does; 405. */
    'method_not_allowed',
    'invalid_build',
    /** The owner of the server asked not to be checked (content/opt-out.json). */
    'opted_out',
    /** A campaign endpoint without a valid API token (Authorization: Bearer ...). */
    'unauthorized',
    'internal_error',
  ])
  .meta({ id: 'ErrorCode' });
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorBody = z
  .object({
    dataVersion: IsoDate,
    error: z.object({
      /** Stable machine-readable code; the site translates by code. */
      code: ErrorCode,
      /** What was wrong and what to do instead, in English. */
      message: z.string(),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBody>;

export const DataState = z
  .object({
    version: IsoDate.meta({ description: 'dataVersion of the knowledge base that answers' }),
    refreshedAt: z.iso
      .datetime()
      .nullable()
      .meta({ description: 'When a refresh stored that version; null for the bundled data' }),
    stale: z.boolean().meta({ description: 'version is older than the most recent Update Tuesday' }),
    sources: z
      .record(z.string(), IsoDate.nullable())
      .meta({ description: 'Date of each source as used by that version' }),
    lastRefresh: z
      .object({
        at: z.iso.datetime(),
        ok: z.boolean(),
        error: z.string().nullable().meta({ description: 'Why nothing was stored (code, source, message)' }),
      })
      .nullable()
      .meta({ description: 'The last whole refresh; null before the first one' }),
  })
  .meta({ id: 'DataState' });
export type DataState = z.infer<typeof DataState>;

export const Health = z
  .object({ status: z.literal('ok'), dataVersion: IsoDate, data: DataState })
  .meta({ id: 'Health' });

export const Precision = z.enum(['update', 'cu']).meta({
  description: '"update": the full build with its update level; "cu": only the cumulative update is known',
});
export type Precision = z.infer<typeof Precision>;

/** 2007 is known only by its end of support (no builds in the data); Online is Exchange Online. */
export const ProductVersion = z.enum(['2007', '2010', '2013', '2016', '2019', 'SE', 'Online']);
export type ProductVersion = z.infer<typeof ProductVersion>;

export const Verdict = z.enum([
  'vulnerable',
  'possibly_vulnerable',
  'end_of_life',
  'update_available',
  'up_to_date',
  'newer_than_data',
  'unknown_build',
  'exchange_online',
]);
export type Verdict = z.infer<typeof Verdict>;

export const Vulnerability = z
  .object({
    id: z.string().meta({ example: 'CVE-2021-26855' }),
    title: z.string(),
    cvss: z.number().min(0).max(10).nullable(),
    kev: z.boolean().meta({ description: "In CISA's Known Exploited Vulnerabilities catalog" }),
    kevAdded: IsoDate.nullable(),
    ransomware: z.boolean().meta({ description: 'Known use in ransomware campaigns (CISA KEV)' }),
    fixedIn: BuildString.nullable().meta({ description: 'First fixed build for this CU, if any' }),
    confidence: z.enum(['confirmed', 'possible']),
  })
  .meta({ id: 'Vulnerability' });
export type Vulnerability = z.infer<typeof Vulnerability>;

export const ConfigurationDependent = z
  .object({
    id: z.string(),
    title: z.string(),
    /** What an administrator has to check, since the build alone cannot decide it. */
    what: z.string(),
  })
  .meta({ id: 'ConfigurationDependent' });

/**
 * Parameters of an advice step, rendered by the site from content/i18n/{lang}/advice.json: scalars, and lists as
 * lists (`cves: ["CVE-2026-42897"]`, never a comma-joined string).
 */
export const StepParamValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);
export type StepParamValue = z.infer<typeof StepParamValue>;
export const StepParams = z.record(z.string(), StepParamValue);

export const AdviceStep = z
  .object({
    id: z.string().meta({ example: 'install-update' }),
    params: StepParams,
  })
  .meta({ id: 'AdviceStep' });
export type AdviceStep = z.infer<typeof AdviceStep>;

export const LatestBuild = z.object({
  build: BuildString,
  update: z.string().nullable(),
  released: IsoDate.nullable(),
  esuOnly: z.boolean().optional().meta({
    description: 'Released only to Extended Security Update customers',
  }),
});

export const PublicBuild = z.object({
  build: BuildString,
  update: z.string().nullable(),
  released: IsoDate.nullable(),
});

/** One rung of the update ladder, from the judged build up to the newest build of its line. */
export const LadderRung = z
  .object({
    build: BuildString,
    cu: z.string(),
    update: z.string().nullable(),
    released: IsoDate.nullable(),
    kb: z.string().nullable(),
    /** Fixes a known-exploited CVE that the judged build has open and the rung below still had. */
    fixesKev: z.boolean(),
    /** The judged build itself. */
    current: z.boolean(),
    esuOnly: z.boolean(),
  })
  .meta({ id: 'LadderRung' });
export type LadderRung = z.infer<typeof LadderRung>;

/** The sentences of the two answers, by key (the words live in the site's strings, per language). */
export const AnswerText = z.enum([
  'supported',
  'supportedUntil',
  'unsupported',
  'unsupportedNoDate',
  'unknownProduct',
  'upToDate',
  'upToDateAsOf',
  'behind',
  'cuNotServiced',
  'cuOnly',
  'newerThanData',
  'latestUnknown',
  'lastPublicInstalled',
  'lastPublicMissing',
  'esuLater',
  'noMoreUpdates',
]);
export type AnswerText = z.infer<typeof AnswerText>;

const AnswerParams = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));

/** "Is this version still supported?" and "Is the newest update installed?", as judged. */
export const SupportAnswer = z
  .object({
    question: z.enum(['supported', 'latest']),
    answer: z.enum(['yes', 'no', 'unknown']),
    text: AnswerText,
    /** Dates are ISO dates; the site formats them per language. */
    params: AnswerParams,
    notes: z.array(z.object({ text: AnswerText, params: AnswerParams })),
  })
  .meta({ id: 'SupportAnswer' });
export type SupportAnswer = z.infer<typeof SupportAnswer>;

export const Assessment = z
  .object({
    build: BuildString,
    precision: Precision,
    product: z.string().nullable().meta({ example: 'Exchange Server 2019' }),
    version: ProductVersion.nullable(),
    cu: z.string().nullable().meta({ example: 'CU15' }),
    update: z.string().nullable().meta({ example: 'Apr25HU' }),
    released: IsoDate.nullable(),
    supported: z.boolean(),
    endOfSupport: IsoDate.nullable(),
    latest: LatestBuild.nullable().meta({
      description: 'The newest build for this CU; esuOnly when only Extended Security Update customers got it',
    }),
    latestPublic: PublicBuild.nullable().meta({
      description:
        'The newest build of this product line that anyone can download (never an ESU-only build); for an end-of-life product its last public build',
    }),
    upToDate: z.boolean(),
    vulnerabilities: z.array(Vulnerability),
    configurationDependent: z.array(ConfigurationDependent),
    fixAvailableSince: IsoDate.nullable().meta({
      description:
        'Since when a fix exists for an open CVE (the known-exploited ones when any are open): the earliest release of their fixed builds',
    }),
    untracked: z.boolean().meta({
      description:
        "End-of-life product (by the product's end of support, not the CU's): vulnerabilities published after it are not tracked and stay unpatched",
    }),
    trackedUntil: IsoDate.nullable().meta({
      description:
        'With untracked: vulnerabilities are tracked up to this date (the end of support, or the last update in the data for the product, ESU included)',
    }),
    dataStale: z.boolean().meta({
      description:
        "The data's version is older than the most recent Update Tuesday: Microsoft may have released updates since",
    }),
    dataVersion: IsoDate.meta({ description: 'The knowledge base version this assessment was judged with' }),
    verdict: Verdict,
    steps: z.array(AdviceStep),
    rulesVersion: z.number().int().positive().meta({ description: 'Version of the rules table that judged it' }),
    /** Ids of the rules that matched, in table order (src/lib/exchange/rules.ts). */
    rules: z.array(z.string()),
    ladder: z.array(LadderRung),
    answers: z.array(SupportAnswer),
  })
  .meta({ id: 'Assessment' });
export type Assessment = z.infer<typeof Assessment>;

export const AssessmentResponse = z
  .object({ dataVersion: IsoDate, assessment: Assessment })
  .meta({ id: 'AssessmentResponse' });

export const Outcome = z.enum(['assessed', 'version_hidden', 'not_exchange', 'exchange_online', 'unreachable']);
export type Outcome = z.infer<typeof Outcome>;

export const UnreachableReason = z.enum([
  'timeout',
  'tls',
  'connection',
  'http_error',
  'redirect_blocked',
  'too_many_redirects',
  'too_large',
]);
export type UnreachableReason = z.infer<typeof UnreachableReason>;

export const Signal = z
  .enum([
    'x-owa-version',
    'logon-path',
    'export-tool-manifest',
    'exchange-headers',
    'microsoft-365',
    /** A redirect to another site: recorded, never followed. */
    'cross-site-redirect',
    'none',
  ])
  .meta({ description: 'What was read from the answer' });
export type Signal = z.infer<typeof Signal>;

export const Evidence = z
  .object({
    path: z.string().meta({ example: '/owa/auth/logon.aspx' }),
    /** HTTP status, or null when no answer arrived (timeout, TLS or connection error). */
    status: z.number().int().nullable(),
    signal: Signal,
    /** The validated build, never raw text from the server. */
    value: BuildString.nullable(),
    /** Why no answer arrived, when status is null. */
    error: UnreachableReason.optional(),
  })
  .meta({ id: 'Evidence' });
export type Evidence = z.infer<typeof Evidence>;

/** A distinct build the probes saw, before it is judged. */
export const ObservedBuild = z.object({
  build: BuildString,
  precision: Precision,
  /** Indexes into `evidence`. */
  sources: z.array(z.number().int().nonnegative()),
});
export type ObservedBuild = z.infer<typeof ObservedBuild>;

/** The open CVEs of one build that a reader compares: a checked build, a campaign's result row. */
export const OpenCounts = z.object({
  /** Open CVEs in CISA's Known Exploited Vulnerabilities catalog. */
  kevOpen: z.number().int().nonnegative(),
  /** Open CVEs known to be unpatched on this build. */
  confirmedOpen: z.number().int().nonnegative(),
});

export const SeenBuild = ObservedBuild.extend({
  /** This build's own verdict; the result's assessment is the build at greatest risk. */
  verdict: Verdict,
  /** Open known-exploited and confirmed open CVEs of this build, for the comparison shown. */
  ...OpenCounts.shape,
}).meta({ id: 'SeenBuild' });
export type SeenBuild = z.infer<typeof SeenBuild>;

/** 128 random bits, base64url without padding. */
export const CheckId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{22}$/)
  .meta({ description: '128 random bits, base64url', example: 'q3Vb0Zl6m2H7xPc1uW8yAA' });

/** The human result pages of a check, one per language (CheckResult `links`). */
export const resultLinks = (id: string) => ({
  de: `/de/check/${id}`,
  fr: `/fr/check/${id}`,
  it: `/it/check/${id}`,
  en: `/en/check/${id}`,
});

export const CheckResult = z
  .object({
    id: CheckId,
    host: z.string().meta({ example: 'mail.example.ch' }),
    checkedAt: z.iso.datetime().meta({ description: 'When the server was actually contacted' }),
    reused: z.boolean(),
    outcome: Outcome,
    reason: UnreachableReason.nullable(),
    builds: z.array(SeenBuild),
    evidence: z.array(Evidence),
    assessment: Assessment.nullable(),
    /**
     * With "not_exchange" for a bare domain (example.ch): the usual server names below it that exist
     * in DNS (autodiscover.example.ch, mail.example.ch, ...), worth checking instead. Not contacted.
     */
    suggestions: z.array(z.string()).optional(),
    /** The human result pages, one per language. */
    links: z.object({ de: z.string(), fr: z.string(), it: z.string(), en: z.string() }),
    /** The rules table that judged it (src/lib/exchange/rules.ts). */
    rulesVersion: z.number().int().positive(),
    /** The knowledge base version it was judged with (a stored result keeps its own). */
    dataVersion: IsoDate,
  })
  .meta({ id: 'CheckResult' });
export type CheckResult = z.infer<typeof CheckResult>;

export const CheckRequest = z
  .object({
    // No length here: the one rule (at most 2000 characters once surrounding spaces are trimmed,
    // never empty) is the hostname policy's, the same for the API and the form (invalid_host).
    host: z.string().meta({
      description: 'A hostname or an https:// address; at most 2000 characters without surrounding spaces',
      example: 'mail.example.ch',
    }),
  })
  .meta({ id: 'CheckRequest' });
