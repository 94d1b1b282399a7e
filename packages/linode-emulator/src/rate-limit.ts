// Per-client, per-operation rate limits with fixed windows aligned on the clock
// (a window of W seconds covers [k*W, (k+1)*W)).
import type { OperationFact } from 'linode-facts/spec';
import type { RateLimitRule } from './types.js';

/** The documented limit of an operation. */
export function documentedRule(op: Pick<OperationFact, 'method' | 'path' | 'operationId' | 'paginated'>): RateLimitRule {
  if (op.method === 'POST' && op.path === '/linode/instances') return { limit: 10, windowSeconds: 30 };
  if (op.method === 'POST' && op.path === '/volumes') return { limit: 25, windowSeconds: 60 };
  if (op.method === 'GET' && op.path === '/images') return { limit: 20, windowSeconds: 60 };
  if (op.path.includes('/stats')) return { limit: 50, windowSeconds: 60 };
  if (op.method === 'GET' && op.paginated) return { limit: 200, windowSeconds: 60 };
  return { limit: 400, windowSeconds: 60 };
}

export interface RateLimitOutcome {
  allowed: boolean;
  headers: Record<string, string>;
}

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly now: () => number) {}

  /** Counts one request of `client` on `operation` and says whether it is within `rule`. */
  hit(client: string, operation: string, rule: RateLimitRule): RateLimitOutcome {
    const now = this.now();
    const windowMs = rule.windowSeconds * 1000;
    const start = Math.floor(now / windowMs) * windowMs;
    const key = `${client}\u0000${operation}`;
    let window = this.windows.get(key);
    if (!window || window.start !== start) {
      window = { start, count: 0 };
      this.windows.set(key, window);
    }
    const resetMs = start + windowMs;
    const allowed = window.count < rule.limit;
    if (allowed) window.count += 1;
    const headers: Record<string, string> = {
      'X-RateLimit-Limit': String(rule.limit),
      'X-RateLimit-Remaining': String(rule.limit - window.count),
      'X-RateLimit-Reset': String(Math.ceil(resetMs / 1000)),
    };
    if (!allowed) headers['Retry-After'] = String(Math.max(1, Math.ceil((resetMs - now) / 1000)));
    return { allowed, headers };
  }

  reset(): void {
    this.windows.clear();
  }
}
