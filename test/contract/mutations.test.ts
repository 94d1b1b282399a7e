// test/contract/documents/mutations.graphql (the team's contract, copied unchanged), against gateway + emulator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractOperations, runContract } from '../support/contract.js';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());

const documented = Object.fromEntries(contractOperations('mutations.graphql').map((o) => [o.name, o.variables]));

describe('contract: mutations.graphql', () => {
  it('creates, renames, boots and deletes an instance with the documented inputs', async () => {
    const created = await runContract(stack.gateway, 'mutations.graphql', 'CreateInstance', documented.CreateInstance);
    expect(created.errors).toBeUndefined();
    expect(created.data.createInstance.userErrors).toEqual([]);
    const instance = created.data.createInstance.instance;
    expect(instance).toMatchObject({ label: 'web-1', status: 'PROVISIONING', region: { id: 'us-east' } });
    const post = stack.emulator.log.find((e) => e.method === 'POST' && e.path === '/v4/linode/instances');
    expect(post?.status).toBe(200);

    const updated = await runContract(stack.gateway, 'mutations.graphql', 'UpdateInstance', {
      ...documented.UpdateInstance,
      id: instance.id,
    });
    expect(updated.data.updateInstance).toEqual({ instance: { id: instance.id, label: 'renamed' }, userErrors: [] });

    stack.emulator.clearLog();
    const booted = await runContract(stack.gateway, 'mutations.graphql', 'Boot', { id: instance.id });
    expect(booted.errors).toBeUndefined();
    expect(stack.emulator.log.map((e) => `${e.method} ${e.path}`)).toEqual([`POST /v4/linode/instances/${instance.id}/boot`]);

    const deleted = await runContract(stack.gateway, 'mutations.graphql', 'Delete', { id: instance.id });
    expect(deleted.data.deleteInstance.userErrors).toEqual([]);
    expect(stack.emulator.store.instances.some((i: any) => String(i.id) === instance.id)).toBe(false);
  });

  it('Linode field errors become userErrors with the GraphQL input path', async () => {
    const input = documented.CreateInstance.input as Record<string, unknown>;
    const { data, errors } = await runContract(stack.gateway, 'mutations.graphql', 'CreateInstance', {
      input: { ...input, label: 'x', rootPass: 'short' },
    });
    expect(errors).toBeUndefined();
    expect(data.createInstance.instance).toBeNull();
    const fields = data.createInstance.userErrors.map((e: any) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        ['input', 'label'],
        ['input', 'rootPass'],
      ]),
    );
  });

  it('a missing instance is a NOT_FOUND error, not a user error', async () => {
    const { errors } = await runContract(stack.gateway, 'mutations.graphql', 'UpdateInstance', {
      id: 999999999,
      input: { label: 'renamed' },
    });
    expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
