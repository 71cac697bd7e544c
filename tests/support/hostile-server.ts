/**
 * A hostile server for every behaviour of tests/fixtures/hostile-servers.md. Raw TLS (test
 * CA) with hand-written HTTP, so it can send what a well-behaved server library refuses to:
 * lying or duplicate lengths, broken chunking, CR in a header, endless or slow bodies. 127.0.0.1
 * only, bounded loops, a hard shutdown timer (servers.ts).
 */
import net from 'node:net';
import tls from 'node:tls';
import { gzipSync } from 'node:zlib';
import { fixture, PATHS, renderFixture } from './fake-exchange.ts';
import { serveHttpsOnLoopback, sleep } from './servers.ts';
import { testTls } from './tls.ts';

export type HostileBehaviour =
  | 'endless-body' // 1
  | 'length-short' // 2
  | 'length-huge'
  | 'length-abc'
  | 'length-negative'
  | 'length-duplicate'
  | 'slowloris' // 3
  | 'silent' // 4
  | 'stall-handshake'
  | 'redirect-loop' // 5
  | 'redirect-ping-pong'
  | 'redirect-private' // 6
  | 'redirect-encoded-loopback' // 7
  | 'redirect-loopback-origin'
  | 'redirect-scheme' // 8
  | 'redirect-downgrade'
  | 'redirect-port' // 9
  | 'redirect-tricky' // 10
  | 'redirect-junk'
  | 'redirect-own-site' // 11
  | 'redirect-cross-site' // 11b: a relay to a third party's path and query
  | 'huge-header' // 12
  | 'many-headers'
  | 'cookie-flood'
  | 'script-injection' // 13
  | 'redos-bait' // 14
  | 'redos-bait-under-cap'
  | 'gzip-bomb' // 15
  | 'conflicting-builds' // 16
  | 'tls-self-signed' // 17
  | 'tls-expired'
  | 'tls-wrong-host'
  | 'tls-1.0'
  | 'auth-challenges' // 18
  | 'header-echo' // 19
  | 'retry-bait' // 20
  | 'reset-mid-body' // 21
  | 'truncated-chunked'
  | 'invalid-chunk-size'
  | 'utf16-page' // 22
  | 'binary-page'
  | 'fan-out'; // 24

export interface HostileNames {
  /** This server's own test hostname, and a second name that maps to it (ping-pong). */
  self: string;
  peer: string;
  /** A name mapped to the recording server: a hop there must never happen. */
  recorded: string;
  /** A public name of another site, mapped to the recording server: a third party to relay to. */
  thirdParty: string;
  /** One of the checker's own names (SITE_HOSTNAMES). */
  site: string;
  /** Third-party names for fan-out, all mapped back to this server. */
  fanOut: readonly string[];
  /** The recording server's loopback port: an exemption by address would let a hop reach it. */
  recorderPort: number;
}

export interface HostileRequest {
  path: string;
  headers: Record<string, string>;
}

export interface HostileServer {
  origin: string;
  requests: HostileRequest[];
  connections: () => number;
  close(): Promise<void>;
}

const BUILD = '15.2.1748.24';
const PROBE_PATHS: readonly string[] = Object.values(PATHS);
const MAX_REQUEST_HEAD = 32 * 1024;

type Header = [string, string];

function head(status: number, headers: readonly Header[]): string {
  const lines = headers.map(([name, value]) => `${name}: ${value}\r\n`).join('');
  return `HTTP/1.1 ${status} Status\r\n${lines}Connection: close\r\n\r\n`;
}

function respond(socket: net.Socket, status: number, headers: readonly Header[], body: string | Buffer = ''): void {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  socket.end(Buffer.concat([Buffer.from(head(status, [...headers, ['Content-Length', String(bytes.length)]])), bytes]));
}

