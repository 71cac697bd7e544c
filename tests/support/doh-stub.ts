/**
 * A DNS-over-HTTPS JSON stub (`GET /dns-query?name=&type=A|AAAA`, application/dns-json) on
 * 127.0.0.1, answering from a table: the defaults of hostile-hosts.README.md, plus variants for
 * rebinding, TTL 0, resolver failures. Every query is recorded.
 */
import http from 'node:http';
import { listenOnLoopback } from './servers.ts';

export interface DohRecord {
  A?: string[];
  AAAA?: string[];
  /** Answered first, as a resolver does when the name is an alias. */
  CNAME?: string;
  nxdomain?: boolean;
  /** DNS status SERVFAIL. */
  servfail?: boolean;
  /** The stub answers with this HTTP status and no JSON. */
  httpStatus?: number;
  ttl?: number;
}

/** A record, or one that depends on how often this name and type were asked before (rebinding). */
export type DohEntry = DohRecord | ((previousQueries: number) => DohRecord);

const PUBLIC: DohRecord = { A: ['1.1.1.1'], AAAA: ['2606:4700:4700::1111'] };

/** The answers hostile-hosts.txt assumes; any other name gets PUBLIC. */
export const CORPUS_TABLE: Record<string, DohEntry> = {
  'localtest.me': { A: ['127.0.0.1'] },
  '127.0.0.1.nip.io': { A: ['127.0.0.1'] },
  'customer1.app.localhost.my.company.127.0.0.1.nip.io': { A: ['127.0.0.1'] },
  'localhost.example.com': { A: ['127.0.0.1'] },
  '169.254.169.254.nip.io': { A: ['169.254.169.254'] },
  'cname-internal.example.net': { CNAME: 'metadata.google.internal.', A: ['169.254.169.254'] },
  '10.0.0.1.sslip.io': { A: ['10.0.0.1'] },
  '192-168-1-1.sslip.io': { A: ['192.168.1.1'] },
  'mixed.example.net': { A: ['1.1.1.1', '10.0.0.1'] },
  'v6private.example.net': { A: ['1.1.1.1'], AAAA: ['fd00::1'] },
  'mapped.example.net': { AAAA: ['::ffff:127.0.0.1'] },
  'nat64.example.net': { AAAA: ['64:ff9b::a9fe:a9fe'] },
  'zero.example.net': { A: ['0.0.0.0'] },
  'nxdomain.example.net': { nxdomain: true },
  'edge-172-32.example.net': { A: ['172.32.0.1'] },
  'edge-100-128.example.net': { A: ['100.128.0.1'] },
  'edge-198-20.example.net': { A: ['198.20.0.1'] },
  'edge-172-15.example.net': { A: ['172.15.255.255'] },
  'edge-2001-200.example.net': { AAAA: ['2001:200::1'] },
};

/** Names the check's own tests use for resolver behaviour (hostile #23 and failures). */
export const VARIANT_TABLE: Record<string, DohEntry> = {
  // First answer public with TTL 0, every later one loopback.
  'rebind.example.com': (n) => (n === 0 ? { A: ['1.1.1.1'], ttl: 0 } : { A: ['127.0.0.1'], ttl: 0 }),
  'split-family.example.com': { A: ['1.1.1.1'], AAAA: ['::1'] },
  'no-address.example.com': {},
  'servfail.example.com': { servfail: true },
  'resolver-500.example.com': { httpStatus: 500 },
  'private-dns.example.com': { A: ['10.0.0.1'] },
  'metadata-dns.example.com': { A: ['169.254.169.254'] },
};

export interface DohQuery {
  name: string;
  type: string;
}

const TYPE_CODE: Record<string, number> = { A: 1, AAAA: 28, CNAME: 5 };

/**
 * The stub's answer to one query, as HTTP status and body; shared by the loopback server and by
 * the in-process fetch of the unit tests, so both answer alike.
 */
export function dohAnswer(
  table: ReadonlyMap<string, DohEntry>,
  queries: DohQuery[],
  url: URL,
): { status: number; body: string } {
  const name = (url.searchParams.get('name') ?? '').toLowerCase().replace(/\.$/, '');
  const type = url.searchParams.get('type') ?? 'A';
  const previous = queries.filter((q) => q.name === name && q.type === type).length;
  queries.push({ name, type });
  if (!url.pathname.endsWith('/dns-query') || !(type in TYPE_CODE)) return { status: 400, body: '' };
  const entry = table.get(name) ?? PUBLIC;
  const record = typeof entry === 'function' ? entry(previous) : entry;
  if (record.httpStatus !== undefined) return { status: record.httpStatus, body: 'resolver error' };
  const ttl = record.ttl ?? 300;
  const answers: Array<{ name: string; type: number; TTL: number; data: string }> = [];
  if (record.CNAME !== undefined) answers.push({ name: `${name}.`, type: 5, TTL: ttl, data: record.CNAME });
  for (const data of (type === 'A' ? record.A : record.AAAA) ?? []) {
    answers.push({ name: record.CNAME ?? `${name}.`, type: TYPE_CODE[type] ?? 1, TTL: ttl, data });
  }
  const status = record.servfail ? 2 : record.nxdomain ? 3 : 0;
  const body = {
    Status: status,
    TC: false,
    RD: true,
    RA: true,
    AD: false,
    CD: false,
    Question: [{ name: `${name}.`, type: TYPE_CODE[type] }],
    ...(status === 0 && answers.length > 0 ? { Answer: answers } : {}),
  };
  return { status: 200, body: JSON.stringify(body) };
}

export function dohTable(extra: Record<string, DohEntry> = {}): Map<string, DohEntry> {
  return new Map(Object.entries({ ...CORPUS_TABLE, ...VARIANT_TABLE, ...extra }));
}

export interface DohStub {
  endpoint: string;
  queries: DohQuery[];
  /** Adds or replaces entries. */
  set(name: string, entry: DohEntry): void;
  /** Serves `GET /__name` with the JSON of `read()`: test-side views into Node-side state. */
  route(name: string, read: () => unknown): void;
  close(): Promise<void>;
}

export async function startDohStub(extra: Record<string, DohEntry> = {}): Promise<DohStub> {
  const table = dohTable(extra);
  const queries: DohQuery[] = [];
  const routes = new Map<string, () => unknown>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const read = routes.get(url.pathname);
    if (read !== undefined) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(read()));
      return;
    }
    const answer = dohAnswer(table, queries, url);
    res.writeHead(answer.status, { 'content-type': 'application/dns-json' }).end(answer.body);
  });
  const running = await listenOnLoopback(server);
  return {
    endpoint: `http://127.0.0.1:${running.port}/dns-query`,
    queries,
    set: (name, entry) => table.set(name, entry),
    route: (name, read) => routes.set(`/__${name}`, read),
    close: running.close,
  };
}

/**
 * The same answers without a socket, for unit tests: a fetch that serves DoH queries for
 * `endpoint` and throws for every other URL, recording both.
 */
export function createDohFetch(endpoint: string, extra: Record<string, DohEntry> = {}) {
  const table = dohTable(extra);
  const queries: DohQuery[] = [];
  const refused: string[] = [];
  const fetch = async (input: RequestInfo | URL): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (`${url.origin}${url.pathname}` !== endpoint) {
      refused.push(url.href);
      throw new Error(`unit test fetch: no network, refused ${url.origin}`);
    }
    const answer = dohAnswer(table, queries, url);
    return new Response(answer.body, { status: answer.status, headers: { 'content-type': 'application/dns-json' } });
  };
  return { fetch: fetch as typeof globalThis.fetch, queries, refused };
}
