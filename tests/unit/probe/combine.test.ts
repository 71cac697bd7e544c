/** Evidence combination: precedence, cross-check, disagreement, outcomes and reasons. */
import { describe, expect, it } from 'vitest';
import { type Build, readServerBuild } from '../../../src/lib/exchange/build.ts';
import { combineObservations, type ProbeObservation } from '../../../src/lib/probe/combine.ts';

const LOGON = '/owa/auth/logon.aspx';
const EWS = '/EWS/Exchange.asmx';
const AUTODISCOVER = '/autodiscover/autodiscover.xml';
const MANIFEST = '/ecp/Current/exporttool/microsoft.exchange.ediscovery.exporttool.application';

/** What the readers pass on, written as text here: each build read as a server's would be. */
type Seen = Omit<ProbeObservation, 'headerBuild' | 'logonBuilds' | 'manifestBuilds'> & {
  headerBuild: string | null;
  logonBuilds: string[];
  manifestBuilds: string[];
};

function read(text: string): Build {
  const b = readServerBuild(text);
  if (b === null) throw new Error(`not a server build: ${text}`);
  return b;
}

function seen(path: string, overrides: Partial<Seen> = {}): ProbeObservation {
  const { headerBuild, logonBuilds, manifestBuilds, ...rest }: Seen = {
    path,
    status: 200,
    headerBuild: null,
    logonBuilds: [],
    manifestBuilds: [],
    exchange: false,
    microsoft365: false,
    ...overrides,
  };
  return {
    ...rest,
    headerBuild: headerBuild === null ? null : read(headerBuild),
    logonBuilds: logonBuilds.map(read),
    manifestBuilds: manifestBuilds.map(read),
  };
}

const simple = (observations: ProbeObservation[]) => {
  const r = combineObservations(observations);
  return {
    outcome: r.outcome,
    reason: r.reason,
    builds: r.builds.map((b) => `${b.build}/${b.precision}`),
  };
};

