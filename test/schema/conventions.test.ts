// The schema follows DESIGN.md's conventions and exposes every field the facts document.
import { readFileSync } from 'node:fs';
import { getNamedType, GraphQLEnumType, GraphQLInputObjectType, GraphQLObjectType, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { filterableFields, schemaFact } from 'linode-facts';
import { ownIdTypeNames } from '../../src/schema/kit/nested-ids.js';
import { camelCase } from '../../src/schema/kit/names.js';
import { declaredResources } from '../../src/schema/kit/resource.js';
import { schema } from '../../src/schema/index.js';

const resources: Array<[typeName: string, factSchema: string, replaced: Record<string, string>]> = [
  ['Instance', 'Linode', {}],
  ['Region', 'Region', {}],
  ['LinodeType', 'LinodeType', {}],
  ['Kernel', 'Kernel', {}],
  ['Image', 'Image', {}],
  ['Disk', 'Disk', {}],
  ['InstanceConfig', 'LinodeConfig', {}],
  ['Volume', 'Volume', {}],
];

function objectType(name: string): GraphQLObjectType {
  const type = schema.getType(name);
  if (!(type instanceof GraphQLObjectType)) throw new Error(`${name} is not an object type`);
  return type;
}

describe('schema conventions', () => {
  it('schema.graphql is the printed schema', () => {
    expect(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8')).toBe(`${printSchema(schema)}\n`);
  });

  it.each(resources)('%s exposes every readable field of the Linode %s schema, camelCased', (typeName, factSchema) => {
    const fields = objectType(typeName).getFields();
    for (const [key, fact] of Object.entries(schemaFact(factSchema).fields)) {
      if (fact.writeOnly) continue;
      expect(fields, `${typeName}.${camelCase(key)}`).toHaveProperty(camelCase(key));
    }
    expect(fields.id.type.toString()).toBe('ID!');
  });

  it.each(resources)(
    '%s filter holds only fields Linode marks filterable (or, for a catalog the gateway filters itself, its declared ones)',
    (typeName, factSchema) => {
      const filter = schema.getType(`${typeName}Filter`);
      const local = declaredResources.find((r) => r.config.name === typeName)?.config.localFilter;
      const keys = local ?? filterableFields(factSchema);
      const allowed = keys.map(camelCase);
      if (allowed.length === 0) {
        expect(filter).toBeUndefined();
        return;
      }
      expect(filter).toBeInstanceOf(GraphQLInputObjectType);
      const names = Object.keys((filter as GraphQLInputObjectType).getFields()).filter((n) => n !== 'and' && n !== 'or');
      expect(names.sort()).toEqual([...allowed].sort());
      const order = schema.getType(`${typeName}OrderField`) as GraphQLEnumType;
      expect(
        order
          .getValues()
          .map((v) => v.value)
          .sort(),
      ).toEqual([...keys].sort());
    },
  );

  it('every connection has edges, nodes, pageInfo and totalCount', () => {
    const connections = Object.values(schema.getTypeMap()).filter((t) => t instanceof GraphQLObjectType && t.name.endsWith('Connection'));
    expect(connections.length).toBeGreaterThanOrEqual(6);
    for (const connection of connections as GraphQLObjectType[]) {
      const fields = connection.getFields();
      expect(Object.keys(fields).sort(), connection.name).toEqual(expect.arrayContaining(['edges', 'nodes', 'pageInfo', 'totalCount']));
      expect(fields.totalCount.type.toString()).toBe('Int!');
    }
  });

  it('enum values are UPPER_SNAKE_CASE and types PascalCase', () => {
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      expect(type.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
      if (type instanceof GraphQLEnumType) for (const value of type.getValues()) expect(value.name).toMatch(/^_?[A-Z0-9]+(_[A-Z0-9]+)*$/);
    }
  });

  it('only nodes have an `id` (and nested objects whose id is their own): client caches normalise on __typename + id', () => {
    const withId = Object.values(schema.getTypeMap()).filter(
      (type): type is GraphQLObjectType => type instanceof GraphQLObjectType && !type.name.startsWith('__') && 'id' in type.getFields(),
    );
    const notNodes = withId.filter((type) => !type.getInterfaces().some((i) => i.name === 'Node')).map((type) => type.name);
    expect(notNodes.sort()).toEqual([...ownIdTypeNames].sort());
    expect([...ownIdTypeNames].sort()).toEqual([
      'Backup',
      // Another account's share group seen through a token, and a shared image (`shared/123`): their own ids.
      'ConsumerImageShareGroup',
      'ImageShareEntry',
      'InstanceConfigInterface',
      'LKENodePoolNode',
      'ProxyUserToken',
      'SecurityQuestion',
      'VPCSubnetLinodeInterface',
      'VPCSubnetSummary',
      'VPCSubnetSummaryLinodeInterface',
    ]);
    // A price per region is keyed by its region, which it names as regionId (with the region).
    expect(Object.keys((schema.getType('LinodeTypeRegionPrice') as GraphQLObjectType).getFields()).sort()).toEqual([
      'hourly',
      'monthly',
      'region',
      'regionId',
    ]);
  });

  it('an id that points at another object comes with a relation to it', () => {
    // The relation's name for a reference field, where it is not the field without `Id`.
    const relationOf: Record<string, string> = { linodeId: 'instance', instanceId: 'instance', nodebalancerId: 'nodeBalancer' };
    // References to objects that Linode can only look up under their parent, which these nested
    // objects do not carry (a config's device knows its disk id but not the instance's).
    const unlinked = new Set(['diskId', 'subnetId', 'configId', 'interfaceId', 'frontendVpcSubnetId', 'vpcConfigId']);
    // The same for the Linode interfaces an interface settings' default route names.
    unlinked.add('ipv4InterfaceId').add('ipv6InterfaceId');
    // References to kinds this graph does not have yet: image share groups
    // (their operations are in packages/linode-facts/data/overlay-operations.json), and databases of any engine.
    unlinked.add('sharegroupId').add('sourceImageId').add('databaseId');
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__') || type.name.endsWith('Payload')) continue;
      const fields = type.getFields();
      for (const [name, field] of Object.entries(fields)) {
        if (!name.endsWith('Id') || name === 'globalId' || getNamedType(field.type).name !== 'ID' || unlinked.has(name)) continue;
        const relation = relationOf[name] ?? name.slice(0, -2);
        if (!(relation in fields)) missing.push(`${type.name}.${name} -> ${relation}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('root collections are connections with filter/orderBy where Linode allows filtering', () => {
    const query = schema.getQueryType()!.getFields();
    for (const name of ['instances', 'regions', 'linodeTypes', 'images', 'kernels', 'volumes']) {
      expect(getNamedType(query[name].type).name).toMatch(/Connection$/);
      expect(query[name].args.map((a) => a.name)).toEqual(expect.arrayContaining(['first', 'after', 'last', 'before']));
    }
    expect(query.instances.args.map((a) => a.name)).toEqual(expect.arrayContaining(['filter', 'orderBy']));
    for (const name of ['instance', 'region', 'linodeType', 'image', 'kernel', 'volume', 'node', 'nodes'])
      expect(query).toHaveProperty(name);
  });

  it('queries never write: the Query type has no field that maps to a Linode write', () => {
    const names = Object.keys(schema.getQueryType()!.getFields());
    for (const name of names) expect(name).not.toMatch(/^(create|update|delete|boot|reboot|shutdown|attach|detach|resize|rebuild)/);
  });
});

describe('coverage of the Linode API', () => {
  // Paginated collections that are not a connection of their own type, each with its reason (the
  // coverage crawl, test/coverage, shows they are read).
  const notYet: Record<string, string> = {
    '/databases/instances': 'clusters of every engine: a connection of the Database union (Query.databases)',
    '/tags/{tagLabel}': 'objects of several types: a list of a union (Tag.objects)',
  };

  it('every paginated Linode collection is a connection, or is listed here with its reason', async () => {
    const { facts } = await import('linode-facts');
    const { declaredChildResources } = await import('../../src/schema/kit/child-resource.js');
    const { declaredPlainLists } = await import('../../src/schema/kit/plain-list.js');
    const covered = new Set<string>([
      ...declaredPlainLists.map((l) => l.operation.replace(/^GET /, '')),
      ...declaredResources.map((r) => r.config.path),
      ...declaredChildResources.map((c) => c.operation.replace(/^GET /, '')),
      '/linode/instances/{id}/volumes',
      '/linode/instances/{id}/firewalls',
      '/linode/instances/{id}/nodebalancers',
      '/nodebalancers/{id}/firewalls',
      '/profile/logins',
      '/object-storage/buckets/{id}',
      '/lke/clusters/{id}/api-endpoints',
      '/monitor/services/{id}/dashboards',
      '/monitor/alert-definitions',
      '/linode/instances/{id}/interfaces/{id}/firewalls',
      '/images/{id}/sharegroups',
      '/images/sharegroups/tokens/{id}/sharegroup/images',
    ]);
    const normalise = (path: string) => path.replace(/\{[^}]+\}/g, '{id}');
    for (const path of [...covered]) covered.add(normalise(path)); // `{slug}` parents
    const collections = facts.operations.filter((o) => o.method === 'GET' && o.paginated).map((o) => o.path);
    const missing = collections.filter((p) => !covered.has(normalise(p)) && !(p in notYet));
    expect(missing).toEqual([]);
    // The reasons stay true: none of these has become an ordinary connection.
    expect(Object.keys(notYet).filter((p) => covered.has(normalise(p)))).toEqual([]);
    const exposed = collections.filter((p) => covered.has(normalise(p)));
    expect(exposed.length).toBeGreaterThanOrEqual(40);
  });
});
