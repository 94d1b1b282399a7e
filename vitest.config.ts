import { createRequire } from 'node:module';
import { configDefaults, defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// Pure functions: no schema, no emulator.
const UNIT_TESTS = ['test/unit/**/*.test.ts', 'packages/linode-facts/test/**/*.test.ts'];
// Everything else under test/ needs the built schema (the gateway, alone or with the emulator);
// so does test/unit/cost.test.ts, which reads the schema's cost rules. Each file would spend
// about a second building it; they run in shared workers (isolate: false) so that each worker
// builds it once. They share only modules: every file starts its own emulator and gateway.
const SCHEMA_TESTS = ['test/!(unit)/**/*.test.ts', 'test/unit/cost.test.ts'];
// The GraphiQL browser test (it starts Chromium), the longest file: in a pool of its own
// (vmForks) so that it starts with the others. Vitest runs the projects that share a pool one
// after another: in the gateway's forks it would start only once they are all done.
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
          include: UNIT_TESTS,
          exclude: [...configDefaults.exclude, ...SCHEMA_TESTS],
          pool: 'threads',
        },
      },
      {
        extends: true,
        test: { name: 'emulator', include: ['packages/linode-emulator/test/**/*.test.ts'], pool: 'threads' },
      },
      {
        extends: true,
        test: { name: 'gateway', include: SCHEMA_TESTS, exclude: [...configDefaults.exclude, ...BROWSER_TESTS], pool: 'forks' },
      },
      {
        extends: true,
        test: { name: 'browser', include: BROWSER_TESTS, pool: 'vmForks' },
      },
    ],
  },
});
