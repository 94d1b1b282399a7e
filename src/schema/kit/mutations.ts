// Mutations: verbNoun, an `input` object, a payload `{ <resource>, userErrors }`. Linode's
// per-field 400 errors become userErrors whose `field` is the path into the GraphQL input; every
// other failure is a GraphQL error with its code.
import { operationFact, type ObjectFact } from 'linode-facts';
import type { RawBody } from '../../rest/client.js';
import { LinodeApiError } from '../../rest/errors.js';
import { builder } from '../builder.js';
import { upstreamCost } from './cost.js';
import { idKindOfParam, pathSegment, validId } from './ids.js';
import { factInputRef, toLinodeBody } from './inputs.js';
import { tagType, valueAt } from './linode-values.js';
import { camelCase, pascalCase } from './names.js';
import type { DeclaredResource } from './resource.js';
import type { Id, KitTypes, ObjectOf } from './types.js';

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
  /** The write's answer, for the payload's answer fields (AnswerField). */
  answer?: Record<string, unknown>;
  /** The path the payload's read-back field reads (ReadBack), once the write succeeded. */
  readBackPath?: string;
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

type PayloadRef = ObjectOf<MutationOutcome<unknown>>;
const payloadRefs = new Map<string, PayloadRef>();
/** The payload's field of each payload type: one name for every mutation sharing the type. */
const payloadFields = new Map<string, string | undefined>();

/**
 * A payload field holding a value of the write's answer that no object type carries: a secret
 * shown once (a new token: named for it, its description saying it is a secret; never cached, as
 * writes are not), or the answer of an action (a PayPal checkout token).
 */
export interface AnswerField {
  /** The payload field (`token`, `checkoutToken`). */
  field: string;
  /** Where the answer holds it. */
  key: string;
  description: string;
  /** Default String. */
  type?: 'String' | 'JSON';
}

/**
 * A payload field read after the write, with the write's path parameters: what an action that
 * answers `{}` changed (a config's interfaces in their new order). One request, sent only when the
 * field is selected and the write succeeded.
 */
export interface ReadBack {
  field: string;
  /** The Linode read, e.g. `GET /linode/instances/{linodeId}/configs/{configId}/interfaces`; it answers a plain array. */
  op: string;
  /** The type of the array's items. */
  item: ObjectOf<unknown>;
  description: string;
}

/** `XPayload { <field>: X, userErrors }`, or just userErrors when `field` is omitted; one type per name. */
export function payloadRef(
  name: string,
  field?: { name: string; type: ObjectOf<unknown> | 'ID'; description: string },
  answerFields: readonly AnswerField[] = [],
  readBack?: ReadBack,
): PayloadRef {
  const existing = payloadRefs.get(name);
  if (existing) {
    if (payloadFields.get(name) !== field?.name) throw new Error(`${name} holds \`${payloadFields.get(name)}\`, not \`${field?.name}\``);
    if (answerFields.length > 0 || readBack) throw new Error(`${name} holds fields of its own: its payload type is its own`);
    return existing;
  }
  const ref = builder.objectRef<MutationOutcome<unknown>>(name);
  payloadRefs.set(name, ref);
  payloadFields.set(name, field?.name);
  ref.implement({
    description: `Result of ${name.replace(/Payload$/, '')}.`,
    fields: (t) => ({
      ...(field
        ? {
            [field.name]: t.field({
              type: field.type,
              nullable: true,
              description: field.description,
              resolve: (p) => p.result,
            }),
          }
        : {}),
      ...Object.fromEntries(
        answerFields.map((a) => [
          a.field,
          t.field({
            type: a.type ?? 'String',
            nullable: true,
            description: a.description,
            resolve: (p) => {
              const value = a.key ? p.answer?.[a.key] : p.answer; // '' : the whole answer
              return a.type === 'JSON' || typeof value === 'string' ? value : null;
            },
          }),
        ]),
      ),
      ...(readBack
        ? {
            [readBack.field]: t.field({
              type: [readBack.item],
              nullable: true,
              description: readBack.description,
              // Counted by the cost estimate as one request, and by the coverage report as the read it makes.
              extensions: { ...upstreamCost.perParent, linodeOperation: readBack.op },
              resolve: (p, _args, ctx) => (p.readBackPath ? ctx.upstream.get<unknown[]>(p.readBackPath, { operation: readBack.op }) : null),
            }),
          }
        : {}),
      userErrors: t.field({
        type: [UserErrorRef],
        description: 'Problems with the input; empty on success.',
        resolve: (p) => p.userErrors,
      }),
    }),
  });
  return ref;
}

