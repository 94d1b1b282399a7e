// A catalog's item looked up alone: from the cached catalog as a rule, by its own GET when the
// request reads no cache and has not started reading the catalog (the list would be as many
// requests, and a larger one). Relations to catalogs stay on the catalog, fresh or not.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ emulator: { rateLimits: false } });
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.clearLog());

const paths = () => stack.emulator.log.map((e) => e.path);

describe('catalog lookups', () => {
  it('a lone fresh lookup is its own GET', async () => {
    const { data, errors } = await stack.gql('query @fresh { region(id: "us-east") { id label } image(id: "linode/debian12") { id } }');
    expect(errors).toBeUndefined();
    expect(data.region.id).toBe('us-east');
    expect(data.image.id).toBe('linode/debian12');
    expect(paths().sort()).toEqual(['/v4/images/linode/debian12', '/v4/regions/us-east']);
  });

  it('a lookup otherwise reads the catalog, once, shared with the next requests', async () => {
    await stack.gql('{ region(id: "us-east") { id } }');
    await stack.gql('{ region(id: "us-west") { id } }');
    expect(paths()).toEqual(['/v4/regions']);
  });

  it('two fresh lookups of one catalog read the catalog once', async () => {
    const { errors } = await stack.gql('query @fresh { a: region(id: "us-east") { id } b: region(id: "us-west") { id } }');
    expect(errors).toBeUndefined();
    expect(paths()).toEqual(['/v4/regions']);
  });

  it("a fresh instance's region comes from the catalog its query already reads", async () => {
    const instance = stack.emulator.store.instances[0];
    const { errors } = await stack.gql(`query @fresh { instance(id: ${instance.id}) { region { id } } }`);
    expect(errors).toBeUndefined();
    expect(paths().filter((p) => p.startsWith('/v4/regions'))).toEqual(['/v4/regions']);
  });

  it("reads one region's plan availability", async () => {
    const { data, errors } = await stack.gql('{ region(id: "us-east") { availability { plan available region { id } } } }');
    expect(errors).toBeUndefined();
    expect(data.region.availability.length).toBeGreaterThan(0);
    expect(data.region.availability[0].region.id).toBe('us-east');
    expect(paths()).toContain('/v4/regions/us-east/availability');
  });
});