describe('combineObservations', () => {
  it('full build from the header, confirmed by the logon CU and the manifest: one build, all sources', () => {
    const result = combineObservations([
      seen(LOGON, { headerBuild: '15.2.1748.24', logonBuilds: ['15.2.1748'] }),
      seen(EWS, { status: 401, headerBuild: '15.2.1748.24' }),
      seen(AUTODISCOVER, { status: 401, headerBuild: '15.2.1748.24' }),
      seen(MANIFEST, { manifestBuilds: ['15.2.1748.24'] }),
    ]);
    expect(result.outcome).toBe('assessed');
    expect(result.builds).toEqual([{ build: '15.2.1748.24', precision: 'update', sources: [0, 1, 2, 3, 4] }]);
    expect(result.evidence.map((e) => [e.path, e.status, e.signal, e.value])).toEqual([
      [LOGON, 200, 'x-owa-version', '15.2.1748.24'],
      [LOGON, 200, 'logon-path', '15.2.1748'],
      [EWS, 401, 'x-owa-version', '15.2.1748.24'],
      [AUTODISCOVER, 401, 'x-owa-version', '15.2.1748.24'],
      [MANIFEST, 200, 'export-tool-manifest', '15.2.1748.24'],
    ]);
  });

  it('CU only: the logon CU, precision cu', () => {
    expect(
      simple([
        seen(LOGON, { logonBuilds: ['15.1.2507'] }),
        seen(EWS, { status: 401, exchange: true }),
        seen(MANIFEST, { status: 403 }),
      ]),
    ).toEqual({
      outcome: 'assessed',
      reason: null,
      builds: ['15.1.2507/cu'],
    });
  });

  it('the manifest is the full build when it agrees with the logon CU', () => {
    expect(
      simple([seen(LOGON, { logonBuilds: ['15.2.1748'] }), seen(MANIFEST, { manifestBuilds: ['15.2.1748.36'] })]),
    ).toMatchObject({ builds: ['15.2.1748.36/update'] });
  });

  it('the manifest alone gives only its CU (unconfirmed that every update bumps it)', () => {
    expect(simple([seen(LOGON, { status: 404 }), seen(MANIFEST, { manifestBuilds: ['15.2.1748.36'] })])).toMatchObject({
      builds: ['15.2.1748/cu'],
    });
  });

  it('a manifest of another CU than the logon page is a disagreement: both, the lower assessed', () => {
    expect(
      simple([seen(LOGON, { logonBuilds: ['15.2.1748'] }), seen(MANIFEST, { manifestBuilds: ['15.2.1544.14'] })]),
    ).toMatchObject({ builds: ['15.2.1544/cu', '15.2.1748/cu'] });
  });

  it('a manifest revision other than the header of the same CU does not override the header', () => {
    expect(
      simple([
        seen(LOGON, { headerBuild: '15.2.1748.36', logonBuilds: ['15.2.1748'] }),
        seen(MANIFEST, { manifestBuilds: ['15.2.1748.24'] }),
      ]),
    ).toMatchObject({ builds: ['15.2.1748.36/update'] });
  });

  it('cross-check: a header build of another CU than the logon page shows both', () => {
    expect(simple([seen(LOGON, { headerBuild: '15.2.1748.24', logonBuilds: ['15.2.1544'] })])).toMatchObject({
      builds: ['15.2.1544/cu', '15.2.1748.24/update'],
    });
  });

  it('servers on different updates behind one name: every build, lowest first', () => {
    expect(
      simple([
        seen(LOGON, { headerBuild: '15.2.1748.24', logonBuilds: ['15.2.1748'] }),
        seen(EWS, { status: 401, headerBuild: '15.2.1748.16' }),
        seen(AUTODISCOVER, { status: 401, headerBuild: '15.2.1748.24' }),
      ]),
    ).toMatchObject({
      builds: ['15.2.1748.16/update', '15.2.1748.24/update'],
    });
  });

  it('2010: the four-part logon path is a full build', () => {
    expect(simple([seen(LOGON, { headerBuild: '14.3.513.0', logonBuilds: ['14.3.513.0'] })])).toMatchObject({
      builds: ['14.3.513.0/update'],
    });
  });

  it('15.20 builds are Exchange Online', () => {
    expect(simple([seen(EWS, { status: 401, headerBuild: '15.20.8632.12', microsoft365: true })])).toEqual({
      outcome: 'exchange_online',
      reason: null,
      builds: ['15.20.8632.12/update'],
    });
  });

  it('a redirect to Microsoft 365 sign-in alone is Exchange Online', () => {
    const result = combineObservations([seen(LOGON, { status: 302, microsoft365: true }), seen(EWS, { status: 404 })]);
    expect(result.outcome).toBe('exchange_online');
    expect(result.evidence[0]).toEqual({ path: LOGON, status: 302, signal: 'microsoft-365', value: null });
  });

  it('an on-premises build wins over Microsoft 365 signals (hybrid): the server at risk is ours', () => {
    expect(
      simple([
        seen(LOGON, { headerBuild: '15.2.1748.24' }),
        seen(AUTODISCOVER, { headerBuild: '15.20.8632.12', microsoft365: true }),
      ]),
    ).toMatchObject({ outcome: 'assessed', builds: ['15.2.1748.24/update', '15.20.8632.12/update'] });
  });

  it('Exchange recognised but no build: version_hidden', () => {
    const result = combineObservations([seen(LOGON, { exchange: true }), seen(EWS, { status: 401, exchange: true })]);
    expect(result.outcome).toBe('version_hidden');
    expect(result.evidence.map((e) => e.signal)).toEqual(['exchange-headers', 'exchange-headers']);
  });

  it('answers without any Exchange sign: not_exchange', () => {
    expect(
      simple([seen(LOGON, { status: 404 }), seen(EWS, { status: 404 }), seen(MANIFEST, { status: 200 })]).outcome,
    ).toBe('not_exchange');
  });

  it('a failed probe next to a readable one: assessed, the failure kept as evidence, never a finding', () => {
    const result = combineObservations([
      seen(LOGON, { headerBuild: '15.1.2507.75' }),
      seen(EWS, { status: null, error: 'timeout' }),
    ]);
    expect(result.outcome).toBe('assessed');
    expect(result.evidence[1]).toEqual({ path: EWS, status: null, signal: 'none', value: null, error: 'timeout' });
  });

  it.each([
    [['timeout', 'timeout', 'timeout', 'timeout'], 'timeout'],
    [['connection', 'timeout', 'connection', 'connection'], 'timeout'],
    [['tls', 'tls', 'tls', 'tls'], 'tls'],
    [['redirect_blocked', 'connection', 'too_many_redirects', 'redirect_blocked'], 'too_many_redirects'],
    [['too_large', 'too_large', 'connection', 'connection'], 'too_large'],
  ] as const)('all probes failed (%j): unreachable, %s', (errors, reason) => {
    expect(simple(errors.map((error) => seen(LOGON, { status: null, error }))).reason).toBe(reason);
  });

  it('only server errors and throttling: unreachable, http_error', () => {
    expect(
      simple([seen(LOGON, { status: 503 }), seen(EWS, { status: 429 }), seen(MANIFEST, { status: 500 })]),
    ).toMatchObject({
      outcome: 'unreachable',
      reason: 'http_error',
    });
  });

  it('a build read from an error page still counts (Exchange answers 500 with its header)', () => {
    expect(simple([seen(LOGON, { status: 500, headerBuild: '15.2.2562.53' })]).outcome).toBe('assessed');
  });
});
