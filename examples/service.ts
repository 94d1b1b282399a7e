// A backend service using the gateway: instances per region, with their volumes.
//
// It calls the gateway with graphql-request and the typed documents that `npm run codegen`
// generates from examples/documents/*.graphql: variables and results are checked by TypeScript
// against the gateway's schema, so a schema change that breaks this service fails `npm run
// typecheck` instead of production.
//
//   GATEWAY_URL=http://localhost:4000/graphql LINODE_TOKEN=... npm run example:service
import { pathToFileURL } from 'node:url';
import { GraphQLClient } from 'graphql-request';
import { InstancesWithVolumesDocument, RegionsDocument, type InstancesWithVolumesQuery } from './generated/graphql.js';

type Instance = NonNullable<InstancesWithVolumesQuery['instances']>['nodes'][number];

export interface RegionReport {
  region: string;
  label: string;
  country: string;
  instances: number;
  running: number;
  volumes: number;
  /** Total size of the attached volumes, GB. */
  volumeGb: number;
  /** Labels of the region's instances, sorted. */
  instanceLabels: string[];
}

/** Every instance, a page at a time (the gateway pages onto Linode's pages). */
export async function allInstances(client: GraphQLClient, pageSize = 100): Promise<Instance[]> {
  const instances: Instance[] = [];
  let after: string | null = null;
  for (;;) {
    const { instances: page }: InstancesWithVolumesQuery = await client.request(InstancesWithVolumesDocument, { first: pageSize, after });
    // Fields are nullable so that one failure gives partial data; graphql-request throws on errors.
    if (!page) throw new Error('The gateway returned no instances page');
    instances.push(...page.nodes);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return instances;
    after = page.pageInfo.endCursor;
  }
}

/** One row per region that has instances, most instances first. */
export async function regionReport(client: GraphQLClient, pageSize = 100): Promise<RegionReport[]> {
  const [instances, { regions }] = await Promise.all([allInstances(client, pageSize), client.request(RegionsDocument)]);
  const regionById = new Map((regions?.nodes ?? []).map((r) => [r.id, r]));
  const rows = new Map<string, RegionReport>();
  for (const instance of instances) {
    const id = instance.region?.id ?? 'unknown';
    const region = regionById.get(id);
    let row = rows.get(id);
    if (!row) {
      row = {
        region: id,
        label: region?.label ?? id,
        country: region?.country ?? '',
        instances: 0,
        running: 0,
        volumes: 0,
        volumeGb: 0,
        instanceLabels: [],
      };
      rows.set(id, row);
    }
    row.instances += 1;
    if (instance.status === 'RUNNING') row.running += 1;
    const volumes = instance.volumes?.nodes ?? [];
    row.volumes += volumes.length;
    // Every field Linode sends may be null (see the README's "Types"): count what is there.
    row.volumeGb += volumes.reduce((sum, volume) => sum + (volume.size ?? 0), 0);
    row.instanceLabels.push(instance.label ?? instance.id);
  }
  for (const row of rows.values()) row.instanceLabels.sort();
  return [...rows.values()].sort((a, b) => b.instances - a.instances || a.region.localeCompare(b.region));
}

/** A client for the gateway; `fetch` lets tests (or an in-process gateway) skip the network. */
export function gatewayClient(url: string, token: string, fetchImpl?: typeof fetch): GraphQLClient {
  return new GraphQLClient(url, { headers: { authorization: `Bearer ${token}` }, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const url = process.env.GATEWAY_URL ?? 'http://localhost:4000/graphql';
  const token = process.env.LINODE_TOKEN;
  if (!token) {
    console.error('Set LINODE_TOKEN (with `npm run demo` running, the demo token it prints works).');
    process.exit(2);
  }
  const report = await regionReport(gatewayClient(url, token));
  console.table(report.map(({ instanceLabels: _labels, ...row }) => row));
}
