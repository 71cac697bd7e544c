/**
 * The four data sources of the refresh on loopback, serving the fixtures of tests/fixtures/sources
 * in their real formats. Each scenario is a path prefix (`/november/msrc/updates`), so one server
 * serves them all; a scenario's directory overrides files of `base/`. Used by the worker tests
 * (globalSetup), the updater test and `npm run data:serve-fixtures` for the manual check.
 */
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { listenOnLoopback } from './servers.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/sources/', import.meta.url));

import { SOURCE_SCENARIOS, type SourceScenario, sourceVariables } from './source-scenarios.ts';

export interface SourceServer {
  origin: string;
  /** The SOURCE_* variables of one scenario. */
  variables(scenario: SourceScenario): ReturnType<typeof sourceVariables>;
  requests: string[];
  close(): Promise<void>;
}

function file(scenario: string, name: string): string | null {
  for (const dir of [scenario, 'base']) {
    const path = `${FIXTURES}${dir}/${name}`;
    if (existsSync(path)) return readFileSync(path, 'utf8');
  }
  return null;
}

/** The build-number page of a scenario: base rows, the scenario's new rows on top of the SE table, or half the rows. */
function buildPage(scenario: string): string {
  let page = file('base', 'builds.html') ?? '';
  const extra = scenario === 'base' ? null : file(scenario, 'builds-rows.html');
  if (extra) page = page.replace(/(<h2 id="exchange-server-se">[\s\S]*?<tbody>\n)/, `$1${extra}`);
  if (scenario === 'half-table') {
    let n = 0;
    page = page.replace(/<tr>\n<td>[\s\S]*?<\/tr>\n/g, (row) => (n++ % 2 === 0 ? row : ''));
  }
  return page;
}

function answer(scenario: string, path: string): { status: number; type: string; body: string } {
  const json = (body: string | null) =>
    body === null
      ? { status: 404, type: 'application/json', body: '{"error":"not found"}' }
      : { status: 200, type: 'application/json', body };
  if (path.startsWith('msrc/') && scenario === 'msrc-down')
    return { status: 503, type: 'text/html', body: '<h1>Service Unavailable</h1>' };
  if (path === 'msrc/updates') return json(file(scenario, 'msrc/updates.json'));
  const month = /^msrc\/cvrf\/(\d{4}-[A-Z][a-z]{2})$/.exec(path)?.[1];
  if (month) return json(file(scenario, `msrc/${month}.json`));
  if (path === 'builds') return { status: 200, type: 'text/html; charset=utf-8', body: buildPage(scenario) };
  if (path === 'kev') return json(file(scenario, 'kev.json'));
  const cve = /^cve\/(CVE-\d{4}-\d{4,7})$/.exec(path)?.[1];
  if (cve) return json(file(scenario, `cve/${cve}.json`));
  return { status: 404, type: 'text/plain', body: 'not found' };
}

export async function startSourceServer(): Promise<SourceServer> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname);
    const [, scenario = '', ...rest] = url.pathname.split('/');
    const { status, type, body } = (SOURCE_SCENARIOS as readonly string[]).includes(scenario)
      ? answer(scenario, rest.join('/'))
      : { status: 404, type: 'text/plain', body: 'no such scenario' };
    res.writeHead(status, { 'content-type': type }).end(body);
  });
  const running = await listenOnLoopback(server);
  const origin = `http://127.0.0.1:${running.port}`;
  return {
    origin,
    variables: (scenario) => sourceVariables(origin, scenario),
    requests,
    close: running.close,
  };
}
