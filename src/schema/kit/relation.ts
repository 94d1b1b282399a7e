// Relations: a field that follows an id in a Linode object to the object it names. What the id
// names may be gone (deleted since, or newer than a cached catalog: the catalog loader asks Linode
// for it by id first); then the relation is null, without an error. Root lookups such as
// `instance(id:)` keep their NOT_FOUND.
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../../context.js';
import { LinodeApiError } from '../../rest/errors.js';
import type { LinodeRecord } from './fact-fields.js';
import type { Resource } from './resource.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type FieldBuilder = any;

/** Linode's 404, the loader's NOT_FOUND, or an id from Linode that no path may carry (BAD_USER_INPUT). */
export function isMissing(error: unknown): boolean {
  if (error instanceof LinodeApiError) return error.code === 'NOT_FOUND';
  if (error instanceof GraphQLError) return error.extensions?.code === 'NOT_FOUND' || error.extensions?.code === 'BAD_USER_INPUT';
  return false;
}

/** The object `id` names, or null when there is no id or nothing by it; other failures are errors. */
export async function loadRelated(ctx: GatewayContext, target: Resource, id: unknown): Promise<LinodeRecord | null> {
  if (id === null || id === undefined || id === '') return null;
  try {
    return await target.loadOne(ctx, id as string | number);
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

/** A nullable field of `target`'s type, following `idOf(parent)`. */
export function relation(t: FieldBuilder, target: Resource, idOf: (parent: LinodeRecord) => unknown, description: string) {
  return t.field({
    type: target.ref,
    nullable: true,
    description,
    resolve: (parent: LinodeRecord, _args: unknown, ctx: GatewayContext) => loadRelated(ctx, target, idOf(parent)),
  });
}

/** A relation from a reference key (`instance_id` -> Instance). */
export function referenceField(t: FieldBuilder, target: Resource, key: string, description: string) {
  return relation(t, target, (parent) => parent[key], description);
}
