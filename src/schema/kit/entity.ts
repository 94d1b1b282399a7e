// Linode points at "entities" as `{id, type, label, url}` (events, firewall devices, tickets).
// An entity union resolves those of this graph's types through their loaders.
import type { GatewayContext } from '../../context.js';
import { builder } from '../builder.js';
import type { LinodeRecord } from './fact-fields.js';
import { loadRelated } from './relation.js';
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
        return resource && entity ? loadRelated(ctx, resource, entity.id) : null;
      },
    });
}

/**
 * For an object with an `entity` (omitted as a plain field): Linode's type and label of it, and
 * the entity itself through `entityField`, so no nested object borrows the entity's id.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function entityFields(
  t: any,
  entityField: ReturnType<typeof entityUnion>,
  entityOf: (parent: LinodeRecord) => EntityRef,
  description: string,
) {
  return {
    entityType: t.string({
      nullable: true,
      description: "Linode's type of the entity (`linode`, `volume`, `ticket`, ...).",
      resolve: (p: LinodeRecord) => entityOf(p)?.type ?? null,
    }),
    entityLabel: t.string({
      nullable: true,
      description: "The entity's label as Linode recorded it.",
      resolve: (p: LinodeRecord) => entityOf(p)?.label ?? null,
    }),
    entity: entityField(t, entityOf, description),
  };
}
