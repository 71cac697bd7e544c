import { describe, expect, it } from 'vitest';
import buildsJson from '../../content/data/exchange/builds.json' with { type: 'json' };
import app from '../../functions/app.ts';
import { AssessmentResponse, ErrorBody } from '../../src/lib/schemas/api.ts';

async function assessment(build: string) {
  const res = await app.request(`/api/v1/assessments?build=${encodeURIComponent(build)}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('Content-Type')).toContain('application/json');
  return AssessmentResponse.parse(await res.json()).assessment;
}

const newest = (version: string, cu: string) =>
  buildsJson.filter((b) => b.version === version && b.cu === cu).at(-1)?.build ?? 'missing';

describe('GET /api/v1/assessments inside workerd', () => {
  // Each case: input, expected product line, CU, precision, and the verdict or verdicts allowed.
  const cases: Array<[why: string, build: string, version: string, cu: string, precision: string, verdict: string]> = [
    ['2010 SP3 at RU29, before the CVE-2020-0688 fix', '14.3.468.0', '2010', 'SP3', 'update', 'vulnerable'],
    [
      '2010 SP3 at its last rollup: end of life, nothing tracked open',
      '14.3.513.0',
      '2010',
      'SP3',
      'update',
      'end_of_life',
    ],
    ['2013 CU23 before ProxyLogon fix', '15.0.1497.2', '2013', 'CU23', 'update', 'vulnerable'],
    ['2016 CU23 at CU level only', '15.1.2507', '2016', 'CU23', 'cu', 'possibly_vulnerable'],
    ['2019 CU15 long form', '15.02.1748.024', '2019', 'CU15', 'update', 'vulnerable'],
    // AdminDisplayVersion does not change with a security update: CU precision, whatever it says.
    ['2019 CU14 as the cmdlet prints it', 'Version 15.2 (Build 1544.48)', '2019', 'CU14', 'cu', 'possibly_vulnerable'],
    ['SE RTM newest known build', newest('SE', 'RTM'), 'SE', 'RTM', 'update', 'up_to_date'],
    ['SE RTM at CU level', '15.2.2562', 'SE', 'RTM', 'cu', 'possibly_vulnerable'],
  ];

  it.each(cases)('%s', async (_why, build, version, cu, precision, verdict) => {
    const a = await assessment(build);
    expect(a.version).toBe(version);
    expect(a.cu).toBe(cu);
    expect(a.precision).toBe(precision);
    expect(a.verdict).toBe(verdict);
  });

  it('answers end_of_life for the newest 2019 build, which only ESU customers received', async () => {
    const a = await assessment(newest('2019', 'CU15'));
    expect(a.supported).toBe(false);
    expect(a.verdict).toBe('end_of_life');
    expect(a.untracked).toBe(true);
  });

  it('carries the second-milestone fields: latestPublic, dataStale, typed step params, rules version', async () => {
    const a = await assessment('15.2.1748.24');
    expect(a.latestPublic).toEqual({ build: '15.2.1748.39', update: 'Oct25SU', released: '2025-10-14' });
    expect(typeof a.dataStale).toBe('boolean');
    expect(a.rulesVersion).toBeGreaterThanOrEqual(2);
    expect(a.steps.map((s) => s.id).slice(0, 3)).toEqual(['upgrade-2019-to-se', 'install-update', 'check-compromise']);
    expect(a.steps.find((s) => s.id === 'check-compromise')?.params.cves).toEqual(['CVE-2026-42897']);
    // CVE-2025-53786 needs the April 2025 hotfix update: at it, configuration decides.
    expect(a.configurationDependent.map((c) => c.id)).toContain('CVE-2025-53786');
    const below = await assessment('15.2.1748.10');
    expect(below.vulnerabilities.map((v) => v.id)).toContain('CVE-2025-53786');
  });

  it('recognises Exchange Online', async () => {
    expect((await assessment('15.20.8722.25')).verdict).toBe('exchange_online');
  });

  it.each(['', 'abc', '15.2', '1.2.3.4.5', '15.2.1748.24; DROP TABLE', 'x'.repeat(150)])(
    'refuses %j with 400 invalid_build and a message saying what to enter',
    async (build) => {
      const res = await app.request(`/api/v1/assessments?build=${encodeURIComponent(build)}`);
      expect(res.status).toBe(400);
      const body = ErrorBody.parse(await res.json());
      expect(body.error.code).toBe('invalid_build');
      expect(body.error.message).toMatch(/15\.2\.1748/);
    },
  );

  it('refuses a missing build parameter the same way', async () => {
    const res = await app.request('/api/v1/assessments');
    expect(res.status).toBe(400);
    expect(ErrorBody.parse(await res.json()).error.code).toBe('invalid_build');
  });
});
