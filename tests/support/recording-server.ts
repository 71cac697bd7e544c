/**
 * The proof that a refused input or a blocked hop sent nothing: an HTTPS server that logs every
 * TCP connection it accepts (before TLS, so even a failed handshake counts) and every request.
 * Tests map the names a guard bug would reach to it, and expect its log to stay empty.
 */
import https from 'node:https';
import { serveHttpsOnLoopback } from './servers.ts';
import { testTls } from './tls.ts';

export interface RecordingServer {
  origin: string;
  /** TCP connections accepted, counted before TLS, so even a failed handshake counts. */
  connections(): number;
  requests: Array<{ method: string; path: string }>;
  close(): Promise<void>;
}

export async function startRecordingServer(): Promise<RecordingServer> {
  const { key, cert } = testTls().server;
  const requests: RecordingServer['requests'] = [];
  const server = https.createServer({ key, cert }, (req, res) => {
    requests.push({ method: req.method ?? '', path: req.url ?? '' });
    res.writeHead(200, { 'content-type': 'text/plain' }).end('recorded');
  });
  return serveHttpsOnLoopback(server, requests);
}
