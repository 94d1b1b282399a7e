// The object type of a Linode object that is neither a resource nor a child one: a singleton
// (Account), a plain list's items, an answer read for a field (an instance's IPs). Its fields come
// from the facts, its relations sit in its declaration, and its nested types are reached by path.
import { shapeFact, type FieldFact, type ObjectFact } from 'linode-facts';
import { factObjectType, type FactPlace } from './fact-fields.js';
import { nestingOf, type Nesting } from './nesting.js';
import type { MoreFields, NestedPath, ObjectOf, ShapeAt, ShapeName, ShapeOf } from './types.js';

/** The shape of the object at `At` of a facts schema (`''`: the whole object). */
export type ShapeOfAt<Name extends ShapeName, At extends string> = [At] extends [''] ? ShapeOf<Name> : ShapeAt<ShapeOf<Name>, At>;

export interface FactObjectConfig<Name extends ShapeName, At extends NestedPath<ShapeOf<Name>> | '' = ''> {
  name: string;
  /** The facts schema (or answer, linode-facts' ANSWER_SHAPES) it comes from. */
  schema: Name;
  /** A whole Linode object found nested in the answer (a backup in the backups answer). */
  at?: At;
  description?: string;
  omit?: ReadonlyArray<keyof ShapeOfAt<Name, At> & string>;
  relations?: MoreFields<ShapeOfAt<Name, At>>;
}

export interface FactObject<Shape> extends Nesting<Shape> {
  ref: ObjectOf<Shape>;
}

export function factObject<const Name extends ShapeName, const At extends NestedPath<ShapeOf<Name>> | '' = ''>(
  config: FactObjectConfig<Name, At>,
): FactObject<ShapeOfAt<Name, At>> {
  const place: FactPlace = { name: config.name, schema: config.schema, fact: factAt(config.schema, config.at ?? '') };
  const ref = factObjectType<ShapeOfAt<Name, At>>({ ...config, ...place });
  return { ref, ...nestingOf<ShapeOfAt<Name, At>>(place) };
}

function isObjectFact(fact: FieldFact | undefined): fact is ObjectFact {
  return fact?.type === 'object' && fact.fields !== undefined;
}

/** The facts of the object at dotted `at` of a shape (through lists). */
function factAt(schema: ShapeName, at: string): ObjectFact {
  let fact = shapeFact(schema);
  for (const key of at ? at.split('.') : []) {
    let field: FieldFact | undefined = fact.fields[key];
    while (field?.type === 'array') field = field.items;
    if (!isObjectFact(field)) throw new Error(`${schema} has no object at ${at}`);
    fact = field;
  }
  return fact;
}
