/** Shared by the unit tests of the check: a test configuration that needs no server. */
import type { ProbeConfig } from '../../../functions/probe/config.ts';

export const DOH = 'https://doh.unit.example.com/dns-query';

export function unitConfig(overrides: Partial<ProbeConfig> = {}): ProbeConfig {
  return {
    environment: 'test',
    dohEndpoint: DOH,
    deadlineMs: 2000,
    testTargets: {},
    siteHostnames: ['checker.example.org'],
    maxSubrequests: 24,
    userAgent: 'ExchangeSelfCheck/1.0 (+https://checker.example.org/en/how-the-check-works/)',
    optOut: [],
    ...overrides,
  };
}
