/**
 * Campaigns as a service, shared by the API (functions/api/campaigns.ts) and the CERT pages of the
 * site: upload, the Campaign object, results, recheck waves and delete. Every function takes the
 * owner (the token's id): a campaign of another token does not exist for it (404).
 */
import { getDomain } from 'tldts';
import { z } from 'zod';
import { DEFAULT_LANG } from '../../src/i18n/languages.ts';
import { fromCsv, fromJson, type Target } from '../../src/lib/campaign/upload.ts';
import { toCsv } from '../../src/lib/csv.ts';
import { invalidRequest, notFound } from '../../src/lib/errors.ts';
import { dataVersion } from '../../src/lib/exchange/knowledge.ts';
import type { CheckResult } from '../../src/lib/schemas/api.ts';
import {
  type Campaign,
  CampaignId,
  CampaignRequest,
  RESULT_COLUMNS,
  Rejection,
  ResultRow,
} from '../../src/lib/schemas/campaign.ts';
import {
  type CampaignRow,
  checkedTargets,
  deleteCampaign,
  getCampaign,
  insertCampaign,
  listCampaigns,
  pendingTargets,
  startWave,
  type TargetRow,
  waveProgress,
} from '../store/campaigns.ts';
import { getResults, newResultId } from '../store/results.ts';
import type { TokenOwner } from '../store/tokens.ts';
import { type CheckMessage, enqueueChecks } from './queue.ts';

const NOT_FOUND =
  'There is no campaign with this id for your token. It may have been deleted, or expired after the retention period.';

