// Today's API on top of the spec: data/overlay.json adds the fields, nulls and enum values
// that Linode sends beyond spec 4.176.0 (read from the official SDKs and their recorded answers,
// a source note per entry). Merged once, when the facts load, into the schemas and into the
// operations' inline copies of them, so the gateway and the emulator see the same API.
import type { FieldFact, ObjectFact, OperationFact } from './index.js';

type Sourced<T> = T & { source?: string };

export interface Overlay {
  note: string;
  sources: Record<string, string>;
  /** Schema -> dotted path -> the new field. */
  fields: Record<string, Record<string, Sourced<FieldFact>>>;
  /** `Schema.dotted.path` -> why it may be null. */
  nullable: Record<string, string>;
  /** `Schema.dotted.path` -> values to add to its enum. */
  enumValues: Record<string, { add: Array<string | number>; source: string }>;
}

/** The fields of the object at `path` (through arrays' items), or undefined. */
function fieldsAt(root: FieldFact, path: string[]): Record<string, FieldFact> | undefined {
  let at: FieldFact | undefined = root;
  for (const key of path) {
    at = at?.fields?.[key];
    while (at?.type === 'array') at = at.items;
  }
  while (at?.type === 'array') at = at.items;
  return at?.fields;
}

function factAt(root: FieldFact, dotted: string): FieldFact | undefined {
  const path = dotted.split('.');
  return fieldsAt(root, path.slice(0, -1))?.[path[path.length - 1]];
}

function withoutSources(fact: Sourced<FieldFact>): FieldFact {
  const { source: _source, ...rest } = fact;
  void _source;
  const out: FieldFact = { ...rest };
  if (rest.fields) out.fields = Object.fromEntries(Object.entries(rest.fields).map(([k, v]) => [k, withoutSources(v)]));
  if (rest.items) out.items = withoutSources(rest.items);
  return out;
}

/** Applies what the overlay says of `schema` to one copy of it; throws on a path the facts lack. */
function applyTo(root: FieldFact, schema: string, overlay: Overlay): void {
  for (const [dotted, field] of Object.entries(overlay.fields[schema] ?? {})) {
    const path = dotted.split('.');
    const parent = fieldsAt(root, path.slice(0, -1));
    if (!parent) throw new Error(`Facts overlay: ${schema}.${dotted} has no parent object`);
    parent[path[path.length - 1]] = withoutSources(field);
  }
  const own = (key: string) => (key.startsWith(`${schema}.`) ? key.slice(schema.length + 1) : undefined);
  for (const key of Object.keys(overlay.nullable)) {
    const dotted = own(key);
    if (dotted === undefined) continue;
    const fact = factAt(root, dotted);
    if (!fact) throw new Error(`Facts overlay: nullable ${key} is not a field`);
    fact.nullable = true;
  }
  for (const [key, { add }] of Object.entries(overlay.enumValues)) {
    const dotted = own(key);
    if (dotted === undefined) continue;
    const fact = factAt(root, dotted);
    const target = fact?.type === 'array' ? fact.items : fact;
    if (!target?.enum) throw new Error(`Facts overlay: enumValues ${key} is not an enum`);
    target.enum = [...target.enum, ...add.filter((v) => !target.enum?.includes(v))];
  }
}

/** The schemas and the operations' inline copies, with the overlay applied. */
export function withOverlay(schemas: Record<string, ObjectFact>, operations: OperationFact[], overlay: Overlay): void {
  const named = new Set([
    ...Object.keys(overlay.fields),
    ...[...Object.keys(overlay.nullable), ...Object.keys(overlay.enumValues)].map((k) => k.split('.')[0]),
  ]);
  for (const schema of named) {
    if (!schemas[schema]) throw new Error(`Facts overlay: no schema ${schema} in the facts`);
    applyTo(schemas[schema], schema, overlay);
  }
  for (const op of operations) {
    if (op.item && op.itemSchema && named.has(op.itemSchema)) applyTo(op.item, op.itemSchema, overlay);
    if (op.response && op.responseSchema && named.has(op.responseSchema) && op.response !== op.item)
      applyTo(op.response, op.responseSchema, overlay);
  }
}
