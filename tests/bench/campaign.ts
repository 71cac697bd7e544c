/**
 * `npm run bench:campaign`: a campaign run through the API of `npm start` (wrangler dev: workerd,
 * local D1, local Queues) against loopback fake Exchange servers and the DoH stub. Figures, not
 * pass/fail: checks per second, time per check (p50, p99), peak checks in flight per registrable
 * domain (must be 1) and in all, the Worker's memory, and lost or duplicated results (must be 0).
 * Then it verifies the rest of a campaign's life: CSV, letters (one per server, in its language),
 * a recheck wave and delete, and prints what it found.
 *
 * BENCH_TARGETS (default 1000) over BENCH_DOMAINS (default 300); SKIP_BUILD=1 reuses dist/.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getDomain } from 'tldts';
import { parseCsvRecords } from '../../src/lib/csv.ts';
import { Campaign, RESULT_COLUMNS, ResultsResponse } from '../../src/lib/schemas/campaign.ts';
import { campaignCsv, campaignTargets } from '../support/campaign-targets.ts';
import { startDohStub } from '../support/doh-stub.ts';
import { PATHS, startFakeExchange } from '../support/fake-exchange.ts';
import { closedPort, UNREACHABLE } from '../support/harness.ts';
import { SCENARIOS } from '../support/scenarios.ts';
import { testTls } from '../support/tls.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TARGETS = Number(process.env.BENCH_TARGETS ?? 1000);
const DOMAINS = Number(process.env.BENCH_DOMAINS ?? 300);

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

/** Peak resident memory of the workerd processes below a process (Linux /proc). */
function workerdMemoryKb(ancestor: number): number {
  const parents = new Map<number, { parent: number; workerd: boolean }>();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(pid), { parent: Number(fields[1]), workerd: stat.includes('(workerd)') });
    } catch {
      // the process ended meanwhile
    }
  }
  const below = (pid: number): boolean => {
    for (let p = parents.get(pid)?.parent; p !== undefined && p > 1; p = parents.get(p)?.parent)
      if (p === ancestor) return true;
    return false;
  };
  let total = 0;
  for (const [pid, info] of parents) {
    if (!info.workerd || !below(pid)) continue;
    try {
      total += Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // gone
    }
  }
  return total;
}

