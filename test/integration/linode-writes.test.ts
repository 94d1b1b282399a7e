// The instance writes whose behaviour is worth more than the coverage harness's "it was sent":
// Linode's refusals come back as userErrors on the input path, state changes show on the next read,
// the image upload's URL is shown once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ emulator: { rateLimits: false } });
});
afterAll(() => stack.close());

const store = () => stack.emulator.store;
const running = (n = 0) => store().instances.filter((i) => i.status === 'running' && !i.lke_cluster_id)[n];

describe('instance writes', () => {
  it('a public IPv4 needs a word with support: a user error, nothing allocated', async () => {
    const instance = running(0);
    const before = store().ipsByInstance[instance.id].ipv4.public.length;
    const { data, errors } = await stack.gql(
      `mutation { allocateInstanceIP(id: ${instance.id}, input: { type: IPV4, public: true }) { ipAddress { address } userErrors { field message } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data.allocateInstanceIP.ipAddress).toBeNull();
    expect(data.allocateInstanceIP.userErrors[0].message).toMatch(/technical justification/);
    expect(store().ipsByInstance[instance.id].ipv4.public).toHaveLength(before);
  });

  it('a snapshot needs backups enabled', async () => {
    const instance = store().instances.find((i) => !i.backups.enabled)!;
    const { data } = await stack.gql(
      `mutation { createInstanceSnapshot(id: ${instance.id}, input: { label: "nope" }) { backup { id } userErrors { message } } }`,
    );
    expect(data.createInstanceSnapshot.userErrors).toEqual([{ message: 'Backups are not enabled for this Linode.' }]);
  });

  it('a snapshot is in progress, then readable by id; a second one is refused meanwhile', async () => {
    const instance = store().instances.find((i) => i.backups.enabled && i.status === 'running')!;
    const first = await stack.gql(
      `mutation { createInstanceSnapshot(id: ${instance.id}, input: { label: "one" }) { backup { id status label } userErrors { message } } }`,
    );
    expect(first.data.createInstanceSnapshot.backup).toMatchObject({ status: 'PENDING', label: 'one' });
    const id = first.data.createInstanceSnapshot.backup.id;
    const read = await stack.gql(
      `{ instance(id: ${instance.id}) { backup(id: ${id}) { id label } backups { snapshot { inProgress { id } } } } }`,
    );
    expect(read.data.instance.backup).toEqual({ id, label: 'one' });
    expect(read.data.instance.backups.snapshot.inProgress.id).toBe(id);
    const second = await stack.gql(
      `mutation { createInstanceSnapshot(id: ${instance.id}, input: { label: "two" }) { backup { id } userErrors { message } } }`,
    );
    expect(second.data.createInstanceSnapshot.userErrors[0].message).toMatch(/already in progress/);
  });

  it("ordering a config's interfaces must name each of them: a user error on input.ids", async () => {
    const instance = store().instances.find((i) => (store().configsByInstance[i.id]?.[0]?.interfaces.length ?? 0) > 1)!;
    const config = store().configsByInstance[instance.id][0];
    const { data } = await stack.gql(
      `mutation { orderInstanceConfigInterfaces(linodeId: ${instance.id}, id: ${config.id}, input: { ids: [${String(config.interfaces[0].id)}] }) { userErrors { field message } } }`,
    );
    expect(data.orderInstanceConfigInterfaces.userErrors).toEqual([
      { field: ['input', 'ids'], message: 'ids must list every interface of the configuration once' },
    ]);
  });

  it("ordering a config's interfaces answers them in their new order, read back only when asked for", async () => {
    const instance = store().instances.find((i) => (store().configsByInstance[i.id]?.[0]?.interfaces.length ?? 0) > 1)!;
    const config = store().configsByInstance[instance.id][0];
    const reversed = config.interfaces.map((i) => String(i.id)).reverse();
    const order = (ids: string[], selection: string) =>
      stack.gql(
        `mutation { orderInstanceConfigInterfaces(linodeId: ${instance.id}, id: ${config.id}, input: { ids: [${ids.join(', ')}] }) { ${selection} userErrors { field message } } }`,
      );
    const interfacesRead = () =>
      stack.emulator.log.filter((e) => e.method === 'GET' && e.path.endsWith(`/configs/${config.id}/interfaces`));

    stack.emulator.clearLog();
    const ordered = await order(reversed, 'interfaces { id purpose }');
    expect(ordered.errors).toBeUndefined();
    expect(ordered.data.orderInstanceConfigInterfaces.interfaces.map((i: { id: string }) => i.id)).toEqual(reversed);
    expect(stack.emulator.log.map((e) => e.method)).toEqual(['POST', 'GET']);
    expect(ordered.extensions?.upstream.requests).toBe(2);
    expect(ordered.extensions?.cost.estimated).toBeGreaterThanOrEqual(2);

    stack.emulator.clearLog();
    await order([...reversed].reverse(), '');
    expect(interfacesRead()).toEqual([]);
    stack.emulator.clearLog();
    const refused = await order(reversed.slice(1), 'interfaces { id }');
    expect(refused.data.orderInstanceConfigInterfaces.interfaces).toBeNull();
    expect(refused.data.orderInstanceConfigInterfaces.userErrors).toHaveLength(1);
    expect(interfacesRead()).toEqual([]);
  });

  it('an added interface is readable by id; deleting it answers its id', async () => {
    const instance = running(4);
    const config = store().configsByInstance[instance.id][0];
    const added = await stack.gql(
      `mutation { createInstanceConfigInterface(linodeId: ${instance.id}, configId: ${config.id}, input: { purpose: VLAN, label: "backend", ipamAddress: "10.8.0.2/24" }) { interface { id purpose label } userErrors { message } } }`,
    );
    const iface = added.data.createInstanceConfigInterface.interface;
    expect(iface).toMatchObject({ purpose: 'VLAN', label: 'backend' });
    const read = await stack.gql(
      `{ instance(id: ${instance.id}) { config(id: ${config.id}) { interface(id: ${iface.id}) { id label } } } }`,
    );
    expect(read.data.instance.config.interface).toEqual({ id: iface.id, label: 'backend' });
    const deleted = await stack.gql(
      `mutation { deleteInstanceConfigInterface(linodeId: ${instance.id}, configId: ${config.id}, id: ${iface.id}) { deletedId userErrors { message } } }`,
    );
    expect(deleted.data.deleteInstanceConfigInterface).toEqual({ deletedId: String(iface.id), userErrors: [] });
  });

  it('mutate without an upgrade to apply is refused', async () => {
    const { data } = await stack.gql(`mutation { mutateInstance(id: ${running(6).id}) { instance { id } userErrors { message } } }`);
    expect(data.mutateInstance.userErrors).toEqual([{ message: 'Linode has no upgrade available.' }]);
  });

  it('an image upload answers a pending image and its signed URL, once', async () => {
    const { data, errors } = await stack.gql(
      'mutation { uploadImage(input: { label: "my-upload", region: "us-east" }) { image { id label status } uploadTo userErrors { message } } }',
    );
    expect(errors).toBeUndefined();
    const { image, uploadTo } = data.uploadImage;
    expect(image).toMatchObject({ label: 'my-upload', status: 'PENDING_UPLOAD' });
    expect(uploadTo).toMatch(/^https:\/\/us-east-1\.linodeobjects\.com\/.+X-Amz-Signature=[0-9a-f]{32}$/);
    const read = await stack.gql(`{ image(id: "${image.id}") { id status } }`);
    expect(read.data.image).toEqual({ id: image.id, status: 'PENDING_UPLOAD' });
  });

  it('an unknown region for an upload is a user error on input.region', async () => {
    const { data } = await stack.gql(
      'mutation { uploadImage(input: { label: "x", region: "mars-1" }) { image { id } uploadTo userErrors { field message } } }',
    );
    expect(data.uploadImage).toEqual({
      image: null,
      uploadTo: null,
      userErrors: [{ field: ['input', 'region'], message: 'Region not found' }],
    });
  });
});
