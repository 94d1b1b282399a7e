// The generated client config (`npm run client-config`) is current and says what the schema says.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSchema, isObjectType } from 'graphql';
import { clientConfigFacts, staleClientConfig } from '../../scripts/client-config.js';
import { embeddedTypes, possibleTypes } from '../../src/clients/possible-types.generated.js';
import { typePolicies } from '../../src/clients/apollo.generated.js';
import { keys, resolvers } from '../../src/clients/urql.generated.js';
import { scalars } from '../../src/clients/codegen-scalars.generated.js';

const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));

describe('client config', () => {
  it('is up to date with schema.graphql (npm run client-config)', async () => {
    expect(await staleClientConfig()).toEqual([]);
  });

  it('embeds every object type without an id, in Apollo and urql alike', () => {
    const idless = Object.values(schema.getTypeMap()).filter(
      (t) =>
        isObjectType(t) && !t.name.startsWith('__') && !['Query', 'Mutation', 'Subscription'].includes(t.name) && !('id' in t.getFields()),
    );
    expect(embeddedTypes).toHaveLength(idless.length);
    for (const type of idless) {
      expect(typePolicies[type.name]).toMatchObject({ keyFields: false, merge: true });
      expect(keys[type.name]?.({} as never)).toBeNull();
    }
    expect(typePolicies.Instance?.keyFields).toBeUndefined();
    expect(typePolicies.LinodeTypeRegionPrice).toMatchObject({ keyFields: false });
  });

  it('pages every connection field, keyed by its arguments other than first/after/last/before', () => {
    const { connections } = clientConfigFacts(schema);
    expect(connections.length).toBeGreaterThan(60);
    for (const { type, field, keyArgs } of connections) {
      expect(typePolicies[type]?.fields?.[field]).toMatchObject({ keyArgs: keyArgs.length ? keyArgs : false });
      expect(typeof resolvers[type]?.[field]).toBe('function');
    }
    expect(typePolicies.Query?.fields?.instances).toMatchObject({ keyArgs: ['filter', 'orderBy'] });
  });

  it('lists possible types and codegen scalars', () => {
    expect(possibleTypes.Node).toContain('Instance');
    expect(possibleTypes.Entity).toEqual(expect.arrayContaining(['Instance', 'Volume']));
    expect(scalars).toEqual({ DateTime: 'string', JSON: 'unknown', SafeInt: 'number' });
  });
});
