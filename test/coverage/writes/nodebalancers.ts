// Write cases for NodeBalancers, their ports (configs) and backends (nodes).
import type { Emulator } from 'linode-emulator';
import type { WriteCase } from './types.js';

type Item = Record<string, unknown>;
const collection = (e: Emulator, path: string) => (e.store.collections[path] ?? []) as Item[];
const created = (e: Emulator) => collection(e, '/nodebalancers').find((nb) => nb.label === 'coverage-nb')!;
const configOf = (e: Emulator) => collection(e, `/nodebalancers/${String(created(e).id)}/configs`)[0];
const nodesOf = (e: Emulator) => collection(e, `/nodebalancers/${String(created(e).id)}/configs/${String(configOf(e).id)}/nodes`);
/** A private address (and port) of an instance in the NodeBalancer's region. */
function backend(e: Emulator, skip = 0): string {
  const region = String(created(e).region);
  const address = e.store.instances
    .filter((i) => i.region === region)
    .flatMap((i) => i.ipv4.filter((a) => a.startsWith('192.168.')))
    .at(skip)!;
  return `${address}:80`;
}
/** A region with instances that have private addresses. */
const regionWithBackends = (e: Emulator) =>
  e.store.instances.find((i) => i.ipv4.filter((a) => a.startsWith('192.168.')).length > 0)!.region;

export const cases: WriteCase[] = [
  {
    mutation: 'createNodeBalancer',
    document:
      'mutation($region: String!) { createNodeBalancer(input: { label: "coverage-nb", region: $region }) { nodeBalancer { id label } userErrors { field message } } }',
    variables: (e) => ({ region: regionWithBackends(e) }),
    returns: 'nodeBalancer',
  },
  {
    mutation: 'updateNodeBalancer',
    document:
      'mutation($id: ID!) { updateNodeBalancer(id: $id, input: { clientConnThrottle: 5 }) { nodeBalancer { id clientConnThrottle } userErrors { field message } } }',
    variables: (e) => ({ id: created(e).id }),
    returns: 'nodeBalancer',
  },
  {
    mutation: 'createNodeBalancerConfig',
    document:
      'mutation($nb: ID!) { createNodeBalancerConfig(nodeBalancerId: $nb, input: { port: 80, protocol: HTTP, check: HTTP, checkPath: "/healthz" }) { config { id port } userErrors { field message } } }',
    variables: (e) => ({ nb: created(e).id }),
    returns: 'config',
  },
  {
    mutation: 'updateNodeBalancerConfig',
    document:
      'mutation($nb: ID!, $id: ID!) { updateNodeBalancerConfig(nodeBalancerId: $nb, id: $id, input: { algorithm: LEASTCONN }) { config { id algorithm } userErrors { field message } } }',
    variables: (e) => ({ nb: created(e).id, id: configOf(e).id }),
    returns: 'config',
  },
  {
    mutation: 'createNodeBalancerNode',
    document:
      'mutation($nb: ID!, $config: ID!, $address: String!) { createNodeBalancerNode(nodeBalancerId: $nb, configId: $config, input: { address: $address, label: "coverage-node" }) { node { id status } userErrors { field message } } }',
    variables: (e) => ({ nb: created(e).id, config: configOf(e).id, address: backend(e) }),
    returns: 'node',
  },
  {
    mutation: 'updateNodeBalancerNode',
    document:
      'mutation($nb: ID!, $config: ID!, $id: ID!) { updateNodeBalancerNode(nodeBalancerId: $nb, configId: $config, id: $id, input: { weight: 50 }) { node { id weight } userErrors { field message } } }',
    variables: (e) => ({ nb: created(e).id, config: configOf(e).id, id: nodesOf(e)[0].id }),
    returns: 'node',
  },
  {
    mutation: 'rebuildNodeBalancerConfig',
    document: `mutation($nb: ID!, $id: ID!, $keep: ID!, $address: String!) { rebuildNodeBalancerConfig(nodeBalancerId: $nb, id: $id, input: {
      port: 80, protocol: HTTP, nodes: [{ id: $keep, address: $address, label: "coverage-node", weight: 10 }] }) {
      config { id nodes { nodes { id weight } } } userErrors { field message } } }`,
    variables: (e) => ({ nb: created(e).id, id: configOf(e).id, keep: nodesOf(e)[0].id, address: String(nodesOf(e)[0].address) }),
    returns: 'config',
  },
  {
    mutation: 'deleteNodeBalancerNode',
    document:
      'mutation($nb: ID!, $config: ID!, $id: ID!) { deleteNodeBalancerNode(nodeBalancerId: $nb, configId: $config, id: $id) { deletedId userErrors { field message } } }',
    variables: (e) => ({ nb: created(e).id, config: configOf(e).id, id: nodesOf(e)[0].id }),
    returns: 'deletedId',
  },
  {
    mutation: 'deleteNodeBalancerConfig',
    document:
      'mutation($nb: ID!, $id: ID!) { deleteNodeBalancerConfig(nodeBalancerId: $nb, id: $id) { deletedId userErrors { field message } } }',
    variables: (e) => ({ nb: created(e).id, id: configOf(e).id }),
    returns: 'deletedId',
  },
  {
    mutation: 'deleteNodeBalancer',
    document: 'mutation($id: ID!) { deleteNodeBalancer(id: $id) { deletedId userErrors { field message } } }',
    variables: (e) => ({ id: created(e).id }),
    returns: 'deletedId',
  },
];
