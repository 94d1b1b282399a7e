// Linode points at "entities" as `{id, type, label, url}` (events, firewall devices, tickets).
// An entity union resolves those of this graph's types through their loaders.
import { builder } from '../builder.js';
import { typenameOf } from './linode-values.js';
import { loadRelated } from './relation.js';
import type { Field, Fields, Id, Loadable } from './types.js';

/** What Linode says of an entity: its id, its kind (`linode`, `volume`, ...) and its label. */
export type EntityRef = { id?: Id | null; type?: string | null; label?: string | null } | null | undefined;

/** The field resolving an entity of a parent, as `entityUnion` makes it. */
export type EntityField = <Parent>(t: Fields<Parent>, entityOf: (parent: Parent) => EntityRef, description: string) => Field;

/**
 * A union over `types` (Linode entity type -> resource) and the field resolving `entityOf(parent)`.
 * `types` is a thunk: entity unions and their members import each other.
 */
export function entityUnion(name: string, description: string, typesOf: () => Record<string, Loadable<unknown>>): EntityField {
  const union = builder.unionType(name, {
    description,
    types: () => Object.values(typesOf()).map((r) => r.ref),
    resolveType: (value) => typenameOf(value),
  });
  return (t, entityOf, fieldDescription) =>
    t.field({
      type: union,
      nullable: true,
      description: fieldDescription,
      resolve: (parent, _args, ctx) => {
        const entity = entityOf(parent);
        const resource = entity?.type ? typesOf()[entity.type] : undefined;
        // An entity deleted since is normal for old records: null, not an error.
        return resource && entity ? loadRelated(ctx, resource, entity.id) : null;
      },
    });
}

/**
 * For an object with an `entity` (omitted as a plain field): Linode's type and label of it, and
 * the entity itself through `entityField`, so no nested object borrows the entity's id.
 */
export function entityFields<Parent>(
  t: Fields<Parent>,
  entityField: EntityField,
  entityOf: (parent: Parent) => EntityRef,
  description: string,
): Record<'entityType' | 'entityLabel' | 'entity', Field> {
  return {
    entityType: t.string({
      nullable: true,
      description: "Linode's type of the entity (`linode`, `volume`, `ticket`, ...).",
      resolve: (p) => entityOf(p)?.type ?? null,
    }),
    entityLabel: t.string({
      nullable: true,
      description: "The entity's label as Linode recorded it.",
      resolve: (p) => entityOf(p)?.label ?? null,
    }),
    entity: entityField(t, entityOf, description),
  };
}
