// Typed access to the facts of the Linode OpenAPI spec (4.176.0) with today's API on top
// (overlay.json, see overlay.ts, and the operations recorded from today's SDKs,
// today-operations.ts), shared by the gateway and the emulator. Regenerate linode-facts.json with
// `node scripts/sync-facts.mjs`.
import { readData } from './data-files.js';
import { withOverlay, type Overlay } from './overlay.js';
import type { LinodeShapes } from './shapes.js';
import { loadTodayOperations } from './today-operations.js';

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array';

export interface FieldFact {
  type?: FieldType;
  format?: string;
  enum?: Array<string | number | null>;
  nullable?: boolean;
  readOnly?: boolean;
  writeOnly?: boolean;
  deprecated?: boolean;
  filterable?: boolean;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  default?: unknown;
  example?: unknown;
  items?: FieldFact;
  fields?: Record<string, FieldFact>;
  oneOf?: FieldFact[];
  /** Of a request object: the fields it must carry (from the spec's `required`). */
  required?: string[];
}

export interface ObjectFact extends FieldFact {
  type: 'object';
  fields: Record<string, FieldFact>;
}

export interface OperationFact {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  operationId: string;
  tag: string;
  pathParams: Array<{ name: string; type: string }>;
  query?: string[];
  scopes?: string[];
  grant?: string;
  /** The spec lists no `security` for it: it answers without a token. */
  public?: boolean;
  paginated?: boolean;
  itemSchema?: string | null;
  item?: FieldFact;
  responseSchema?: string | null;
  response?: FieldFact;
  requestSchema?: string | null;
  request?: FieldFact;
}

export interface Facts {
  source: string;
  version: string;
  operations: OperationFact[];
  filterable: Record<string, string[]>;
  schemas: Record<string, ObjectFact>;
}

const ENVELOPE = ['page', 'pages', 'results'];

/**
 * The facts of the spec alone. The emulator builds on these and on its own table of what the real
 * API does (linode-emulator's src/quirks), so it never shares the gateway's beliefs about today's API.
 */
export function loadSpecFacts(): Facts {
  return withoutMergedEnvelopes(readData<Facts>('linode-facts.json'));
}

/** The gateway's facts: the spec with today's API on top (today's fields, then today's operations). */
export const facts: Facts = loadSpecFacts();
withOverlay(facts.schemas, facts.operations, readData<Overlay>('overlay.json'));
const today = loadTodayOperations(facts.schemas);
facts.operations.push(...today.operations);
Object.assign(facts.schemas, today.schemas);
Object.assign(facts.filterable, today.filterable);

/**
 * A spec erratum, mended for the gateway and the emulator alike: some item schemas (VPC
 * addresses, 4.176) carry the page envelope's `page`, `pages` and `results`, which Linode sends on
 * the envelope only. Envelopes themselves (only those keys, or with `data`) are left as they are.
 */
function withoutMergedEnvelopes(loaded: Facts): Facts {
  const mend = (fact: FieldFact | undefined): void => {
    if (!fact) return;
    const keys = Object.keys(fact.fields ?? {});
    if (fact.fields && ENVELOPE.every((k) => keys.includes(k)) && !keys.includes('data') && keys.length > ENVELOPE.length) {
      for (const key of ENVELOPE) delete fact.fields[key];
    }
    for (const field of Object.values(fact.fields ?? {})) mend(field);
    mend(fact.items);
  };
  for (const schema of Object.values(loaded.schemas)) mend(schema);
  for (const op of loaded.operations) [op.response, op.item, op.request].forEach(mend);
  return loaded;
}

/** Lookups over one set of facts. */
export function factsLookups(of: Facts) {
  return {
    schemaFact: (name: string): ObjectFact => {
      const schema = of.schemas[name];
      if (!schema) throw new Error(`No schema "${name}" in the Linode facts`);
      return schema;
    },
    operationFact: (method: OperationFact['method'], path: string): OperationFact => {
      const op = of.operations.find((o) => o.method === method && o.path === path);
      if (!op) throw new Error(`No operation ${method} ${path} in the Linode facts`);
      return op;
    },
    /** Top-level filterable fields of a schema (dotted paths such as `entity.id` included). */
    filterableFields: (schemaName: string): string[] => of.filterable[schemaName] ?? [],
  };
}

export const { schemaFact, operationFact, filterableFields } = factsLookups(facts);

/** Answers the gateway reads whose operation names no schema, by the name their shape takes. */
export const ANSWER_SHAPES = {
  LinodeBackupsResponse: { method: 'GET', path: '/linode/instances/{linodeId}/backups' },
  LinodeIPsResponse: { method: 'GET', path: '/linode/instances/{linodeId}/ips' },
  LinodeTransferResponse: { method: 'GET', path: '/linode/instances/{linodeId}/transfer' },
  LinodeMonthlyTransferResponse: { method: 'GET', path: '/linode/instances/{linodeId}/transfer/{year}/{month}' },
} as const satisfies Record<string, { method: OperationFact['method']; path: string }>;

/** The facts of one of src/shapes.ts's shapes: a schema's, or an answer's (ANSWER_SHAPES). */
export function shapeFact(name: keyof LinodeShapes): ObjectFact {
  const answer = Object.entries(ANSWER_SHAPES).find(([answerName]) => answerName === name)?.[1];
  if (!answer) return schemaFact(name);
  const { method, path } = answer;
  const response = operationFact(method, path).response;
  if (response?.type !== 'object' || !response.fields) throw new Error(`${method} ${path} answers no object in the Linode facts`);
  return { ...response, type: 'object', fields: response.fields };
}
