// The types the kit builds on: Pothos' types of this schema, and the shapes of what Linode sends
// (linode-facts/shapes, generated from the facts) with the paths to their nested objects.
import type { FieldMap, FieldRef, ObjectRef } from '@pothos/core';
import type { LinodeShapes } from 'linode-facts/shapes';
import type { GatewayContext } from '../../context.js';
import type { builder } from '../builder.js';

/** This schema's Pothos types (the builder's, with Pothos' defaults filled in). */
export type KitTypes = typeof builder.$inferSchemaTypes;

/** The `t` of an object type whose values are `Shape`: its field resolvers get a `Shape`. */
export type Fields<Shape> = PothosSchemaTypes.ObjectFieldBuilder<KitTypes, Shape>;

/** Fields added to a type beside the generated ones (relations, fields read with a request). */
export type MoreFields<Shape> = (t: Fields<Shape>) => FieldMap;

export type { FieldMap };

/** A field of an object type. */
export type Field<Shape = unknown> = FieldRef<KitTypes, Shape, 'Object'>;

/** An object type of this schema whose values are `Shape`. */
export type ObjectOf<Shape> = ObjectRef<KitTypes, Shape>;

/** The name of a Linode object in the facts (`Linode`, `Volume`, ...) and its shape. */
export type ShapeName = keyof LinodeShapes;
export type ShapeOf<Name extends ShapeName> = LinodeShapes[Name];

/** An id as Linode sends it, or as an argument gives it. */
export type Id = string | number;

/** A node's object: what Linode sends, with its `id` (a node exists only by its id). */
export type NodeShape<Shape> = Shape extends { id?: infer IdValue } ? Shape & { id: NonNullable<IdValue> } : Shape;

/** A type whose objects load by id: a relation's target. Fields of it may resolve to an id. */
export interface Loadable<Shape> {
  ref: ObjectRef<KitTypes, Shape | string, Shape>;
  /** Loads one item by id through the request's loader, or fails with NOT_FOUND. */
  loadOne(ctx: GatewayContext, id: Id): Promise<Shape>;
}

/** The object a key holds, through null and lists. */
type Inner<T> = NonNullable<T> extends ReadonlyArray<infer Item> ? Inner<Item> : NonNullable<T>;

/** An object with keys of its own: a nested type (free-form JSON is not). */
type IsNested<T> = [T] extends [object] ? (string extends keyof T ? false : true) : false;

/**
 * Dotted paths to the nested objects of a shape (`specs`, `ipv4.private`), through lists: the
 * nested types a resource can name (`Instance.nested('specs')`). Six levels are enough for Linode.
 */
export type NestedPath<Shape, Depth extends unknown[] = []> = Depth['length'] extends 6
  ? never
  : {
      [Key in keyof Shape & string]-?: IsNested<Inner<Shape[Key]>> extends true
        ? Key | `${Key}.${NestedPath<Inner<Shape[Key]>, [...Depth, unknown]>}`
        : never;
    }[keyof Shape & string];

/** The shape of the nested object at `Path`. */
export type ShapeAt<Shape, Path extends string> = Path extends `${infer Key}.${infer Rest}`
  ? ShapeAt<Inner<Shape[Key & keyof Shape]>, Rest>
  : Inner<Shape[Path & keyof Shape]>;

/** Keys of `Shape` whose values are ids (or absent): what a reference field follows. */
export type IdKey<Shape> = {
  [Key in keyof Shape & string]-?: Shape[Key] extends Id | null | undefined ? Key : never;
}[keyof Shape & string];
