// Reads of an LKE cluster beyond its lists: one node, the dashboard's URL and the kubeconfig.
// The kubeconfig is base64 YAML holding a bearer token for the cluster; Linode answers 503 while a
// new cluster's control plane is coming up (clients poll it: linodego WaitForLKEClusterReady, the
// CLI's `kubeconfig-view` "not yet available"). Deleting it, or regenerating, issues a new token.
import { hash } from '../data/keyed-rng.js';
import { ApiError, notFound } from '../errors.js';
import { asString, objectList } from '../json.js';
import { parseTime } from '../time.js';
import type { JsonObject } from '../types.js';
import { apiEndpoints } from './derived.js';
import { ok, type Handler, type HandlerContext } from './context.js';
import { PROVISION_MS } from './instance-writes.js';

/** How often each cluster's kubeconfig and service token were renewed: part of their secrets. */
const renewals = new WeakMap<JsonObject, { kubeconfig: number; serviceToken: number }>();

export function findCluster(ctx: HandlerContext): JsonObject {
  const cluster = (ctx.state.store.collections['/lke/clusters'] ?? []).find((c) => String(c.id) === ctx.params.clusterId);
  if (!cluster) throw notFound();
  return cluster;
}

function renewalsOf(cluster: JsonObject): { kubeconfig: number; serviceToken: number } {
  let counts = renewals.get(cluster);
  if (!counts) renewals.set(cluster, (counts = { kubeconfig: 0, serviceToken: 0 }));
  return counts;
}

/** A new kubeconfig (DELETE kubeconfig, regenerate) or service token (DELETE servicetoken, regenerate). */
export function renew(cluster: JsonObject, what: 'kubeconfig' | 'serviceToken'): void {
  renewalsOf(cluster)[what] += 1;
}

const hex = (text: string) => [0, 1, 2, 3].map((i) => (hash(`${text}/${i}`) >>> 0).toString(16).padStart(8, '0')).join('');

function kubeconfig(cluster: JsonObject): string {
  const id = String(cluster.id);
  const name = `lke${id}`;
  const server = asString(apiEndpoints(cluster)[0]?.endpoint) ?? '';
  const token = hex(`kubeconfig/${id}/${renewalsOf(cluster).kubeconfig}`);
  const yaml = [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    `- name: ${name}`,
    '  cluster:',
    `    certificate-authority-data: ${Buffer.from(`emulated CA of ${name}`).toString('base64')}`,
    `    server: ${server}`,
    'users:',
    `- name: ${name}-admin`,
    '  user:',
    `    token: ${token}`,
    'contexts:',
    `- name: ${name}-ctx`,
    '  context:',
    `    cluster: ${name}`,
    `    namespace: default`,
    `    user: ${name}-admin`,
    `current-context: ${name}-ctx`,
    '',
  ].join('\n');
  return Buffer.from(yaml).toString('base64');
}

function findNode(ctx: HandlerContext): JsonObject {
  const cluster = findCluster(ctx);
  const pools = ctx.state.store.collections[`/lke/clusters/${String(cluster.id)}/pools`] ?? [];
  const node = pools.flatMap((p) => objectList(p.nodes) ?? []).find((n) => n.id === ctx.params.nodeId);
  if (!node) throw notFound();
  return node;
}

export const lkeReadHandlers: Record<string, Handler> = {
  getLKEClusterNode: (ctx) => ok(findNode(ctx)),
  getLKEClusterDashboard: (ctx) => {
    const cluster = findCluster(ctx);
    return ok({ url: `https://${hex(`dashboard/${String(cluster.id)}`).slice(0, 24)}.dashboard.linodelke.net` });
  },
  getLKEClusterKubeconfig: (ctx) => {
    const cluster = findCluster(ctx);
    if (ctx.state.now() - parseTime(String(cluster.created)) < PROVISION_MS)
      throw new ApiError(503, [{ reason: 'Cluster kubeconfig is not yet available. Please try again later.' }]);
    return ok({ kubeconfig: kubeconfig(cluster) });
  },
};
