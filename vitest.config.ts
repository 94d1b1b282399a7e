import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// Tests that need the built schema (the gateway, alone or with the emulator). Each of them would
// spend about a second building it; they run in shared workers (isolate: false) so each worker
// builds it once. They share only modules: every file starts its own emulator and gateway.
const SCHEMA_TESTS = [
  'test/contract/**/*.test.ts',
  'test/e2e/**/*.test.ts',
  'test/integration/**/*.test.ts',
  'test/resilience/**/*.test.ts',
  'test/schema/**/*.test.ts',
  'test/security/**/*.test.ts',
  'test/unit/cost.test.ts',
];
// The GraphiQL browser test: a process of its own (it starts Chromium), begun first, since it is
// the longest.
const BROWSER_TESTS = ['test/e2e/graphiql.test.ts'];

export default defineConfig({
  // One graphql module for everyone: without this, vitest may load graphql's ESM build for our
  // code and its CJS build for a dependency, and graphql refuses types from "another realm".
  // The workspace packages (linode-facts, linode-emulator) are read from their TypeScript sources.
  resolve: { alias: { graphql: require.resolve('graphql') }, conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: {
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Workers are reused between files; projects that need a fresh module graph per file say so.
    isolate: false,
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'packages/linode-facts/test/**/*.test.ts'],
          exclude: ['test/unit/cost.test.ts'],
          pool: 'threads',
        },
      },
      {
        extends: true,
        test: { name: 'emulator', include: ['packages/linode-emulator/test/**/*.test.ts'], pool: 'threads' },
      },
      {
        extends: true,
        test: { name: 'gateway', include: SCHEMA_TESTS, exclude: BROWSER_TESTS, pool: 'forks' },
      },
      {
        extends: true,
        test: { name: 'browser', include: BROWSER_TESTS, pool: 'forks' },
      },
    ],
  },
});
