// Operations recorded from today's SDKs (linodego, linode_api4-python, and their recorded answers):
// the API groups newer than spec 4.176.0 (placement groups, Linode interfaces, locks, image share
// groups, monitor), each with its request and answer facts and a source note
// (data/overlay-operations.json). This is not the gateway's overlay of fields (overlay.json): the
// gateway's facts add these operations (index.ts), and the emulator routes them from this table
// of its own, beside the spec's.
import { readData } from './data-files.js';
import type { FieldFact, ObjectFact, OperationFact } from './index.js';

export interface TodayOperation extends OperationFact {
  /** Where the operation is recorded (SDK functions, recorded answers). */
  source: string;
}

interface Recorded {
  operations: TodayOperation[];
  schemas: Record<string, ObjectFact & { source?: string }>;
}

/** A schema's top-level fields marked `filterable` (the facts' `filterable` list of it). */
function filterableOf(schema: FieldFact): string[] {
  return Object.entries(schema.fields ?? {})
    .filter(([, f]) => f.filterable)
    .map(([k]) => k);
}

/**
 * Today's operations and schemas. `specSchemas` are the spec's, for operations whose items are a
 * spec schema (an interface's firewalls are `Firewall`s): their item facts are copied from there.
 */
export function loadTodayOperations(specSchemas: Record<string, ObjectFact>): {
  operations: TodayOperation[];
  schemas: Record<string, ObjectFact>;
  filterable: Record<string, string[]>;
} {
  const recorded = readData<Recorded>('overlay-operations.json');
  const schemas: Record<string, ObjectFact> = {};
  for (const [name, { source: _source, ...schema }] of Object.entries(recorded.schemas)) {
    void _source;
    schemas[name] = schema;
  }
  for (const op of recorded.operations) {
    if (op.paginated && !op.item && op.itemSchema) op.item = structuredClone(schemas[op.itemSchema] ?? specSchemas[op.itemSchema]);
  }
  const filterable = Object.fromEntries(
    Object.entries(schemas)
      .map(([name, schema]) => [name, filterableOf(schema)] as const)
      .filter(([, fields]) => fields.length > 0),
  );
  return { operations: recorded.operations, schemas, filterable };
}