async function ownRow(env: Env, owner: TokenOwner, id: string): Promise<CampaignRow> {
  const row = CampaignId.safeParse(id).success ? await getCampaign(env.DB, id, owner.id) : null;
  if (!row) throw notFound(NOT_FOUND);
  return row;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

async function campaignOf(env: Env, row: CampaignRow): Promise<Campaign> {
  const progress = await waveProgress(env.DB, row.id, row.wave);
  const status = row.finished_at !== null ? 'done' : progress.started > 0 ? 'running' : 'queued';
  return {
    id: row.id,
    name: row.name,
    status,
    total: row.total,
    checked: progress.checked,
    rejected: z.array(Rejection).parse(JSON.parse(row.rejected)),
    counts: { outcome: progress.outcome, verdict: progress.verdict },
    wave: row.wave,
    createdAt: new Date(row.created_at).toISOString(),
    finishedAt: iso(row.finished_at),
    dataVersion: dataVersion(),
  };
}

/**
 * Queue order: one target of each registrable domain in turn, so that the batches a consumer gets
 * mix domains (one domain is checked one target at a time, so a batch of one domain would crawl).
 */
export function interleaveByDomain<T extends { host: string }>(targets: readonly T[]): T[] {
  const groups = new Map<string, T[]>();
  for (const target of targets) {
    const domain = getDomain(target.host) ?? target.host;
    const group = groups.get(domain);
    if (group) group.push(target);
    else groups.set(domain, [target]);
  }
  const lists = [...groups.values()];
  const out: T[] = [];
  for (let round = 0; out.length < targets.length; round++) {
    for (const list of lists) {
      const next = list[round];
      if (next) out.push(next);
    }
  }
  return out;
}

export type UploadBody = { kind: 'json'; body: unknown } | { kind: 'csv'; text: string; name: string | undefined };

export async function createCampaign(
  env: Env,
  owner: TokenOwner,
  upload: UploadBody,
  nowMs: number = Date.now(),
): Promise<Campaign> {
  let name: string;
  let parsed: { targets: Target[]; rejected: Rejection[] };
  if (upload.kind === 'csv') {
    const csvName = z.string().trim().min(1).max(200).safeParse(upload.name);
    if (!csvName.success) {
      throw invalidRequest('Name the campaign in the query: POST /api/v1/campaigns?name=Patch%20wave%20March.');
    }
    name = csvName.data;
    parsed = fromCsv(upload.text);
  } else {
    const request = CampaignRequest.safeParse(upload.body);
    if (!request.success) {
      throw invalidRequest(
        'Send {"name": "...", "targets": [{"host": "mail.example.ch", "organisation": "...", "language": "de", "reference": "..."}]} with 1 to 10000 targets, or text/csv with ?name=.',
      );
    }
    name = request.data.name;
    parsed = fromJson(request.data.targets);
  }
  const id = newResultId();
  await insertCampaign(env.DB, { id, tokenId: owner.id, name, ...parsed }, nowMs);
  const messages: CheckMessage[] = interleaveByDomain(parsed.targets.map((t, idx) => ({ ...t, idx }))).map((t) => ({
    campaignId: id,
    idx: t.idx,
    wave: 1,
    host: t.host,
  }));
  await enqueueChecks(env, messages);
  const row = await getCampaign(env.DB, id, owner.id);
  if (!row) throw new Error('campaign vanished right after it was written');
  return campaignOf(env, row);
}

export async function readCampaign(env: Env, owner: TokenOwner, id: string): Promise<Campaign> {
  return campaignOf(env, await ownRow(env, owner, id));
}

export async function listOwnCampaigns(env: Env, owner: TokenOwner): Promise<Campaign[]> {
  return Promise.all((await listCampaigns(env.DB, owner.id)).map((row) => campaignOf(env, row)));
}

export interface TargetResult extends ResultRow {
  /** The row's position among the campaign's targets. */
  idx: number;
}

function resultRow(row: TargetRow): TargetResult {
  const language = row.language;
  const resultId = row.result_id;
  return {
    idx: row.idx,
    ...ResultRow.parse({
      host: row.host,
      organisation: row.organisation,
      reference: row.reference,
      language,
      outcome: row.outcome,
      reason: row.reason,
      build: row.build,
      verdict: row.verdict,
      supported: row.supported === null ? null : row.supported === 1,
      kevOpen: row.kev_open ?? 0,
      confirmedOpen: row.confirmed_open ?? 0,
      checkedAt: row.checked_at,
      resultId,
      // The result page is in the target's language, else the site's default.
      page: resultId ? `/${language ?? DEFAULT_LANG}/check/${resultId}` : null,
      previousVerdict: row.previous_verdict,
    }),
  };
}

export async function campaignResults(
  env: Env,
  owner: TokenOwner,
  id: string,
): Promise<{ campaign: Campaign; results: TargetResult[] }> {
  const row = await ownRow(env, owner, id);
  const [campaign, rows] = await Promise.all([campaignOf(env, row), checkedTargets(env.DB, row.id, row.wave)]);
  return { campaign, results: rows.map(resultRow) };
}

/** The results as JSON: the body of GET /api/v1/campaigns/{id}/results. */
export const resultsBody = (campaign: Campaign, results: readonly TargetResult[]) => ({
  dataVersion: campaign.dataVersion,
  wave: campaign.wave,
  results: results.map(({ idx: _, ...row }) => row),
});

/** The results as CSV, the columns of the contract (for mail merge and spreadsheets). */
export const resultsCsv = (results: readonly ResultRow[]): string =>
  toCsv(
    results.map((r) => Object.fromEntries(RESULT_COLUMNS.map((c) => [c, r[c]]))),
    RESULT_COLUMNS,
  );

export async function recheckCampaign(env: Env, owner: TokenOwner, id: string): Promise<Campaign> {
  const row = await ownRow(env, owner, id);
  const wave = await startWave(env.DB, row.id);
  if (wave === null) throw notFound(NOT_FOUND);
  const targets = await pendingTargets(env.DB, row.id, wave);
  await enqueueChecks(
    env,
    interleaveByDomain(targets).map((t) => ({ campaignId: row.id, idx: t.idx, wave, host: t.host })),
  );
  return readCampaign(env, owner, id);
}

export async function removeCampaign(env: Env, owner: TokenOwner, id: string): Promise<void> {
  const gone = CampaignId.safeParse(id).success && (await deleteCampaign(env.DB, id, owner.id));
  if (!gone) throw notFound(NOT_FOUND);
}

export interface Letter {
  row: TargetResult;
  /** The stored check result the row links to (absent when the check failed, or it expired). */
  result: CheckResult | null;
}

/** The rows of the latest wave with their check results: what the letters are written from. */
export async function campaignLetters(
  env: Env,
  owner: TokenOwner,
  id: string,
  nowMs: number = Date.now(),
): Promise<{ campaign: Campaign; letters: Letter[] }> {
  const { campaign, results } = await campaignResults(env, owner, id);
  const stored = await getResults(
    env.DB,
    results.flatMap((r) => (r.resultId ? [r.resultId] : [])),
    nowMs,
  );
  return {
    campaign,
    letters: results.map((row) => ({ row, result: row.resultId ? (stored.get(row.resultId) ?? null) : null })),
  };
}