/** A resource a mutation answers with: its type, and its loader to drop what is stale. */
export interface MutationResource extends DeclaredResource {
  ref: ObjectOf<unknown>;
}

/** A child resource a mutation answers with: its type, and how it keeps its parent's id. */
export interface MutationChild {
  config: { name: string };
  ref: ObjectOf<unknown>;
  adopt(item: LinodeAnswer, parentId: Id): object;
}

/** What Linode answers a write with. */
type LinodeAnswer = Record<string, unknown>;

/** An object type that is not a node (a singleton such as the account's settings): a factObject's. */
export interface MutationObject {
  name: string;
  ref: ObjectOf<unknown>;
}

/** What a mutation's payload holds besides userErrors. */
export type MutationResult =
  /** The object Linode answers with (create, update), or, with `reload`, the object acted on, read again when selected. */
  | { field: string; resource: MutationResource; reload?: boolean }
  /** An object Linode answers with that is not a node (the account, its settings), as it comes. */
  | { field: string; object: MutationObject }
  /** A child object Linode answers with; `parent` gives its parent's id from the path parameters. */
  | { field: string; child: MutationChild; parent: (params: Record<string, string>) => string }
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
  /** The body is free-form JSON that Linode keeps as given (the profile's preferences): `input: JSON!`. */
  jsonInput?: boolean;
  /** Values of the answer as payload fields of their own (the payload type is then the mutation's own). */
  answerFields?: readonly AnswerField[];
  /** A payload field read after the write (the payload type is then the mutation's own). */
  readBack?: ReadBack;
  /**
   * The body is not JSON (an image, a multipart form): the input's String fields (name -> what it
   * holds, all required) and how they become the body.
   */
  upload?: { fields: Record<string, string>; body: (input: Record<string, string>) => RawBody };
}

/** The input type of an upload: its String fields, all required. */
function uploadInputRef(name: string, fields: Record<string, string>) {
  return builder.inputType(name, {
    fields: (t) => Object.fromEntries(Object.entries(fields).map(([key, description]) => [key, t.string({ required: true, description })])),
  });
}

/**
 * Root Mutation fields from a table of Linode write operations: arguments from the path
 * parameters (validated), `input` from the request body's facts, and the payload from `returns`.
 * The input type is named after the mutation (`createDomain` -> `CreateDomainInput`).
 */
export function defineMutations(specs: Record<string, MutationSpec>): void {
  builder.mutationFields((t) => Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, mutationField(t, name, spec)])));
}

/** `POST /domains/{domainId}/records` -> its method and path. */
function writeOperation(op: string): { method: 'POST' | 'PUT' | 'DELETE'; path: string } {
  const [method, path] = op.split(' ');
  if ((method === 'POST' || method === 'PUT' || method === 'DELETE') && path) return { method, path };
  throw new Error(`Mutation operation ${op}: expected POST, PUT or DELETE and a path`);
}

