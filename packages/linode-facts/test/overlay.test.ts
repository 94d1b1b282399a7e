// Shape checks for the facts overlay (data/overlay.json): what the SDKs show of today's Linode
// API beyond the 4.176.0 spec. Pure: reads the JSON files only.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Fact {
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  items?: Fact;
  fields?: Record<string, Fact>;
  [key: string]: unknown;
}
interface OverlayField extends Fact {
  source: string;
}
interface Overlay {
  note: string;
  sources: Record<string, string>;
  fields: Record<string, Record<string, OverlayField>>;
  nullable: Record<string, string>;
  enumValues: Record<string, { add: string[]; source: string }>;
}

const readJson = <T>(relative: string): T => JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as T;
interface Operation {
  method: string;
  path: string;
  operationId: string;
  tag: string;
  pathParams: Array<{ name: string; type: string }>;
  query?: string[];
  scopes?: string[];
  grant?: string;
  public?: boolean;
  paginated?: boolean;
  itemSchema?: string | null;
  item?: Fact;
  responseSchema?: string | null;
  response?: Fact;
  requestSchema?: string | null;
  request?: Fact;
  source: string;
}

const facts = readJson<{ schemas: Record<string, Fact>; operations: Array<{ method: string; path: string; operationId: string }> }>(
  '../data/linode-facts.json',
);
const overlay = readJson<Overlay>('../data/overlay.json');
const overlayOps = readJson<{ operations: Operation[]; schemas: Record<string, Fact & { source?: string }> }>(
  '../data/overlay-operations.json',
);

const FIELD_TYPES = ['string', 'integer', 'number', 'boolean', 'object', 'array'];
// Keys a fact may carry (FieldFact of src/index.ts), plus `source` on overlay entries.
const FACT_KEYS = new Set([
  'type',
  'format',
  'enum',
  'nullable',
  'readOnly',
  'writeOnly',
  'deprecated',
  'filterable',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'pattern',
  'default',
  'example',
  'items',
  'fields',
  'oneOf',
  'required',
]);

/**
 * The fact at a dotted path of a schema; a segment on an array steps into its items first (so
 * `nodes.instance_id` is the `instance_id` of each of `nodes`), as the gateway's key paths do.
 */
function factAt(root: Fact | undefined, path: string[]): Fact | undefined {
  let node = root;
  for (const segment of path) {
    while (node?.type === 'array' && node.items) node = node.items;
    node = node?.fields?.[segment];
    if (!node) return undefined;
  }
  return node;
}

/** Problems of one fact and everything under it, each named by its path. */
function factProblems(fact: Fact, at: string, allowSource: boolean): string[] {
  const out: string[] = [];
  for (const key of Object.keys(fact)) {
    if (!FACT_KEYS.has(key) && !(allowSource && key === 'source')) out.push(`${at}: unknown key "${key}"`);
  }
  if (fact.type !== undefined && !FIELD_TYPES.includes(fact.type)) out.push(`${at}: type "${fact.type}"`);
  if (fact.format !== undefined && (typeof fact.format !== 'string' || !fact.format)) out.push(`${at}: format`);
  if (fact.nullable !== undefined && typeof fact.nullable !== 'boolean') out.push(`${at}: nullable not boolean`);
  if (fact.enum !== undefined) {
    if (!Array.isArray(fact.enum) || fact.enum.length === 0) out.push(`${at}: empty enum`);
    else if (new Set(fact.enum).size !== fact.enum.length) out.push(`${at}: repeated enum value`);
  }
  if (fact.items !== undefined) {
    if (fact.type !== 'array') out.push(`${at}: items on a non-array`);
    out.push(...factProblems(fact.items, `${at}[]`, false));
  }
  if (fact.fields !== undefined) {
    if (fact.type !== 'object') out.push(`${at}: fields on a non-object`);
    for (const [key, sub] of Object.entries(fact.fields)) out.push(...factProblems(sub, `${at}.${key}`, false));
  }
  if (fact.format === 'date-time' && fact.type !== 'string') out.push(`${at}: date-time on a ${fact.type}`);
  return out;
}

