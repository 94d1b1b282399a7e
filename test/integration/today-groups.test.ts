// Today's API groups beyond placement groups (locks, Linode interfaces, monitor, image share
// groups): what the emulator does as Linode does, read through the graph.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ emulator: { rateLimits: false } });
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.clearLog());

describe('locks', () => {
  it('lead to the locked instance, which lists the lock; a second lock of a type is a userError', async () => {
    const { data, errors } = await stack.gql(`{ locks { nodes { id lockType entityType entity { ... on Instance { id locks } } } } }`);
    expect(errors).toBeUndefined();
    const [lock] = data.locks.nodes;
    expect(lock).toMatchObject({ lockType: 'CANNOT_DELETE', entityType: 'linode' });
    expect(lock.entity.locks).toEqual(['CANNOT_DELETE']);
    const again = await stack.gql(
      `mutation($id: ID!) { createLock(input: { entityType: LINODE, entityId: $id, lockType: CANNOT_DELETE }) {
        lock { id } userErrors { field message } } }`,
      { variables: { id: lock.entity.id } },
    );
    expect(again.data.createLock).toEqual({ lock: null, userErrors: [{ field: ['input', 'lockType'], message: expect.any(String) }] });
  });
});
