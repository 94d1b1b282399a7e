// Mutations: verbNoun, an `input` object, a payload `{ <resource>, userErrors }`. Linode's
// per-field 400 errors become userErrors whose `field` is the path into the GraphQL input; any
// other failure is a GraphQL error with its code.
import type { GatewayContext } from '../../context.js';
import { operationFact, type ObjectFact } from 'linode-facts';
import { LinodeApiError } from '../../rest/errors.js';
import { builder } from '../builder.js';
import type { ChildResource } from './child-resource.js';
import type { LinodeRecord } from './fact-fields.js';
import { idKindOfParam, validId } from './ids.js';
import { factInputRef, toLinodeBody } from './inputs.js';
import { camelCase, pascalCase } from './names.js';
import { tagType, type Resource } from './resource.js';

export interface UserError {
  field: string[] | null;
  message: string;
}

export const UserErrorRef = builder.objectRef<UserError>('UserError').implement({
  description: 'A problem with the input that the caller can fix.',
  fields: (t) => ({
    field: t.stringList({
      nullable: true,
      description: 'Path to the input field at fault, e.g. ["input", "rootPass"].',
      resolve: (e) => e.field,
    }),
    message: t.exposeString('message'),
  }),
});

/** Linode's `interfaces[0].ipam_address` -> ["input", "interfaces", "0", "ipamAddress"]. */
export function inputPath(linodeField: string | undefined, argument = 'input'): string[] | null {
  if (!linodeField) return null;
  const parts = linodeField
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? p : camelCase(p)));
  return [argument, ...parts];
}

export interface MutationOutcome<T> {
  result: T | null;
  userErrors: UserError[];
}

/** Runs a write; Linode's 400 becomes userErrors, everything else is thrown. */
export async function attempt<T>(run: () => Promise<T>, argument = 'input'): Promise<MutationOutcome<T>> {
  try {
    return { result: await run(), userErrors: [] };
  } catch (error) {
    if (error instanceof LinodeApiError && error.status === 400) {
      const reasons = error.errors.length > 0 ? error.errors : [{ reason: error.message }];
      return { result: null, userErrors: reasons.map((e) => ({ field: inputPath(e.field, argument), message: e.reason })) };
    }
    throw error;
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyRef = any;

type PayloadRef = ReturnType<typeof builder.objectRef<MutationOutcome<unknown>>>;
const payloadRefs = new Map<string, PayloadRef>();
/** The payload's field of each payload type: one name for every mutation sharing the type. */
const payloadFields = new Map<string, string | undefined>();

/** `XPayload { <field>: X, userErrors }`, or just userErrors when `field` is omitted; one type per name. */
export function payloadRef(name: string, field?: { name: string; type: AnyRef; description: string }): PayloadRef {
  const existing = payloadRefs.get(name);
  if (existing) {
    if (payloadFields.get(name) !== field?.name) throw new Error(`${name} holds \`${payloadFields.get(name)}\`, not \`${field?.name}\``);
    return existing;
  }
  const ref = builder.objectRef<MutationOutcome<unknown>>(name);
  payloadRefs.set(name, ref);
  payloadFields.set(name, field?.name);
  ref.implement({
    description: `Result of ${name.replace(/Payload$/, '')}.`,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    fields: (t: any) => ({
      ...(field
        ? {
            [field.name]: t.field({
              type: field.type,
              nullable: true,
              description: field.description,
              resolve: (p: MutationOutcome<unknown>) => p.result,
            }),
          }
        : {}),
      userErrors: t.field({
        type: [UserErrorRef],
        description: 'Problems with the input; empty on success.',
        resolve: (p: MutationOutcome<unknown>) => p.userErrors,
      }),
    }),
  });
  return ref;
}

/** What a mutation's payload holds besides userErrors. */
export type MutationResult =
  /** The object Linode answers with (create, update), or, with `reload`, the object acted on, read again when selected. */
  | { field: string; resource: Resource; reload?: boolean }
  /** A child object Linode answers with; `parent` gives its parent's id from the path parameters. */
  | { field: string; child: ChildResource; parent: (params: Record<string, string>) => string }
  /** `deletedId`: the id of what was deleted. */
  | 'deleted'
  /** Only userErrors: an action on something that cannot be read again by id alone. */
  | 'none';

export interface MutationSpec {
  /** The Linode operation, e.g. `POST /domains/{domainId}/records`. */
  op: string;
  description: string;
  /** The path parameter given as the `id` argument: the object acted on. Others keep their names. */
  id?: string;
  returns: MutationResult;
  /** Input is optional (Linode has defaults for every field). */
  optionalInput?: boolean;
  /** What the input holds, when the mutation's description does not say. */
  input?: string;
}

/**
 * Root Mutation fields from a table of Linode write operations: arguments from the path
 * parameters (validated), `input` from the request body's facts, and the payload from `returns`.
 * The input type is named after the mutation (`createDomain` -> `CreateDomainInput`).
 */
export function defineMutations(specs: Record<string, MutationSpec>): void {
  builder.mutationFields((t) => Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, mutationField(t, name, spec)])));
}

