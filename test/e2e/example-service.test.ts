// The README's backend-service example (examples/service.ts: graphql-request + generated typed
// documents) against the gateway and the emulator, checked against the emulator's own data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOKEN, startEmulator, type Emulator } from 'linode-emulator';
import { createGateway, type Gateway } from '../../src/gateway.js';
import { allInstances, gatewayClient, regionReport } from '../../examples/service.js';

let emulator: Emulator;
let gateway: Gateway;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, instances: 60 });
  gateway = createGateway({ linodeApiUrl: emulator.url });
});
afterAll(async () => {
  await gateway.close();
  await emulator.close();
});

/** The gateway's yoga.fetch as the client's fetch (no port). */
const fetchFromGateway = async (url: RequestInfo | URL, init?: RequestInit) =>
  url instanceof Request ? gateway.yoga.fetch(url) : gateway.yoga.fetch(url.toString(), init ?? {});
const client = () => gatewayClient('http://gateway.test/graphql', DEMO_TOKEN, fetchFromGateway);

describe('example backend service', () => {
  it('pages through every instance with cursors', async () => {
    const instances = await allInstances(client(), 25);
    expect(instances).toHaveLength(60);
    expect(new Set(instances.map((i) => i.id)).size).toBe(60);
    const labels = instances.map((i) => i.label ?? '');
    expect(labels).toEqual([...labels].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('reports instances and attached volumes per region, matching the Linode data', async () => {
    const report = await regionReport(client(), 25);

    const { instances, volumes, regions } = emulator.store;
    const expected = new Map<string, { instances: number; running: number; volumes: number; volumeGb: number; labels: string[] }>();
    for (const instance of instances) {
      const row = expected.get(instance.region) ?? { instances: 0, running: 0, volumes: 0, volumeGb: 0, labels: [] };
      const attached = volumes.filter((v) => v.linode_id === instance.id);
      row.instances += 1;
      row.running += instance.status === 'running' ? 1 : 0;
      row.volumes += attached.length;
      row.volumeGb += attached.reduce((sum, v) => sum + Number(v.size), 0);
      row.labels.push(instance.label);
      expected.set(instance.region, row);
    }

    expect(report.map((r) => r.region).sort()).toEqual([...expected.keys()].sort());
    for (const row of report) {
      const want = expected.get(row.region)!;
      expect(row).toMatchObject({ instances: want.instances, running: want.running, volumes: want.volumes, volumeGb: want.volumeGb });
      expect(row.instanceLabels).toEqual([...want.labels].sort());
      expect(row.label).toBe(regions.find((r) => r.id === row.region)?.label);
    }
    expect(report.reduce((n, r) => n + r.volumes, 0)).toBeGreaterThan(0);
    // Most instances first.
    expect(report.map((r) => r.instances)).toEqual(report.map((r) => r.instances).sort((a, b) => b - a));
  });
});
