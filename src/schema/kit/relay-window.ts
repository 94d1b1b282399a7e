// Relay's connection arguments as a window of a collection: opaque cursors that carry an offset,
// and Relay's algorithm for first/after/last/before. The window is then fetched in the fewest
// Linode pages (src/rest/page-plan.ts).
import { assertCount } from '../../rest/page-plan.js';

/** Largest offset a cursor may carry; far beyond real collections, small enough to stay exact. */
export const MAX_CURSOR_OFFSET = 1_000_000_000;

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
  { kind: 'window'; offset: number; limit: number } | { kind: 'needsTotal'; resolve(total: number): { offset: number; limit: number } };

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
