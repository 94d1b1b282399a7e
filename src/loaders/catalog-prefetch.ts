// The critical path of a query is its dependency depth in round trips. A catalog (regions, types,
// kernels, images...) named deep in a query (an instance's configs' kernels) would otherwise be
// asked for only once its parents arrive, one round trip later; it depends on nothing, so it is
// requested as the operation starts, alongside the first level, through the same memoised and
// cached read its loader then finds (src/loaders/by-id.ts).
import {
  getNamedType,
  getOperationAST,
  isObjectType,
  Kind,
  OperationTypeNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import type { GatewayContext } from '../context.js';
import { catalogRule } from '../schema/kit/resource-loader.js';
import { declaredResources, type ResourceSettings } from '../schema/kit/resource.js';

/** Catalog resources by GraphQL type name. */
function catalogsByType(): Map<string, ResourceSettings> {
  const catalogs = new Map<string, ResourceSettings>();
  for (const { config } of declaredResources) if (config.catalog) catalogs.set(config.name, config);
  return catalogs;
}

export class CatalogPrefetch {
  private catalogs: Map<string, ResourceSettings> | undefined;
  private readonly plans = new WeakMap<DocumentNode, Map<string, ResourceSettings[]>>();
  /** Each catalog's cache rule, worked out once (it looks the operation up in the facts). */
  private readonly rules = new Map<ResourceSettings, ReturnType<typeof catalogRule>>();

  /** Starts reading the catalogs the operation names below its root fields. */
  start(ctx: GatewayContext, schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): void {
    for (const config of this.plan(schema, document, operationName)) {
      if (!this.rules.has(config)) this.rules.set(config, catalogRule(config));
      const rule = this.rules.get(config);
      if (!rule || (rule.scope === 'private' && !ctx.token)) continue;
      ctx.upstream.all(config.path, { operation: `GET ${config.path}`, cache: rule }).catch(() => undefined);
    }
  }

  private plan(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): ResourceSettings[] {
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

  private walk(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): ResourceSettings[] {
    this.catalogs ??= catalogsByType();
    const catalogs = this.catalogs;
    const operation = getOperationAST(document, operationName);
    if (!operation || operation.operation !== OperationTypeNode.QUERY) return [];
    const found = new Set<ResourceSettings>();
    const typeInfo = new TypeInfo(schema);
    let depth = 0;
    // Only the operation and the fragments it may spread; fields below the root level.
    const parts: DocumentNode = {
      ...document,
      definitions: document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION),
    };
    visit(
      parts,
      visitWithTypeInfo(typeInfo, {
        OperationDefinition: { enter: () => void (depth = 0) },
        FragmentDefinition: { enter: () => void (depth = 1) },
        Field: {
          enter() {
            depth += 1;
            const type = typeInfo.getType();
            const named = type ? getNamedType(type) : undefined;
            const config = named && isObjectType(named) ? catalogs.get(named.name) : undefined;
            if (config && depth > 1) found.add(config);
          },
          leave: () => void (depth -= 1),
        },
      }),
    );
    return [...found];
  }
}
