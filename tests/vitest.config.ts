import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { testTls } from './support/tls.ts';

// workerd trusts the test CA of the loopback HTTPS servers through NODE_EXTRA_CA_CERTS, which
// miniflare reads once, when it is loaded: so set it first, then load the plugin (and miniflare).
process.env.NODE_EXTRA_CA_CERTS = testTls().caFile;
const { cloudflareTest, readD1Migrations } = await import('@cloudflare/vitest-plugin');

const root = fileURLToPath(new URL('..', import.meta.url));
const migrations = await readD1Migrations(`${root}functions/store/migrations`);

type RateLimits = Record<string, { namespace_id: string; simple: { limit: number; period: 10 | 60 } }>;

/** A project of tests inside workerd with the bindings of wrangler.toml (rate limits overridden if given). */
function workerProject(name: string, include: string[], ratelimits?: RateLimits) {
  return {
    extends: true,
    plugins: [
      // The check's variables come from the globalSetup below (loopback DoH stub and servers).
      cloudflareTest(({ inject }) => ({
        main: './functions/api-worker.ts',
        wrangler: { configPath: './wrangler.toml' },
        miniflare: {
          // Campaign checks share this one workerd with every other test file and keep the short test
          // deadline: fewer in flight than in production, so that a busy machine does not time them out.
          bindings: {
            ENVIRONMENT: 'test',
            ...inject('checkBindings'),
            CAMPAIGN_CONCURRENCY: '8',
            TEST_MIGRATIONS: migrations,
          },
          ...(ratelimits === undefined ? {} : { ratelimits }),
        },
      })),
    ],
    test: {
      name,
      include,
      globalSetup: ['tests/support/worker-global-setup.ts'],
      testTimeout: 30_000,
    },
  };
}

export default defineConfig({
  root,
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          // Node tests that talk to the loopback test servers (fake Exchange, DoH stub, recorder).
          name: 'node',
          include: ['tests/node/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      workerProject('worker', ['tests/worker/**/*.test.ts'], {
        // As in wrangler.toml, but the scenario hosts share one test domain and most tests run from a
        // few client addresses: the shared budgets are raised here and tested at their real limits
        // in the `limits` project below.
        CHECK_LIMITER: { namespace_id: '1001', simple: { limit: 10, period: 60 } },
        NETWORK_LIMITER: { namespace_id: '1003', simple: { limit: 1000, period: 60 } },
        TARGET_LIMITER: { namespace_id: '1002', simple: { limit: 1000, period: 60 } },
        WRITE_LIMITER: { namespace_id: '1004', simple: { limit: 100_000, period: 60 } },
      }),
      // The Rate Limiting bindings exactly as wrangler.toml declares them.
      workerProject('limits', ['tests/limits/**/*.test.ts']),
    ],
  },
});