/** Writes `chunk` until `total` bytes went out or the client went away, minding backpressure. */
async function stream(socket: net.Socket, chunk: Buffer, total: number, pauseMs = 0): Promise<void> {
  for (let sent = 0; sent < total && !socket.destroyed; sent += chunk.length) {
    if (!socket.write(chunk)) await new Promise((resolve) => socket.once('drain', resolve).once('close', resolve));
    if (pauseMs > 0) await sleep(pauseMs);
  }
  socket.destroy();
}

/** The nth probe path's entry of a per-path list; other paths get the first. */
function perPath<T>(path: string, list: readonly T[]): T {
  const index = Math.max(0, PROBE_PATHS.indexOf(path));
  return list[index % list.length] as T;
}

const redirect = (socket: net.Socket, location: string) => respond(socket, 302, [['Location', location]]);

/** A gzip body of 32 MiB of zeros: 32 KiB on the wire. */
let bomb: Buffer | undefined;

function handle(
  behaviour: HostileBehaviour,
  names: HostileNames,
  request: HostileRequest,
  socket: net.Socket,
  state: { fanOut: number },
): void {
  const { path } = request;
  const html: Header = ['Content-Type', 'text/html; charset=utf-8'];
  switch (behaviour) {
    case 'endless-body':
      socket.write(head(200, [html]));
      void stream(socket, Buffer.alloc(64 * 1024, 'a'), 50 * 1024 * 1024);
      return;
    case 'length-short':
      socket.end(Buffer.concat([Buffer.from(head(200, [html, ['Content-Length', '10']])), Buffer.alloc(300_000, 'b')]));
      return;
    case 'length-huge':
      socket.write(head(200, [html, ['Content-Length', '10737418240']]));
      void stream(socket, Buffer.alloc(64 * 1024, 'c'), 4 * 1024 * 1024);
      return;
    case 'length-abc':
      socket.end(`${head(200, [html, ['Content-Length', 'abc']])}hello`);
      return;
    case 'length-negative':
      socket.end(`${head(200, [html, ['Content-Length', '-5']])}hello`);
      return;
    case 'length-duplicate':
      socket.end(`${head(200, [html, ['Content-Length', '5'], ['Content-Length', '7']])}hello`);
      return;
    case 'slowloris':
      socket.write(head(200, [html, ['X-OWA-Version', BUILD]]));
      void stream(socket, Buffer.from('<'), 10_000, 500);
      return;
    case 'silent':
    case 'stall-handshake':
      return;
    case 'redirect-loop':
      redirect(socket, '/loop');
      return;
    case 'redirect-ping-pong':
      redirect(socket, path === '/ping' ? `https://${names.self}/pong` : `https://${names.peer}/ping`);
      return;
    case 'redirect-private':
      redirect(
        socket,
        perPath(path, [
          'http://169.254.169.254/latest/meta-data/',
          'https://10.0.0.1/',
          'https://localhost/',
          'https://private-dns.example.com/owa/',
        ]),
      );
      return;
    case 'redirect-encoded-loopback':
      redirect(
        socket,
        perPath(path, ['https://2130706433/', 'https://0x7f.1/', 'https://[::ffff:127.0.0.1]/', 'https://①②⑦.0.0.1/']),
      );
      return;
    case 'redirect-loopback-origin': {
      const port = names.recorderPort;
      redirect(
        socket,
        perPath(path, [
          `https://127.0.0.1:${port}/secret`,
          `https://2130706433:${port}/secret`,
          `http://2130706433:${port}/secret`,
          `https://0x7f.1:${port}/secret`,
        ]),
      );
      return;
    }
    case 'redirect-scheme':
      redirect(
        socket,
        perPath(path, [
          'file:///etc/passwd',
          'gopher://127.0.0.1:25/_',
          'javascript:alert(1)',
          'data:text/html,<b>x</b>',
        ]),
      );
      return;
    case 'redirect-downgrade':
      redirect(socket, `http://${names.recorded}${path}`);
      return;
    case 'redirect-port':
      redirect(
        socket,
        perPath(path, [
          `https://${names.recorded}:22/`,
          `https://${names.recorded}:6379/`,
          `https://${names.recorded}:8443/`,
          `https://${names.recorded}:80/`,
        ]),
      );
      return;
    case 'redirect-tricky':
      redirect(
        socket,
        perPath(path, [
          '//evil.example/',
          `/\\${names.recorded}/`,
          `https://user:pw@${names.recorded}/`,
          `https://${names.recorded}@169.254.169.254/`,
        ]),
      );
      return;
    case 'redirect-junk': {
      const junk = perPath(path, ['cr', 'long', 'missing', 'percent']);
      if (junk === 'cr') socket.end(head(302, [['Location', `https://${names.recorded}/a\rb`]]));
      else if (junk === 'long') redirect(socket, `/${'x'.repeat(8192)}`);
      else if (junk === 'missing') respond(socket, 302, []);
      else redirect(socket, `https://%72${names.recorded.slice(1)}/`);
      return;
    }
    case 'redirect-cross-site':
      // A GET of the attacker's choosing, at a third party, for every probe.
      redirect(socket, `https://${names.thirdParty}/autodiscover/autodiscover.json?Email=a@b.c&Protocol=Powershell`);
      return;
    case 'redirect-own-site':
      redirect(socket, path === PATHS.logon ? `https://${names.site}/api/v1/checks` : `https://www.${names.site}/`);
      return;
    case 'huge-header':
      respond(socket, 200, [html, ['X-Big', 'x'.repeat(200 * 1024)], ['X-OWA-Version', BUILD]]);
      return;
    case 'many-headers':
      respond(socket, 200, [
        html,
        ...Array.from({ length: 5000 }, (_, i): Header => [`X-Filler-${i}`, 'y']),
        ['X-OWA-Version', BUILD],
      ]);
      return;
    case 'cookie-flood':
      respond(socket, 200, [
        html,
        ...Array.from({ length: 150 }, (_, i): Header => ['Set-Cookie', `c${i}=${'z'.repeat(40)}; Path=/; Secure`]),
        ['X-OWA-Version', BUILD],
        ['X-FEServer', `EXCH01${'!'.repeat(300)}`],
      ]);
      return;
    case 'script-injection':
      if (path === PATHS.exportTool) {
        respond(
          socket,
          200,
          [['X-OWA-Version', '<img src=x onerror=alert(1)>']],
          `<assemblyIdentity version="${BUILD}<script>" />`,
        );
        return;
      }
      respond(
        socket,
        200,
        [html, ['X-OWA-Version', '<img src=x onerror=alert(1)>']],
        `<link href="/owa/auth/"><script>alert(1)</script>/x"><img src="/owa/auth/<b>15.2.1748</b>/a.png"><a href="/owa/auth/15.2.1748<svg/onload=alert(1)>/">`,
      );
      return;
    case 'redos-bait':
    case 'redos-bait-under-cap': {
      const size = behaviour === 'redos-bait' ? 1024 * 1024 : 500 * 1024;
      const bait = perPath(path, ['/owa/auth/1.1.1', '1.1.1.1.', '<link', '<div><span>']);
      respond(socket, 200, [html], bait.repeat(Math.ceil(size / bait.length)).slice(0, size));
      return;
    }
    case 'gzip-bomb':
      bomb ??= gzipSync(Buffer.alloc(32 * 1024 * 1024));
      respond(socket, 200, [html, ['Content-Encoding', 'gzip'], ['X-OWA-Version', BUILD]], bomb);
      return;
    case 'conflicting-builds':
      if (path === PATHS.logon)
        respond(socket, 200, [html, ['X-OWA-Version', BUILD]], fixture('logon-conflicting.html'));
      else if (path === PATHS.exportTool)
        respond(socket, 200, [], renderFixture('exporttool.application', '15.2.986.5'));
      else respond(socket, 401, [['X-OWA-Version', path === PATHS.ews ? '15.2.1544.14' : BUILD]]);
      return;
    case 'tls-self-signed':
    case 'tls-expired':
    case 'tls-wrong-host':
    case 'tls-1.0':
      respond(socket, 200, [html, ['X-OWA-Version', BUILD]], renderFixture('logon-2013plus.html', BUILD));
      return;
    case 'auth-challenges':
      respond(socket, 401, [
        ['WWW-Authenticate', 'NTLM'],
        ['WWW-Authenticate', 'Negotiate'],
        ['WWW-Authenticate', 'Basic realm="mail"'],
        ['X-OWA-Version', BUILD],
      ]);
      return;
    case 'header-echo': {
      const echoed = Object.entries(request.headers).map(([name, value]): Header => [`X-Echo-${name}`, value]);
      respond(socket, 200, [html, ...echoed], `<pre>${JSON.stringify(request.headers)}</pre>`);
      return;
    }
    case 'retry-bait':
      respond(socket, perPath(path, [503, 429]), [['Retry-After', '999999']], 'come back later');
      return;
    case 'reset-mid-body':
      socket.write(head(200, [html, ['Content-Length', '100000']]));
      socket.write(Buffer.alloc(1000, 'r'), () => socket.destroy());
      return;
    case 'truncated-chunked':
      socket.write(head(200, [html, ['Transfer-Encoding', 'chunked']]));
      socket.write('400\r\n', () => socket.destroy());
      return;
    case 'invalid-chunk-size':
      socket.end(`${head(200, [html, ['Transfer-Encoding', 'chunked']])}zz\r\nhello\r\n0\r\n\r\n`);
      return;
    case 'utf16-page': {
      const page = renderFixture('logon-2013plus.html', BUILD);
      respond(
        socket,
        200,
        [['Content-Type', 'text/html; charset=utf-16']],
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page, 'utf16le')]),
      );
      return;
    }
    case 'binary-page': {
      const bytes = Buffer.alloc(4096);
      for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 151 + 7) % 256;
      respond(socket, 200, [html], Buffer.concat([bytes, Buffer.from('\u0000/owa/\u0000auth/\u00ff\u00fe15.2.1748/')]));
      return;
    }
    case 'fan-out': {
      const next = names.fanOut[state.fanOut++ % names.fanOut.length];
      redirect(socket, `https://${next}/hop-${state.fanOut}`);
      return;
    }
  }
}

