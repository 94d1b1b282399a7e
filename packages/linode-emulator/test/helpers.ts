// Shared helpers of the emulator tests: a tiny REST client and a shape checker holding answers to
// the facts plus the quirks table (src/quirks).
import type { FieldFact } from 'linode-facts/spec';
import { DEMO_TOKEN, type Emulator } from '../src/index.js';
import { deviations, isDeclared, type Deviation } from '../src/quirks/compare.js';
import { answerFact } from '../src/quirks/index.js';

export interface CallOptions {
  /** null = no Authorization header. Default: the full-access demo token. */
  token?: string | null;
  filter?: unknown;
  query?: Record<string, string | number>;
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** JSON as these tests read it, answers and seeded objects alike: loose, the assertions check its shape. */
export type LooseJson = any;

/** A collection the emulator seeded (undefined when it has none), read as loosely as the answers. */
export const seeded = (emulator: Emulator, path: string): LooseJson[] => emulator.store.collections[path];

export interface Reply {
  status: number;
  headers: Headers;
  body: LooseJson;
}

export async function call(emulator: Emulator, path: string, options: CallOptions = {}): Promise<Reply> {
  const url = new URL(`${emulator.url}${path}`);
  for (const [k, v] of Object.entries(options.query ?? {})) url.searchParams.set(k, String(v));
  const token = options.token === undefined ? DEMO_TOKEN : options.token;
  const headers: Record<string, string> = { ...options.headers };
  if (token !== null) headers.authorization = `Bearer ${token}`;
  if (options.filter !== undefined)
    headers['x-filter'] = typeof options.filter === 'string' ? options.filter : JSON.stringify(options.filter);
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    headers['content-type'] = 'application/json';
  }
  const response = await fetch(url, { method: options.method ?? 'GET', headers, body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

/** The X-Filter error reason of a 400, asserting its shape. */
export function filterError(reply: Reply): string {
  if (reply.status !== 400) throw new Error(`expected 400, got ${reply.status}: ${JSON.stringify(reply.body)}`);
  const [error] = reply.body.errors;
  if (error.field !== 'X-Filter' || typeof error.reason !== 'string') throw new Error(`bad error shape ${JSON.stringify(reply.body)}`);
  return error.reason;
}

/**
 * Every way `value` departs from `fact` (of answer `schema`) that the quirks table does not declare:
 * missing keys, nulls, wrong JSON types, values outside enums, integers past 2^31, bad timestamps.
 * Keys the facts lack are left to exactErrors.
 */
export function shapeErrors(value: unknown, fact: FieldFact, schema: string): string[] {
  return deviations(value, fact, schema)
    .filter((d) => d.class !== 'new-key' && !isDeclared(d))
    .map(line);
}

const line = (d: Deviation) => `${d.path || '(root)'}: ${d.class}${d.value === undefined ? '' : ` ${JSON.stringify(d.value)}`}`;

/** A clock tests move by hand. */
export function manualClock(start = Date.UTC(2025, 0, 1, 12, 0, 0)) {
  let t = start;
  return {
    now: () => t,
    advance: (ms: number) => void (t += ms),
    set: (ms: number) => void (t = ms),
  };
}

/**
 * Where the facts of a list operation are weaker than the schema, not Linode: GET /vpcs's inline
 * item loses the types of subnet member interfaces that the VPC schema (and GET /vpcs/{id}) give.
 */
export const TYPE_EXCEPTIONS: Record<string, Record<string, FieldFact>> = {
  VPC: { 'subnets.linodes.interfaces.active': { type: 'boolean' }, 'subnets.linodes.interfaces.id': { type: 'integer' } },
};

/** `fact` with the exceptions of `schema` applied. */
function factFor(schema: string, fact: FieldFact): FieldFact {
  const copy: FieldFact = structuredClone(fact);
  for (const [path, replacement] of Object.entries(TYPE_EXCEPTIONS[schema] ?? {})) {
    let at: FieldFact | undefined = copy;
    const keys = path.split('.');
    for (const key of keys.slice(0, -1)) at = at?.fields?.[key]?.items ?? at?.fields?.[key];
    if (at?.fields) at.fields[keys[keys.length - 1]] = replacement;
  }
  return copy;
}

/**
 * Every departure of `value` from `fact` (of answer `schema`) the quirks table does not declare,
 * keys the facts lack included: what real Linode does is allowed, nothing else.
 */
export function exactErrors(value: unknown, schema: string, fact: FieldFact = answerFact(schema)): string[] {
  return deviations(value, factFor(schema, fact), schema)
    .filter((d) => !isDeclared(d))
    .map(line);
}
