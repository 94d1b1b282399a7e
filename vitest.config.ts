import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // One graphql module for everyone: without this, vitest may load graphql's ESM build for our
  // code and its CJS build for a dependency, and graphql refuses types from "another realm".
  // The workspace packages (linode-facts, linode-emulator) are read from their TypeScript sources.
  resolve: { alias: { graphql: require.resolve('graphql') }, conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: {
    include: ['test/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
  },
});
