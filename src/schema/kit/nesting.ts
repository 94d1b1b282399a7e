// The nested object types of a Linode object type, reached by their typed path in its shape: a
// relation is added to a nested type by reference (a wrong path is a type error), never by name.
// Relations wait until the schema is built: a nested type's name depends on every resource's
// (`VPC.subnets` makes `VPCSubnetSummary`, since `VPCSubnet` is a resource), whatever the order
// the modules load in.
import type { GraphQLSchema } from 'graphql';
import { builder } from '../builder.js';
import { nestedObjectType, nestedPathsUnder, type FactPlace } from './fact-fields.js';
import type { MoreFields, NestedPath, ObjectOf, ShapeAt } from './types.js';

/** The nested object types of a Linode object type, by their place in its shape. */
export interface Nesting<Shape> {
  /**
   * Relation fields for the object type at `path` (`'specs'`, `'ipv4.private'`), added when the
   * schema is built. One call per path.
   */
  relate<Path extends NestedPath<Shape>>(path: Path, fields: MoreFields<ShapeAt<Shape, Path>>): void;
  /** The same for each object type directly under `path` (every device slot under `devices`). */
  relateUnder<Path extends NestedPath<Shape>>(path: Path, fields: MoreFields<ShapeAt<Shape, `${Path}.${string}`>>): void;
  /**
   * The object type at `path` now, for a field of that type. Its place must take no resource's
   * name (a resource declared later fails loudly). `Extra`: keys the gateway adds (withGatewayKey).
   */
  nested<Path extends NestedPath<Shape>, Extra = unknown>(path: Path): ObjectOf<ShapeAt<Shape, Path> & Extra>;
}

/** Relations on nested types, added once every resource is declared. */
const pending: Array<() => void> = [];

/** The schema, once every declaration is in. */
export function buildSchema(options?: Parameters<typeof builder.toSchema>[0]): GraphQLSchema {
  for (const declare of pending.splice(0)) declare();
  return builder.toSchema(options);
}

/** The nested types of the object type made from `place`'s facts. */
export function nestingOf<Shape>(place: FactPlace): Nesting<Shape> {
  function relate<Path extends NestedPath<Shape>>(path: Path, fields: MoreFields<ShapeAt<Shape, Path>>): void {
    pending.push(() => builder.objectFields(nestedObjectType<ShapeAt<Shape, Path>>(place, path), fields));
  }
  function relateUnder<Path extends NestedPath<Shape>>(path: Path, fields: MoreFields<ShapeAt<Shape, `${Path}.${string}`>>): void {
    pending.push(() => {
      for (const under of nestedPathsUnder(place, path))
        builder.objectFields(nestedObjectType<ShapeAt<Shape, `${Path}.${string}`>>(place, under), fields);
    });
  }
  return { relate, relateUnder, nested: (path) => nestedObjectType(place, path) };
}
