/// <reference types="@cloudflare/vitest-plugin/types" />

declare namespace Cloudflare {
  interface Env {
    /** D1 migrations, read by tests/vitest.config.ts and applied by each worker test file. */
    TEST_MIGRATIONS: import('cloudflare:test').D1Migration[];
  }
}