export async function run(): Promise<void> {
  const targets = campaignTargets(TARGETS, DOMAINS);
  const doh = await startDohStub();
  const inFlight = new Map<string, number>();
  const domainHosts = new Map<string, Set<string>>();
  const firstSeen = new Map<string, number>();
  const lastDone = new Map<string, number>();
  const logons = new Map<string, number>();
  let peakPerDomain = 0;
  let peakTotal = 0;
  let hostsInFlight = 0;
  const track = (host: string, path: string) => {
    if (path === PATHS.logon) logons.set(host, (logons.get(host) ?? 0) + 1);
    const domain = getDomain(host) ?? host;
    const now = performance.now();
    if (!firstSeen.has(host)) firstSeen.set(host, now);
    const count = (inFlight.get(host) ?? 0) + 1;
    inFlight.set(host, count);
    if (count === 1) {
      hostsInFlight++;
      const set = domainHosts.get(domain) ?? new Set<string>();
      set.add(host);
      domainHosts.set(domain, set);
      peakPerDomain = Math.max(peakPerDomain, set.size);
      peakTotal = Math.max(peakTotal, hostsInFlight);
    }
    return () => {
      const left = (inFlight.get(host) ?? 1) - 1;
      inFlight.set(host, left);
      lastDone.set(host, performance.now());
      if (left === 0) {
        hostsInFlight--;
        domainHosts.get(domain)?.delete(host);
      }
    };
  };
  // One fake server per target: the Host header of a probe names the loopback origin, not the
  // target, so a server of its own is how each probe is told apart.
  const unreachable = `https://127.0.0.1:${await closedPort()}`;
  const closers: Array<() => Promise<void>> = [doh.close];
  const testTargets: Record<string, string> = {};
  for (const target of targets) {
    const scenario = SCENARIOS.find((s) => s.host === target.servedBy);
    if (!scenario || target.servedBy === UNREACHABLE) {
      testTargets[target.host] = unreachable;
      continue;
    }
    const server = await startFakeExchange({ ...scenario.server, onRequest: ({ path }) => track(target.host, path) });
    closers.push(server.close);
    testTargets[target.host] = server.origin;
  }
  // A port nothing listens on now: npm start's, for this run.
  const port = await closedPort();
  const base = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    PORT: String(port),
    DOH_ENDPOINT: doh.endpoint,
    TEST_TARGETS: JSON.stringify(testTargets),
    NODE_EXTRA_CA_CERTS: testTls().caFile,
    // The DoH stub answers one address for every name: the per-address budget would be one server's.
    TARGET_RATE_LIMIT: '1000000',
  };
  const server: ChildProcess = spawn(process.execPath, ['scripts/start.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  const group = server.pid ?? 0;
  const stop = () => {
    try {
      process.kill(-group, 'SIGINT');
    } catch {
      // gone
    }
  };
  try {
    for (let i = 0; ; i++) {
      if (server.exitCode !== null) throw new Error('npm start exited');
      try {
        if ((await fetch(`${base}/api/health`)).ok) break;
      } catch {
        // not yet
      }
      if (i > 600) throw new Error('npm start did not answer');
      await new Promise((r) => setTimeout(r, 500));
    }
    const tokenRun = spawnSync(process.execPath, ['scripts/campaign-token.ts', '--name', 'Bench CERT'], {
      cwd: root,
      env,
      encoding: 'utf8',
    });
    const token = tokenRun.stdout.trim().split('\n').at(-1) ?? '';
    if (!/^[A-Za-z0-9_-]{20,}$/.test(token)) throw new Error(`no token: ${tokenRun.stderr}`);
    const auth = { Authorization: `Bearer ${token}` };
    const api = (path: string, init: RequestInit = {}) =>
      fetch(`${base}${path}`, { ...init, headers: { ...auth, ...(init.headers ?? {}) } });

    let memoryPeak = 0;
    const sampler = setInterval(() => {
      memoryPeak = Math.max(memoryPeak, workerdMemoryKb(group));
    }, 500);
    const started = performance.now();
    const created = await api(`/api/v1/campaigns?name=${encodeURIComponent(`Bench ${TARGETS}`)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/csv' },
      body: campaignCsv(targets),
    });
    if (created.status !== 202) throw new Error(`upload answered ${created.status}: ${await created.text()}`);
    const { id } = Campaign.parse(await created.json());
    let campaign: Campaign;
    for (;;) {
      campaign = Campaign.parse(await (await api(`/api/v1/campaigns/${id}`)).json());
      if (campaign.status === 'done') break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    memoryPeak = Math.max(memoryPeak, workerdMemoryKb(group));

    const results = ResultsResponse.parse(await (await api(`/api/v1/campaigns/${id}/results`)).json()).results;
    const expected = new Map(targets.map((t) => [t.host, t]));
    const hosts = new Set(results.map((r) => r.host));
    const ids = new Set(results.map((r) => r.resultId).filter(Boolean));
    const lost = targets.filter((t) => !hosts.has(t.host)).length;
    const duplicated = results.length - hosts.size + (results.filter((r) => r.resultId).length - ids.size);
    const wrong = results.filter((r) => {
      const t = expected.get(r.host);
      return !t || r.outcome !== t.outcome || r.build !== t.build;
    }).length;
    const probedTwice = [...logons.values()].filter((n) => n > 1).length;
    const durations = [...firstSeen.entries()]
      .map(([host, t0]) => (lastDone.get(host) ?? t0) - t0)
      .sort((a, b) => a - b);

    console.log(`targets                          ${TARGETS} over ${DOMAINS} registrable domains`);
    console.log(
      `campaign                         ${campaign.status}, ${campaign.checked}/${campaign.total} in ${seconds.toFixed(1)} s`,
    );
    console.log(`checks per second                ${(campaign.checked / seconds).toFixed(1)}`);
    console.log(
      `time per check, p50 / p99        ${quantile(durations, 0.5).toFixed(0)} ms / ${quantile(durations, 0.99).toFixed(0)} ms (first probe to last answer, at the fake servers)`,
    );
    console.log(`peak checks in flight per domain ${peakPerDomain} (must be 1)`);
    console.log(
      `peak checks in flight in all     ${peakTotal} (CAMPAIGN_CONCURRENCY ${process.env.CAMPAIGN_CONCURRENCY ?? 20})`,
    );
    console.log(`workerd peak memory (VmHWM)      ${(memoryPeak / 1024).toFixed(0)} MiB`);
    console.log(
      `lost / duplicated results        ${lost} / ${duplicated}; wrong rows ${wrong}; hosts probed twice ${probedTwice}`,
    );

    // The rest of a campaign's life, through the same API.
    const csv = await (await api(`/api/v1/campaigns/${id}/results?format=csv`)).text();
    const [header, ...rows] = parseCsvRecords(csv);
    const csvOk = header?.cells.join(',') === RESULT_COLUMNS.join(',') && rows.length === results.length;
    console.log(
      `CSV                              ${rows.length} rows, columns ${csvOk ? 'as in the contract' : 'WRONG'}`,
    );
    const letters = await (await api(`/api/v1/campaigns/${id}/letters?lang=en`)).text();
    const langs = [...letters.matchAll(/<article[^>]*\blang="(\w\w)"[^>]*\bdata-letter=/g)];
    const langsOk = langs.length === results.length && langs.every((m, i) => m[1] === results[i]?.language);
    console.log(
      `letters                          ${langs.length}, each in its target's language: ${langsOk ? 'yes' : 'NO'}`,
    );
    const recheck = await api(`/api/v1/campaigns/${id}/recheck`, { method: 'POST' });
    let wave: Campaign;
    for (;;) {
      wave = Campaign.parse(await (await api(`/api/v1/campaigns/${id}`)).json());
      if (wave.status === 'done') break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const second = ResultsResponse.parse(await (await api(`/api/v1/campaigns/${id}/results`)).json()).results;
    const previousOk = second.every((r, i) => r.previousVerdict === (results[i]?.verdict ?? null));
    const newIds = second.every((r, i) => r.resultId === null || r.resultId !== results[i]?.resultId);
    console.log(
      `recheck                          ${recheck.status}, wave ${wave.wave} ${wave.status}; previousVerdict ${previousOk ? 'right' : 'WRONG'}; new resultIds ${newIds ? 'yes' : 'NO'}`,
    );
    const removed = await api(`/api/v1/campaigns/${id}`, { method: 'DELETE' });
    const after = await api(`/api/v1/campaigns/${id}`);
    const resultGone = results[0]?.resultId
      ? (await fetch(`${base}/api/v1/checks/${results[0].resultId}`)).status
      : 404;
    console.log(
      `delete                           ${removed.status}; campaign then ${after.status}, its first result ${resultGone}`,
    );
  } finally {
    stop();
    await Promise.all(closers.map((close) => close()));
  }
}

if (import.meta.main) await run();
