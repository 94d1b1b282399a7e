// An LKE cluster's own reads: one node by id, the dashboard, the kubeconfig (a secret: read from
// Linode each time, never cached, 503 while a new cluster comes up), and the nested shape cluster
// -> pools -> nodes -> instance -> IPs at the lower bound of upstream requests.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ emulator: { rateLimits: false }, gateway: { tokenCache: true } });
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.clearLog());

type Node = { id: string; instance_id: number | null };
const clusters = () => stack.emulator.store.collections['/lke/clusters'];
const poolsOf = (clusterId: unknown) => stack.emulator.store.collections[`/lke/clusters/${String(clusterId)}/pools`] ?? [];
const nodesOf = (clusterId: unknown) => poolsOf(clusterId).flatMap((p) => p.nodes as Node[]);

describe('LKE cluster reads', () => {
  it('looks one node up by its id, through GET /lke/clusters/{id}/nodes/{nodeId}', async () => {
    const cluster = clusters()[0];
    const node = nodesOf(cluster.id)[0];
    const { data, errors } = await stack.gql('query($c: ID!, $n: ID!) { lkeCluster(id: $c) { node(id: $n) { id instanceId status } } }', {
      variables: { c: cluster.id, n: node.id },
    });
    expect(errors).toBeUndefined();
    expect(data.lkeCluster.node.id).toBe(node.id);
    expect(stack.emulator.log.map((e) => e.path)).toContain(`/v4/lke/clusters/${String(cluster.id)}/nodes/${node.id}`);
  });

  it('answers null and NOT_FOUND for a node the cluster lacks', async () => {
    const { data, errors } = await stack.gql(`{ lkeCluster(id: ${String(clusters()[0].id)}) { node(id: "1-deadbeef") { id } } }`);
    expect(data.lkeCluster.node).toBeNull();
    expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('reads the kubeconfig (a secret) from Linode every time it is selected', async () => {
    const cluster = clusters()[0];
    const query = `{ lkeCluster(id: ${String(cluster.id)}) { dashboardUrl kubeconfig } }`;
    const first = await stack.gql(query);
    const second = await stack.gql(query);
    expect(first.errors).toBeUndefined();
    const yaml = Buffer.from(first.data.lkeCluster.kubeconfig, 'base64').toString();
    expect(yaml).toContain('kind: Config');
    expect(yaml).toMatch(/token: [0-9a-f]{32}/);
    expect(second.data.lkeCluster.kubeconfig).toBe(first.data.lkeCluster.kubeconfig);
    expect(first.data.lkeCluster.dashboardUrl).toMatch(/^https:\/\/[0-9a-f]+\.dashboard\.linodelke\.net$/);
    const reads = stack.emulator.log.filter((e) => e.path.endsWith('/kubeconfig'));
    expect(reads).toHaveLength(2); // neither the token cache nor the whole-answer reuse keeps the secret
    expect(stack.emulator.log.filter((e) => e.path.endsWith('/dashboard'))).toHaveLength(1);
  });

  it("a new cluster's kubeconfig is not available yet: an error, the rest of the answer stays", async () => {
    const created = await stack.gql(
      'mutation { createLKECluster(input: { label: "fresh-k8s", region: "us-east", k8sVersion: "1.33", nodePools: [{ type: "g6-standard-2", count: 1 }] }) { cluster { id } userErrors { message } } }',
    );
    expect(created.errors).toBeUndefined();
    const id = created.data.createLKECluster.cluster.id;
    const { data, errors } = await stack.gql(`{ lkeCluster(id: ${id}) { label kubeconfig } }`);
    expect(data.lkeCluster).toEqual({ label: 'fresh-k8s', kubeconfig: null });
    expect(errors?.[0].extensions?.code).toMatch(/^UPSTREAM_/);
    expect(errors?.[0].path).toEqual(['lkeCluster', 'kubeconfig']);
  });

  it('revoking the kubeconfig issues a new one', async () => {
    const cluster = clusters()[1];
    const query = `{ lkeCluster(id: ${String(cluster.id)}) { kubeconfig } }`;
    const before = (await stack.gql(query)).data.lkeCluster.kubeconfig;
    const revoked = await stack.gql(`mutation { deleteLKEKubeconfig(id: ${String(cluster.id)}) { userErrors { message } } }`);
    expect(revoked.data.deleteLKEKubeconfig.userErrors).toEqual([]);
    const after = (await stack.gql(query)).data.lkeCluster.kubeconfig;
    expect(after).not.toBe(before);
  });

  it("deleting a node takes it out of its pool and its pool's count", async () => {
    const cluster = clusters().find((c) => poolsOf(c.id).some((p) => (p.nodes as Node[]).length > 1))!;
    const pool = poolsOf(cluster.id).find((p) => (p.nodes as Node[]).length > 1)!;
    const node = (pool.nodes as Node[])[0];
    const count = Number(pool.count);
    const { data } = await stack.gql(
      `mutation { deleteLKENode(clusterId: ${String(cluster.id)}, id: "${node.id}") { deletedId userErrors { message } } }`,
    );
    expect(data.deleteLKENode).toEqual({ deletedId: node.id, userErrors: [] });
    const read = await stack.gql(
      `{ lkeCluster(id: ${String(cluster.id)}) { node(id: "${node.id}") { id } pool(id: ${String(pool.id)}) { count } } }`,
    );
    expect(read.data.lkeCluster).toEqual({ node: null, pool: { count: count - 1 } });
    expect(read.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('cluster -> pools -> nodes -> instance -> IPs at the lower bound of requests', async () => {
    const all = clusters().slice(0, 3);
    const instanceIds = new Set(all.flatMap((c) => nodesOf(c.id).map((n) => n.instance_id)).filter((id) => id !== null));
    const { data, errors } = await stack.gql(
      `{ lkeClusters(first: 3) { nodes { id pools(first: 5) { nodes { nodes { id instance { id ips { ipv4 { public { address } } } } } } } } } }`,
      { headers: { 'cache-control': 'no-cache' } },
    );
    expect(errors).toBeUndefined();
    expect(data.lkeClusters.nodes).toHaveLength(all.length);
    // The clusters (1), each cluster's pools (one per cluster), the nodes' instances in one `+or`
    // list (1), each instance's IPs (no batch form: one per instance).
    const paths = stack.emulator.log.map((e) => e.path);
    expect(paths.filter((p) => p === '/v4/lke/clusters')).toHaveLength(1);
    expect(paths.filter((p) => /^\/v4\/lke\/clusters\/\d+\/pools$/.test(p))).toHaveLength(all.length);
    // The pools answer a few ms apart; their nodes' instances still go out as one `+or` list
    // (src/loaders/by-id.ts gathers ids while the request's other reads are in flight).
    expect(paths.filter((p) => p === '/v4/linode/instances')).toHaveLength(1);
    expect(paths.filter((p) => /^\/v4\/linode\/instances\/\d+\/ips$/.test(p))).toHaveLength(instanceIds.size);
    expect(paths).toHaveLength(1 + all.length + 1 + instanceIds.size);
  });
});

describe('ids gathered from sibling answers (src/loaders/by-id.ts)', () => {
  it("IPv6 ranges' instances: each range's own GET, then every range's instances in one `+or` list", async () => {
    stack.emulator.clearLog();
    const { data, errors } = await stack.gql('{ ipv6Ranges { nodes { range instances { id } } } }');
    expect(errors).toBeUndefined();
    const ranges = data.ipv6Ranges.nodes as Array<{ range: string; instances: Array<{ id: string }> }>;
    expect(ranges.length).toBeGreaterThan(1);
    const ids = new Set(ranges.flatMap((r) => r.instances.map((i) => Number(i.id))));
    const lists = stack.emulator.log.filter((e) => e.path === '/v4/linode/instances');
    // The last range to answer adds its ids to the batch the first opened, not a batch of its own.
    expect(lists).toHaveLength(1);
    const asked = (JSON.parse(lists[0].filter ?? '{}') as { '+or': Array<{ id: number }> })['+or'].map((c) => c.id);
    expect(new Set(asked)).toEqual(ids);
    expect(stack.emulator.log).toHaveLength(1 + ranges.length + 1);
  });
});