function mutationField(t: PothosSchemaTypes.MutationFieldBuilder<KitTypes, KitTypes['Root']>, name: string, spec: MutationSpec) {
  const { method, path } = writeOperation(spec.op);
  const op = operationFact(method, path);
  // Some request schemas merge parts (allOf) and come without a plain `object` type: their fields count.
  const request: ObjectFact | undefined = op.request?.fields ? { ...op.request, type: 'object', fields: op.request.fields } : undefined;
  const typeName = pascalCase(name);
  const input = spec.upload
    ? uploadInputRef(`${typeName}Input`, spec.upload.fields)
    : spec.jsonInput
      ? ('JSON' as const)
      : request && Object.values(request.fields).some((f) => !f.readOnly)
        ? factInputRef(`${typeName}Input`, request, spec.input)
        : undefined;
  const argName = (param: string) => (param === spec.id ? 'id' : param);
  const payload = payloadOf(typeName, spec.returns, spec.answerFields, spec.readBack);
  for (const [, key] of spec.readBack?.op.matchAll(/\{(\w+)\}/g) ?? []) {
    if (!op.pathParams.some((p) => p.name === key)) throw new Error(`${name}: ${spec.readBack?.op} needs {${key}}, which ${spec.op} lacks`);
  }

  return t.field({
    type: payload,
    nullable: true, // one failing mutation must not null the others' results
    description: spec.description,
    // The Linode write it makes, for the API coverage report (`npm run coverage`).
    extensions: { linodeOperation: `${method} ${path}` },
    args: {
      ...Object.fromEntries(op.pathParams.map((p) => [argName(p.name), t.arg.id({ required: true })])),
      ...(input ? { input: t.arg({ type: input, required: !spec.optionalInput }) } : {}),
    },
    resolve: (_root, args: Record<string, unknown>, ctx) => {
      // Validated before anything is sent: a bad id is BAD_USER_INPUT, not a user error.
      const params = Object.fromEntries(
        op.pathParams.map((p) => [p.name, validId(idKindOfParam(p), args[argName(p.name)], argName(p.name))]),
      );
      const kinds = Object.fromEntries(op.pathParams.map((p) => [p.name, idKindOfParam(p)]));
      const url = path.replace(/\{(\w+)\}/g, (_m, key: string) => pathSegment(kinds[key], params[key]));
      const given = args.input;
      const body = spec.upload
        ? spec.upload.body(given as Record<string, string>)
        : spec.jsonInput
          ? given
          : request && typeof given === 'object' && given !== null
            ? toLinodeBody(given, request)
            : undefined;
      let answered: LinodeAnswer | undefined;
      const outcome = attempt(async () => {
        const answer = await ctx.upstream.write<LinodeAnswer>(method, url, body, spec.op);
        answered = answer;
        const subject = spec.id ? params[spec.id] : undefined;
        const returns = spec.returns;
        if (returns === 'deleted') return subject ?? null;
        if (returns === 'none') return null;
        if ('child' in returns) return returns.child.adopt(answer, returns.parent(params));
        if ('object' in returns) return tagType(answer, returns.object.name);
        // What this request loaded of the object before the write is stale now.
        const { resource } = returns;
        if (returns.reload) {
          if (subject !== undefined) resource.forgetOne(ctx, subject);
          return subject ?? null;
        }
        const key = valueAt(answer, resource.config.idField ?? 'id');
        // An answer without the object's id is no object: the free Longview plan is `{}`.
        if (typeof key !== 'string' && typeof key !== 'number') return null;
        const fresh = tagType(answer, resource.config.name);
        resource.forgetOne(ctx, String(key)); // primed again when resolved
        return fresh;
      });
      const { readBack } = spec;
      if (readBack) {
        const readPath = readBack.op.replace(/^GET /, '').replace(/\{(\w+)\}/g, (_m, key: string) => pathSegment(kinds[key], params[key]));
        return outcome.then((o) => (o.userErrors.length === 0 ? { ...o, readBackPath: readPath } : o));
      }
      return spec.answerFields ? outcome.then((o) => ({ ...o, answer: answered })) : outcome;
    },
  });
}

function payloadOf(mutationType: string, returns: MutationResult, answerFields?: readonly AnswerField[], readBack?: ReadBack): PayloadRef {
  if (returns === 'none') return payloadRef(`${mutationType}Payload`, undefined, answerFields, readBack);
  if (readBack) throw new Error(`${mutationType}: a read-back field goes with \`returns: 'none'\``);
  if (returns === 'deleted') {
    return payloadRef(
      `${mutationType}Payload`,
      { name: 'deletedId', type: 'ID', description: 'The id of what was deleted; null when nothing was.' },
      answerFields,
    );
  }
  const type = 'child' in returns ? returns.child : 'object' in returns ? returns.object : returns.resource;
  const typename =
    'child' in returns ? returns.child.config.name : 'object' in returns ? returns.object.name : returns.resource.config.name;
  // A payload with answer fields (a secret) is the mutation's own type: others answering the same object show none.
  return payloadRef(
    answerFields ? `${mutationType}Payload` : `${typename}Payload`,
    { name: returns.field, type: type.ref, description: `The ${typename} after the change.` },
    answerFields,
  );
}
