import { GraphQLError } from 'graphql';

/** A request refused by a limit: a stable code, and a message saying what to change. */
export function limitError(code: string, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

/**
 * graphql-js's error for a variable value it could not coerce (a scalar's parse error, wrapped,
 * with no path): the caller's input, answered as BAD_USER_INPUT and never logged with its message.
 */
export function isVariableValueError(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.path) return false;
  const original = error.originalError;
  return original instanceof GraphQLError && !original.extensions?.code;
}

/** An HTTP answer for refusals that happen outside GraphQL execution (body size, CSRF, the login flow). */
export function refusal(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}
