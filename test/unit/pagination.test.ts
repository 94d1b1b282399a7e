import { describe, expect, it } from 'vitest';
import { planPages, sliceWindow } from '../../src/rest/page-plan.js';
import {
  ArgumentError,
  connectionPageInfo,
  CursorError,
  decodeCursor,
  encodeCursor,
  MAX_CURSOR_OFFSET,
  resolveWindow,
} from '../../src/schema/kit/relay-window.js';

describe('planPages', () => {
  it('first:50 is one request, page 1 of size 50', () => {
    expect(planPages(0, 50)).toEqual({ requests: [{ page: 1, pageSize: 50 }], firstItemOffset: 0 });
  });

  it('small windows use the smallest page size', () => {
    expect(planPages(0, 1)).toEqual({ requests: [{ page: 1, pageSize: 25 }], firstItemOffset: 0 });
    expect(planPages(30, 10)).toEqual({ requests: [{ page: 2, pageSize: 25 }], firstItemOffset: 25 });
  });

  it('window [30,80) fits one page of size 80', () => {
    expect(planPages(30, 50)).toEqual({ requests: [{ page: 1, pageSize: 80 }], firstItemOffset: 0 });
  });

  it('a window aligned to a page further in uses that page', () => {
    expect(planPages(100, 100)).toEqual({ requests: [{ page: 2, pageSize: 100 }], firstItemOffset: 100 });
    expect(planPages(1000, 500)).toEqual({ requests: [{ page: 3, pageSize: 500 }], firstItemOffset: 1000 });
  });

  it('limit 500 at offset 1 needs two pages; the smallest size that does it wins', () => {
    expect(planPages(1, 500)).toEqual({
      requests: [
        { page: 1, pageSize: 251 },
        { page: 2, pageSize: 251 },
      ],
      firstItemOffset: 0,
    });
  });

  it('a window straddling every page boundary needs two pages', () => {
    // [499, 999): a single page would need size >= 999.
    const plan = planPages(499, 500);
    expect(plan.requests).toHaveLength(2);
    const { pageSize } = plan.requests[0];
    expect(plan.firstItemOffset).toBeLessThanOrEqual(499);
    expect(plan.firstItemOffset + 2 * pageSize).toBeGreaterThanOrEqual(999);
  });

  it('windows wider than the largest page need several consecutive pages', () => {
    const plan = planPages(0, 1200);
    expect(plan.requests).toEqual([
      { page: 1, pageSize: 400 },
      { page: 2, pageSize: 400 },
      { page: 3, pageSize: 400 },
    ]);
  });

  it('limit 0 needs no request', () => {
    expect(planPages(40, 0)).toEqual({ requests: [], firstItemOffset: 40 });
  });

  it.each([
    [-1, 10],
    [0, -1],
    [1.5, 10],
    [0, Number.NaN],
    [Number.POSITIVE_INFINITY, 1],
  ])('rejects offset %s limit %s with a RangeError', (offset, limit) => {
    expect(() => planPages(offset, limit)).toThrow(RangeError);
  });
});

describe('sliceWindow', () => {
  it('cuts the window out of the fetched pages', () => {
    const plan = planPages(1, 500);
    const items = Array.from({ length: 1000 }, (_, i) => i);
    const pages = plan.requests.map((r) => items.slice((r.page - 1) * r.pageSize, r.page * r.pageSize));
    const window = sliceWindow(plan, pages, 1, 500);
    expect(window).toHaveLength(500);
    expect(window[0]).toBe(1);
    expect(window.at(-1)).toBe(500);
  });

  it('returns what exists when the collection ends inside the window', () => {
    const plan = planPages(30, 50); // one page of 80 items
    expect(sliceWindow(plan, [[...Array(40).keys()]], 30, 50)).toEqual([30, 31, 32, 33, 34, 35, 36, 37, 38, 39]);
  });
});

describe('cursors', () => {
  it('round-trip and are opaque base64url', () => {
    for (const offset of [0, 1, 99, 123_456, MAX_CURSOR_OFFSET]) {
      const cursor = encodeCursor(offset);
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(cursor)).toBe(offset);
    }
  });

  it.each([
    '',
    'not a cursor',
    '123',
    Buffer.from('v1:-1').toString('base64url'),
    Buffer.from('v1:01').toString('base64url'),
    Buffer.from('v1:1.5').toString('base64url'),
    Buffer.from('v2:1').toString('base64url'),
    Buffer.from(`v1:${MAX_CURSOR_OFFSET + 1}`).toString('base64url'),
    Buffer.from('v1:99999999999999999999').toString('base64url'),
    `${encodeCursor(5)}=`,
    encodeCursor(5).slice(0, -1),
  ])('rejects %j with CursorError', (cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(CursorError);
    expect(() => decodeCursor(cursor)).toThrow(/malformed/);
  });

  it('encodeCursor refuses offsets it could not decode', () => {
    expect(() => encodeCursor(-1)).toThrow(RangeError);
    expect(() => encodeCursor(MAX_CURSOR_OFFSET + 1)).toThrow(RangeError);
    expect(() => encodeCursor(0.5)).toThrow(RangeError);
  });
});

