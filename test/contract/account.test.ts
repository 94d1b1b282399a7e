// test/contract/documents/account.graphql (the team's contract, copied unchanged), against gateway + emulator.
import { GraphQLUnionType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { contractOperations, runContract } from '../support/contract.js';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());

const entityTypes: Record<string, string> = { linode: 'Instance', volume: 'Volume', domain: 'Domain' };
const union = schema.getType('Entity');
const entityMembers = union instanceof GraphQLUnionType ? union.getTypes().map((t) => t.name) : [];

describe('contract: account.graphql', () => {
  it('declares the operation this suite runs', () => {
    expect(contractOperations('account.graphql').map((o) => o.name)).toEqual(['Me']);
  });

  it('Me returns profile, account, events with their entities, volumes and domains with records', async () => {
    stack.emulator.clearLog();
    const { data, errors, extensions } = await runContract(stack.gateway, 'account.graphql', 'Me');
    expect(errors).toBeUndefined();
    const store = stack.emulator.store;
    expect(data.profile).toEqual({ username: store.singletons['/profile'].username, email: store.singletons['/profile'].email });
    expect(data.account.email).toBe(store.singletons['/account'].email);

    const events = [...store.events].sort((a: any, b: any) => (a.created < b.created ? 1 : a.created > b.created ? -1 : 0)).slice(0, 25);
    expect(data.events.nodes.map((e: any) => e.id)).toEqual(events.map((e: any) => String(e.id)));
    for (const [i, node] of data.events.nodes.entries()) {
      const entity = events[i].entity;
      const typename = entity ? entityTypes[entity.type] : undefined;
      if (typename && node.entity) {
        expect(node.entity.__typename).toBe(typename);
        expect(node.entity.id).toBe(String(entity.id));
      } else if (!typename && node.entity !== null) {
        // Another resource of the graph (a NodeBalancer, a placement group), selected by __typename alone.
        expect(entityMembers).toContain(node.entity.__typename);
      }
    }

    expect(data.volumes.nodes.map((v: any) => v.id)).toEqual(store.volumes.slice(0, 50).map((v: any) => String(v.id)));
    const attached = data.volumes.nodes.find((v: any) => v.instance);
    expect(attached.instance.label).toBe(store.instances.find((i: any) => String(i.id) === attached.instance.id)?.label);

    expect(data.domains.nodes.map((d: any) => d.domain)).toEqual(store.domains.slice(0, 20).map((d: any) => d.domain));
    for (const domain of data.domains.nodes) {
      const records = store.recordsByDomain[domain.id] ?? [];
      expect(domain.records.nodes.map((r: any) => r.id)).toEqual(records.slice(0, 50).map((r: any) => String(r.id)));
    }
    // Profile, account, events, volumes, domains: one each; entity and volume.instance lookups are
    // batched per type; records are one request per domain (no batch endpoint).
    const byPath = stack.emulator.log.reduce<Record<string, number>>((acc, e) => {
      const key = e.path.replace(/\/\d+(?=\/|$)/g, '/{id}');
      acc[key] = (acc[key] ?? 0) + 1;
      return acc;
    }, {});
    expect(byPath['/v4/domains/{id}/records']).toBe(data.domains.nodes.length);
    expect(byPath['/v4/account/events']).toBe(1);
    expect(byPath['/v4/profile']).toBe(1);
    expect(extensions?.upstream.requests).toBe(stack.emulator.log.length);
  });
});
