// The kit's typing, checked by the compiler (`npm run typecheck`; vitest runs nothing here): a
// resource has its facts schema's shape, a nested type is named by a path of that shape, and a
// relation follows a key its parent has; a typo in a path or a key does not compile. Types only:
// nothing here builds the schema.
import type { Linode, LinodeSpecs, LinodeIPsResponseIpv4Private } from 'linode-facts/shapes';
import { describe, expectTypeOf, it } from 'vitest';
import type { referenceField as ReferenceField } from '../../src/schema/kit/relation.js';
import type { Fields, NestedPath, ShapeAt } from '../../src/schema/kit/types.js';
import type { Instance as InstanceResource } from '../../src/schema/linode/instance.js';

declare const Instance: typeof InstanceResource;
declare const referenceField: typeof ReferenceField;
type InstanceShape = Linode & { id: number };

describe('the typed kit', () => {
  it('gives a resource the shape of its facts schema, with its id', () => {
    expectTypeOf<ReturnType<typeof Instance.loadOne>>().resolves.toEqualTypeOf<InstanceShape>();
  });

  it('reaches nested types by the paths of a shape', () => {
    expectTypeOf<ShapeAt<Linode, 'specs'>>().toEqualTypeOf<LinodeSpecs>();
    expectTypeOf<'specs'>().toExtend<NestedPath<Linode>>();
    expectTypeOf<'spec'>().not.toExtend<NestedPath<Linode>>();
    expectTypeOf<'label'>().not.toExtend<NestedPath<Linode>>(); // a value, not an object
    const typos = () => {
      // @ts-expect-error no nested object at this path
      Instance.relate('spec', () => ({}));
      // @ts-expect-error a value, not an object
      Instance.nested('label');
    };
    expectTypeOf(typos).toBeFunction();
  });

  it('types the parent of relations on a nested type by its path', () => {
    const relations = () =>
      Instance.relate('specs', (t) => {
        expectTypeOf(t).toEqualTypeOf<Fields<LinodeSpecs>>();
        return {};
      });
    expectTypeOf(relations).toBeFunction();
  });

  it('relates a parent by the keys it has that hold ids', () => {
    const relations = (t: Fields<InstanceShape>, address: Fields<LinodeIPsResponseIpv4Private>) => ({
      cluster: referenceField(t, Instance, 'lke_cluster_id', 'A key holding an id.'),
      instance: referenceField(address, Instance, 'linode_id', 'A nested object follows its keys too.'),
      // @ts-expect-error a key the parent does not have
      typo: referenceField(t, Instance, 'lke_cluster', ''),
      // @ts-expect-error a key that holds no id
      notAnId: referenceField(t, Instance, 'specs', ''),
    });
    expectTypeOf(relations).toBeFunction();
  });
});
