// Every Linode operation is reached by a GraphQL coordinate (issue 13): the reads by running the
// schema against the emulator (test/support/api-coverage.ts), the writes by the mutations'
// declared operations. What is not reached yet is listed, with the issue, in known-gaps.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { measureCoverage, type Coverage } from '../support/api-coverage.js';
import { startStack, type Stack } from '../support/stack.js';
import { KNOWN_GAPS } from './known-gaps.js';

let stack: Stack;
let coverage: Coverage;
// The crawl queries every field of the graph, one by one: more than the default hook time on a busy machine.
beforeAll(async () => {
  stack = await startStack({ emulator: { rateLimits: false } });
  coverage = await measureCoverage(schema, stack.emulator, (query) => stack.gql(query));
}, 60_000);
afterAll(() => stack.close());

describe('Linode API coverage', () => {
  it('reaches every GET and write operation but the known gaps, and each known gap is still one', () => {
    const unreached = [...coverage.reads, ...coverage.writes].filter((r) => r.coordinate === null).map((r) => r.operation);
    expect(unreached.sort()).toEqual([...KNOWN_GAPS].sort());
  });

  it('reaches reads through fields that answer with data', () => {
    const reached = coverage.reads.filter((r) => r.coordinate !== null);
    expect(reached.length).toBeGreaterThanOrEqual(97);
    expect(reached.find((r) => r.operation === 'GET /linode/instances/{linodeId}/ips')?.coordinate).toBe('Instance.ips');
  });
});
