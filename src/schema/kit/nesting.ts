// The nested object types of a Linode object type, reached by their typed path in its shape: a
// relation is added to a nested type by reference (a wrong path is a type error), never by name.
import { nestedObjectType, nestedPathsUnder, type FactPlace } from './fact-fields.js';
import type { NestedPath, ObjectOf, ShapeAt } from './types.js';

/** The nested object types of a Linode object type, by their place in its shape. */
export interface Nesting<Shape> {
  /**
   * The object type at `path` (`'specs'`, `'ipv4.private'`), to add relations to
   * (builder.objectFields). `Extra`: keys the gateway adds to its objects (withGatewayKey).
   */
  nested<Path extends NestedPath<Shape>, Extra = unknown>(path: Path): ObjectOf<ShapeAt<Shape, Path> & Extra>;
  /** The object types directly under `path` (every device slot under `devices`). */
  nestedUnder<Path extends NestedPath<Shape>>(path: Path): Array<ObjectOf<ShapeAt<Shape, `${Path}.${string}`>>>;
}

/** The nested types of the object type made from `place`'s facts. */
export function nestingOf<Shape>(place: FactPlace): Nesting<Shape> {
  return {
    nested: (path) => nestedObjectType(place, path),
    nestedUnder: (path) => nestedPathsUnder(place, path).map((under) => nestedObjectType(place, under)),
  };
}
