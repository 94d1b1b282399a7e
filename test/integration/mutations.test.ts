// Mutations beyond the contract: several in one request keep each other's results, and the
// payloads of deletes and detaches say what happened.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());

describe('mutations', () => {
  it('one failing mutation leaves the others of the request in the data', async () => {
    const target = stack.emulator.store.instances[0];
    const { data, errors } = await stack.gql(
      `mutation($id: ID!) {
        renamed: updateInstance(id: $id, input: { label: "renamed-in-batch" }) { instance { id label } userErrors { message } }
        missing: deleteInstance(id: 999999999) { deletedId userErrors { message } }
      }`,
      { variables: { id: target.id } },
    );
    expect(data.renamed).toEqual({ instance: { id: String(target.id), label: 'renamed-in-batch' }, userErrors: [] });
    expect(data.missing).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors?.[0]).toMatchObject({ path: ['missing'], extensions: { code: 'NOT_FOUND' } });
  });

  it('a delete answers with the deleted id', async () => {
    const volume: any = stack.emulator.store.volumes.find((v: any) => v.linode_id === null && v.status === 'active');
    const { data, errors } = await stack.gql('mutation($id: ID!) { deleteVolume(id: $id) { deletedId userErrors { message } } }', {
      variables: { id: volume.id },
    });
    expect(errors).toBeUndefined();
    expect(data.deleteVolume).toEqual({ deletedId: String(volume.id), userErrors: [] });
    expect(stack.emulator.store.volumes.some((v: any) => v.id === volume.id)).toBe(false);
  });

  it('a detach answers with the volume as Linode has it afterwards', async () => {
    const volume: any = stack.emulator.store.volumes.find((v: any) => v.linode_id !== null && v.status === 'active');
    stack.emulator.clearLog();
    const { data, errors } = await stack.gql(
      'mutation($id: ID!) { detachVolume(id: $id) { volume { id linodeId instance { id } } userErrors { message } } }',
      { variables: { id: volume.id } },
    );
    expect(errors).toBeUndefined();
    expect(data.detachVolume).toEqual({ volume: { id: String(volume.id), linodeId: null, instance: null }, userErrors: [] });
    // The write, then one read of the volume (not served from before the write).
    expect(stack.emulator.log.map((e) => `${e.method} ${e.path.replace(/\/\d+(?=\/|$)/, '/{id}')}`)).toEqual([
      'POST /v4/volumes/{id}/detach',
      'GET /v4/volumes/{id}',
    ]);
  });

  it('an object changed by one mutation is not served stale to the next in the same request', async () => {
    const target: any = stack.emulator.store.instances.find((i: any) => i.status === 'offline');
    const { data, errors } = await stack.gql(
      `mutation($id: ID!) {
        renamed: updateInstance(id: $id, input: { label: "renamed-then-booted" }) { instance { label status } }
        booted: bootInstance(id: $id) { instance { label status } }
      }`,
      { variables: { id: target.id } },
    );
    expect(errors).toBeUndefined();
    expect(data.renamed.instance).toEqual({ label: 'renamed-then-booted', status: 'OFFLINE' });
    expect(data.booted.instance).toEqual({ label: 'renamed-then-booted', status: 'BOOTING' });
  });
});
