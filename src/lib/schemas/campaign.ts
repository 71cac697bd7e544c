/**
 * Campaigns: bulk checks for CERTs (docs/api.md "Campaigns: bulk checks for CERTs" and "Campaign
 * details"). Plain zod with `.meta({ id })`, like the rest of the contract.
 */
import { z } from 'zod';
import { LANGS } from '../../i18n/languages.ts';
import { MAX_CAMPAIGN_TARGETS } from '../limits.ts';
import { CheckId, ErrorCode, IsoDate, OpenCounts, Outcome, Verdict } from './api.ts';

/** Longest organisation name or reference kept (longer ones are cut, never refused). */
export const MAX_LABEL_LENGTH = 200;

export const Language = z.enum(LANGS);

export const CampaignId = CheckId.meta({
  description: '128 random bits, base64url',
  example: 'Zm9vYmFyYmF6cXV4cXV1eA',
});

export const TargetInput = z
  .object({
    host: z.string().meta({ example: 'mail.gemeinde.ch' }),
    organisation: z.string().optional().meta({ description: 'Whom the letter is addressed to' }),
    language: z.string().optional().meta({ description: 'de, fr, it or en: the language of the letter' }),
    reference: z.string().optional().meta({ description: 'Your own reference (case number, customer id)' }),
  })
  .meta({ id: 'CampaignTargetInput' });
export type TargetInput = z.infer<typeof TargetInput>;

export const CampaignRequest = z
  .object({
    name: z.string().trim().min(1).max(MAX_LABEL_LENGTH),
    targets: z.array(TargetInput).min(1).max(MAX_CAMPAIGN_TARGETS),
  })
  .meta({ id: 'CampaignRequest' });

/** Why a line of an upload is not checked: a public check's refusals of the host, then the upload's own. */
export const RejectionCode = z.enum([
  ...ErrorCode.extract(['invalid_host', 'private_address', 'port_not_allowed', 'opted_out']).options,
  /** A host already listed on an earlier line. */
  'duplicate',
  /** A language other than de, fr, it or en. */
  'invalid_language',
  /** A CSV line with more cells than the header. */
  'invalid_line',
]);
export type RejectionCode = z.infer<typeof RejectionCode>;

export const Rejection = z
  .object({
    /** The 1-based line of the CSV including its header, or the 0-based index in a JSON `targets` array. */
    line: z.number().int().nonnegative(),
    /** What the line said (the host cell, or the whole line when it could not be read). */
    input: z.string(),
    code: RejectionCode,
  })
  .meta({ id: 'CampaignRejection' });
export type Rejection = z.infer<typeof Rejection>;

export const CampaignStatus = z.enum(['queued', 'running', 'done']);
export type CampaignStatus = z.infer<typeof CampaignStatus>;

export const Counts = z.object({
  outcome: z.record(z.string(), z.number().int().nonnegative()),
  verdict: z.record(z.string(), z.number().int().nonnegative()),
});
export type Counts = z.infer<typeof Counts>;

export const Campaign = z
  .object({
    id: CampaignId,
    name: z.string(),
    /** Of the latest wave. */
    status: CampaignStatus,
    /** Targets being checked (the accepted lines). */
    total: z.number().int().nonnegative(),
    /** Targets of the latest wave checked so far. */
    checked: z.number().int().nonnegative(),
    rejected: z.array(Rejection),
    counts: Counts,
    /** 1 for the first check of every target, 2 for the first recheck, ... */
    wave: z.number().int().positive(),
    createdAt: z.iso.datetime(),
    /** When the latest wave ended. */
    finishedAt: z.iso.datetime().nullable(),
    dataVersion: IsoDate,
  })
  .meta({ id: 'Campaign' });
export type Campaign = z.infer<typeof Campaign>;

/** Why a target is unreachable: the check's own reasons, or why checking it kept failing. */
export const RowReason = z.string().nullable().meta({
  description:
    'With "unreachable": the CheckResult reason, or the error code that made every attempt fail (dns_unavailable, target_dns_failed, internal_error, rate_limited)',
});

export const ResultRow = z
  .object({
    host: z.string(),
    organisation: z.string().nullable(),
    reference: z.string().nullable(),
    language: Language.nullable(),
    outcome: Outcome,
    reason: RowReason,
    build: z.string().nullable(),
    verdict: Verdict.nullable(),
    supported: z.boolean().nullable(),
    ...OpenCounts.shape,
    checkedAt: z.iso.datetime().nullable(),
    /** An ordinary CheckResult id (GET /api/v1/checks/{id}); null when no check could be made. */
    resultId: CheckId.nullable(),
    /** `/{language}/check/{id}`, the human page of the result. */
    page: z.string().nullable(),
    /** The verdict of the previous wave (null in the first wave, or when there was none). */
    previousVerdict: Verdict.nullable(),
  })
  .meta({ id: 'CampaignResultRow' });
export type ResultRow = z.infer<typeof ResultRow>;

/** The CSV columns, in this order (docs/api.md). */
export const RESULT_COLUMNS = [
  'host',
  'organisation',
  'reference',
  'language',
  'outcome',
  'reason',
  'build',
  'verdict',
  'supported',
  'kevOpen',
  'confirmedOpen',
  'checkedAt',
  'resultId',
  'page',
  'previousVerdict',
] as const satisfies readonly (keyof ResultRow)[];

export const ResultsResponse = z
  .object({ dataVersion: IsoDate, wave: z.number().int().positive(), results: z.array(ResultRow) })
  .meta({ id: 'CampaignResults' });

export const CampaignList = z
  .object({ dataVersion: IsoDate, campaigns: z.array(Campaign) })
  .meta({ id: 'CampaignList' });

/** A letter's deadline, chosen by the CERT (`?deadline=YYYY-MM-DD`). */
export const Deadline = IsoDate.optional();
