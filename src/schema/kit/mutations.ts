// Mutations: verbNoun, an `input` object, a payload `{ <resource>, userErrors }`. Linode's
// per-field 400 errors become userErrors whose `field` is the path into the GraphQL input; any
// other failure is a GraphQL error with its code.
import type { GatewayContext } from '../../context.js';
import { LinodeApiError } from '../../rest/errors.js';
import { builder } from '../builder.js';
import { camelCase } from './names.js';

export interface UserError {
  field: string[] | null;
  message: string;
}

export const UserErrorRef = builder.objectRef<UserError>('UserError').implement({
  description: 'A problem with the input that the caller can fix.',
  fields: (t) => ({
    field: t.stringList({ nullable: true, description: 'Path to the input field at fault, e.g. ["input", "rootPass"].', resolve: (e) => e.field }),
    message: t.exposeString('message'),
  }),
});

/** Linode's `interfaces[0].ipam_address` -> ["input", "interfaces", "0", "ipamAddress"]. */
export function inputPath(linodeField: string | undefined, argument = 'input'): string[] | null {
  if (!linodeField) return null;
  const parts = linodeField.split(/[.[\]]+/).filter(Boolean).map((p) => (/^\d+$/.test(p) ? p : camelCase(p)));
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

/** `XPayload { <field>: X, userErrors }`, or just userErrors when `field` is omitted. */
export function payloadRef(name: string, field?: { name: string; type: AnyRef; description: string }) {
  const ref = builder.objectRef<MutationOutcome<unknown>>(name);
  ref.implement({
    description: `Result of ${name.replace(/Payload$/, '')}.`,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    fields: (t: any) => ({
      ...(field ? { [field.name]: t.field({ type: field.type, nullable: true, description: field.description, resolve: (p: MutationOutcome<unknown>) => p.result }) } : {}),
      userErrors: t.field({ type: [UserErrorRef], description: 'Problems with the input; empty on success.', resolve: (p: MutationOutcome<unknown>) => p.userErrors }),
    }),
  });
  return ref;
}
