// Today's API groups beyond placement groups (locks, Linode interfaces, monitor, image share
// groups): what the emulator does as Linode does, read through the graph.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ emulator: { rateLimits: false } });
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.clearLog());

describe('locks', () => {
  it('lead to the locked instance, which lists the lock; a second lock of a type is a userError', async () => {
    const { data, errors } = await stack.gql(`{ locks { nodes { id lockType entityType entity { ... on Instance { id locks } } } } }`);
    expect(errors).toBeUndefined();
    const [lock] = data.locks.nodes;
    expect(lock).toMatchObject({ lockType: 'CANNOT_DELETE', entityType: 'linode' });
    expect(lock.entity.locks).toEqual(['CANNOT_DELETE']);
    const again = await stack.gql(
      `mutation($id: ID!) { createLock(input: { entityType: LINODE, entityId: $id, lockType: CANNOT_DELETE }) {
        lock { id } userErrors { field message } } }`,
      { variables: { id: lock.entity.id } },
    );
    expect(again.data.createLock).toEqual({ lock: null, userErrors: [{ field: ['input', 'lockType'], message: expect.any(String) }] });
  });
});

describe('monitor', () => {
  it("reads services with their dashboards, metrics and alerts; an alert's channel and entities in one request each", async () => {
    const { data, errors } = await stack.gql(`{
      monitorService(id: "dbaas") { id label dashboards { nodes { id label widgets { metric unit filters { value } } } }
        metricDefinitions { nodes { metric unit unitRaw scrapeInterval } }
        alertDefinitions { nodes { id type class entityIds alertChannels { alertChannelId alertChannel { id label } }
          entities { totalCount nodes { entityId label type } } } } }
    }`);
    expect(errors).toBeUndefined();
    const service = data.monitorService;
    expect(service.id).toBe('dbaas');
    expect(service.dashboards.nodes[0].widgets[0]).toEqual({ metric: 'cpu_usage', unit: '%', filters: null });
    expect(service.metricDefinitions.nodes[0]).toMatchObject({ metric: 'cpu_usage', unit: 'PERCENT', scrapeInterval: '60s' });
    const alert = service.alertDefinitions.nodes[0];
    expect(alert).toMatchObject({ type: 'SYSTEM', class: 'shared' });
    expect(alert.alertChannels[0].alertChannel.id).toBe(alert.alertChannels[0].alertChannelId);
    expect(alert.entities.totalCount).toBe(alert.entityIds.length);
    expect(alert.entities.nodes[0].type).toBe('dbaas');
  });

  it('refuses changes to a system alert as a userError; the metrics token is a JWE shown once', async () => {
    const system = (stack.emulator.store.today['/monitor/alert-definitions'] as any[]).find((a) => a.type === 'system');
    const { data, errors } = await stack.gql(
      `mutation($id: ID!) { updateMonitorAlertDefinition(serviceType: "dbaas", id: $id, input: { label: "mine" }) {
        alertDefinition { id } userErrors { field message } } }`,
      { variables: { id: system.id } },
    );
    expect(errors).toBeUndefined();
    expect(data.updateMonitorAlertDefinition.userErrors).toEqual([{ field: ['input', 'label'], message: expect.any(String) }]);
    const token = await stack.gql(
      `mutation($id: ID!) { createMonitorServiceToken(serviceType: "linode", input: { entityIds: [$id] }) {
      serviceToken { token } userErrors { field message } } }`,
      { variables: { id: stack.emulator.store.instances[0].id } },
    );
    expect(token.data.createMonitorServiceToken.serviceToken.token).toMatch(/^[\w-]+\.\.[\w-]+\.[\w-]+\.[\w-]+$/);
    const wrong = await stack.gql(`{ monitorService(id: "nodebalancer") { alertDefinitions { totalCount } } }`);
    expect(wrong.data.monitorService.alertDefinitions.totalCount).toBe(0);
  });
});