function mutationField(t: AnyRef, name: string, spec: MutationSpec) {
  const [method, path] = spec.op.split(' ') as ['POST' | 'PUT' | 'DELETE', string];
  const op = operationFact(method, path);
  // Some request schemas merge parts (allOf) and come without a plain `object` type: their fields count.
  const request = op.request?.fields ? (op.request as ObjectFact) : undefined;
  const typeName = pascalCase(name);
  const input =
    request && Object.values(request.fields).some((f) => !f.readOnly) ? factInputRef(`${typeName}Input`, request, spec.input) : undefined;
  const argName = (param: string) => (param === spec.id ? 'id' : param);
  const payload = payloadOf(typeName, spec.returns);

  return t.field({
    type: payload,
    nullable: true, // one failing mutation must not null the others' results
    description: spec.description,
    args: {
      ...Object.fromEntries(op.pathParams.map((p) => [argName(p.name), t.arg.id({ required: true })])),
      ...(input ? { input: t.arg({ type: input, required: !spec.optionalInput }) } : {}),
    },
    resolve: (_root: unknown, args: Record<string, unknown>, ctx: GatewayContext) => {
      // Validated before anything is sent: a bad id is BAD_USER_INPUT, not a user error.
      const params = Object.fromEntries(
        op.pathParams.map((p) => [p.name, validId(idKindOfParam(p), args[argName(p.name)], argName(p.name))]),
      );
      const url = path.replace(/\{(\w+)\}/g, (_m, key: string) => params[key]);
      const body = input && args.input ? toLinodeBody(args.input as Record<string, unknown>, request as ObjectFact) : undefined;
      return attempt(async () => {
        const answer = await ctx.upstream.write<LinodeRecord>(method, url, body, spec.op);
        const subject = spec.id ? params[spec.id] : undefined;
        const returns = spec.returns;
        if (returns === 'deleted') return subject ?? null;
        if (returns === 'none') return null;
        if ('child' in returns) return returns.child.adopt(answer, returns.parent(params));
        // What this request loaded of the object before the write is stale now.
        const loader = returns.resource.ref.getDataloader(ctx);
        if (returns.reload) {
          if (subject !== undefined) loader.clear(subject);
          return subject ?? null;
        }
        const fresh = tagType(answer, returns.resource.config.name);
        loader.clear(String(fresh[returns.resource.config.idField ?? 'id'])); // primed again when resolved
        return fresh;
      });
    },
  });
}

function payloadOf(mutationType: string, returns: MutationResult): AnyRef {
  if (returns === 'none') return payloadRef(`${mutationType}Payload`);
  if (returns === 'deleted') {
    return payloadRef(`${mutationType}Payload`, {
      name: 'deletedId',
      type: 'ID',
      description: 'The id of what was deleted; null when nothing was.',
    });
  }
  const type = 'child' in returns ? returns.child : returns.resource;
  const typename = 'child' in returns ? returns.child.config.name : returns.resource.config.name;
  return payloadRef(`${typename}Payload`, { name: returns.field, type: type.ref, description: `The ${typename} after the change.` });
}
