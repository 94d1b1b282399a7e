// Relations: a field that follows an id in a Linode object to the object it names. What the id
// names may be gone (deleted since, or newer than a cached catalog: the catalog loader asks Linode
// for it by id first); then the relation is null, without an error. Root lookups such as
// `instance(id:)` keep their NOT_FOUND. The target is a declared resource, never a type name.
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../../context.js';
import { LinodeApiError } from '../../rest/errors.js';
import type { Field, Fields, Id, IdKey, Loadable, ObjectOf } from './types.js';

/** Linode's 404, the loader's NOT_FOUND, or an id from Linode that no path may carry (BAD_USER_INPUT). */
export function isMissing(error: unknown): boolean {
  if (error instanceof LinodeApiError) return error.code === 'NOT_FOUND';
  if (error instanceof GraphQLError) return error.extensions?.code === 'NOT_FOUND' || error.extensions?.code === 'BAD_USER_INPUT';
  return false;
}

/** The object `id` names, or null when there is no id or nothing by it; other failures are errors. */
export async function loadRelated<Shape>(ctx: GatewayContext, target: Loadable<Shape>, id: Id | null | undefined): Promise<Shape | null> {
  if (id === null || id === undefined || id === '') return null;
  try {
    return await target.loadOne(ctx, id);
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

/** A nullable field of `target`'s type, following `idOf(parent)`. */
export function relation<Parent, Target>(
  t: Fields<Parent>,
  target: Loadable<Target>,
  idOf: (parent: Parent) => Id | null | undefined,
  description: string,
): Field {
  const type: ObjectOf<unknown> = target.ref; // Pothos cannot resolve a generic target's shape here
  return t.field({
    type,
    nullable: true,
    description,
    resolve: (parent, _args, ctx) => loadRelated(ctx, target, idOf(parent)),
  });
}

/** A relation from a reference key of the parent (`instance_id` -> Instance); a key the parent lacks is a type error. */
export function referenceField<Parent, Key extends IdKey<Parent>, Target>(
  t: Fields<Parent>,
  target: Loadable<Target>,
  key: Key,
  description: string,
): Field {
  return relation(t, target, (parent) => idValue(parent[key]), description);
}

/** An id as Linode sent it; anything else names nothing. */
function idValue(value: unknown): Id | null {
  return typeof value === 'string' || typeof value === 'number' ? value : null;
}
