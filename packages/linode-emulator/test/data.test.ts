// Seed data: deterministic, complete per the facts, and internally consistent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { facts, operationFact, schemaFact } from 'linode-facts/spec';
import { startEmulator, type Emulator } from '../src/index.js';
import { seedStore } from '../src/data/seed.js';
import { FieldErrors } from '../src/errors.js';
import { checkLinodeLabel, checkTags, checkVolumeLabel } from '../src/handlers/validate.js';
import { answerName } from '../src/quirks/index.js';
import { call, exactErrors, shapeErrors, type LooseJson } from './helpers.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
afterAll(() => emulator.close());

const childLists = (record: Record<number, LooseJson[]>) => Object.values(record).flat();

describe('determinism', () => {
  it('the same seed gives identical data, another seed different data', () => {
    const a = seedStore(7, 40).store;
    const b = seedStore(7, 40).store;
    const c = seedStore(8, 40).store;
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a.instances)).not.toBe(JSON.stringify(c.instances));
  });

  it('honours the instance count and defaults to 120', () => {
    expect(seedStore(1, 5).store.instances).toHaveLength(5);
    expect(emulator.store.instances).toHaveLength(120);
  });
});

describe('every object has every field of its facts schema with the right JSON type', () => {
  const { store } = seedStore(3, 120);
  const cases: Array<[string, LooseJson[], Parameters<typeof shapeErrors>[1]]> = [
    ['Region', store.regions, schemaFact('Region')],
    ['LinodeType', store.types, schemaFact('LinodeType')],
    ['Kernel', store.kernels, schemaFact('Kernel')],
    ['Image', store.images, schemaFact('Image')],
    ['Linode', store.instances, schemaFact('Linode')],
    ['Disk', childLists(store.disksByInstance), schemaFact('Disk')],
    ['LinodeConfig', childLists(store.configsByInstance), schemaFact('LinodeConfig')],
    ['Volume', store.volumes, schemaFact('Volume')],
    ['Event', store.events, schemaFact('Event')],
    ['Backups', Object.values(store.backupsByInstance), operationFact('GET', '/linode/instances/{linodeId}/backups').response ?? {}],
    ['LinodeIPs', Object.values(store.ipsByInstance), operationFact('GET', '/linode/instances/{linodeId}/ips').response ?? {}],
  ];
  it.each(cases)('%s', (schema, items, fact) => {
    expect(items.length).toBeGreaterThan(0);
    expect(items.flatMap((item) => shapeErrors(item, fact, schema))).toEqual([]);
  });

  it('singletons such as /account and /profile', () => {
    const singletons = facts.operations.filter(
      (o) => o.method === 'GET' && !o.paginated && !o.pathParams.length && o.response?.type === 'object',
    );
    expect(singletons.length).toBeGreaterThan(5);
    for (const op of singletons)
      expect(shapeErrors(store.singletons[op.path], op.response ?? {}, answerName(op.path) ?? op.path), op.path).toEqual([]);
  });

  it('nullable fields are sometimes null and sometimes not', () => {
    expect(store.instances.some((i) => i.image === null)).toBe(true);
    expect(store.instances.some((i) => i.image !== null)).toBe(true);
    expect(store.volumes.some((v) => v.linode_id === null)).toBe(true);
    expect(store.volumes.some((v) => v.linode_id !== null)).toBe(true);
  });

  it('what the API serves is what the store holds', async () => {
    const instance = emulator.store.instances[5];
    expect((await call(emulator, `/linode/instances/${instance.id}`)).body).toEqual(instance);
    const backups = await call(emulator, `/linode/instances/${instance.id}/backups`);
    expect(backups.body).toEqual(emulator.store.backupsByInstance[instance.id]);
  });
});

