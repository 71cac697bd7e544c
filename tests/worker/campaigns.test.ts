/**
 * Campaigns inside workerd with the real bindings: the API, D1, the Rate Limiting binding and the
 * Queue, whose messages miniflare delivers to the real consumer (functions/api-worker.ts is the
 * test Worker's main). Redelivery and failures mid-batch call the same consumer with batches built
 * by cloudflare:test, so that attempts and acknowledgements can be read back.
 */
import { applyD1Migrations, createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import app from '../../functions/app.ts';
import { consumeChecks, MAX_ATTEMPTS } from '../../functions/campaigns/queue.ts';
import { insertCampaign } from '../../functions/store/campaigns.ts';
import { createToken } from '../../functions/store/tokens.ts';
import { parseCsvRecords } from '../../src/lib/csv.ts';
import { assess } from '../../src/lib/exchange/assess.ts';
import { ErrorBody } from '../../src/lib/schemas/api.ts';
import { Campaign, RESULT_COLUMNS, ResultsResponse } from '../../src/lib/schemas/campaign.ts';
import { isoDay } from '../../src/lib/today.ts';
import {
  CAMPAIGN_DOMAINS,
  CAMPAIGN_TARGETS,
  campaignCsv,
  campaignTargets,
  TRANSIENT_LABEL,
  TRANSIENT_TARGETS,
} from '../support/campaign-targets.ts';

beforeAll(() => applyD1Migrations(env.DB, env.TEST_MIGRATIONS));

async function token(name = 'CERT Test'): Promise<{ token: string; id: string }> {
  return createToken(env.DB, name, Date.now());
}

function call(path: string, auth: string | null, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  if (auth !== null) headers.set('Authorization', `Bearer ${auth}`);
  return app.request(path, { ...init, headers }, env);
}

const postCsv = (auth: string, csv: string, name = 'Test campaign') =>
  call(`/api/v1/campaigns?name=${encodeURIComponent(name)}`, auth, {
    method: 'POST',
    headers: { 'Content-Type': 'text/csv' },
    body: csv,
  });

const postJson = (auth: string, body: unknown) =>
  call('/api/v1/campaigns', auth, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  const body = ErrorBody.parse(await res.json());
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(20);
}

async function readCampaign(auth: string, id: string): Promise<Campaign> {
  const res = await call(`/api/v1/campaigns/${id}`, auth);
  expect(res.status).toBe(200);
  return Campaign.parse(await res.json());
}

/** Polls until the campaign's latest wave is done (the queue delivers on its own). */
async function untilDone(auth: string, id: string, timeoutMs = 140_000): Promise<Campaign> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const campaign = await readCampaign(auth, id);
    if (campaign.status === 'done') return campaign;
    if (Date.now() > until) throw new Error(`campaign still ${campaign.status}: ${campaign.checked}/${campaign.total}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function results(auth: string, id: string) {
  const res = await call(`/api/v1/campaigns/${id}/results`, auth);
  expect(res.status).toBe(200);
  return ResultsResponse.parse(await res.json());
}

describe('tokens', () => {
  it('refuses a missing, malformed, unknown or revoked token with 401 unauthorized', async () => {
    const { token: revoked, id } = await token('Revoked CERT');
    await env.DB.prepare('UPDATE api_tokens SET revoked_at = ? WHERE id = ?').bind(Date.now(), id).run();
    for (const auth of [null, 'short', 'x'.repeat(43), revoked]) {
      await expectError(await call('/api/v1/campaigns', auth), 401, 'unauthorized');
      await expectError(await postCsv(auth ?? '', 'host\nmail.example.ch'), 401, 'unauthorized');
    }
  });

  it('stores only the hash of a token', async () => {
    const { token: secret, id } = await token();
    const row = await env.DB.prepare('SELECT * FROM api_tokens WHERE id = ?').bind(id).first<Record<string, unknown>>();
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(row?.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('lets one token see, read, recheck and delete only its own campaigns', async () => {
    const a = await token('CERT A');
    const b = await token('CERT B');
    // A name of no other test (refused when checked), so that no later check reuses its result.
    const created = await postJson(a.token, { name: 'A only', targets: [{ host: 'private-dns.example.com' }] });
    expect(created.status).toBe(202);
    const { id } = Campaign.parse(await created.json());
    for (const [path, method] of [
      [`/api/v1/campaigns/${id}`, 'GET'],
      [`/api/v1/campaigns/${id}/results`, 'GET'],
      [`/api/v1/campaigns/${id}/recheck`, 'POST'],
      [`/api/v1/campaigns/${id}`, 'DELETE'],
    ] as const) {
      await expectError(await call(path, b.token, { method }), 404, 'not_found');
    }
    const listB = (await (await call('/api/v1/campaigns', b.token)).json()) as { campaigns: Campaign[] };
    expect(listB.campaigns.map((c) => c.id)).not.toContain(id);
    const listA = (await (await call('/api/v1/campaigns', a.token)).json()) as { campaigns: Campaign[] };
    expect(listA.campaigns.map((c) => c.id)).toContain(id);
    expect((await readCampaign(a.token, id)).name).toBe('A only');
  });
});

describe('a campaign of 120 targets over 40 domains, through the queue', { timeout: 150_000 }, () => {
  const targets = campaignTargets(CAMPAIGN_TARGETS, CAMPAIGN_DOMAINS);
  let auth = '';
  let id = '';
  let firstWave: Awaited<ReturnType<typeof results>>;

  it('is accepted with 202, a Location and every target queued', async () => {
    auth = (await token('CERT 120')).token;
    const res = await postCsv(auth, campaignCsv(targets), 'Hundred and twenty');
    expect(res.status).toBe(202);
    const campaign = Campaign.parse(await res.json());
    id = campaign.id;
    expect(res.headers.get('Location')).toBe(`/api/v1/campaigns/${id}`);
    expect(campaign).toMatchObject({ name: 'Hundred and twenty', total: CAMPAIGN_TARGETS, rejected: [], wave: 1 });
    expect(['queued', 'running']).toContain(campaign.status);
  });

  it('ends done with one correct row per target', async () => {
    const done = await untilDone(auth, id);
    expect(done.rejected).toEqual([]);
    expect(done.checked).toBe(CAMPAIGN_TARGETS);
    expect(done.finishedAt).not.toBeNull();
    const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    expect(sum(done.counts.outcome)).toBe(CAMPAIGN_TARGETS);
    firstWave = await results(auth, id);
    expect(firstWave.results).toHaveLength(CAMPAIGN_TARGETS);
    const today = isoDay();
    for (const [index, row] of firstWave.results.entries()) {
      const target = targets[index];
      expect(row.host).toBe(target?.host);
      expect(row.organisation).toBe(target?.organisation);
      expect(row.language).toBe(target?.language);
      expect(row.reference).toBe(target?.reference);
      expect(row.outcome, `${row.host}: ${row.reason}`).toBe(target?.outcome);
      expect(row.build).toBe(target?.build ?? null);
      expect(row.verdict).toBe(target?.build ? assess(target.build, today).verdict : null);
      expect(row.previousVerdict).toBeNull();
      expect(row.page).toBe(`/${row.language}/check/${row.resultId}`);
    }
    const verdicts = firstWave.results.filter((r) => r.verdict !== null).length;
    expect(sum(done.counts.verdict)).toBe(verdicts);
  });

  it('links every row to an ordinary check result, readable without a token', async () => {
    const row = firstWave.results.find((r) => r.outcome === 'assessed');
    const res = await app.request(`/api/v1/checks/${row?.resultId}`, {}, env);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { host: string }).host).toBe(row?.host);
  });

  it('gives the same rows as CSV with the columns of the contract', async () => {
    for (const res of [
      await call(`/api/v1/campaigns/${id}/results?format=csv`, auth),
      await call(`/api/v1/campaigns/${id}/results`, auth, { headers: { Accept: 'text/csv' } }),
    ]) {
      expect(res.status).toBe(200);
      expect(res.headers.get('Content-Type')).toMatch(/^text\/csv/);
      const [header, ...rows] = parseCsvRecords(await res.text());
      expect(header?.cells).toEqual([...RESULT_COLUMNS]);
      expect(rows).toHaveLength(CAMPAIGN_TARGETS);
      for (const [index, record] of rows.entries()) {
        const json = firstWave.results[index];
        const cell = (name: (typeof RESULT_COLUMNS)[number]) => record.cells[RESULT_COLUMNS.indexOf(name)];
        expect(cell('host')).toBe(json?.host);
        expect(cell('verdict')).toBe(json?.verdict ?? '');
        expect(cell('resultId')).toBe(json?.resultId ?? '');
        expect(cell('kevOpen')).toBe(String(json?.kevOpen));
      }
    }
  });

  it('runs a recheck wave with the previous verdict and new result ids', async () => {
    const res = await call(`/api/v1/campaigns/${id}/recheck`, auth, { method: 'POST' });
    expect(res.status).toBe(202);
    const wave2 = Campaign.parse(await res.json());
    expect(wave2.wave).toBe(2);
    expect(wave2.finishedAt).toBeNull();
    expect(wave2.checked).toBeLessThan(CAMPAIGN_TARGETS);
    const done = await untilDone(auth, id);
    expect(done.wave).toBe(2);
    expect(done.checked).toBe(CAMPAIGN_TARGETS);
    const second = await results(auth, id);
    expect(second.wave).toBe(2);
    expect(second.results).toHaveLength(CAMPAIGN_TARGETS);
    for (const [index, row] of second.results.entries()) {
      const before = firstWave.results[index];
      expect(row.previousVerdict).toBe(before?.verdict ?? null);
      if (row.resultId !== null) expect(row.resultId).not.toBe(before?.resultId);
    }
  });

  it('is gone with DELETE: campaign, rows and every result it wrote', async () => {
    const ids = (await results(auth, id)).results
      .map((r) => r.resultId)
      .concat(firstWave.results.map((r) => r.resultId));
    const res = await call(`/api/v1/campaigns/${id}`, auth, { method: 'DELETE' });
    expect(res.status).toBe(204);
    await expectError(await call(`/api/v1/campaigns/${id}`, auth), 404, 'not_found');
    for (const resultId of ids.filter(Boolean).slice(0, 30)) {
      expect((await app.request(`/api/v1/checks/${resultId}`, {}, env)).status).toBe(404);
    }
    const left = await env.DB.prepare('SELECT COUNT(*) AS n FROM campaign_targets WHERE campaign_id = ?')
      .bind(id)
      .first<{ n: number }>();
    expect(left?.n).toBe(0);
  });
});

describe('bad upload lines', { timeout: 60_000 }, () => {
  it('lists every CSV line that cannot be checked, with its 1-based line (header = 1)', async () => {
    const auth = (await token()).token;
    const csv = [
      'host,organisation,language,reference', // 1
      'mail.commune-1.ch,Commune 1,de,A', // 2 accepted
      'not a host,X,de,B', // 3 invalid_host
      '10.0.0.1,X,de,C', // 4 private_address
      'mail.commune-2.ch:8443,X,de,D', // 5 port_not_allowed
      'MAIL.COMMUNE-1.CH,Commune 1 again,de,E', // 6 duplicate
      'mail.commune-3.ch,X,es,F', // 7 invalid_language
      'mail.commune-4.ch,X,de,G,extra', // 8 invalid_line
      '', // 9 blank: skipped, still counted
      'https://owa.commune-5.ch/owa/,"Commune 5, Town",FR,H', // 10 accepted (URL, quoted comma, language case)
      'localhost,X,,I', // 11 private_address
      ',X,,J', // 12 invalid_host (empty)
    ].join('\r\n');
    const res = await postCsv(auth, csv);
    expect(res.status).toBe(202);
    const campaign = Campaign.parse(await res.json());
    expect(campaign.total).toBe(2);
    expect(campaign.rejected).toEqual([
      { line: 3, input: 'not a host', code: 'invalid_host' },
      { line: 4, input: '10.0.0.1', code: 'private_address' },
      { line: 5, input: 'mail.commune-2.ch:8443', code: 'port_not_allowed' },
      { line: 6, input: 'MAIL.COMMUNE-1.CH', code: 'duplicate' },
      { line: 7, input: 'mail.commune-3.ch', code: 'invalid_language' },
      { line: 8, input: 'mail.commune-4.ch,X,de,G,extra', code: 'invalid_line' },
      { line: 11, input: 'localhost', code: 'private_address' },
      { line: 12, input: '', code: 'invalid_host' },
    ]);
    const done = await untilDone(auth, campaign.id);
    const rows = (await results(auth, done.id)).results;
    expect(rows.map((r) => [r.host, r.organisation, r.language])).toEqual([
      ['mail.commune-1.ch', 'Commune 1', 'de'],
      ['owa.commune-5.ch', 'Commune 5, Town', 'fr'],
    ]);
  });

  it('lists JSON targets by their 0-based index', async () => {
    const auth = (await token()).token;
    const res = await postJson(auth, {
      name: 'JSON',
      targets: [{ host: 'mail.commune-6.ch' }, { host: '192.168.1.1' }, { host: 'mail.commune-6.ch' }, { host: ' ' }],
    });
    expect(res.status).toBe(202);
    const campaign = Campaign.parse(await res.json());
    expect(campaign.rejected).toEqual([
      { line: 1, input: '192.168.1.1', code: 'private_address' },
      { line: 2, input: 'mail.commune-6.ch', code: 'duplicate' },
      { line: 3, input: ' ', code: 'invalid_host' },
    ]);
  });

  it('moves a target whose name resolves to a private address when checked into rejected', async () => {
    const auth = (await token()).token;
    const res = await postCsv(auth, 'host\nmail.commune-7.ch\nprivate-dns.example.com\n');
    const campaign = Campaign.parse(await res.json());
    expect(campaign.total).toBe(2);
    const done = await untilDone(auth, campaign.id);
    expect(done.total).toBe(1);
    expect(done.rejected).toEqual([{ line: 3, input: 'private-dns.example.com', code: 'private_address' }]);
    expect((await results(auth, done.id)).results.map((r) => r.host)).toEqual(['mail.commune-7.ch']);
  });

  it('refuses an upload that is not one: no header, no name, not JSON, too many targets', async () => {
    const auth = (await token()).token;
    await expectError(await postCsv(auth, 'mail.example.ch,Org,de,1\n'), 400, 'invalid_request');
    await expectError(
      await call('/api/v1/campaigns', auth, {
        method: 'POST',
        headers: { 'Content-Type': 'text/csv' },
        body: 'host\na.ch',
      }),
      400,
      'invalid_request',
    );
    await expectError(
      await call('/api/v1/campaigns', auth, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{',
      }),
      400,
      'invalid_request',
    );
    const many = Array.from({ length: 10_001 }, (_, i) => `h${i}.example.ch`).join('\n');
    await expectError(await postCsv(auth, `host\n${many}`), 400, 'invalid_request');
    await expectError(await postJson(auth, { name: 'x', targets: [] }), 400, 'invalid_request');
  });
});

/** A campaign written straight to D1, with no message sent: the test delivers them itself. */
async function quietCampaign(hosts: string[]) {
  const owner = await token();
  const id = crypto.randomUUID().replaceAll('-', '').slice(0, 22);
  await insertCampaign(
    env.DB,
    {
      id,
      tokenId: owner.id,
      name: 'quiet',
      targets: hosts.map((host, line) => ({ line, host, organisation: null, language: null, reference: null })),
      rejected: [],
    },
    Date.now(),
  );
  const message = (idx: number, attempts = 1, copy = 0) => ({
    id: `${id}-${idx}-${attempts}-${copy}`,
    timestamp: Date.now(),
    attempts,
    body: { campaignId: id, idx, wave: 1, host: hosts[idx] },
  });
  return { auth: owner.token, id, message };
}

async function deliver(messages: Parameters<typeof createMessageBatch>[1]) {
  const batch = createMessageBatch('exchange-self-check-campaigns', messages);
  const ctx = createExecutionContext();
  await consumeChecks(batch, env);
  return getQueueResult(batch, ctx);
}

const resultCount = async (campaignId: string) =>
  (
    await env.DB.prepare('SELECT COUNT(*) AS n FROM campaign_results WHERE campaign_id = ?')
      .bind(campaignId)
      .first<{ n: number }>()
  )?.n;

describe('at-least-once delivery', () => {
  it('checks a target once when its message comes twice, together or later', async () => {
    const { auth, id, message } = await quietCampaign(['owa.commune-8.ch']);
    const together = await deliver([message(0, 1, 0), message(0, 1, 1)]);
    expect(together.explicitAcks.sort()).toEqual([message(0, 1, 0).id, message(0, 1, 1).id].sort());
    expect(together.retryMessages).toEqual([]);
    const first = (await results(auth, id)).results;
    expect(first).toHaveLength(1);
    expect(await resultCount(id)).toBe(1);
    const later = await deliver([message(0, 2, 2)]);
    expect(later.explicitAcks).toEqual([message(0, 2, 2).id]);
    expect(await resultCount(id)).toBe(1);
    expect((await results(auth, id)).results).toEqual(first);
  });

  it('retries only the failing message of a batch, and ends it unreachable after the last attempt', async () => {
    // resolver-500.example.com: our DoH resolver fails for it (dns_unavailable), a failure of ours.
    const hosts = ['mail.commune-9.ch', 'resolver-500.example.com', 'owa.commune-9.ch'];
    const { auth, id, message } = await quietCampaign(hosts);
    const first = await deliver([message(0), message(1), message(2)]);
    expect(first.explicitAcks.sort()).toEqual([message(0).id, message(2).id].sort());
    expect(first.retryMessages.map((m) => m.msgId)).toEqual([message(1).id]);
    expect((await readCampaign(auth, id)).status).toBe('running');
    expect((await results(auth, id)).results.map((r) => r.host)).toEqual([hosts[0], hosts[2]]);

    const last = await deliver([message(1, MAX_ATTEMPTS)]);
    expect(last.explicitAcks).toEqual([message(1, MAX_ATTEMPTS).id]);
    const done = await readCampaign(auth, id);
    expect(done.status).toBe('done');
    const failed = (await results(auth, id)).results.find((r) => r.host === hosts[1]);
    expect(failed).toMatchObject({ outcome: 'unreachable', reason: 'dns_unavailable', resultId: null, verdict: null });
  });
});

describe('delete while running', { timeout: 60_000 }, () => {
  it('leaves no row and no check result behind, even from checks in flight', async () => {
    const auth = (await token()).token;
    const targets = campaignTargets(TRANSIENT_TARGETS, TRANSIENT_TARGETS, TRANSIENT_LABEL);
    const created = Campaign.parse(await (await postCsv(auth, campaignCsv(targets))).json());
    // Let the consumer start on it, then delete mid-run.
    for (let i = 0; i < 40 && (await readCampaign(auth, created.id)).checked === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const running = await readCampaign(auth, created.id);
    expect(running.checked).toBeLessThan(TRANSIENT_TARGETS);
    expect((await call(`/api/v1/campaigns/${created.id}`, auth, { method: 'DELETE' })).status).toBe(204);
    // Checks in flight finish within their deadline; the messages left are acknowledged as gone.
    await new Promise((resolve) => setTimeout(resolve, 8000));
    const stored = await env.DB.prepare('SELECT COUNT(*) AS n FROM results WHERE host LIKE ?')
      .bind(`%.${TRANSIENT_LABEL}-%`)
      .first<{ n: number }>();
    expect(stored?.n).toBe(0);
    expect(await resultCount(created.id)).toBe(0);
    await expectError(await call(`/api/v1/campaigns/${created.id}`, auth), 404, 'not_found');
  });
});