const hasSource = (source: unknown): boolean => typeof source === 'string' && source.trim().length > 0;

// Keys of OperationFact (src/index.ts), plus `source`.
const OPERATION_KEYS = new Set([
  'method',
  'path',
  'operationId',
  'tag',
  'pathParams',
  'query',
  'scopes',
  'grant',
  'public',
  'paginated',
  'itemSchema',
  'item',
  'responseSchema',
  'response',
  'requestSchema',
  'request',
  'source',
]);

/** Every `required` list of a request fact names fields of its own object. */
function requiredProblems(fact: Fact, at: string): string[] {
  const out: string[] = [];
  const required = fact.required;
  if (required !== undefined) {
    if (!Array.isArray(required) || required.some((k) => typeof k !== 'string' || !(k in (fact.fields ?? {})))) {
      out.push(`${at}: required names a field it lacks`);
    }
  }
  for (const [key, sub] of Object.entries(fact.fields ?? {})) out.push(...requiredProblems(sub, `${at}.${key}`));
  if (fact.items) out.push(...requiredProblems(fact.items, `${at}[]`));
  return out;
}

describe('facts overlay', () => {
  it('has a note and names the SDK commits it was read from', () => {
    expect(Object.keys(overlay).sort()).toEqual(['enumValues', 'fields', 'note', 'nullable', 'sources']);
    expect(overlay.note.trim().length).toBeGreaterThan(0);
    expect(overlay.sources.linodego).toMatch(/^linode\/linodego@[0-9a-f]{40}$/);
    expect(overlay.sources['linode_api4-python']).toMatch(/^linode\/linode_api4-python@[0-9a-f]{40}$/);
  });

  it('adds fields only to spec schemas, under existing parents, and only keys the spec lacks', () => {
    const problems: string[] = [];
    for (const [schema, entries] of Object.entries(overlay.fields)) {
      const root = facts.schemas[schema];
      if (!root) {
        problems.push(`${schema}: no such schema in the facts`);
        continue;
      }
      for (const [path, entry] of Object.entries(entries)) {
        const segments = path.split('.');
        const key = segments.pop() as string;
        const parent = segments.length ? factAt(root, segments) : root;
        let owner = parent;
        while (owner?.type === 'array' && owner.items) owner = owner.items;
        if (!owner) problems.push(`${schema}.${path}: parent ${segments.join('.')} not in the facts`);
        else if (owner.type !== 'object' && !owner.fields) problems.push(`${schema}.${path}: parent is not an object`);
        else if (owner.fields && key in owner.fields) problems.push(`${schema}.${path}: already in the spec`);
        if (!hasSource(entry.source)) problems.push(`${schema}.${path}: no source`);
        if (!entry.type) problems.push(`${schema}.${path}: no type`);
        problems.push(...factProblems(entry, `${schema}.${path}`, true));
      }
    }
    expect(problems).toEqual([]);
  });

  it('covers the fields the brief names', () => {
    const expected: Record<string, string[]> = {
      Linode: [
        'placement_group',
        'disk_encryption',
        'lke_cluster_id',
        'capabilities',
        'maintenance_policy',
        'interface_generation',
        'locks',
      ],
      Image: ['regions', 'total_size', 'tags', 'is_shared'],
      Region: ['site_type', 'placement_group_limits', 'monitors'],
      Volume: ['encryption', 'io_ready'],
      LKECluster: ['tier', 'status', 'apl_enabled'],
      LKENodePool: ['labels', 'taints', 'k8s_version', 'disk_encryption', 'update_strategy'],
      NodeBalancer: ['type', 'lke_cluster'],
      DatabaseMySQL: ['engine_config', 'members', 'platform', 'private_network', 'oldest_restore_time'],
      DatabasePostgreSQL: ['engine_config', 'members', 'platform', 'private_network', 'oldest_restore_time'],
      Event: ['details'],
      Domain: ['created', 'updated'],
    };
    for (const [schema, keys] of Object.entries(expected)) {
      expect(Object.keys(overlay.fields[schema] ?? {}), schema).toEqual(expect.arrayContaining(keys));
    }
  });

  it('marks nullable only existing spec fields the spec leaves non-null, each with a source', () => {
    const problems: string[] = [];
    for (const [dotted, source] of Object.entries(overlay.nullable)) {
      const [schema, ...path] = dotted.split('.');
      const fact = path.length ? factAt(facts.schemas[schema], path) : undefined;
      if (!fact) problems.push(`${dotted}: not in the facts`);
      else if (fact.nullable) problems.push(`${dotted}: the spec already says nullable`);
      if (!hasSource(source)) problems.push(`${dotted}: no source`);
    }
    expect(problems).toEqual([]);
    expect(Object.keys(overlay.nullable)).toEqual(
      expect.arrayContaining([
        'Event.duration',
        'Event.percent_complete',
        'IPAddress.linode_id',
        'ObjectStorageKey.bucket_access',
        'Kernel.built',
      ]),
    );
  });

  it('adds enum values only to existing enums, values the spec lacks, each with a source', () => {
    const problems: string[] = [];
    for (const [dotted, entry] of Object.entries(overlay.enumValues)) {
      const [schema, ...path] = dotted.split('.');
      let fact = path.length ? factAt(facts.schemas[schema], path) : undefined;
      while (fact?.type === 'array' && fact.items) fact = fact.items;
      if (!fact) {
        problems.push(`${dotted}: not in the facts`);
        continue;
      }
      if (!Array.isArray(fact.enum)) problems.push(`${dotted}: not an enum in the spec`);
      if (!Array.isArray(entry.add) || entry.add.length === 0) problems.push(`${dotted}: nothing to add`);
      else {
        if (new Set(entry.add).size !== entry.add.length) problems.push(`${dotted}: repeated value`);
        for (const value of entry.add) {
          if (typeof value !== 'string' || !value) problems.push(`${dotted}: bad value ${JSON.stringify(value)}`);
          else if (fact.enum?.includes(value)) problems.push(`${dotted}: "${value}" already in the spec`);
        }
      }
      if (!hasSource(entry.source)) problems.push(`${dotted}: no source`);
      const extra = Object.keys(entry).filter((k) => k !== 'add' && k !== 'source');
      if (extra.length) problems.push(`${dotted}: unknown keys ${extra.join(', ')}`);
    }
    expect(problems).toEqual([]);
    expect(overlay.enumValues['Event.action']?.add).toEqual(expect.arrayContaining(['database_create', 'placement_group_create']));
  });
});