describe('Linode interfaces', () => {
  const onLinodeInterfaces = () => stack.emulator.store.instances.filter((i) => i.interface_generation === 'linode');

  it("lists an instance's interfaces (no page envelope), its settings, and none for a Linode on config interfaces", async () => {
    const [linode] = onLinodeInterfaces();
    const legacy = stack.emulator.store.instances.find((i) => i.interface_generation === 'legacy_config')!;
    const { data, errors } = await stack.gql(
      `query($a: ID!, $b: ID!) {
        a: instance(id: $a) { interfaceGeneration ips { ipv4 { public { address } } }
          interfaces { id linodeId macAddress public { ipv4 { addresses { address primary } } } }
          interfaceSettings { networkHelper defaultRoute { ipv4InterfaceId ipv4EligibleInterfaceIds } } }
        b: instance(id: $b) { interfaces { id } }
      }`,
      { variables: { a: linode.id, b: legacy.id } },
    );
    expect(errors).toBeUndefined();
    const [pub] = data.a.interfaces;
    expect(data.a.interfaceGeneration).toBe('LINODE');
    expect(pub.linodeId).toBe(String(linode.id));
    expect(pub.macAddress).toMatch(/^f2:3c:93(:[0-9a-f]{2}){3}$/);
    // The addresses name the public interface they are on.
    for (const address of stack.emulator.store.ipsByInstance[linode.id].ipv4.public) expect(String(address.interface_id)).toBe(pub.id);
    expect(pub.public.ipv4.addresses.map((a: any) => a.address)).toEqual(data.a.ips.ipv4.public.map((a: any) => a.address));
    expect(data.a.interfaceSettings.defaultRoute.ipv4InterfaceId).toBe(pub.id);
    expect(data.b.interfaces).toEqual([]);
  });

  it("answers Linode's refusals as userErrors: two kinds at once, an interface on a legacy Linode, an ineligible default route", async () => {
    const [linode] = onLinodeInterfaces();
    const legacy = stack.emulator.store.instances.find((i) => i.interface_generation === 'legacy_config')!;
    const vlan = (stack.emulator.store.today[`/linode/instances/${linode.id}/interfaces`] as any[]).find((i) => i.vlan);
    const { data, errors } = await stack.gql(
      `mutation($a: ID!, $b: ID!, $vlan: ID!) {
        both: createLinodeInterface(linodeId: $a, input: { vlan: { vlanLabel: "x" }, public: {} }) { linodeInterface { id } userErrors { field message } }
        legacy: createLinodeInterface(linodeId: $b, input: { vlan: { vlanLabel: "x" } }) { linodeInterface { id } userErrors { field message } }
        route: updateLinodeInterfaceSettings(linodeId: $a, input: { defaultRoute: { ipv4InterfaceId: $vlan } }) { settings { networkHelper } userErrors { field message } }
      }`,
      { variables: { a: linode.id, b: legacy.id, vlan: vlan?.id ?? 1 } },
    );
    expect(errors).toBeUndefined();
    expect(data.both.userErrors).toEqual([{ field: ['input', 'public'], message: expect.any(String) }]);
    expect(data.legacy.userErrors).toEqual([{ field: null, message: expect.stringMatching(/config interfaces/) }]);
    expect(data.route.userErrors).toEqual([{ field: ['input', 'defaultRoute', 'ipv4InterfaceId'], message: expect.any(String) }]);
  });
});

describe('image share groups', () => {
  it("shows a group's images and members, and another account's group through an active token", async () => {
    const { data, errors } = await stack.gql(`{
      imageShareGroups(first: 5) { nodes { id label imagesCount membersCount
        images(first: 10) { nodes { id isShared imageSharing { sharedBy { sharegroupLabel sourceImage { id isPublic } } } } }
        members(first: 10) { nodes { tokenUuid status sharegroupId } } } }
      imageShareGroupTokens(first: 5) { nodes { id status shareGroup { label } images(first: 10) { totalCount nodes { id label } } } }
    }`);
    expect(errors).toBeUndefined();
    const [group] = data.imageShareGroups.nodes;
    expect(group.images.nodes).toHaveLength(group.imagesCount);
    expect(group.images.nodes[0].id).toMatch(/^shared\/\d+$/);
    expect(group.images.nodes[0].imageSharing.sharedBy).toMatchObject({ sharegroupLabel: group.label, sourceImage: { isPublic: false } });
    expect(group.members.nodes[0].sharegroupId).toBe(group.id);
    const [token] = data.imageShareGroupTokens.nodes;
    expect(token.status).toBe('active');
    expect(token.shareGroup.label).toBe('vendor-appliances');
    expect(token.images.totalCount).toBe(1);
  });

  it("lists the groups a private image is shared in; a public image's are not asked for", async () => {
    const groups = await stack.gql(
      `{ imageShareGroups(first: 5) { nodes { id images(first: 10) { nodes { imageSharing { sharedBy { sourceImage { id } } } } } } } }`,
    );
    const [group] = groups.data.imageShareGroups.nodes;
    const source: string = group.images.nodes[0].imageSharing.sharedBy.sourceImage.id;
    stack.emulator.clearLog();
    const { data, errors } = await stack.gql(
      `query($id: ID!) { image(id: $id) { shareGroups { nodes { id } } } public: image(id: "linode/debian12") { shareGroups { totalCount } } }`,
      { variables: { id: source } },
    );
    expect(errors).toBeUndefined();
    expect(data.image.shareGroups.nodes.map((g: { id: string }) => g.id)).toContain(group.id);
    expect(data.public.shareGroups.totalCount).toBe(0);
    const asked = stack.emulator.log.filter((e) => e.path.endsWith('/sharegroups')).map((e) => decodeURIComponent(e.path));
    expect(asked).toEqual([`/v4/images/${source}/sharegroups`]);
  });

  it('shows a new token string once: a pending token sees no group, and is never asked for one', async () => {
    const created =
      await stack.gql(`mutation { createImageShareGroupToken(input: { label: "once", validForSharegroupUuid: "7d1f0c2e-0000-4000-8000-000000000001" }) {
      created { token imageShareGroupToken { id status } } userErrors { field message } } }`);
    expect(created.errors).toBeUndefined();
    const { token, imageShareGroupToken } = created.data.createImageShareGroupToken.created;
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    stack.emulator.clearLog();
    const read = await stack.gql(
      `query($id: ID!) { imageShareGroupToken(id: $id) { id status shareGroup { label } images { totalCount } } }`,
      {
        variables: { id: imageShareGroupToken.id },
      },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data.imageShareGroupToken).toEqual({ id: imageShareGroupToken.id, status: 'pending', shareGroup: null, images: null });
    expect(stack.emulator.log.filter((e) => /\/sharegroup(\/images)?$/.test(e.path))).toEqual([]);
    expect(JSON.stringify(stack.emulator.store.today['/images/sharegroups/tokens'])).not.toContain(token);
  });
});
