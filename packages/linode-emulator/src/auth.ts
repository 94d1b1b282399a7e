// Who is calling (token or anonymous) and whether they may call an operation.
import { createHash } from 'node:crypto';
import type { OperationFact } from 'linode-facts/spec';
import { ApiError } from './errors.js';
import { hasScopes, tokenFromHeader } from './tokens.js';

/**
 * Image reads list a `security` block, yet the spec documents calling them without a token to see
 * public images; the handlers hide private ones from anonymous callers.
 */
const ANONYMOUS_TOO = new Set(['getImages', 'getImage']);

/** Operations that answer without a token: those the spec lists no `security` for (see sync-facts). */
export const isPublic = (op: OperationFact): boolean => op.public === true || ANONYMOUS_TOO.has(op.operationId);

export interface Identity {
  /** Scopes of a valid token; undefined when anonymous. */
  scopes?: string;
  /** Rate-limit key: a hash of the token, or the client address. */
  client: string;
  /** A token was sent but is unknown. */
  invalid: boolean;
}

export function identify(authorization: string | undefined, tokens: Record<string, string>, address: string): Identity {
  const token = tokenFromHeader(authorization);
  const scopes = token !== undefined && Object.hasOwn(tokens, token) ? tokens[token] : undefined;
  if (scopes === undefined) return { client: `ip:${address}`, invalid: authorization !== undefined };
  return {
    scopes,
    client: `token:${createHash('sha256')
      .update(token as string)
      .digest('hex')
      .slice(0, 16)}`,
    invalid: false,
  };
}

/** Throws the 401 or 403 Linode would answer. */
export function authorize(op: OperationFact, who: Identity, tokenRequired: ReadonlySet<string> = new Set()): void {
  const open = isPublic(op) && !tokenRequired.has(op.operationId);
  if (who.invalid || (who.scopes === undefined && !open)) {
    throw new ApiError(401, [{ reason: 'Invalid Token' }]);
  }
  const required = op.scopes ?? [];
  if (who.scopes !== undefined && required.length && !hasScopes(who.scopes, required)) {
    throw new ApiError(403, [{ reason: 'Your OAuth token is not authorized to use this endpoint.' }]);
  }
}
