// Every id is validated before it goes into a URL path: nothing a caller sends can change which
// Linode endpoint is called.
import { GraphQLError } from 'graphql';

export type IdKind = 'int' | 'slug' | 'image' | 'ip';

const patterns: Record<IdKind, RegExp> = {
  int: /^[0-9]{1,15}$/,
  // Region, type and kernel ids: `us-east`, `g6-standard-2`, `linode/grub2`, `linode/5.4.0-x86_64`.
  slug: /^[a-z0-9][a-z0-9._-]{0,63}(\/[a-z0-9][a-z0-9._-]{0,63})?$/i,
  // Images: `linode/debian12`, `private/123`.
  image: /^(linode|private)\/[a-z0-9][a-z0-9._-]{0,99}$/i,
  // IP addresses: `203.0.113.7`, `2600:3c03::f03c:91ff:fe24:3a2f`.
  ip: /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f:]{2,39})$/i,
};

export function badInput(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions } });
}

/** The id as it goes into a path, or a BAD_USER_INPUT error naming what is wrong. */
export function validId(kind: IdKind, value: unknown, argument = 'id'): string {
  const id = String(value ?? '');
  if (!patterns[kind].test(id) || id.includes('..')) {
    const expected = {
      int: 'a numeric id',
      image: 'an image id such as linode/debian12 or private/123',
      ip: 'an IPv4 or IPv6 address',
      slug: 'an id of letters, digits, dots, dashes and underscores',
    }[kind];
    throw badInput(`Invalid ${argument} ${JSON.stringify(id).slice(0, 80)}: expected ${expected}.`, { argument });
  }
  return id;
}

/** Path segments for a slug id: `linode/grub2` keeps its one slash, encoded segments are refused. */
export function idPath(kind: IdKind, value: unknown): string {
  return validId(kind, value);
}
