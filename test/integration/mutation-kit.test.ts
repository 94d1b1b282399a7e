// The mutations declared from tables (src/resolvers/*-mutations.ts): path parameters become
// validated arguments, the input becomes Linode's body, and the payload holds what Linode answered,
// the object acted on (read again), or the deleted id.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => {
  stack.emulator.clearLog();
  stack.emulator.clearFaults();
});

const answer = (method: string, path: string, body: unknown, status = 200) =>
  stack.emulator.inject({ method, path, status, body: JSON.stringify(body), times: 1 });

describe('mutations from tables', () => {
  it('a child object created under its parent keeps the parent: its global id and relation work', async () => {
    const domain: any = stack.emulator.store.domains[0];
    answer('POST', `/v4/domains/${domain.id}/records`, {
      id: 777,
      type: 'A',
      name: 'www',
      target: '203.0.113.9',
      priority: 0,
      weight: 0,
      port: 0,
      service: null,
      protocol: null,
      ttl_sec: 300,
      tag: null,
      created: '2026-11-30T10:00:00',
      updated: '2026-11-30T10:00:00',
    });
    const { data, errors } = await stack.gql(
      'mutation($d: ID!) { createDomainRecord(domainId: $d, input: { type: A, name: "www", target: "203.0.113.9", ttlSec: 300 }) { record { id globalId name domain { id } } userErrors { message } } }',
      { variables: { d: domain.id } },
    );
    expect(errors).toBeUndefined();
    const record = data.createDomainRecord.record;
    expect(record).toMatchObject({ id: '777', name: 'www', domain: { id: String(domain.id) } });
    expect(Buffer.from(record.globalId, 'base64').toString()).toBe(`DomainRecord:${domain.id}/777`);
    // The write, then the domain (selected through the relation).
    expect(stack.emulator.log.map((e) => `${e.method} ${e.path}`)).toEqual([
      `POST /v4/domains/${domain.id}/records`,
      `GET /v4/domains/${domain.id}`,
    ]);
  });

  it('Linode field errors become userErrors with the GraphQL input path', async () => {
    answer(
      'POST',
      '/v4/networking/firewalls',
      {
        errors: [
          { field: 'rules.inbound_policy', reason: 'Must be ACCEPT or DROP' },
          { field: 'label', reason: 'Label is required' },
        ],
      },
      400,
    );
    const { data, errors } = await stack.gql(
      'mutation { createFirewall(input: { label: "", rules: { inboundPolicy: DROP, outboundPolicy: ACCEPT } }) { firewall { id } userErrors { field message } } }',
    );
    expect(errors).toBeUndefined();
    expect(data.createFirewall).toEqual({
      firewall: null,
      userErrors: [
        { field: ['input', 'rules', 'inboundPolicy'], message: 'Must be ACCEPT or DROP' },
        { field: ['input', 'label'], message: 'Label is required' },
      ],
    });
  });

  it('a field Linode requires is required in the input: missing, it is refused before anything is sent', async () => {
    const literal = await stack.gql('mutation { createDomain(input: { type: MASTER }) { domain { id } } }');
    expect(literal.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(literal.errors?.[0].message).toMatch(/CreateDomainInput\.domain/);
    const variable = await stack.gql('mutation($input: CreateDomainInput!) { createDomain(input: $input) { domain { id } } }', {
      variables: { input: { type: 'MASTER' } },
    });
    expect(variable.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(stack.emulator.log).toHaveLength(0);
  });

  it('an action Linode answers with nothing reads the object again when selected', async () => {
    const instance: any = stack.emulator.store.instances.find((i: any) => i.status === 'running');
    answer('POST', `/v4/linode/instances/${instance.id}/backups/enable`, {});
    const { data, errors } = await stack.gql(
      'mutation($id: ID!) { enableInstanceBackups(id: $id) { instance { id label } userErrors { message } } }',
      { variables: { id: instance.id } },
    );
    expect(errors).toBeUndefined();
    expect(data.enableInstanceBackups.instance).toEqual({ id: String(instance.id), label: instance.label });
    expect(stack.emulator.log.map((e) => `${e.method} ${e.path}`)).toEqual([
      `POST /v4/linode/instances/${instance.id}/backups/enable`,
      `GET /v4/linode/instances/${instance.id}`,
    ]);
  });

  it('a deletion answers the deleted id; nested path parameters are named', async () => {
    answer('DELETE', '/v4/nodebalancers/5/configs/6/nodes/7', {});
    const { data, errors } = await stack.gql(
      'mutation { deleteNodeBalancerNode(nodeBalancerId: 5, configId: 6, id: 7) { deletedId userErrors { message } } }',
    );
    expect(errors).toBeUndefined();
    expect(data.deleteNodeBalancerNode).toEqual({ deletedId: '7', userErrors: [] });
  });

  it.each([
    ['mutation { deleteDomainRecord(domainId: "1/../2", id: 3) { deletedId } }', 'domainId'],
    ['mutation { deleteUser(id: "../account") { deletedId } }', 'id'],
    ['mutation { deleteImage(id: "linode/../../account") { deletedId } }', 'id'],
    ['mutation { updateSSHKey(id: "1?x=1", input: { label: "k" }) { sshKey { id } } }', 'id'],
  ])('%s is BAD_USER_INPUT naming %s, with no upstream request', async (query, argument) => {
    const { data, errors } = await stack.gql(query);
    expect(Object.values(data)[0]).toBeNull();
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(stack.emulator.log).toHaveLength(0);
  });
});
