// Relations added to nested types by reference (Resource.nested(path)) resolve like any relation.
// Region prices name their region by `id` (exposed as `regionId`): typed keys caught a relation
// that read a `region` key they never had, and answered null for every price.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());

interface Price {
  regionId: string | null;
  region: { id: string } | null;
}

describe('relations of nested types', () => {
  it('a price per region leads to its region, from the one catalog request', async () => {
    stack.emulator.clearLog();
    const { data, errors } = await stack.gql<{
      linodeTypes: { nodes: Array<{ regionPrices: Price[]; addons: { backups: { regionPrices: Price[] } } }> };
    }>(
      '{ linodeTypes(first: 3) { nodes { regionPrices { regionId region { id } } addons { backups { regionPrices { regionId region { id } } } } } } }',
    );
    expect(errors).toBeUndefined();
    const types = data?.linodeTypes.nodes ?? [];
    const prices = types.flatMap((type) => [...type.regionPrices, ...type.addons.backups.regionPrices]);
    expect(prices.length).toBeGreaterThan(0);
    for (const price of prices) expect(price.region?.id).toBe(price.regionId);
    expect(stack.emulator.log.filter((entry) => entry.path.startsWith('/v4/regions'))).toHaveLength(1);
  });
});
