// Transitional statuses (provisioning, booting, rebooting, shutting_down...) end by themselves, by
// the emulator clock; their events go from started to finished. Events list the last 90 days.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../src/index.js';
import { seedStore } from '../src/data/seed.js';
import { parseTime } from '../src/time.js';
import { TRANSITION_MS } from '../src/transitions.js';
import { call, manualClock, type LooseJson } from './helpers.js';

const DAY = 86_400_000;
const LONGEST = Math.max(...Object.values(TRANSITION_MS));
const clock = manualClock(Date.UTC(2026, 2, 1, 8, 0, 0));
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, instances: 120, now: clock.now, rateLimits: false });
});
afterAll(() => emulator.close());

const post = (path: string, body?: unknown) => call(emulator, path, { method: 'POST', body });
const get = async (path: string) => (await call(emulator, path)).body;
const eventOf = (id: number) => emulator.store.events.find((e) => e.id === id) as LooseJson;
const latest = (entityId: number, action: string) =>
  emulator.store.events.filter((e) => e.entity.id === entityId && e.action === action).at(-1) as LooseJson;

describe('seeded instances in transitional statuses', () => {
  let inFlight: LooseJson[];

  it('exist, each with a started event of the matching action', () => {
    inFlight = emulator.store.instances.filter((i) => i.status in TRANSITION_MS).map((i) => ({ ...i }));
    expect(inFlight.length).toBeGreaterThan(2);
    const actions: Record<string, string> = {
      booting: 'linode_boot',
      rebooting: 'linode_reboot',
      shutting_down: 'linode_shutdown',
      provisioning: 'linode_create',
      migrating: 'linode_migrate',
      rebuilding: 'linode_rebuild',
    };
    for (const i of inFlight) expect(latest(i.id, actions[i.status]).status).toBe('started');
  });

  it('refuse power actions while busy, then settle and accept them', async () => {
    const busy = inFlight[0];
    expect((await post(`/linode/instances/${busy.id}/reboot`)).body).toEqual({ errors: [{ reason: 'Linode busy.' }] });
    clock.advance(LONGEST);
    const settled = await Promise.all(inFlight.map(async (i) => [i.status, (await get(`/linode/instances/${i.id}`)).status]));
    for (const [before, after] of settled) {
      expect(after).toEqual(
        before === 'shutting_down' ? 'offline' : before === 'provisioning' ? expect.stringMatching(/^(running|offline)$/) : 'running',
      );
    }
    expect(emulator.store.events.filter((e) => e.status === 'started')).toEqual([]);
    expect((await post(`/linode/instances/${busy.id}/reboot`)).status).toBe(200);
  });
});

