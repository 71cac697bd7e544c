/**
 * What every test server shares: it listens on 127.0.0.1 only, on a port the system picks,
 * keeps track of its sockets so that close() ends them all, and closes itself after a hard
 * timeout, so a forgotten server can never outlive its test run.
 */
import type { AddressInfo, Server, Socket } from 'node:net';

export const HARD_SHUTDOWN_MS = 10 * 60 * 1000;

export interface Running {
  port: number;
  /** TCP connections accepted so far (before any TLS): what a blocked request must not add to. */
  connections(): number;
  close(): Promise<void>;
}

export async function listenOnLoopback(server: Server, hardShutdownMs = HARD_SHUTDOWN_MS): Promise<Running> {
  const sockets = new Set<Socket>();
  let accepted = 0;
  server.on('connection', (socket: Socket) => {
    accepted++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= new Promise<void>((resolve) => {
      clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
    return closed;
  };
  const timer = setTimeout(close, hardShutdownMs);
  timer.unref();
  return { port: (server.address() as AddressInfo).port, connections: () => accepted, close };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A test HTTPS server as the tests see it: its loopback origin, what it was asked, its connections. */
export interface LoopbackHttps<Request> {
  origin: string;
  requests: Request[];
  connections: () => number;
  close(): Promise<void>;
}

/** Listens on loopback (listenOnLoopback) and names the server by its https origin, with the log it keeps. */
export async function serveHttpsOnLoopback<Request>(
  server: Server,
  requests: Request[],
): Promise<LoopbackHttps<Request>> {
  const running = await listenOnLoopback(server);
  return {
    origin: `https://127.0.0.1:${running.port}`,
    requests,
    connections: running.connections,
    close: running.close,
  };
}
