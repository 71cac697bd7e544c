/**
 * The test CA and server certificates, made with the openssl CLI (Node has no X.509 generation
 * API and no package for it is installed). Generated once per week into tests/.tmp (gitignored),
 * atomically, so parallel test processes share one CA: workerd reads it through
 * NODE_EXTRA_CA_CERTS at start, Node test processes through tls.setDefaultCACertificates.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import tls from 'node:tls';
import { fileURLToPath } from 'node:url';

const TMP = fileURLToPath(new URL('../.tmp/', import.meta.url));
const VALID_DAYS = 21;
const WEEK_MS = 7 * 24 * 3600 * 1000;

export interface KeyPair {
  key: string;
  cert: string;
}

export interface TestTls {
  /** PEM file of the test CA, for NODE_EXTRA_CA_CERTS. */
  caFile: string;
  ca: string;
  /** Signed by the CA for IP 127.0.0.1: what every fake server presents. */
  server: KeyPair;
  /** Hostile #17: self-signed, expired, and valid only for another name. */
  selfSigned: KeyPair;
  expired: KeyPair;
  wrongHost: KeyPair;
}

function openssl(cwd: string, args: string[]): void {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

function leaf(dir: string, name: string, san: string, days: string, signer: 'ca' | 'self'): void {
  const ext = `${name}.ext`;
  writeFileSync(`${dir}/${ext}`, `subjectAltName=${san}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n`);
  const key = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', `${name}.key`];
  if (signer === 'self') {
    openssl(dir, [
      'req',
      '-x509',
      ...key,
      '-out',
      `${name}.pem`,
      '-days',
      days,
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      `subjectAltName=${san}`,
    ]);
    return;
  }
  openssl(dir, ['req', ...key, '-out', `${name}.csr`, '-subj', '/CN=exchange-self-check test server']);
  // A negative validity gives a certificate that expired yesterday (OpenSSL 3.0 has no -not_before).
  openssl(dir, [
    'x509',
    '-req',
    '-in',
    `${name}.csr`,
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-set_serial',
    String(Date.now()),
    '-out',
    `${name}.pem`,
    '-days',
    days,
    '-extfile',
    ext,
  ]);
}

function generate(dir: string): void {
  openssl(dir, [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    String(VALID_DAYS),
    '-subj',
    '/CN=Exchange Self-Check test CA (loopback only)',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  leaf(dir, 'server', 'IP:127.0.0.1', String(VALID_DAYS), 'ca');
  leaf(dir, 'selfsigned', 'IP:127.0.0.1', String(VALID_DAYS), 'self');
  leaf(dir, 'expired', 'IP:127.0.0.1', '-1', 'ca');
  leaf(dir, 'wronghost', 'DNS:wrong-name.example.com', String(VALID_DAYS), 'ca');
}

let cached: TestTls | undefined;

export function testTls(): TestTls {
  if (cached) return cached;
  // One directory per week; certificates last three, so a running suite never sees them expire.
  const dir = `${TMP}tls/week-${Math.floor(Date.now() / WEEK_MS)}`;
  if (!existsSync(`${dir}/wronghost.pem`)) {
    mkdirSync(`${TMP}tls`, { recursive: true });
    const work = mkdtempSync(`${TMP}tls/gen-`);
    generate(work);
    try {
      renameSync(work, dir);
    } catch {
      // Another process won the race; its files are as good as ours.
      rmSync(work, { recursive: true, force: true });
    }
  }
  const pair = (name: string): KeyPair => ({
    key: readFileSync(`${dir}/${name}.key`, 'utf8'),
    cert: readFileSync(`${dir}/${name}.pem`, 'utf8'),
  });
  cached = {
    caFile: `${dir}/ca.pem`,
    ca: readFileSync(`${dir}/ca.pem`, 'utf8'),
    server: pair('server'),
    selfSigned: pair('selfsigned'),
    expired: pair('expired'),
    wrongHost: pair('wronghost'),
  };
  return cached;
}

/** Makes this Node process's fetch trust the test CA (besides the system's roots). */
export function trustTestCa(): void {
  const { ca } = testTls();
  const current = tls.getCACertificates('default');
  if (!current.includes(ca)) tls.setDefaultCACertificates([...current, ca]);
}