describe('realistic, consistent data', () => {
  const { store } = seedStore(1, 120);

  it('catalog sizes and classes', () => {
    expect(store.regions.length).toBeGreaterThanOrEqual(25);
    expect(new Set(store.types.map((t) => t.class))).toEqual(new Set(['nanode', 'standard', 'dedicated', 'highmem', 'gpu', 'premium']));
    expect(store.types.length).toBeGreaterThanOrEqual(30);
    expect(store.kernels.length).toBeGreaterThanOrEqual(40);
    expect(new Set(store.kernels.map((k) => k.architecture))).toEqual(new Set(['x86_64', 'i386']));
    for (const id of ['linode/grub2', 'linode/latest-64bit', 'linode/direct-disk']) expect(store.kernels.map((k) => k.id)).toContain(id);
    expect(store.images.filter((i) => i.is_public).map((i) => i.id)).toEqual(
      expect.arrayContaining(['linode/debian12', 'linode/ubuntu24.04']),
    );
    expect(store.images.some((i) => /^private\/\d+$/.test(i.id) && !i.is_public)).toBe(true);
    expect(store.regions.map((r) => r.id)).toEqual(expect.arrayContaining(['us-east', 'us-central', 'eu-west', 'ap-south']));
  });

  it('types have consistent specs and prices', () => {
    for (const t of store.types) {
      expect(t.price.hourly).toBeCloseTo(t.price.monthly * 0.0015, 4);
      expect(t.gpus > 0).toBe(t.class === 'gpu');
      expect(t.addons.backups.price.monthly).toBeGreaterThan(0);
    }
  });

  it('instance ids increase, with gaps, far from 1; labels are unique', () => {
    const ids = store.instances.map((i) => i.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(ids[0]).toBeGreaterThan(1000);
    expect(ids.some((id, i) => i > 0 && id - ids[i - 1] > 1)).toBe(true);
    expect(new Set(store.instances.map((i) => i.label)).size).toBe(ids.length);
    expect(store.instances.some((i) => i.label.includes('web'))).toBe(true);
    expect(store.instances.some((i) => i.tags.includes('prod'))).toBe(true);
    expect(store.instances.some((i) => i.tags.includes('staging'))).toBe(true);
  });

  it('references point at things that exist', () => {
    const ids = (items: LooseJson[]) => new Set(items.map((i) => i.id));
    const regions = ids(store.regions);
    const types = ids(store.types);
    const images = ids(store.images);
    const kernels = ids(store.kernels);
    for (const i of store.instances) {
      expect(regions.has(i.region)).toBe(true);
      expect(types.has(i.type)).toBe(true);
      if (i.image !== null) expect(images.has(i.image)).toBe(true);
      const type = store.types.find((t) => t.id === i.type) as LooseJson;
      expect(i.specs).toEqual({
        disk: type.disk,
        memory: type.memory,
        vcpus: type.vcpus,
        gpus: type.gpus,
        transfer: type.transfer,
        accelerated_devices: 0,
      });
      const disks = store.disksByInstance[i.id];
      expect(disks.length).toBeGreaterThanOrEqual(1);
      expect(disks.length).toBeLessThanOrEqual(3);
      expect(disks.reduce((sum, d) => sum + d.size, 0)).toBeLessThanOrEqual(i.specs.disk);
      const configs = store.configsByInstance[i.id];
      expect(configs.length).toBeGreaterThanOrEqual(1);
      expect(configs.length).toBeLessThanOrEqual(2);
      const diskIds = ids(disks);
      const volumeIds = ids(store.volumes.filter((v) => v.linode_id === i.id));
      for (const c of configs) {
        expect(kernels.has(c.kernel)).toBe(true);
        for (const device of Object.values(c.devices) as LooseJson[]) {
          if (!device) continue;
          if (device.disk_id !== null) expect(diskIds.has(device.disk_id)).toBe(true);
          else expect(volumeIds.has(device.volume_id)).toBe(true);
        }
      }
      const ips = store.ipsByInstance[i.id];
      const served = [...ips.ipv4.public, ...ips.ipv4.private].map((a: LooseJson) => a.address);
      expect(served.sort()).toEqual([...i.ipv4].sort());
    }
    for (const v of store.volumes) {
      if (v.linode_id === null) continue;
      const owner = store.instances.find((i) => i.id === v.linode_id) as LooseJson;
      expect(owner.label).toBe(v.linode_label);
      expect(owner.region).toBe(v.region);
    }
  });

  it("seeded labels and tags pass the emulator's own write validation", () => {
    const errors = new FieldErrors();
    for (const i of store.instances) checkLinodeLabel(errors, i.label, false);
    for (const v of store.volumes) checkVolumeLabel(errors, v.label, false);
    for (const item of [...store.instances, ...store.volumes]) checkTags(errors, item);
    expect(errors.items).toEqual([]);
    expect(new Set(store.volumes.map((v) => v.label)).size).toBe(store.volumes.length);
  });

  it('instances with backups have some; the others none', () => {
    for (const i of store.instances) {
      const backups = store.backupsByInstance[i.id];
      if (!i.backups.enabled) expect(backups.automatic).toEqual([]);
      for (const b of backups.automatic) expect(b.type).toBe('auto');
    }
    expect(store.instances.some((i) => store.backupsByInstance[i.id].automatic.length > 0)).toBe(true);
  });

  it('events reference existing entities and ids follow time', () => {
    const created = store.events.map((e) => e.created);
    expect(created).toEqual([...created].sort());
    const ids = store.events.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(ids.length);
    const databases = [...store.collections['/databases/mysql/instances'], ...store.collections['/databases/postgresql/instances']];
    const groups = store.instances.map((i) => i.placement_group).filter(Boolean);
    const pools: Record<string, LooseJson[]> = {
      linode: store.instances,
      volume: store.volumes,
      database: databases,
      placement_group: groups,
    };
    for (const e of store.events)
      expect(
        pools[e.entity.type].some((x) => x.id === e.entity.id),
        `${e.action} ${e.entity.type} ${e.entity.id}`,
      ).toBe(true);
  });
});

describe('the shape checker itself', () => {
  it('reports absent keys, wrong types, values outside enums, big integers and nulls the quirks table does not declare', () => {
    const fact = schemaFact('Disk');
    const disk = { ...Object.values(seedStore(1, 1).store.disksByInstance)[0][0] };
    expect(shapeErrors(disk, fact, 'Disk')).toEqual([]);
    const { label: _label, ...missing } = disk;
    expect(shapeErrors(missing, fact, 'Disk')).toEqual(['label: absent']);
    expect(shapeErrors({ ...disk, size: '10' }, fact, 'Disk')).toEqual(['size: type "string"']);
    expect(shapeErrors({ ...disk, status: 'broken' }, fact, 'Disk')).toEqual(['status: enum "broken"']);
    expect(shapeErrors({ ...disk, size: 2 ** 32 }, fact, 'Disk')).toEqual(['size: int53 4294967296']);
    expect(shapeErrors({ ...disk, label: null }, fact, 'Disk')).toEqual(['label: null']);
    expect(shapeErrors({ ...disk, created: '2018-01-01T00:01:01Z' }, fact, 'Disk')).toEqual(['created: format "2018-01-01T00:01:01Z"']);
  });

  it('lets through what the table declares, and only with the values it declares', () => {
    const event = Object.values(seedStore(1, 1).store.events)[0];
    const fact = schemaFact('Event');
    expect(shapeErrors({ ...event, duration: null, percent_complete: null, action: 'database_create' }, fact, 'Event')).toEqual([]);
    expect(shapeErrors({ ...event, action: 'database_explode' }, fact, 'Event')).toEqual(['action: enum "database_explode"']);
    expect(exactErrors({ ...event, details: {} }, 'Event')).toEqual([]);
    expect(exactErrors({ ...event, details: 'text', surprise: 1 }, 'Event')).toEqual(['details: new-key "text"', 'surprise: new-key 1']);
  });
});
