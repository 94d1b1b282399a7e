// Linode points at "entities" as `{id, type, label, url}` (events, firewall devices, tickets).
// An entity union resolves those of this graph's types through their loaders.
import type { GatewayContext } from '../../context.js';
import { builder } from '../builder.js';
import type { LinodeRecord } from './fact-fields.js';
import type { Resource } from './resource.js';

export type EntityRef = { id: number | string; type: string; label?: string | null } | null | undefined;

/**
 * A union over `types` (Linode entity type -> resource) and the field resolving `entityOf(parent)`.
 * `types` is a thunk: entity unions and their members import each other.
 */
export function entityUnion(name: string, description: string, typesOf: () => Record<string, Resource>) {
  const union = builder.unionType(name, {
    description,
    types: () => Object.values(typesOf()).map((r) => r.ref),
    resolveType: (value: LinodeRecord) => value.__typename as string,
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return (t: any, entityOf: (parent: LinodeRecord) => EntityRef, fieldDescription: string) =>
    t.field({
      type: union,
      nullable: true,
      description: fieldDescription,
      resolve: (parent: LinodeRecord, _args: unknown, ctx: GatewayContext) => {
        const entity = entityOf(parent);
        const resource = entity ? typesOf()[entity.type] : undefined;
        // An entity deleted since is normal for old records: null, not an error.
        return resource && entity ? resource.loadOne(ctx, entity.id).catch(() => null) : null;
      },
    });
}
