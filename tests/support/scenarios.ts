/**
 * The fake Exchange deployments every suite checks (Node, workerd, end-to-end), each under its
 * own hostname, with the result the check must come to. One list, so the suites agree.
 */
import type { Outcome, Precision } from '../../src/lib/schemas/api.ts';
import type { FakeExchangeOptions } from './fake-exchange.ts';

export interface Scenario {
  host: string;
  server: FakeExchangeOptions;
  expected: {
    outcome: Outcome;
    chosen: { build: string; precision: Precision } | null;
    /** The build the headline assesses: the one at greatest risk. Every distinct build, lowest first. */
    builds: string[];
  };
}

const DOMAIN = 'fake-exchange.example.com';
const host = (name: string) => `${name}.${DOMAIN}`;

const full = (name: string, build: string): Scenario => ({
  host: host(name),
  server: { variant: 'full', builds: [build] },
  expected: { outcome: 'assessed', chosen: { build, precision: 'update' }, builds: [build] },
});

const cuOnly = (name: string, build: string): Scenario => {
  const cu = build.split('.').slice(0, 3).join('.');
  return {
    host: host(name),
    server: { variant: 'cu-only', builds: [build] },
    expected: { outcome: 'assessed', chosen: { build: cu, precision: 'cu' }, builds: [cu] },
  };
};

export const SCENARIOS: readonly Scenario[] = [
  full('ex2013', '15.0.1497.48'),
  cuOnly('ex2013-cu', '15.0.1497.48'),
  full('ex2016', '15.1.2507.75'),
  cuOnly('ex2016-cu', '15.1.2507.75'),
  full('ex2019', '15.2.1748.24'),
  cuOnly('ex2019-cu', '15.2.1748.24'),
  full('exse', '15.2.2562.53'),
  cuOnly('exse-cu', '15.2.2562.53'),
  {
    host: host('ex2010'),
    server: { variant: 'exchange-2010', builds: ['14.3.513.0'] },
    expected: { outcome: 'assessed', chosen: { build: '14.3.513.0', precision: 'update' }, builds: ['14.3.513.0'] },
  },
  {
    // The manifest agrees with the logon page's CU, so it counts as the full build.
    host: host('header-stripped'),
    server: { variant: 'header-stripped', builds: ['15.2.1748.36'] },
    expected: {
      outcome: 'assessed',
      chosen: { build: '15.2.1748.36', precision: 'update' },
      builds: ['15.2.1748.36'],
    },
  },
  {
    host: host('ecp-blocked'),
    server: { variant: 'ecp-blocked', builds: ['15.1.2507.66'] },
    expected: {
      outcome: 'assessed',
      chosen: { build: '15.1.2507.66', precision: 'update' },
      builds: ['15.1.2507.66'],
    },
  },
  {
    // Two servers on different updates behind one name (issue 10): both shown; the lower build has
    // 10 open CVEs and none exploited, the higher one 39 with one known to be exploited, so the
    // higher one is the server at greatest risk and the headline.
    host: host('mixed'),
    server: { variant: 'full', builds: ['15.2.1748.24', '15.2.1544.44'] },
    expected: {
      outcome: 'assessed',
      chosen: { build: '15.2.1748.24', precision: 'update' },
      builds: ['15.2.1544.44', '15.2.1748.24'],
    },
  },
  {
    host: host('hidden'),
    server: { variant: 'version-hidden', builds: ['15.2.1748.24'] },
    expected: { outcome: 'version_hidden', chosen: null, builds: [] },
  },
  {
    host: host('online'),
    server: { variant: 'exchange-online', builds: ['15.20.8632.12'] },
    expected: { outcome: 'exchange_online', chosen: null, builds: ['15.20.8632.12'] },
  },
  {
    host: host('website'),
    server: { variant: 'not-exchange', builds: ['15.2.1748.24'] },
    expected: { outcome: 'not_exchange', chosen: null, builds: [] },
  },
  {
    // A bare domain with a plain website: the names below it that exist in DNS are suggested.
    host: 'bare-domain-website.ch',
    server: { variant: 'not-exchange', builds: ['15.2.1748.24'] },
    expected: { outcome: 'not_exchange', chosen: null, builds: [] },
  },
  {
    host: host('spa'),
    server: { variant: 'spa', builds: ['15.2.1748.24'] },
    expected: { outcome: 'not_exchange', chosen: null, builds: [] },
  },
];
