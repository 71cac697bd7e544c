/**
 * A fake Exchange server on https://127.0.0.1 (test CA) that answers the check's paths the way
 * real servers do, for a chosen build and deployment variant, optionally with several builds in
 * round robin (servers on different updates behind one load balancer), delays and failures.
 */
import { readFileSync } from 'node:fs';
import type { OutgoingHttpHeaders } from 'node:http';
import https from 'node:https';
import { serveHttpsOnLoopback, sleep } from './servers.ts';
import { testTls } from './tls.ts';

export type FakeVariant =
  /** X-OWA-Version everywhere, versioned logon paths, export tool manifest. */
  | 'full'
  /** Header stripped and ECP blocked: only the logon page's CU can be read. */
  | 'cu-only'
  /** Header stripped by a proxy; logon paths and the manifest remain. */
  | 'header-stripped'
  /** ECP blocked from outside (403); header and logon paths remain. */
  | 'ecp-blocked'
  /** No build anywhere: header stripped, paths rewritten, ECP blocked; the OWA form remains. */
  | 'version-hidden'
  /** Exchange 2010: four-part resource paths, no export tool. */
  | 'exchange-2010'
  /** Exchange Online: 15.20 builds, OWA redirects to outlook.office365.com. */
  | 'exchange-online'
  /** An ordinary web server: 404 for every path. */
  | 'not-exchange'
  /** A single-page app: the same 200 page for every path. */
  | 'spa';

export type Failure = 'error' | 'reset' | 'hang';

export interface FakeExchangeOptions {
  variant: FakeVariant;
  /** One build; several are served in turn, one per request. */
  builds: string[];
  /** Delay before each answer. */
  delayMs?: number;
  /** Per path: a 500, a dropped connection, or no answer at all. */
  failures?: Record<string, Failure>;
  /** Close every connection after its answer, so each request pays for its own TLS handshake. */
  closeConnections?: boolean;
  /** Called as each request arrives; the function it returns, once it is answered (or dropped). */
  onRequest?: (request: { host: string; path: string }) => () => void;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface FakeExchange {
  origin: string;
  requests: RecordedRequest[];
  connections: () => number;
  close(): Promise<void>;
}

export const PATHS = {
  logon: '/owa/auth/logon.aspx',
  ews: '/EWS/Exchange.asmx',
  autodiscover: '/autodiscover/autodiscover.xml',
  exportTool: '/ecp/Current/exporttool/microsoft.exchange.ediscovery.exporttool.application',
} as const;

const FIXTURES = new URL('../fixtures/exchange/', import.meta.url);
export const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');

export function renderFixture(name: string, build: string): string {
  const cu = build.split('.').slice(0, 3).join('.');
  return fixture(name).replaceAll('{{CU}}', cu).replaceAll('{{BUILD}}', build);
}

interface Answer {
  status: number;
  headers: OutgoingHttpHeaders;
  body: string;
}

const IIS: OutgoingHttpHeaders = { server: 'Microsoft-IIS/10.0', 'x-powered-by': 'ASP.NET' };

function exchangeAnswer(variant: FakeVariant, path: string, build: string, serverName: string): Answer {
  const exchange: OutgoingHttpHeaders = { ...IIS, 'request-id': '3f0c3b4e-7d1f-4a86-9d8b-2c1f0e1d2a3b' };
  if (variant !== 'version-hidden') exchange['x-feserver'] = serverName;
  const withHeader = variant === 'full' || variant === 'ecp-blocked' || variant === 'exchange-2010';
  if (withHeader) exchange['x-owa-version'] = build;
  const unauthorized: Answer = {
    status: 401,
    headers: { ...exchange, 'www-authenticate': ['Negotiate', 'NTLM'], 'content-length': '0' },
    body: '',
  };
  switch (path) {
    case PATHS.logon: {
      const page =
        variant === 'exchange-2010'
          ? renderFixture('logon-2010.html', build)
          : variant === 'version-hidden'
            ? fixture('logon-hidden.html')
            : renderFixture('logon-2013plus.html', build);
      return {
        status: 200,
        headers: { ...exchange, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache, no-store' },
        body: page,
      };
    }
    case PATHS.ews:
    case PATHS.autodiscover:
      return unauthorized;
    case PATHS.exportTool:
      if (variant === 'full' || variant === 'header-stripped') {
        return {
          status: 200,
          headers: { ...exchange, 'content-type': 'application/x-ms-application' },
          body: renderFixture('exporttool.application', build),
        };
      }
      if (variant === 'exchange-2010') return { status: 404, headers: exchange, body: '' };
      return { status: 403, headers: { ...IIS, 'content-type': 'text/html' }, body: '<h1>403 - Forbidden</h1>' };
    default:
      return { status: 404, headers: exchange, body: '' };
  }
}

function answerFor(variant: FakeVariant, path: string, build: string, serverName: string): Answer {
  switch (variant) {
    case 'not-exchange':
      return {
        status: 404,
        headers: { server: 'nginx', 'content-type': 'text/html' },
        body: fixture('not-exchange-404.html'),
      };
    case 'spa':
      return {
        status: 200,
        headers: { server: 'nginx', 'content-type': 'text/html' },
        body: fixture('spa-index.html'),
      };
    case 'exchange-online': {
      const online: OutgoingHttpHeaders = {
        'x-owa-version': build,
        'x-feserver': 'AM0PR04CA0012',
        'x-feproxyinfo': 'AM0PR04CA0012.EURPRD04.PROD.OUTLOOK.COM',
        'x-firsthopcafeefz': 'AMS',
      };
      if (path === PATHS.ews || path === PATHS.autodiscover) {
        return { status: 401, headers: { ...online, 'www-authenticate': 'Bearer', 'content-length': '0' }, body: '' };
      }
      return {
        status: 302,
        headers: { ...online, location: 'https://outlook.office365.com/owa/?realm=example.com' },
        body: '',
      };
    }
    default:
      return exchangeAnswer(variant, path, build, serverName);
  }
}

export async function startFakeExchange(options: FakeExchangeOptions): Promise<FakeExchange> {
  const { key, cert } = testTls().server;
  const requests: RecordedRequest[] = [];
  let served = 0;
  const server = https.createServer({ key, cert }, async (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    requests.push({ method: req.method ?? '', path, headers: { ...req.headers } });
    if (options.onRequest) {
      const done = options.onRequest({ host: (req.headers.host ?? '').replace(/:\d+$/, ''), path });
      res.once('close', done);
    }
    const turn = served++;
    const build = options.builds[turn % options.builds.length] ?? '15.2.1748.24';
    if (options.delayMs) await sleep(options.delayMs);
    const failure = options.failures?.[path];
    if (failure === 'hang') return;
    if (failure === 'reset') {
      req.socket.destroy();
      return;
    }
    if (failure === 'error') {
      res.writeHead(500, { ...IIS, 'content-type': 'text/html' }).end('<h1>Server Error</h1>');
      return;
    }
    const answer = answerFor(options.variant, path, build, `EXCH0${(turn % options.builds.length) + 1}`);
    if (options.closeConnections) res.setHeader('connection', 'close');
    res.writeHead(answer.status, answer.headers).end(answer.body);
  });
  return serveHttpsOnLoopback(server, requests);
}
