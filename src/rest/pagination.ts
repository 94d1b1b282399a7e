// Relay connections onto Linode's 1-based page/page_size pagination. A connection asks for a
// window [offset, offset+limit); planPages picks the page size and pages that cover it in the
// fewest requests, and sliceWindow cuts the window back out of the fetched pages.

export const MIN_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 500;
/** Largest offset a cursor may carry; far beyond any real collection, small enough to stay exact. */
export const MAX_CURSOR_OFFSET = 1_000_000_000;

export interface PageRequest {
  page: number;
  pageSize: number;
}

export interface PagePlan {
  requests: PageRequest[];
  /** Absolute offset of the first item of requests[0]. */
  firstItemOffset: number;
}

function assertCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
}

/**
 * The fewest consecutive pages of one size that cover [offset, offset+limit); ties go to the plan
 * fetching fewest items, then to the smallest page size. A limit of 0 needs no request: the plan
 * is empty, and a caller that still needs the total fetches any page (page 1 of 25 is cheapest).
 */
export function planPages(offset: number, limit: number): PagePlan {
  assertCount('offset', offset);
  assertCount('limit', limit);
  if (limit === 0) return { requests: [], firstItemOffset: offset };
  const last = offset + limit - 1;
  let best: { size: number; firstPage: number; count: number } | undefined;
  for (let size = MIN_PAGE_SIZE; size <= MAX_PAGE_SIZE; size += 1) {
    const firstPage = Math.floor(offset / size);
    const count = Math.floor(last / size) - firstPage + 1;
    // Strict comparisons keep the smallest size among equal (count, items).
    if (!best || count < best.count || (count === best.count && count * size < best.count * best.size)) {
      best = { size, firstPage, count };
    }
  }
  const { size, firstPage, count } = best as NonNullable<typeof best>;
  const requests = Array.from({ length: count }, (_, i) => ({ page: firstPage + i + 1, pageSize: size }));
  return { requests, firstItemOffset: firstPage * size };
}

/** Cuts [offset, offset+limit) out of the pages fetched for `plan` (given in plan order). */
export function sliceWindow<T>(plan: PagePlan, pages: ReadonlyArray<ReadonlyArray<T>>, offset: number, limit: number): T[] {
  const start = offset - plan.firstItemOffset;
  return pages.flat().slice(start, start + limit);
}

export function connectionPageInfo(offset: number, count: number, total: number): { hasPreviousPage: boolean; hasNextPage: boolean } {
  return { hasPreviousPage: offset > 0, hasNextPage: offset + count < total };
}

export class CursorError extends Error {
  constructor(message = 'The cursor is malformed: use a cursor returned by this API.') {
    super(message);
    this.name = 'CursorError';
  }
}

const CURSOR_PREFIX = 'v1:';
const CURSOR_PAYLOAD = /^v1:(0|[1-9][0-9]{0,9})$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export function encodeCursor(offset: number): string {
  if (!Number.isSafeInteger(offset) || offset < 0 || offset > MAX_CURSOR_OFFSET) {
    throw new RangeError(`cursor offset must be an integer in 0..${MAX_CURSOR_OFFSET}, got ${offset}`);
  }
  return Buffer.from(`${CURSOR_PREFIX}${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  if (typeof cursor !== 'string' || cursor.length > 64 || !BASE64URL.test(cursor)) throw new CursorError();
  const payload = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = CURSOR_PAYLOAD.exec(payload);
  if (!match) throw new CursorError();
  const offset = Number(match[1]);
  // Only the canonical encoding is accepted, so every cursor has exactly one spelling.
  if (offset > MAX_CURSOR_OFFSET || encodeCursor(offset) !== cursor) throw new CursorError();
  return offset;
}

export class ArgumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArgumentError';
  }
}

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export type WindowSpec =
  | { kind: 'window'; offset: number; limit: number }
  | { kind: 'needsTotal'; resolve(total: number): { offset: number; limit: number } };

function countArg(name: 'first' | 'last', value: number | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Number.isSafeInteger(value) || value < 0) throw new ArgumentError(`\`${name}\` must be a non-negative integer, got ${value}`);
  return value;
}

/**
 * Relay's algorithm: `after`/`before` bound the range, then `first` keeps its start, then `last`
 * keeps its end; with neither count `defaultFirst` applies. A limit of 0 means an empty page: no
 * items to fetch (see planPages for the total). `last` cannot be placed until the total is known
 * (the range may end early), hence `needsTotal` — except with `before` and no `first`, where the
 * cursor, issued for an existing item, is trusted to lie inside the collection.
 */
export function resolveWindow(args: ConnectionArgs, defaultFirst: number): WindowSpec {
  const last = countArg('last', args.last);
  let first = countArg('first', args.first);
  if (first === undefined && last === undefined) first = countArg('first', defaultFirst);
  const start = args.after != null ? decodeCursor(args.after) + 1 : 0;
  const before = args.before != null ? Math.max(start, decodeCursor(args.before)) : undefined;
  const firstEnd = first === undefined ? undefined : start + first;
  const end = before === undefined ? firstEnd : Math.min(before, firstEnd ?? before);

  const window = (rangeEnd: number) => {
    const offset = last === undefined ? start : Math.max(start, rangeEnd - last);
    return { offset, limit: Math.max(0, rangeEnd - offset) };
  };
  if (last === undefined || (first === undefined && end !== undefined)) return { kind: 'window', ...window(end as number) };
  return {
    kind: 'needsTotal',
    resolve: (total: number) => {
      assertCount('total', total);
      return window(Math.min(Math.max(start, total), end ?? Infinity));
    },
  };
}
