// Every id is validated before it goes into a URL path, against the format of the path
// parameter it fills: nothing a caller sends can change which Linode endpoint is called. Only
// the kinds whose ids hold a `/` (images, kernels, database engines) accept one, exactly one.
import { GraphQLError } from 'graphql';

export type IdKind = 'int' | 'slug' | 'qualified' | 'username' | 'image' | 'ip' | 'tag';

const patterns: Record<IdKind, RegExp> = {
  int: /^[0-9]{1,15}$/,
  // One path segment: regions `us-east`, types `g6-standard-2`, LKE versions `1.29`, OAuth client ids.
  slug: /^[a-z0-9][a-z0-9._-]{0,63}$/i,
  // `vendor/name`: kernels `linode/grub2`, database engines `mysql/8.0.26`.
  qualified: /^[a-z0-9][a-z0-9._-]{0,63}\/[a-z0-9][a-z0-9._-]{0,63}$/i,
  // Linode usernames: 3 to 32 letters, digits, `-` and `_`, starting and ending with a letter or digit.
  username: /^[a-z0-9][a-z0-9_-]{1,30}[a-z0-9]$/i,
  // Images: `linode/debian12`, `private/123`, and as an image share group shows one, `shared/123`.
  image: /^(linode|private|shared)\/[a-z0-9][a-z0-9._-]{0,99}$/i,
  // IP addresses: `203.0.113.7`, `2600:3c03::f03c:91ff:fe24:3a2f`.
  ip: /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f:]{2,39})$/i,
  // Tag labels: up to 50 characters, spaces and punctuation too, but nothing that ends a path segment.
  tag: /^[^/\\?#%\p{Cc}]{1,50}$/u,
};

const expected: Record<IdKind, string> = {
  int: 'a numeric id',
  slug: 'an id of letters, digits, dots, dashes and underscores (no `/`)',
  qualified: 'an id such as linode/grub2: two parts of letters, digits, dots, dashes and underscores around one `/`',
  username: 'a username of 3 to 32 letters, digits, dashes and underscores',
  image: 'an image id such as linode/debian12, private/123 or shared/123',
  ip: 'an IPv4 or IPv6 address',
  tag: 'a tag label of 1 to 50 characters, without `/`, `\\`, `?`, `#` or `%`',
};

export function badInput(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions } });
}

/** An id's text; null, undefined and objects hold none. */
function idText(value: unknown): string {
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean' ? String(value) : '';
}

/** Whether `value` is an id of `kind` that may go into a path. */
export function isValidId(kind: IdKind, value: unknown): boolean {
  const id = idText(value);
  return patterns[kind].test(id) && !id.includes('..');
}

/** The id as it goes into a path, or a BAD_USER_INPUT error naming what is wrong. */
export function validId(kind: IdKind, value: unknown, argument = 'id'): string {
  const id = idText(value);
  if (!isValidId(kind, id)) {
    throw badInput(`Invalid ${argument} ${JSON.stringify(id).slice(0, 80)}: expected ${expected[kind]}.`, { argument });
  }
  return id;
}

/** Text path parameters that hold numbers although the spec types them as strings. */
const NUMERIC_TEXT = new Set(['stackscriptId', 'domainId']);
const TEXT_KINDS: Record<string, IdKind> = {
  imageId: 'image',
  address: 'ip',
  range: 'ip',
  username: 'username',
  kernelId: 'qualified',
  engineId: 'qualified',
  tagLabel: 'tag',
};

/** The id as it goes into a path segment: only tag labels hold characters to escape (spaces). */
export function pathSegment(kind: IdKind, id: string): string {
  return kind === 'tag' ? encodeURIComponent(id) : id;
}

/** The id kind of a Linode path parameter (its name and type in the facts). */
export function idKindOfParam(param: { name: string; type: string }): IdKind {
  if (param.type === 'integer' || NUMERIC_TEXT.has(param.name)) return 'int';
  return TEXT_KINDS[param.name] ?? 'slug';
}
