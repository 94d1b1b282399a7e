// Linode's 1-based page/page_size pagination: a window [offset, offset+limit) of a collection
// (what a connection asks for, src/schema/kit/relay-window.ts) in the fewest requests. planPages
// picks the page size and pages that cover it, sliceWindow cuts the window back out of them.

export const MIN_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 500;

export interface PageRequest {
  page: number;
  pageSize: number;
}

export interface PagePlan {
  requests: PageRequest[];
  /** Absolute offset of the first item of requests[0]. */
  firstItemOffset: number;
}

export function assertCount(name: string, value: number): void {
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
  // The common window (a first page of at most 500): one page, the smallest that holds it.
  if (offset === 0 && limit <= MAX_PAGE_SIZE)
    return { requests: [{ page: 1, pageSize: Math.max(MIN_PAGE_SIZE, limit) }], firstItemOffset: 0 };
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
  if (pages.length === 1) return pages[0].slice(start, start + limit);
  return pages.flat().slice(start, start + limit);
}
