// `npm run coverage`: every GET and write operation of the Linode facts (spec and today's overlay)
// with the GraphQL coordinate that reaches it, computed by running the schema against the bundled
// emulator (test/support/api-coverage.ts). Ends with the two totals.
import { schema } from '../src/schema/index.js';
import { coverageReport, measureCoverage } from '../test/support/api-coverage.js';
import { startStack } from '../test/support/stack.js';

const stack = await startStack({ emulator: { rateLimits: false } });
try {
  const coverage = await measureCoverage(schema, stack.emulator, (query) => stack.gql(query));
  console.log(coverageReport(coverage));
} finally {
  await stack.close();
}