describe('overlay operations', () => {
  const known = (name: string | null | undefined): boolean => !!name && (name in overlayOps.schemas || name in facts.schemas);

  it('has operations and schemas only', () => {
    expect(Object.keys(overlayOps).sort()).toEqual(['operations', 'schemas']);
    expect(overlayOps.operations.length).toBeGreaterThan(0);
  });

  it('adds schemas the spec lacks, as object facts with a source', () => {
    const problems: string[] = [];
    for (const [name, schema] of Object.entries(overlayOps.schemas)) {
      if (name in facts.schemas) problems.push(`${name}: already a spec schema`);
      if (schema.type !== 'object' || !schema.fields || Object.keys(schema.fields).length === 0)
        problems.push(`${name}: not an object with fields`);
      if (!hasSource(schema.source)) problems.push(`${name}: no source`);
      problems.push(...factProblems(schema, name, true));
    }
    expect(problems).toEqual([]);
  });

  it('adds operations in the OperationFact shape that the spec lacks, each with a source', () => {
    const problems: string[] = [];
    const specRoutes = new Set(facts.operations.map((o) => `${o.method} ${o.path}`));
    const specIds = new Set(facts.operations.map((o) => o.operationId));
    const routes = new Set<string>();
    const ids = new Set<string>();
    for (const op of overlayOps.operations) {
      const at = `${op.method} ${op.path}`;
      const extra = Object.keys(op).filter((k) => !OPERATION_KEYS.has(k));
      if (extra.length) problems.push(`${at}: unknown keys ${extra.join(', ')}`);
      if (!['GET', 'POST', 'PUT', 'DELETE'].includes(op.method)) problems.push(`${at}: method`);
      if (!/^\/[a-z0-9/{}_-]+$/i.test(op.path)) problems.push(`${at}: path`);
      if (specRoutes.has(at)) problems.push(`${at}: already in the spec`);
      if (routes.has(at)) problems.push(`${at}: listed twice`);
      routes.add(at);
      if (!op.operationId || specIds.has(op.operationId) || ids.has(op.operationId)) problems.push(`${at}: operationId missing or taken`);
      ids.add(op.operationId);
      if (typeof op.tag !== 'string' || !op.tag) problems.push(`${at}: tag`);
      const inPath = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      if (!Array.isArray(op.pathParams) || JSON.stringify(op.pathParams.map((p) => p.name)) !== JSON.stringify(inPath)) {
        problems.push(`${at}: pathParams do not match the path`);
      } else if (op.pathParams.some((p) => !['integer', 'string'].includes(p.type))) problems.push(`${at}: pathParam type`);
      if (op.scopes !== undefined && (!Array.isArray(op.scopes) || op.scopes.some((s) => !/^[a-z_]+:[a-z_]+$/.test(s)))) {
        problems.push(`${at}: scopes`);
      }
      if (op.paginated) {
        if (!known(op.itemSchema)) problems.push(`${at}: itemSchema ${op.itemSchema} unknown`);
        if (!op.query?.includes('page')) problems.push(`${at}: paginated without page query`);
        if (op.response !== undefined || op.responseSchema !== undefined) problems.push(`${at}: paginated with a response fact`);
      } else {
        if (op.itemSchema !== undefined || op.item !== undefined) problems.push(`${at}: item on a single answer`);
        if (!op.response) problems.push(`${at}: no response fact`);
        if (op.responseSchema != null && !known(op.responseSchema)) problems.push(`${at}: responseSchema ${op.responseSchema} unknown`);
      }
      if (op.requestSchema != null && !known(op.requestSchema)) problems.push(`${at}: requestSchema unknown`);
      if ((op.method === 'GET' || op.method === 'DELETE') && op.request) problems.push(`${at}: request body on ${op.method}`);
      for (const key of ['item', 'response', 'request'] as const) {
        const fact = op[key];
        if (fact) problems.push(...factProblems(fact, `${at} ${key}`, false));
      }
      if (op.request) problems.push(...requiredProblems(op.request, `${at} request`));
      if (!hasSource(op.source)) problems.push(`${at}: no source`);
    }
    expect(problems).toEqual([]);
  });

  it('covers the operation groups the brief names', () => {
    const routes = overlayOps.operations.map((o) => `${o.method} ${o.path}`);
    expect(routes).toEqual(
      expect.arrayContaining([
        'GET /placement/groups',
        'POST /placement/groups',
        'GET /placement/groups/{groupId}',
        'PUT /placement/groups/{groupId}',
        'DELETE /placement/groups/{groupId}',
        'POST /placement/groups/{groupId}/assign',
        'POST /placement/groups/{groupId}/unassign',
        'GET /linode/instances/{linodeId}/interfaces',
        'GET /locks',
        'GET /images/sharegroups',
        'GET /monitor/dashboards',
      ]),
    );
    expect(Object.keys(overlayOps.schemas)).toEqual(
      expect.arrayContaining(['PlacementGroup', 'LinodeInterface', 'Lock', 'ImageShareGroup']),
    );
  });
});
