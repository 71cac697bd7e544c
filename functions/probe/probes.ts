/**
 * The four requests of a check. Each is what a browser or mail client sends anyway, to the final
 * path directly so one round trip suffices; nothing exploit-like (see
 * tests/fixtures/reference/detection-methods.tsv).
 */
import type { ProbeObservation } from '../../src/lib/probe/combine.ts';
import { parseExportToolManifest, parseLogonPage, readHeaderSignals } from '../../src/lib/probe/parsers.ts';
import {
  declaredLengthProblem,
  decodeText,
  discardBody,
  MAX_BODY_BYTES,
  RESPONSE_READ_LIMITS,
  readCappedBody,
  readHeader,
} from './body.ts';
import { guardedGet } from './guarded-fetch.ts';
import type { CheckSession } from './session.ts';

interface Probe {
  path: string;
  /** How the body is read, when it is read at all (only 2xx answers). */
  body: 'logon' | 'manifest' | null;
}

export const PROBES: readonly Probe[] = [
  // X-OWA-Version (full build) and the logon page's resource paths (CU; 2010: full build).
  { path: '/owa/auth/logon.aspx', body: 'logon' },
  // X-OWA-Version again, on an anonymous 401 (the OWA page may sit behind a reverse proxy).
  { path: '/EWS/Exchange.asmx', body: null },
  { path: '/autodiscover/autodiscover.xml', body: null },
  // The ClickOnce manifest's assemblyIdentity version (full build, trusted when it agrees).
  { path: '/ecp/Current/exporttool/microsoft.exchange.ediscovery.exporttool.application', body: 'manifest' },
];

export async function runProbe(host: string, probe: Probe, session: CheckSession): Promise<ProbeObservation> {
  const seen: ProbeObservation = {
    path: probe.path,
    status: null,
    headerBuild: null,
    logonBuilds: [],
    manifestBuilds: [],
    exchange: false,
    microsoft365: false,
    crossSite: false,
  };
  const result = await guardedGet(new URL(`https://${host}${probe.path}`), session, (response) => {
    seen.status = response.status;
    const signals = readHeaderSignals((name) => readHeader(response, name));
    seen.headerBuild ??= signals.build;
    seen.exchange ||= signals.exchange;
    seen.microsoft365 ||= signals.microsoft365;
  });
  if (result.kind === 'failed') {
    seen.status = result.status;
    seen.error = result.reason;
    return seen;
  }
  if (result.kind === 'microsoft365') {
    seen.microsoft365 = true;
    return seen;
  }
  if (result.kind === 'cross_site') {
    seen.crossSite = true;
    return seen;
  }
  const { response } = result;
  if (probe.body === null || response.status < 200 || response.status > 299) {
    // Unread, but a declared 10 GB or a broken length still tells what kind of server this is.
    const problem = declaredLengthProblem(response, MAX_BODY_BYTES);
    if (problem !== null) seen.error = problem;
    discardBody(response);
    return seen;
  }
  const body = await readCappedBody(response, MAX_BODY_BYTES, session.signal, {
    ...RESPONSE_READ_LIMITS,
    budget: session.reading,
  });
  if (!body.ok) {
    seen.error = body.reason;
    return seen;
  }
  const text = decodeText(body.bytes);
  if (probe.body === 'logon') {
    const page = parseLogonPage(text);
    seen.logonBuilds = page.builds;
    seen.exchange ||= page.exchange;
  } else {
    seen.manifestBuilds = parseExportToolManifest(text);
  }
  return seen;
}