function parseRequest(raw: string): HostileRequest {
  const [requestLine = '', ...lines] = raw.split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  const target = requestLine.split(' ')[1] ?? '/';
  return { path: target.split('?')[0] ?? '/', headers };
}

export async function startHostileServer(behaviour: HostileBehaviour, names: HostileNames): Promise<HostileServer> {
  const material = testTls();
  const requests: HostileRequest[] = [];
  const state = { fanOut: 0 };

  const onSecureConnection = (socket: net.Socket) => {
    socket.on('error', () => {});
    let buffered = '';
    socket.on('data', (data: Buffer) => {
      buffered += data.toString('latin1');
      const end = buffered.indexOf('\r\n\r\n');
      if (end === -1) {
        if (buffered.length > MAX_REQUEST_HEAD) socket.destroy();
        return;
      }
      const request = parseRequest(buffered.slice(0, end));
      buffered = '';
      socket.removeAllListeners('data');
      requests.push(request);
      handle(behaviour, names, request, socket, state);
    });
  };

  let server: net.Server;
  if (behaviour === 'stall-handshake') {
    // Plain TCP that never speaks TLS: the client's handshake waits for ever.
    server = net.createServer((socket) => socket.on('error', () => {}));
  } else {
    const pair =
      behaviour === 'tls-self-signed'
        ? material.selfSigned
        : behaviour === 'tls-expired'
          ? material.expired
          : behaviour === 'tls-wrong-host'
            ? material.wrongHost
            : material.server;
    const legacy: tls.TlsOptions =
      behaviour === 'tls-1.0' ? { minVersion: 'TLSv1', maxVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0' } : {};
    server = tls.createServer({ ...pair, ...legacy }, onSecureConnection);
    server.on('tlsClientError', () => {});
  }
  return serveHttpsOnLoopback(server, requests);
}
