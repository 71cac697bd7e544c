import { newResultId } from '../../functions/store/results.ts';
import { RULES_VERSION } from '../../src/lib/exchange/rules.ts';
import { type CheckResult, resultLinks } from '../../src/lib/schemas/api.ts';

/** A minimal valid stored result (a server that hides its version), for tests of storage and expiry. */
export function hiddenVersionResult(fields: Partial<CheckResult> = {}): CheckResult {
  const id = fields.id ?? newResultId();
  return {
    id,
    host: 'mail.example.ch',
    checkedAt: '2026-10-01T10:00:00.000Z',
    reused: false,
    outcome: 'version_hidden',
    reason: null,
    builds: [],
    evidence: [{ path: '/owa/auth/logon.aspx', status: 200, signal: 'exchange-headers', value: null }],
    assessment: null,
    links: resultLinks(id),
    rulesVersion: RULES_VERSION,
    dataVersion: '2026-10-02',
    ...fields,
  };
}
