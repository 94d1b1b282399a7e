import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE, MIN_PAGE_SIZE, planPages, sliceWindow } from '../../src/rest/page-plan.js';
import {
  CursorError,
  decodeCursor,
  encodeCursor,
  MAX_CURSOR_OFFSET,
  resolveWindow,
  type ConnectionArgs,
} from '../../src/schema/kit/relay-window.js';

/** Oracle: for every size, walk the pages from 1 and keep those that touch the window. */
function bruteForce(offset: number, limit: number): { count: number; items: number; size: number } {
  let best = { count: Infinity, items: Infinity, size: 0 };
  for (let size = MIN_PAGE_SIZE; size <= MAX_PAGE_SIZE; size += 1) {
    let count = 0;
    for (let page = 1; (page - 1) * size < offset + limit; page += 1) {
      const pageStart = (page - 1) * size;
      const pageEnd = page * size;
      if (pageEnd > offset && pageStart < offset + limit) count += 1;
    }
    const items = count * size;
    if (count < best.count || (count === best.count && items < best.items)) best = { count, items, size };
  }
  return best;
}

const windows = fc.record({ offset: fc.integer({ min: 0, max: 5_000 }), limit: fc.integer({ min: 1, max: 1_600 }) });

describe('planPages properties', () => {
  it('covers the window with consecutive pages of one valid size', () => {
    fc.assert(
      fc.property(windows, ({ offset, limit }) => {
        const plan = planPages(offset, limit);
        const size = plan.requests[0].pageSize;
        plan.requests.forEach((r, i) => {
          expect(r.pageSize).toBe(size);
          expect(r.pageSize).toBeGreaterThanOrEqual(MIN_PAGE_SIZE);
          expect(r.pageSize).toBeLessThanOrEqual(MAX_PAGE_SIZE);
          expect(r.page).toBe(plan.requests[0].page + i);
          expect(r.page).toBeGreaterThanOrEqual(1);
        });
        const coveredStart = (plan.requests[0].page - 1) * size;
        const coveredEnd = plan.requests.at(-1)!.page * size;
        expect(plan.firstItemOffset).toBe(coveredStart);
        expect(coveredStart).toBeLessThanOrEqual(offset);
        expect(coveredEnd).toBeGreaterThanOrEqual(offset + limit);
      }),
      { numRuns: 300 },
    );
  });

  it('uses the minimum number of requests, then fewest items, then the smallest size', () => {
    fc.assert(
      fc.property(windows, ({ offset, limit }) => {
        const plan = planPages(offset, limit);
        const oracle = bruteForce(offset, limit);
        expect(plan.requests.length).toBe(oracle.count);
        expect(plan.requests.length * plan.requests[0].pageSize).toBe(oracle.items);
        expect(plan.requests[0].pageSize).toBe(oracle.size);
      }),
      { numRuns: 200 },
    );
  });

  it('slicing the fetched pages yields exactly the window', () => {
    fc.assert(
      fc.property(windows, fc.integer({ min: 0, max: 8_000 }), ({ offset, limit }, total) => {
        const plan = planPages(offset, limit);
        const collection = Array.from({ length: total }, (_, i) => i);
        const pages = plan.requests.map((r) => collection.slice((r.page - 1) * r.pageSize, r.page * r.pageSize));
        expect(sliceWindow(plan, pages, offset, limit)).toEqual(collection.slice(offset, offset + limit));
      }),
      { numRuns: 200 },
    );
  });
});

describe('cursor properties', () => {
  it('round-trips every offset', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_CURSOR_OFFSET }), (offset) => {
        expect(decodeCursor(encodeCursor(offset))).toBe(offset);
      }),
    );
  });

  it('random strings decode only if they are the canonical cursor, else throw CursorError', () => {
    const strings = fc.oneof(fc.string(), fc.stringMatching(/^[A-Za-z0-9_-]{0,16}$/), fc.base64String());
    fc.assert(
      fc.property(strings, (input) => {
        let offset: number;
        try {
          offset = decodeCursor(input);
        } catch (error) {
          expect(error).toBeInstanceOf(CursorError);
          return;
        }
        expect(encodeCursor(offset)).toBe(input);
      }),
      { numRuns: 1_000 },
    );
  });
});

/** Relay's reference algorithm run on a materialised list of offsets. */
function relayReference(total: number, args: ConnectionArgs, defaultFirst: number): number[] {
  let edges = Array.from({ length: total }, (_, i) => i);
  if (args.after != null) edges = edges.filter((i) => i > decodeCursor(args.after!));
  if (args.before != null) edges = edges.filter((i) => i < decodeCursor(args.before!));
  const first = args.first ?? (args.last == null ? defaultFirst : undefined);
  if (first != null) edges = edges.slice(0, first);
  if (args.last != null) edges = edges.slice(Math.max(0, edges.length - args.last));
  return edges;
}

describe('resolveWindow properties', () => {
  const optionalCount = fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined });
  const optionalOffset = fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined });
  const cases = fc.record({
    total: fc.integer({ min: 0, max: 100 }),
    defaultFirst: fc.integer({ min: 1, max: 50 }),
    first: optionalCount,
    last: optionalCount,
    after: optionalOffset,
    before: optionalOffset,
  });

  it('selects what the Relay algorithm selects', () => {
    fc.assert(
      fc.property(cases, ({ total, defaultFirst, first, last, after, before }) => {
        // Cursors are issued for existing items, so a `before` cursor lies inside the collection.
        fc.pre(before === undefined || before < total);
        const connectionArgs: ConnectionArgs = {
          first,
          last,
          after: after === undefined ? undefined : encodeCursor(after),
          before: before === undefined ? undefined : encodeCursor(before),
        };
        const spec = resolveWindow(connectionArgs, defaultFirst);
        const { offset, limit } = spec.kind === 'window' ? spec : spec.resolve(total);
        const all = Array.from({ length: total }, (_, i) => i);
        expect(all.slice(offset, offset + limit)).toEqual(relayReference(total, connectionArgs, defaultFirst));
        if (spec.kind === 'needsTotal') expect(last).toBeDefined();
      }),
      { numRuns: 1_000 },
    );
  });
});
