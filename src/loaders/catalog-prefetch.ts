// The critical path of a query is its dependency depth in round trips. A catalog (regions, types,
// kernels, images...) named deep in a query (an instance's configs' kernels) would otherwise be
// asked for only once its parents arrive, one round trip later; it depends on nothing, so it is
// requested as the operation starts, alongside the first level, through the same memoised and
// cached read its loader then finds (src/loaders/by-id.ts). So is an account-wide list a field
// reads for many parents at once, whatever they are (an instance's volumes, under a list of
// instances: the account's volume list, src/loaders/instance-volumes.ts).
import {
  getNamedType,
  getNullableType,
  getOperationAST,
  isListType,
  isObjectType,
  Kind,
  OperationTypeNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
} from 'graphql';
import type { GatewayContext } from '../context.js';
import { catalogRule } from '../schema/kit/resource-loader.js';
import { declaredResources, type ResourceSettings } from '../schema/kit/resource.js';
import { MAX_PAGE_SIZE } from '../rest/page-plan.js';

/**
 * Fields that, under a list of their parents, read one account-wide list whatever the parents are,
 * and how to start that read (the same call, so the same memoised answer, as their loader's).
 */
const ACCOUNT_LISTS: Record<string, { applies: (field: FieldNode) => boolean; start: (ctx: GatewayContext) => Promise<unknown> }> = {
  'Instance.volumes': {
    // Filtered or ordered, each instance reads its own list (src/schema/linode/instance.ts).
    applies: (field) => !field.arguments?.some((a) => a.name.value === 'filter' || a.name.value === 'orderBy'),
    start: (ctx) => ctx.upstream.page('/volumes', 1, MAX_PAGE_SIZE, { operation: 'GET /volumes', lookahead: true }),
  },
};

interface Plan {
  catalogs: ResourceSettings[];
  accountLists: string[];
}

/** Catalog resources by GraphQL type name. */
function catalogsByType(): Map<string, ResourceSettings> {
  const catalogs = new Map<string, ResourceSettings>();
  for (const { config } of declaredResources) if (config.catalog) catalogs.set(config.name, config);
  return catalogs;
}

export class CatalogPrefetch {
  private catalogs: Map<string, ResourceSettings> | undefined;
  private readonly plans = new WeakMap<DocumentNode, Map<string, Plan>>();
  /** Each catalog's cache rule, worked out once (it looks the operation up in the facts). */
  private readonly rules = new Map<ResourceSettings, ReturnType<typeof catalogRule>>();

  /** Starts reading the catalogs the operation names below its root fields. */
  start(ctx: GatewayContext, schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): void {
    const plan = this.plan(schema, document, operationName);
    if (ctx.token) for (const coordinate of plan.accountLists) ACCOUNT_LISTS[coordinate].start(ctx).catch(() => undefined);
    for (const config of plan.catalogs) {
      if (!this.rules.has(config)) this.rules.set(config, catalogRule(config));
      const rule = this.rules.get(config);
      if (!rule || (rule.scope === 'private' && !ctx.token)) continue;
      ctx.upstream.all(config.path, { operation: `GET ${config.path}`, cache: rule }).catch(() => undefined);
    }
  }

  private plan(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): Plan {
    let byOperation = this.plans.get(document);
    if (!byOperation) {
      byOperation = new Map();
      this.plans.set(document, byOperation);
    }
    const key = operationName ?? '';
    let plan = byOperation.get(key);
    if (!plan) {
      plan = this.walk(schema, document, operationName);
      byOperation.set(key, plan);
    }
    return plan;
  }

  private walk(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): Plan {
    this.catalogs ??= catalogsByType();
    const catalogs = this.catalogs;
    const operation = getOperationAST(document, operationName);
    if (!operation || operation.operation !== OperationTypeNode.QUERY) return { catalogs: [], accountLists: [] };
    const found = new Set<ResourceSettings>();
    const accountLists = new Set<string>();
    const typeInfo = new TypeInfo(schema);
    let depth = 0;
    // Per field on the way down: whether it, or a field above it, is a list (a connection is one).
    // A fragment's fields do not count as under a list: where it is spread is not known here, and
    // under one object the list would be read for nothing.
    const underList: boolean[] = [];
    // Only the operation and the fragments it may spread; fields below the root level.
    const parts: DocumentNode = {
      ...document,
      definitions: document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION),
    };
    visit(
      parts,
      visitWithTypeInfo(typeInfo, {
        OperationDefinition: { enter: () => void ((depth = 0), (underList.length = 0)) },
        FragmentDefinition: { enter: () => void ((depth = 1), (underList.length = 0)) },
        Field: {
          enter(node) {
            depth += 1;
            const type = typeInfo.getType();
            const named = type ? getNamedType(type) : undefined;
            const config = named && isObjectType(named) ? catalogs.get(named.name) : undefined;
            if (config && depth > 1) found.add(config);
            const above = underList.at(-1) ?? false;
            const coordinate = `${typeInfo.getParentType()?.name ?? ''}.${node.name.value}`;
            if (above && ACCOUNT_LISTS[coordinate]?.applies(node)) accountLists.add(coordinate);
            const list =
              type !== null && type !== undefined && (isListType(getNullableType(type)) || Boolean(named?.name.endsWith('Connection')));
            underList.push(above || list);
          },
          leave: () => void ((depth -= 1), underList.pop()),
        },
      }),
    );
    return { catalogs: [...found], accountLists: [...accountLists] };
  }
}