describe('power actions', () => {
  const offline = () =>
    emulator.store.instances.find((i) => i.status === 'offline' && emulator.store.configsByInstance[i.id].length) as LooseJson;

  it('boot: booting at once, running after the boot delay; its event started, then finished', async () => {
    const instance = offline();
    expect((await post(`/linode/instances/${instance.id}/boot`)).status).toBe(200);
    expect((await get(`/linode/instances/${instance.id}`)).status).toBe('booting');
    const event = latest(instance.id, 'linode_boot');
    expect(event).toMatchObject({ status: 'started', percent_complete: 0 });
    expect((await post(`/linode/instances/${instance.id}/shutdown`)).status).toBe(400);

    clock.advance(TRANSITION_MS.booting - 1);
    expect((await get(`/linode/instances/${instance.id}`)).status).toBe('booting');
    clock.advance(1);
    expect((await get(`/linode/instances/${instance.id}`)).status).toBe('running');
    expect(await get(`/account/events/${event.id}`)).toMatchObject({
      status: 'finished',
      percent_complete: 100,
      duration: TRANSITION_MS.booting / 1000,
    });
  });

  it('shutdown: shutting_down, then offline', async () => {
    const instance = emulator.store.instances.find((i) => i.status === 'running') as LooseJson;
    await post(`/linode/instances/${instance.id}/shutdown`);
    expect((await get(`/linode/instances/${instance.id}`)).status).toBe('shutting_down');
    const event = latest(instance.id, 'linode_shutdown');
    expect(event.status).toBe('started');
    clock.advance(TRANSITION_MS.shutting_down);
    expect((await get(`/linode/instances/${instance.id}`)).status).toBe('offline');
    expect(eventOf(event.id).status).toBe('finished');
  });

  it('reboot: rebooting, then running', async () => {
    const instance = emulator.store.instances.find((i) => i.status === 'running') as LooseJson;
    await post(`/linode/instances/${instance.id}/reboot`);
    expect((await get(`/linode/instances/${instance.id}`)).status).toBe('rebooting');
    clock.advance(TRANSITION_MS.rebooting);
    expect((await get(`/linode/instances/${instance.id}`)).status).toBe('running');
    expect(latest(instance.id, 'linode_reboot').status).toBe('finished');
  });

  it('create: the linode_create event is started while provisioning and finished after', async () => {
    const reply = await post('/linode/instances', {
      region: 'us-east',
      type: 'g6-nanode-1',
      image: 'linode/debian12',
      root_pass: 'aComplexP@ssw0rd!',
      booted: false,
    });
    expect(latest(reply.body.id, 'linode_create').status).toBe('started');
    clock.advance(TRANSITION_MS.provisioning);
    expect((await get(`/linode/instances/${reply.body.id}`)).status).toBe('offline');
    expect(latest(reply.body.id, 'linode_create').status).toBe('finished');
  });
});

describe('GET /account/events: the last 90 days', () => {
  it('lists only events of the last 90 days, and some there are', async () => {
    const since = clock.now() - 90 * DAY;
    const { data, results } = await call(emulator, '/account/events', { query: { page_size: 500 } }).then((r) => r.body);
    expect(results).toBeGreaterThan(10);
    expect(data.every((e: LooseJson) => parseTime(e.created) >= since)).toBe(true);
    const expected = emulator.store.events.filter((e) => parseTime(e.created) >= since).map((e) => e.id);
    expect(data.map((e: LooseJson) => e.id)).toEqual(expected);
    expect(expected.length).toBeLessThan(emulator.store.events.length);
    // Instances and volumes, and the newer products the spec's entity types lack.
    expect(new Set(data.map((e: LooseJson) => e.entity.type))).toEqual(new Set(['linode', 'volume', 'database', 'placement_group']));
  });

  it('an event drops out of the list once older than 90 days', async () => {
    const listed = async () =>
      (await call(emulator, '/account/events', { query: { page_size: 500 } })).body.data.map((e: LooseJson) => e.id);
    const before = await listed();
    const oldest = emulator.store.events.find((e) => e.id === before[0]) as LooseJson;
    clock.set(parseTime(oldest.created) + 90 * DAY + 1000);
    expect(await listed()).not.toContain(oldest.id);
  });

  it('the default clock lists events too', async () => {
    const live = await startEmulator({ port: 0, instances: 20, rateLimits: false });
    try {
      expect((await call(live, '/account/events')).body.results).toBeGreaterThan(0);
    } finally {
      await live.close();
    }
  });

  it('seeded events are placed relative to the clock: same seed, same data relative to now', () => {
    const a = seedStore(5, 40, Date.UTC(2026, 0, 1));
    const b = seedStore(5, 40, Date.UTC(2026, 0, 1) + 7 * DAY);
    expect(JSON.stringify(a.store.instances)).toBe(JSON.stringify(b.store.instances));
    expect(a.store.events.map((e) => [e.id, e.action])).toEqual(b.store.events.map((e) => [e.id, e.action]));
    const recent = a.store.events.filter((e) => parseTime(e.created) >= Date.UTC(2026, 0, 1) - 90 * DAY);
    expect(recent.length).toBeGreaterThan(0);
    for (const e of recent)
      expect(parseTime(b.store.events.find((x) => x.id === e.id)?.created ?? '') - parseTime(e.created)).toBe(7 * DAY);
    expect(a.pending.map((p) => p.at + 7 * DAY)).toEqual(b.pending.map((p) => p.at));
  });
});