describe('resolveWindow', () => {
  const c = encodeCursor;

  it('uses defaultFirst when no count is given', () => {
    expect(resolveWindow({}, 100)).toEqual({ kind: 'window', offset: 0, limit: 100 });
    expect(resolveWindow({ after: c(9) }, 100)).toEqual({ kind: 'window', offset: 10, limit: 100 });
  });

  it('first/after take from the start of the range', () => {
    expect(resolveWindow({ first: 50 }, 100)).toEqual({ kind: 'window', offset: 0, limit: 50 });
    expect(resolveWindow({ first: 10, after: c(29) }, 100)).toEqual({ kind: 'window', offset: 30, limit: 10 });
  });

  it('before bounds the end', () => {
    expect(resolveWindow({ first: 10, before: c(5) }, 100)).toEqual({ kind: 'window', offset: 0, limit: 5 });
    expect(resolveWindow({ after: c(2), before: c(8) }, 100)).toEqual({ kind: 'window', offset: 3, limit: 5 });
    expect(resolveWindow({ after: c(8), before: c(2) }, 100)).toEqual({ kind: 'window', offset: 9, limit: 0 });
  });

  it('last/before take from the end of the range', () => {
    expect(resolveWindow({ last: 10, before: c(50) }, 100)).toEqual({ kind: 'window', offset: 40, limit: 10 });
    expect(resolveWindow({ last: 10, before: c(5) }, 100)).toEqual({ kind: 'window', offset: 0, limit: 5 });
    expect(resolveWindow({ last: 10, after: c(44), before: c(50) }, 100)).toEqual({ kind: 'window', offset: 45, limit: 5 });
  });

  it('first and last together apply first, then last, once the total is known', () => {
    const spec = resolveWindow({ first: 20, last: 5 }, 100);
    if (spec.kind !== 'needsTotal') throw new Error('expected needsTotal');
    expect(spec.resolve(100)).toEqual({ offset: 15, limit: 5 });
    // The collection ends before `first` does: `last` counts back from the real end.
    expect(spec.resolve(10)).toEqual({ offset: 5, limit: 5 });
    const after = resolveWindow({ first: 3, last: 5, after: c(9), before: c(50) }, 100);
    if (after.kind !== 'needsTotal') throw new Error('expected needsTotal');
    expect(after.resolve(100)).toEqual({ offset: 10, limit: 3 });
  });

  it('last without before needs the total', () => {
    const spec = resolveWindow({ last: 10 }, 100);
    if (spec.kind !== 'needsTotal') throw new Error('expected needsTotal');
    expect(spec.resolve(95)).toEqual({ offset: 85, limit: 10 });
    expect(spec.resolve(4)).toEqual({ offset: 0, limit: 4 });
    expect(spec.resolve(0)).toEqual({ offset: 0, limit: 0 });
    const afterSpec = resolveWindow({ last: 10, after: c(89) }, 100);
    if (afterSpec.kind !== 'needsTotal') throw new Error('expected needsTotal');
    expect(afterSpec.resolve(95)).toEqual({ offset: 90, limit: 5 });
    expect(afterSpec.resolve(50)).toEqual({ offset: 90, limit: 0 });
  });

  it('zero counts give an empty window', () => {
    expect(resolveWindow({ first: 0 }, 100)).toEqual({ kind: 'window', offset: 0, limit: 0 });
    expect(resolveWindow({ last: 0, before: c(10) }, 100)).toEqual({ kind: 'window', offset: 10, limit: 0 });
  });

  it('null arguments count as absent', () => {
    expect(resolveWindow({ first: null, after: null, last: null, before: null }, 7)).toEqual({ kind: 'window', offset: 0, limit: 7 });
  });

  it('rejects negative or fractional counts with ArgumentError, bad cursors with CursorError', () => {
    expect(() => resolveWindow({ first: -1 }, 100)).toThrow(ArgumentError);
    expect(() => resolveWindow({ last: -5, before: c(3) }, 100)).toThrow(ArgumentError);
    expect(() => resolveWindow({ first: 2.5 }, 100)).toThrow(ArgumentError);
    expect(() => resolveWindow({ after: 'garbage' }, 100)).toThrow(CursorError);
    expect(() => resolveWindow({ before: 'garbage' }, 100)).toThrow(CursorError);
  });
});

describe('connectionPageInfo', () => {
  it('reports pages on either side', () => {
    expect(connectionPageInfo(0, 10, 10)).toEqual({ hasPreviousPage: false, hasNextPage: false });
    expect(connectionPageInfo(0, 10, 11)).toEqual({ hasPreviousPage: false, hasNextPage: true });
    expect(connectionPageInfo(5, 5, 10)).toEqual({ hasPreviousPage: true, hasNextPage: false });
  });
});
