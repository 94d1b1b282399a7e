// The one way tests post GraphQL: to a gateway's yoga.fetch (no port, no client library), as a
// JSON body, the answer read whole. Tests about HTTP itself (chunked bodies, batches, CORS, GET,
// assets) call yoga.fetch on their own; contract documents go through graphql-request
// (test/support/contract.ts).
import { DEMO_TOKEN } from 'linode-emulator';
import type { Gateway } from '../../src/gateway.js';

export interface GqlOptions {
  variables?: Record<string, unknown>;
  operationName?: string;
  /** Sent as `Authorization: Bearer <token>`; null sends no Authorization. Default: the emulator's demo token. */
  token?: string | null;
  /** More headers; an `authorization` here replaces the token's. */
  headers?: Record<string, string>;
  /** The body exactly as given, instead of `{ query, variables, operationName }` (text JSON.stringify would not write). */
  body?: string;
  signal?: AbortSignal;
}

export interface GqlError {
  message: string;
  path?: Array<string | number>;
  extensions?: Record<string, any>;
}

export interface GqlAnswer<Data = any> {
  status: number;
  headers: Headers;
  /** The body as it came, for checks on the text itself (no stack trace, no token). */
  text: string;
  data?: Data;
  errors?: GqlError[];
  extensions?: Record<string, any>;
}

/** Posts `query` to the gateway and reads the JSON answer. */
export async function gql<Data = any>(gateway: Pick<Gateway, 'yoga'>, query: string, options: GqlOptions = {}): Promise<GqlAnswer<Data>> {
  const token = options.token === undefined ? DEMO_TOKEN : options.token;
  const body = options.body ?? JSON.stringify({ query, variables: options.variables, operationName: options.operationName });
  const response = await gateway.yoga.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      // What an HTTP client sends with a body it has whole (yoga.fetch has no transport to add it).
      'content-length': String(Buffer.byteLength(body)),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...options.headers,
    },
    body,
    signal: options.signal,
  });
  const text = await response.text();
  let answer: Pick<GqlAnswer<Data>, 'data' | 'errors' | 'extensions'>;
  try {
    answer = JSON.parse(text) as typeof answer;
  } catch {
    throw new Error(`expected a JSON answer, got HTTP ${response.status}: ${text.slice(0, 200)}`);
  }
  return { status: response.status, headers: response.headers, text, ...answer };
}
