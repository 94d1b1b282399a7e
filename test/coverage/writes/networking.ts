// Write cases for firewalls (and their devices and rules), IP addresses and IPv6 ranges.
import type { Emulator } from 'linode-emulator';
import type { WriteCase } from './types.js';

type Item = Record<string, unknown>;
const collection = (e: Emulator, path: string) => (e.store.collections[path] ?? []) as Item[];
const created = (e: Emulator) => collection(e, '/networking/firewalls').find((f) => f.label === 'coverage-fw')!;
const running = (e: Emulator) => e.store.instances.filter((i) => i.status === 'running');
/** Two running instances of one region. */
function pair(e: Emulator) {
  const first = running(e).find((i) => running(e).filter((o) => o.region === i.region).length >= 2)!;
  return [first, running(e).find((o) => o.region === first.region && o.id !== first.id)!] as const;
}
const publicAddress = (e: Emulator, id: number) => e.store.instances.find((i) => i.id === id)!.ipv4.find((a) => !a.startsWith('192.168.'))!;
/** A range the emulator routes (GET /networking/ipv6/ranges), read over HTTP as a client would. */
async function someRange(e: Emulator): Promise<string> {
  const answer = await fetch(`${e.url}/networking/ipv6/ranges`, { headers: { Authorization: 'Bearer demo-token-full-access' } });
  const body = (await answer.json()) as { data: Array<{ range: string }> };
  return body.data[0].range;
}

export const cases: WriteCase[] = [
  {
    mutation: 'createFirewall',
    document:
      'mutation { createFirewall(input: { label: "coverage-fw", rules: { inboundPolicy: DROP, outboundPolicy: ACCEPT } }) { firewall { id label } userErrors { field message } } }',
    returns: 'firewall',
  },
  {
    mutation: 'updateFirewall',
    document:
      'mutation($id: ID!) { updateFirewall(id: $id, input: { tags: ["coverage"] }) { firewall { id tags } userErrors { field message } } }',
    variables: (e) => ({ id: created(e).id }),
    returns: 'firewall',
  },
  {
    mutation: 'updateFirewallRules',
    document: `mutation($id: ID!) { updateFirewallRules(id: $id, input: { inboundPolicy: DROP, inbound: [{ action: ACCEPT, protocol: TCP, ports: "22", addresses: { ipv4: ["203.0.113.0/24"] }, label: "ssh" }] }) {
      firewall { id rules { inbound { label } } } userErrors { field message } } }`,
    variables: (e) => ({ id: created(e).id }),
    returns: 'firewall',
  },
  {
    mutation: 'createFirewallDevice',
    document:
      'mutation($firewallId: ID!, $id: ID!) { createFirewallDevice(firewallId: $firewallId, input: { id: $id, type: LINODE }) { device { id entity { __typename } } userErrors { field message } } }',
    variables: (e) => ({ firewallId: created(e).id, id: running(e)[0].id }),
    returns: 'device',
  },
  {
    mutation: 'deleteFirewallDevice',
    document:
      'mutation($firewallId: ID!, $id: ID!) { deleteFirewallDevice(firewallId: $firewallId, id: $id) { deletedId userErrors { field message } } }',
    variables: (e) => ({ firewallId: created(e).id, id: collection(e, `/networking/firewalls/${String(created(e).id)}/devices`)[0].id }),
    returns: 'deletedId',
  },
  {
    mutation: 'deleteFirewall',
    document: 'mutation($id: ID!) { deleteFirewall(id: $id) { deletedId userErrors { field message } } }',
    variables: (e) => ({ id: created(e).id }),
    returns: 'deletedId',
  },
  {
    mutation: 'allocateIPAddress',
    document:
      'mutation($linodeId: ID!) { allocateIPAddress(input: { type: IPV4, public: true, linodeId: $linodeId }) { ipAddress { address instance { id } } userErrors { field message } } }',
    variables: (e) => ({ linodeId: pair(e)[0].id }),
    returns: 'ipAddress',
  },
  {
    mutation: 'updateIPAddress',
    document:
      'mutation($id: ID!) { updateIPAddress(id: $id, input: { rdns: "www.example.com" }) { ipAddress { address rdns } userErrors { field message } } }',
    variables: (e) => ({ id: publicAddress(e, pair(e)[0].id) }),
    returns: 'ipAddress',
  },
  {
    mutation: 'assignIPAddresses',
    document:
      'mutation($region: String!, $address: String!, $to: ID!) { assignIPAddresses(input: { region: $region, assignments: [{ address: $address, linodeId: $to }] }) { userErrors { field message } } }',
    variables: (e) => {
      const [from, to] = pair(e);
      return { region: from.region, address: from.ipv4.filter((a) => !a.startsWith('192.168.')).at(-1), to: to.id };
    },
  },
  {
    mutation: 'assignIPv4Addresses',
    document:
      'mutation($region: String!, $address: String!, $to: ID!) { assignIPv4Addresses(input: { region: $region, assignments: [{ address: $address, linodeId: $to }] }) { userErrors { field message } } }',
    variables: (e) => {
      const [from, to] = pair(e);
      return { region: from.region, address: to.ipv4.filter((a) => !a.startsWith('192.168.')).at(-1), to: from.id };
    },
  },
  {
    mutation: 'shareIPAddresses',
    document:
      'mutation($linodeId: ID!, $ip: String!) { shareIPAddresses(input: { linodeId: $linodeId, ips: [$ip] }) { userErrors { field message } } }',
    variables: (e) => {
      const [a, b] = pair(e);
      return { linodeId: a.id, ip: publicAddress(e, b.id) };
    },
  },
  {
    mutation: 'shareIPv4Addresses',
    document:
      'mutation($linodeId: ID!, $ip: String!) { shareIPv4Addresses(input: { linodeId: $linodeId, ips: [$ip] }) { userErrors { field message } } }',
    variables: (e) => {
      const [a, b] = pair(e);
      return { linodeId: b.id, ip: publicAddress(e, a.id) };
    },
  },
  {
    mutation: 'createIPv6Range',
    document:
      'mutation($linodeId: ID!) { createIPv6Range(input: { linodeId: $linodeId, prefixLength: 64 }) { range { range routeTarget } userErrors { field message } } }',
    variables: (e) => ({ linodeId: running(e)[0].id }),
    returns: 'range',
  },
  {
    mutation: 'deleteIPv6Range',
    document: 'mutation($id: ID!) { deleteIPv6Range(id: $id) { deletedId userErrors { field message } } }',
    variables: async (e) => ({ id: await someRange(e) }),
    returns: 'deletedId',
  },
];
