// What the emulator's events name: only the entity types of data/entity-types.ts (each with an
// example in the seed), and the secondary entities Linode records (linodego's recorded events:
// the disk of disk_create, the config of linode_config_create, the image of linode_create and
// disk_imagize; Cloud Manager's messages: a subnet's VPC).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_ENTITY_EXAMPLES, EVENT_ENTITY_TYPES, startEmulator, type Emulator } from '../src/index.js';
import { call, type LooseJson } from './helpers.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimits: false });
});
afterAll(() => emulator.close());

const post = async (path: string, body: unknown): Promise<LooseJson> => {
  const reply = await call(emulator, path, { method: 'POST', body });
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return reply.body;
};
const last = (action: string): LooseJson => [...emulator.store.events].reverse().find((e) => e.action === action);
const named = new Set<string>(EVENT_ENTITY_TYPES);

describe('event entities', () => {
  it('every entity type has an example in the seeded account', () => {
    for (const type of EVENT_ENTITY_TYPES) expect(EVENT_ENTITY_EXAMPLES[type](emulator.store), type).toMatchObject({ type });
  });

  it('writes record their secondary entities as Linode does', async () => {
    const vpc = await post('/vpcs', { label: 'events-vpc', region: 'us-east', subnets: [{ label: 'one', ipv4: '10.9.0.0/24' }] });
    expect(last('vpc_create').entity).toEqual({ id: vpc.id, type: 'vpc', label: 'events-vpc', url: `/v4/vpcs/${vpc.id}` });
    const subnet = await post(`/vpcs/${vpc.id}/subnets`, { label: 'two', ipv4: '10.9.1.0/24' });
    expect(last('subnet_create')).toMatchObject({
      entity: { id: subnet.id, type: 'subnet', label: 'two', url: `/v4/vpcs/${vpc.id}/subnets/${subnet.id}` },
      secondary_entity: { id: vpc.id, type: 'vpc', url: `/v4/vpcs/${vpc.id}` },
    });

    const linode = await post('/linode/instances', {
      region: 'us-east',
      type: 'g6-standard-2',
      image: 'linode/debian12',
      root_pass: 'aComplexP@ssw0rd!',
      label: 'events-linode',
    });
    expect(last('linode_create').secondary_entity).toMatchObject({
      id: 'linode/debian12',
      type: 'image',
      url: '/v4/images/linode/debian12',
    });
    const [, swap] = emulator.store.disksByInstance[linode.id];
    expect((await call(emulator, `/linode/instances/${linode.id}/disks/${swap.id}`, { method: 'DELETE' })).status).toBe(200);
    expect(last('disk_delete').secondary_entity).toMatchObject({ id: swap.id, type: 'disk' });
    const disk = await post(`/linode/instances/${linode.id}/disks`, { label: 'extra', size: 100, filesystem: 'ext4' });
    expect(last('disk_create').secondary_entity).toEqual({
      id: disk.id,
      type: 'disk',
      label: 'extra',
      url: `/v4/linode/instances/${linode.id}/disks/${disk.id}`,
    });
    const config = await post(`/linode/instances/${linode.id}/configs`, { label: 'second', devices: {} });
    expect(last('linode_config_create').secondary_entity).toMatchObject({ id: config.id, type: 'linode_config' });
    const ready = Object.values(emulator.store.disksByInstance)
      .flat()
      .find((d) => d.status === 'ready')!;
    const image = await post('/images', { disk_id: ready.id, label: 'events-image' });
    const number = Number(String(image.id).split('/')[1]);
    expect(last('disk_imagize').secondary_entity).toEqual({
      id: number,
      type: 'image',
      label: 'events-image',
      url: `/v4/images/${image.id}`,
    });
  });

  it('events name only the listed entity types', () => {
    for (const event of emulator.store.events) {
      expect(named.has(event.entity.type), `${event.action}: ${event.entity.type}`).toBe(true);
      const secondary: unknown = event.secondary_entity?.type;
      if (secondary !== undefined) expect(typeof secondary === 'string' && named.has(secondary), `${event.action}`).toBe(true);
    }
  });
});
