// Shared helpers of the emulator tests: a tiny REST client and a facts-based shape checker.
import { schemaFact, type FieldFact } from '../../src/facts/index.js';
import { DEMO_TOKEN, type Emulator } from '../../src/emulator/index.js';
import { isKnownNull } from '../../src/facts/known-nulls.js';

export interface CallOptions {
  /** null = no Authorization header. Default: the full-access demo token. */
  token?: string | null;
  filter?: unknown;
  query?: Record<string, string | number>;
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Reply {
  status: number;
  headers: Headers;
  body: any;
}

export async function call(emulator: Emulator, path: string, options: CallOptions = {}): Promise<Reply> {
  const url = new URL(`${emulator.url}${path}`);
  for (const [k, v] of Object.entries(options.query ?? {})) url.searchParams.set(k, String(v));
  const token = options.token === undefined ? DEMO_TOKEN : options.token;
  const headers: Record<string, string> = { ...options.headers };
  if (token !== null) headers.authorization = `Bearer ${token}`;
  if (options.filter !== undefined) headers['x-filter'] = typeof options.filter === 'string' ? options.filter : JSON.stringify(options.filter);
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

const DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/;

/** Every way `value` departs from `fact` (missing fields, wrong JSON types, values outside enums). */
export function shapeErrors(value: unknown, fact: FieldFact, schema: string, path = ''): string[] {
  const at = path || '(root)';
  if (value === null) return fact.nullable || isKnownNull(schema, path) ? [] : [`${at}: null`];
  if (value === undefined) return [`${at}: missing`];
  if (fact.enum && !fact.enum.includes(value as string)) return [`${at}: ${JSON.stringify(value)} not in enum`];
  switch (fact.type) {
    case 'string':
      if (typeof value !== 'string') return [`${at}: not a string`];
      return fact.format === 'date-time' && !DATE.test(value) ? [`${at}: bad date ${value}`] : [];
    case 'integer':
      return Number.isInteger(value) ? [] : [`${at}: not an integer`];
    case 'number':
      return typeof value === 'number' ? [] : [`${at}: not a number`];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${at}: not a boolean`];
    case 'array':
      if (!Array.isArray(value)) return [`${at}: not an array`];
      return fact.items ? value.flatMap((v) => shapeErrors(v, fact.items as FieldFact, schema, path)) : [];
    default: {
      if (typeof value !== 'object' || Array.isArray(value)) return [`${at}: not an object`];
      const obj = value as Record<string, unknown>;
      return Object.entries(fact.fields ?? {}).flatMap(([key, field]) =>
        key in obj ? shapeErrors(obj[key], field, schema, path ? `${path}.${key}` : key) : [`${path ? `${path}.` : ''}${key}: missing`],
      );
    }
  }
}

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
 * Where the answers depart from the list operation's facts on purpose. LKE node `instance_id` is an
 * integer in Linode's answers (the spec types it string but gives an integer example), and the
 * gateway looks instances up by it. GET /vpcs's inline item loses the types of subnet member
 * interfaces that the VPC schema (and GET /vpcs/{id}) give.
 */
export const TYPE_EXCEPTIONS: Record<string, Record<string, FieldFact>> = {
  LKENodePool: { 'nodes.instance_id': { type: 'integer' } },
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

/** Keys the fact does not list, at any depth. */
function extraFields(value: unknown, fact: FieldFact | undefined, path = ''): string[] {
  if (!fact || value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((v) => extraFields(v, fact.items, path));
  if (!fact.fields) return [];
  const fields = fact.fields;
  return Object.entries(value).flatMap(([key, v]) => (key in fields ? extraFields(v, fields[key], `${path}${key}.`) : [`${path}${key}: not in the schema`]));
}

/** Every departure of `value` from `fact` (of schema `schema`): missing or extra fields, JSON types, enums. */
export function exactErrors(value: unknown, schema: string, fact: FieldFact = schemaFact(schema)): string[] {
  const f = factFor(schema, fact);
  return [...shapeErrors(value, f, schema), ...extraFields(value, f)];
}

