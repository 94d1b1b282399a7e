// Whole write flows through GraphQL against the emulator: create, read back through queries and
// relations, change, delete, for each kind of resource the mutation tables cover.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';

let clock = Date.now();
let stack: Stack;
beforeAll(async () => {
  // The emulator's clock moves on when a test waits for something Linode does in the background.
  stack = await startStack({ emulator: { rateLimits: false, now: () => clock } });
});
afterAll(() => stack.close());

/** Runs a mutation or query that must succeed; returns the first root field's value. */
async function ok(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const { data, errors } = await stack.gql(query, { variables });
  expect(errors, JSON.stringify(errors?.slice(0, 2))).toBeUndefined();
  const value = Object.values(data)[0] as any;
  if (value && 'userErrors' in value) expect(value.userErrors, JSON.stringify(value.userErrors)).toEqual([]);
  return value;
}

const store = () => stack.emulator.store as any;

describe('write flows', () => {
  it('DNS: a zone and its records', async () => {
    const { domain } = await ok(
      'mutation { createDomain(input: { domain: "flows.example", type: MASTER, soaEmail: "admin@flows.example" }) { domain { id domain status } userErrors { message } } }',
    );
    expect(domain).toMatchObject({ domain: 'flows.example', status: 'ACTIVE' });
    const { record } = await ok(
      'mutation($d: ID!) { createDomainRecord(domainId: $d, input: { type: A, name: "www", target: "203.0.113.10" }) { record { id name target domain { domain } } userErrors { message } } }',
      { d: domain.id },
    );
    expect(record).toMatchObject({ name: 'www', target: '203.0.113.10', domain: { domain: 'flows.example' } });
    const updated = await ok(
      'mutation($d: ID!, $r: ID!) { updateDomainRecord(domainId: $d, id: $r, input: { target: "203.0.113.11" }) { record { target } userErrors { message } } }',
      { d: domain.id, r: record.id },
    );
    expect(updated.record.target).toBe('203.0.113.11');
    expect((await ok('query($d: ID!) { domain(id: $d) { records { nodes { name target } } } }', { d: domain.id })).records.nodes).toEqual([
      { name: 'www', target: '203.0.113.11' },
    ]);
    expect((await ok('mutation($d: ID!) { deleteDomain(id: $d) { deletedId userErrors { message } } }', { d: domain.id })).deletedId).toBe(
      domain.id,
    );
    expect(store().domains.some((d: any) => String(d.id) === domain.id)).toBe(false);
  });

  it('firewalls: rules and the instances behind them', async () => {
    const instance = store().instances[7];
    const { firewall } = await ok(
      'mutation { createFirewall(input: { label: "flows-fw", rules: { inboundPolicy: DROP, outboundPolicy: ACCEPT } }) { firewall { id label status } userErrors { message } } }',
    );
    const { device } = await ok(
      'mutation($f: ID!, $i: ID!) { createFirewallDevice(firewallId: $f, input: { id: $i, type: LINODE }) { device { id entity { ... on Instance { id } } } userErrors { message } } }',
      { f: firewall.id, i: instance.id },
    );
    expect(device.entity).toEqual({ id: String(instance.id) });
    const ruled = await ok(
      `mutation($f: ID!) { updateFirewallRules(id: $f, input: { inboundPolicy: DROP, outboundPolicy: ACCEPT, inbound: [{ action: ACCEPT, protocol: TCP, ports: "443", label: "https", addresses: { ipv4: ["0.0.0.0/0"] } }] }) {
        firewall { rules { inbound { ports protocol } } } userErrors { message } } }`,
      { f: firewall.id },
    );
    expect(ruled.firewall.rules.inbound).toEqual([{ ports: '443', protocol: 'TCP' }]);
    const behind = await ok('query($i: ID!) { instance(id: $i) { firewalls { nodes { id } } } }', { i: instance.id });
    expect(behind.firewalls.nodes.map((f: any) => f.id)).toContain(firewall.id);
    await ok('mutation($f: ID!, $d: ID!) { deleteFirewallDevice(firewallId: $f, id: $d) { deletedId userErrors { message } } }', {
      f: firewall.id,
      d: device.id,
    });
    await ok('mutation($f: ID!) { deleteFirewall(id: $f) { deletedId userErrors { message } } }', { f: firewall.id });
  });

  it('VPCs and subnets', async () => {
    const { vpc } = await ok(
      'mutation { createVPC(input: { label: "flows-vpc", region: "us-east" }) { vpc { id label region { id } } userErrors { message } } }',
    );
    expect(vpc.region.id).toBe('us-east');
    const { subnet } = await ok(
      'mutation($v: ID!) { createVPCSubnet(vpcId: $v, input: { label: "app", ipv4: "10.0.9.0/24" }) { subnet { id label ipv4 } userErrors { message } } }',
      { v: vpc.id },
    );
    expect(subnet).toMatchObject({ label: 'app', ipv4: '10.0.9.0/24' });
    await ok('mutation($v: ID!, $s: ID!) { deleteVPCSubnet(vpcId: $v, id: $s) { deletedId userErrors { message } } }', {
      v: vpc.id,
      s: subnet.id,
    });
    await ok('mutation($v: ID!) { deleteVPC(id: $v) { deletedId userErrors { message } } }', { v: vpc.id });
  });

  it('NodeBalancers: a port and a backend on an instance', async () => {
    const instance = store().instances.find((i: any) => (i.ipv4 as string[]).some((ip) => ip.startsWith('192.168.')));
    const privateIp = (instance.ipv4 as string[]).find((ip) => ip.startsWith('192.168.'));
    const { nodeBalancer } = await ok(
      'mutation($r: String!) { createNodeBalancer(input: { region: $r, label: "flows-nb" }) { nodeBalancer { id label } userErrors { message } } }',
      { r: instance.region },
    );
    const { config } = await ok(
      'mutation($n: ID!) { createNodeBalancerConfig(nodeBalancerId: $n, input: { port: 8080, protocol: HTTP }) { config { id port nodeBalancer { id } } userErrors { message } } }',
      { n: nodeBalancer.id },
    );
    expect(config.nodeBalancer.id).toBe(nodeBalancer.id);
    const { node } = await ok(
      'mutation($n: ID!, $c: ID!, $a: String!) { createNodeBalancerNode(nodeBalancerId: $n, configId: $c, input: { label: "web", address: $a }) { node { id address globalId } userErrors { message } } }',
      { n: nodeBalancer.id, c: config.id, a: `${privateIp}:80` },
    );
    expect(Buffer.from(node.globalId, 'base64').toString()).toBe(`NodeBalancerNode:${nodeBalancer.id}/configs/${config.id}/${node.id}`);
    const read = await ok('query($n: ID!) { nodeBalancer(id: $n) { configs { nodes { nodes { nodes { address } } } } } }', {
      n: nodeBalancer.id,
    });
    expect(read.configs.nodes[0].nodes.nodes).toEqual([{ address: `${privateIp}:80` }]);
    await ok('mutation($n: ID!) { deleteNodeBalancer(id: $n) { deletedId userErrors { message } } }', { n: nodeBalancer.id });
  });

  it('LKE: a cluster with pools whose nodes are instances', async () => {
    const { cluster } =
      await ok(`mutation { createLKECluster(input: { label: "flows-k8s", region: "us-east", k8sVersion: "1.33", nodePools: [{ type: "g6-standard-2", count: 2 }] }) {
      cluster { id label pools { nodes { count nodes { instanceId } } } } userErrors { message } } }`);
    expect(cluster.pools.nodes[0].count).toBe(2);
    const { pool } = await ok(
      'mutation($c: ID!) { createLKENodePool(clusterId: $c, input: { type: "g6-standard-1", count: 1 }) { pool { id count type { id } } userErrors { message } } }',
      { c: cluster.id },
    );
    expect(pool).toMatchObject({ count: 1, type: { id: 'g6-standard-1' } });
    await ok('mutation($c: ID!) { deleteLKECluster(id: $c) { deletedId userErrors { message } } }', { c: cluster.id });
  });

  it('an instance: a disk, a private image of it, a clone', async () => {
    // Disks fill the plan, as Linode allocates them: shrink the biggest (the instance is shut down) to make room.
    const instance = store().instances.find((i: any) => i.status === 'offline');
    const biggest = [...store().disksByInstance[instance.id]].sort((a: any, b: any) => b.size - a.size)[0];
    await ok(
      'mutation($i: ID!, $d: ID!, $s: SafeInt!) { resizeDisk(linodeId: $i, id: $d, input: { size: $s }) { userErrors { message } } }',
      { i: instance.id, d: biggest.id, s: biggest.size - 2048 },
    );
    const { disk } = await ok(
      'mutation($i: ID!) { createDisk(linodeId: $i, input: { label: "scratch", size: 1024, filesystem: EXT4 }) { disk { id label size instance { id } } userErrors { message } } }',
      { i: instance.id },
    );
    expect(disk).toMatchObject({ label: 'scratch', size: 1024, instance: { id: String(instance.id) } });
    const renamed = await ok(
      'mutation($i: ID!, $d: ID!) { updateDisk(linodeId: $i, id: $d, input: { label: "scratch-2" }) { disk { label } userErrors { message } } }',
      { i: instance.id, d: disk.id },
    );
    expect(renamed.disk.label).toBe('scratch-2');
    clock += 120_000; // the new disk is ready
    const { image } = await ok(
      'mutation($d: ID!) { createImage(input: { diskId: $d, label: "flows-golden" }) { image { id label isPublic } userErrors { message } } }',
      { d: disk.id },
    );
    expect(image).toMatchObject({ label: 'flows-golden', isPublic: false });
    expect(image.id).toMatch(/^private\/\d+$/);
    await ok(
      'mutation($m: ID!) { updateImage(id: $m, input: { description: "from flows" }) { image { description } userErrors { message } } }',
      { m: image.id },
    );
    await ok('mutation($m: ID!) { deleteImage(id: $m) { deletedId userErrors { message } } }', { m: image.id });
    const { instance: clone } = await ok(
      'mutation($i: ID!) { cloneInstance(id: $i, input: { region: "us-east", type: "g6-standard-1", label: "flows-clone" }) { instance { id label status } userErrors { message } } }',
      { i: instance.id },
    );
    expect(clone).toMatchObject({ label: 'flows-clone', status: 'PROVISIONING' });
  });

  it('volumes: clone and grow', async () => {
    const volume = store().volumes.find((v: any) => v.status === 'active');
    const size = volume.size as number;
    const { volume: copy } = await ok(
      'mutation($v: ID!) { cloneVolume(id: $v, input: { label: "flows-copy" }) { volume { id label size } userErrors { message } } }',
      { v: volume.id },
    );
    expect(copy).toMatchObject({ label: 'flows-copy', size });
    const grown = await ok(
      'mutation($v: ID!, $s: Int!) { resizeVolume(id: $v, input: { size: $s }) { volume { size status } userErrors { message } } }',
      { v: volume.id, s: size + 10 },
    );
    expect(grown.volume).toEqual({ size: size + 10, status: 'RESIZING' });
  });

  it('profile and account: SSH keys, StackScripts, users, tickets, events', async () => {
    const { sshKey } = await ok(
      'mutation { createSSHKey(input: { label: "laptop", sshKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGJ5b2RhdGEtZmxvd3MtdGVzdC1rZXktMDAwMDAwMDAw flows@laptop" }) { sshKey { id label } userErrors { message } } }',
    );
    expect(
      (
        await ok('mutation($k: ID!) { updateSSHKey(id: $k, input: { label: "laptop-2" }) { sshKey { label } userErrors { message } } }', {
          k: sshKey.id,
        })
      ).sshKey.label,
    ).toBe('laptop-2');
    await ok('mutation($k: ID!) { deleteSSHKey(id: $k) { deletedId userErrors { message } } }', { k: sshKey.id });

    const { stackScript } = await ok(
      'mutation { createStackScript(input: { label: "flows-setup", images: ["linode/debian12"], script: "#!/bin/bash\\necho ready" }) { stackScript { id label isPublic } userErrors { message } } }',
    );
    await ok(
      'mutation($s: ID!) { updateStackScript(id: $s, input: { description: "sets up" }) { stackScript { description } userErrors { message } } }',
      { s: stackScript.id },
    );
    await ok('mutation($s: ID!) { deleteStackScript(id: $s) { deletedId userErrors { message } } }', { s: stackScript.id });

    const { user } = await ok(
      'mutation { createUser(input: { username: "flows-user", email: "flows@example.com", restricted: true }) { user { id username restricted } userErrors { message } } }',
    );
    expect(user).toMatchObject({ id: 'flows-user', restricted: true });
    await ok('mutation { updateUser(id: "flows-user", input: { restricted: false }) { user { restricted } userErrors { message } } }');
    await ok('mutation { deleteUser(id: "flows-user") { deletedId userErrors { message } } }');

    const { ticket } = await ok(
      'mutation { createSupportTicket(input: { summary: "Flows ticket", description: "Testing the write flows end to end." }) { ticket { id status } userErrors { message } } }',
    );
    const { reply } = await ok(
      'mutation($t: ID!) { createSupportTicketReply(ticketId: $t, input: { description: "One more detail." }) { reply { id description } userErrors { message } } }',
      { t: ticket.id },
    );
    expect(reply.description).toBe('One more detail.');
    expect(
      (await ok('mutation($t: ID!) { closeSupportTicket(id: $t) { ticket { status } userErrors { message } } }', { t: ticket.id })).ticket
        .status,
    ).toBe('CLOSED');

    const event = store().events.find((e: any) => !e.seen);
    expect(
      (await ok('mutation($e: ID!) { markEventSeen(id: $e) { event { id seen } userErrors { message } } }', { e: event.id })).event,
    ).toEqual({ id: String(event.id), seen: true });
  });
});
