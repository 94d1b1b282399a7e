// Linode pagination: `page` (1-based) and `page_size` (25..500, default 100) query parameters,
// answered as {data, page, pages, results}.
import { badRequest } from './errors.js';

export const MIN_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 100;

export interface PageRequest {
  page: number;
  pageSize: number;
}

export interface PageEnvelope<T> {
  data: T[];
  page: number;
  pages: number;
  results: number;
}

export function parsePageRequest(query: URLSearchParams): PageRequest {
  const rawSize = query.get('page_size');
  const rawPage = query.get('page');
  let pageSize = DEFAULT_PAGE_SIZE;
  if (rawSize !== null) {
    pageSize = /^\d+$/.test(rawSize) ? Number(rawSize) : NaN;
    if (!(pageSize >= MIN_PAGE_SIZE && pageSize <= MAX_PAGE_SIZE)) {
      throw badRequest(`page_size must be an integer between ${MIN_PAGE_SIZE} and ${MAX_PAGE_SIZE}`, 'page_size');
    }
  }
  let page = 1;
  if (rawPage !== null) {
    page = /^\d+$/.test(rawPage) ? Number(rawPage) : NaN;
    if (!(page >= 1)) throw badRequest('page must be a positive integer', 'page');
  }
  return { page, pageSize };
}

/**
 * One page of `items`. A page past the end answers the last page (what Linode documents for
 * huge page numbers); an empty collection is page 1 of 1 with no data.
 */
export function paginate<T>(items: T[], { page, pageSize }: PageRequest): PageEnvelope<T> {
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  const current = Math.min(page, pages);
  const start = (current - 1) * pageSize;
  return { data: items.slice(start, start + pageSize), page: current, pages, results: items.length };
}
