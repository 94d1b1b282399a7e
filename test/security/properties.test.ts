// Random filters and cursors through the whole stack: the answer is data, BAD_USER_INPUT or a
// filter limit, never an internal error, and Linode never rejects what the gateway sends.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ emulator: { rateLimits: false } });
});
afterAll(() => stack.close());

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('web', 'prod', 'us-east', 'linode/debian12', '', '%', '"', '\\', '\u0000', '💥'),
);
const stringFilter = fc.record({ eq: text, neq: text, contains: text, in: fc.array(text, { maxLength: 3 }) }, { requiredKeys: [] });
const idFilter = fc.record(
  { eq: fc.oneof(fc.nat().map(String), text), in: fc.array(fc.oneof(fc.nat().map(String), text), { maxLength: 3 }) },
  { requiredKeys: [] },
);
const leaf = fc.record(
  {
    label: stringFilter,
    region: stringFilter,
    tags: stringFilter,
    image: stringFilter,
    group: stringFilter,
    ipv4: stringFilter,
    id: idFilter,
  },
  { requiredKeys: [] },
);
const filter = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ and: fc.array(tie('node'), { maxLength: 3 }), or: fc.array(tie('node'), { maxLength: 3 }) }, { requiredKeys: [] }),
  ),
})).node;

const query = `query($filter: InstanceFilter, $order: InstanceOrder, $first: Int, $after: String) {
  instances(filter: $filter, orderBy: $order, first: $first, after: $after) { totalCount nodes { id } }
}`;

async function codes(variables: Record<string, unknown>): Promise<string[]> {
  const { errors } = await stack.gql(query, { variables });
  return (errors ?? []).map((e) => String(e.extensions?.code));
}

describe('properties of the whole stack', () => {
  it('random typed filters give data, BAD_USER_INPUT or a filter limit, and Linode accepts every X-Filter sent', async () => {
    const refusals = ['BAD_USER_INPUT', 'TOO_MANY_FILTER_CONDITIONS', 'FILTER_TOO_LARGE'];
    await fc.assert(
      fc.asyncProperty(
        filter,
        fc.option(fc.constantFrom('LABEL', 'REGION', 'ID', 'IMAGE', 'GROUP', 'TAGS', 'IPV4')),
        fc.integer({ min: 0, max: 500 }),
        async (f, order, first) => {
          stack.emulator.clearLog();
          const found = await codes({ filter: f, order: order ? { field: order, direction: 'DESC' } : null, first });
          for (const code of found) expect(refusals).toContain(code);
          for (const entry of stack.emulator.log) expect(entry.status).toBe(200);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('random cursors give data or BAD_USER_INPUT without reaching Linode when malformed', async () => {
    const cursor = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.nat({ max: 2_000_000 }).map((n) => Buffer.from(`v1:${n}`).toString('base64url')),
      fc.base64String({ maxLength: 24 }),
    );
    await fc.assert(
      fc.asyncProperty(cursor, async (after) => {
        stack.emulator.clearLog();
        const found = await codes({ first: 5, after });
        for (const code of found) expect(code).toBe('BAD_USER_INPUT');
        if (found.length > 0) expect(stack.emulator.log).toHaveLength(0);
      }),
      { numRuns: 80 },
    );
  });
});
