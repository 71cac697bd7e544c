import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { testTls } from './support/tls.ts';

// workerd trusts the test CA of the loopback HTTPS servers through NODE_EXTRA_CA_CERTS, which
// miniflare reads once, when it is loaded: so set it first, then load the plugin (and miniflare).
process.env.NODE_EXTRA_CA_CERTS = testTls().caFile;
const { cloudflareTest, readD1Migrations } = await import('@cloudflare/vitest-plugin');

const root = fileURLToPath(new URL('..', import.meta.url));
const migrations = await readD1Migrations(`${root}functions/store/migrations`);

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
      {
        extends: true,
        plugins: [
          // The check's variables come from the globalSetup below (loopback DoH stub and servers).
          cloudflareTest(({ inject }) => ({
            main: './functions/api-worker.ts',
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: { ENVIRONMENT: 'test', ...inject('checkBindings'), TEST_MIGRATIONS: migrations },
              // As in wrangler.toml, but the scenario hosts share one test domain: the target budget is
              // raised here and tested on its own (tests/worker/target-limit.test.ts).
              ratelimits: {
                CHECK_LIMITER: { namespace_id: '1001', simple: { limit: 10, period: 60 } },
                TARGET_LIMITER: { namespace_id: '1002', simple: { limit: 1000, period: 60 } },
              },
            },
          })),
        ],
        test: {
          name: 'worker',
          include: ['tests/worker/**/*.test.ts'],
          globalSetup: ['tests/support/worker-global-setup.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
