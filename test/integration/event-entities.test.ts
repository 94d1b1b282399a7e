// Every entity type the emulator's events name (linode-emulator's EVENT_ENTITY_TYPES, each with an
// example from its seed), as an event's entity and secondary entity, read through the graph. The
// rule: an entity whose url points into the collection of a resource this graph loads by id
// (DESIGN: `event.entity` is a union of the graph's resources) resolves to it; any other (a disk,
// a config, a subnet: children read under their parent; the profile; a type nobody knows yet) is
// null, never an error, and Linode's type, id, label and url of it stay readable.
import { GraphQLUnionType } from 'graphql';
import { EVENT_ENTITY_EXAMPLES, EVENT_ENTITY_TYPES, type JsonObject } from 'linode-emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { isValidId } from '../../src/schema/kit/ids.js';
import { declaredResources } from '../../src/schema/kit/resource.js';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ emulator: { rateLimits: false } });
});
afterAll(() => stack.close());

type Entity = { id: number | string | null; type: string | null; label: string | null; url: string | null } | null;

/** The resource of this graph, and its id, that an entity's url names (the rule, from the declared resources). */
function expectedOf(entity: Entity): { typename: string; id: string } | null {
  const path = entity?.url?.replace(/^\/v4(beta)?(?=\/)/, '');
  const matches = declaredResources
    .map(({ config }) => ({ config, id: path?.startsWith(`${config.path}/`) ? path.slice(config.path.length + 1) : '' }))
    .filter(({ config, id }) => id && isValidId(config.idKind, id))
    .sort((a, b) => b.config.path.length - a.config.path.length);
  return matches[0] ? { typename: matches[0].config.name, id: matches[0].id } : null;
}

/** Events about each example (as entity and secondary entity), added to the emulator's account. */
function addEvents(entities: Entity[]): number[] {
  const events = stack.emulator.store.events;
  const template = events.at(-1) as JsonObject;
  let id = Math.max(...events.map((e) => e.id));
  return entities.map((entity) => {
    id += 1;
    events.push({ ...structuredClone(template), id, action: 'linode_update', entity, secondary_entity: entity } as (typeof events)[number]);
    return id;
  });
}

const union = schema.getType('Entity') as GraphQLUnionType;
const entityFragment = `fragment Named on Entity { __typename ${union
  .getTypes()
  .map((t) => `... on ${t.name} { id }`)
  .join(' ')} }`;
const fields = (prefix: string) => `${prefix}Type ${prefix}Id ${prefix}Label ${prefix}Url ${prefix} { ...Named }`;

describe('event entities through the graph', () => {
  it('every type the emulator names resolves when the graph has its resource, and reads as sent otherwise', async () => {
    const entities: Entity[] = [
      ...EVENT_ENTITY_TYPES.map((type) => EVENT_ENTITY_EXAMPLES[type](stack.emulator.store) as Entity),
      // A type nobody knows yet, one deleted since, and none at all.
      { id: 'x-1', type: 'some_future_type', label: 'new', url: '/v4/some/future/x-1' },
      { id: 999_999_999, type: 'linode', label: 'gone', url: '/v4/linode/instances/999999999' },
      null,
    ];
    const ids = addEvents(entities);
    const query = `query($ids: [ID!]) { events(first: ${ids.length}, filter: { id: { in: $ids } }) { nodes { id ${fields('entity')} ${fields('secondaryEntity')} } } } ${entityFragment}`;
    const { data, errors } = await stack.gql(query, { variables: { ids } });
    expect(errors, JSON.stringify(errors?.slice(0, 2))).toBeUndefined();
    const byId = new Map(data.events.nodes.map((e: { id: string }) => [e.id, e]));
    const resolved: string[] = [];
    entities.forEach((entity, i) => {
      const event = byId.get(String(ids[i])) as Record<string, any>;
      const label = entity?.type ?? 'none';
      for (const prefix of ['entity', 'secondaryEntity']) {
        expect(event[`${prefix}Type`], label).toBe(entity?.type ?? null);
        expect(event[`${prefix}Id`], label).toBe(entity?.id == null ? null : String(entity.id));
        expect(event[`${prefix}Label`], label).toBe(entity?.label ?? null);
        expect(event[`${prefix}Url`], label).toBe(entity?.url ?? null);
        const expected = entity?.label === 'gone' ? null : expectedOf(entity);
        expect(event[prefix], label).toEqual(expected && { __typename: expected.typename, id: expected.id });
      }
      if (event.entity) resolved.push(`${label} -> ${String(event.entity.__typename)}`);
    });
    // The rule at work: what resolves here (a database by its url's engine, a private image by its `private/` id).
    expect(resolved).toEqual(
      expect.arrayContaining(['database -> PostgreSQLDatabase', 'image -> Image', 'vpc -> VPC', 'obj_access_key -> ObjectStorageKey']),
    );
    expect(resolved.some((r) => r.startsWith('subnet') || r.startsWith('disk') || r.startsWith('profile'))).toBe(false);
  });
});
