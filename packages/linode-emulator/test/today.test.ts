// Today's operations (src/today/): routed beside the spec's, with their scopes, and answering as
// the real API does where that is known.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../src/index.js';
import { call, type LooseJson } from './helpers.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimits: false });
});
afterAll(() => emulator.close());

const today = (path: string): LooseJson[] => emulator.store.today[path];

describe("today's operations", () => {
  it('route literal segments before ids: share-group tokens are not an image, interface settings not an interface', async () => {
    const tokens = await call(emulator, '/images/sharegroups/tokens');
    expect(tokens.status).toBe(200);
    expect(tokens.body.data[0]).toHaveProperty('token_uuid');
    const linode = emulator.store.instances.find((i) => i.interface_generation === 'linode')!;
    const settings = await call(emulator, `/linode/instances/${linode.id}/interfaces/settings`);
    expect(settings.body).toHaveProperty('network_helper');
    expect((await call(emulator, '/images/sharegroups/x')).status).toBe(404);
  });

  it('answer with their scopes, and refuse a token without them', async () => {
    const reply = await call(emulator, '/placement/groups');
    expect(reply.headers.get('x-accepted-oauth-scopes')).toBe('linodes:read_only');
    expect((await call(emulator, '/monitor/services', { token: 'demo-token-volumes-only' })).status).toBe(403);
  });

  it("list a Linode's interfaces without a page envelope; a legacy Linode's are none", async () => {
    const linode = emulator.store.instances.find((i) => i.interface_generation === 'linode')!;
    const legacy = emulator.store.instances.find((i) => i.interface_generation === 'legacy_config')!;
    expect((await call(emulator, `/linode/instances/${linode.id}/interfaces`)).body).toEqual({
      interfaces: today(`/linode/instances/${linode.id}/interfaces`),
    });
    expect((await call(emulator, `/linode/instances/${legacy.id}/interfaces`)).body).toEqual({ interfaces: [] });
  });

  it('keep placement groups and their members in step, both ways', () => {
    for (const group of today('/placement/groups'))
      for (const member of group.members)
        expect((emulator.store.instances.find((i) => i.id === member.linode_id)?.placement_group as LooseJson)?.id).toBe(group.id);
    const placed = emulator.store.instances.filter((i) => i.placement_group);
    expect(placed.length).toBeGreaterThanOrEqual(2);
  });

  it('filter placement groups on the fields Linode filters, and refuse others', async () => {
    const [group] = today('/placement/groups');
    const reply = await call(emulator, '/placement/groups', { filter: { label: group.label } });
    expect(reply.body.data.map((g: LooseJson) => g.id)).toEqual([group.id]);
    expect((await call(emulator, '/placement/groups', { filter: { region: group.region } })).status).toBe(400);
  });

  it('do not serve the monitor metrics, which another host serves (monitor-api.linode.com)', async () => {
    const reply = await call(emulator, '/monitor/services/linode/metrics', { method: 'POST', body: { entity_ids: [1], metrics: [] } });
    expect(reply.status).toBe(404);
  });

  it('record the placement group writes as events, as Linode does', async () => {
    const region = today('/placement/groups').find((g) => g.placement_group_policy === 'flexible').region;
    const made = await call(emulator, '/placement/groups', {
      method: 'POST',
      body: { label: 'pg-test', region, placement_group_type: 'anti_affinity:local', placement_group_policy: 'strict' },
    });
    expect(made.status).toBe(200);
    expect(emulator.store.events.at(-1)).toMatchObject({
      action: 'placement_group_create',
      entity: { id: made.body.id, type: 'placement_group' },
    });
    expect((await call(emulator, `/placement/groups/${made.body.id}`, { method: 'DELETE' })).body).toEqual({});
  });

  it("refuse deleting a locked Linode's interfaces with a 400 naming the lock (techdocs: Delete a Linode interface)", async () => {
    const linode = emulator.store.instances.find(
      (i) => i.interface_generation === 'linode' && today(`/linode/instances/${i.id}/interfaces`)?.length,
    )!;
    const lock = await call(emulator, '/locks', {
      method: 'POST',
      body: { entity_type: 'linode', entity_id: linode.id, lock_type: 'cannot_delete_with_subresources' },
    });
    const [iface] = today(`/linode/instances/${linode.id}/interfaces`);
    const reply = await call(emulator, `/linode/instances/${linode.id}/interfaces/${iface.id}`, { method: 'DELETE' });
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual([
      { reason: expect.stringContaining(`cannot_delete_with_subresources lock (Lock ID: ${lock.body.id})`) },
    ]);
    expect((await call(emulator, `/linode/instances/${linode.id}`, { method: 'DELETE' })).status).toBe(400);
    expect((await call(emulator, `/locks/${lock.body.id}`, { method: 'DELETE' })).status).toBe(200);
    // Unlocked, the interface of the running Linode is still active: Linode wants it shut down first.
    const running = await call(emulator, `/linode/instances/${linode.id}/interfaces/${iface.id}`, { method: 'DELETE' });
    expect(running.status).toBe(400);
    expect(running.body.errors).toEqual([{ reason: 'Linode must be shut down to delete an interface' }]);
    linode.status = 'offline';
    expect((await call(emulator, `/linode/instances/${linode.id}/interfaces/${iface.id}`, { method: 'DELETE' })).status).toBe(200);
  });
});
