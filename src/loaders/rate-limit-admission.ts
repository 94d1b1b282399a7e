// Linode's rate limits, enforced before anything is sent: an operation whose needs exceed what the
// token has left at Linode (by operation, as the `X-RateLimit-*` headers last said, shared by the
// replicas: src/loaders/rate-limit-book.ts) is refused with RATE_LIMITED and `retryAfter` (when
// the tightest window resets). An operation's needs are what the same document needed the last
// time it ran (its upstream GETs by operation, cached or not), scaled by the ratio of the cost
// estimates (src/security/cost.ts) now and then; a document never seen is admitted, and its
// requests then count in the figures.
import { GraphQLError, getOperationAST, type DocumentNode } from 'graphql';
import type { RateLimitState } from '../rest/client.js';
import type { RateLimits } from './rate-limit-book.js';

export interface Needs {
  byOperation: ReadonlyMap<string, number>;
  estimated: number;
}

/** The needs of each document's operations, as they last ran (documents are parsed once and reused by yoga). */
export class NeedsMemory {
  private readonly documents = new WeakMap<DocumentNode, Map<string, Needs>>();

  get(document: DocumentNode, operationName?: string | null): Needs | undefined {
    return this.documents.get(document)?.get(nameOf(document, operationName));
  }

  set(document: DocumentNode, operationName: string | null | undefined, needs: Needs): void {
    let operations = this.documents.get(document);
    if (!operations) {
      operations = new Map();
      this.documents.set(document, operations);
    }
    operations.set(nameOf(document, operationName), needs);
  }
}

function nameOf(document: DocumentNode, operationName?: string | null): string {
  return operationName ?? getOperationAST(document)?.name?.value ?? '';
}

/** A window still open (Linode's reset is in epoch seconds). */
function open(state: RateLimitState, nowMs: number): boolean {
  return state.reset * 1000 > nowMs;
}

/** RATE_LIMITED when some operation needs more than its window has left; undefined to admit. */
export function rateLimitRefusal(
  needs: Needs | undefined,
  estimated: number | undefined,
  limits: RateLimits,
  nowMs: number,
): GraphQLError | undefined {
  if (!needs) return undefined;
  const scale = estimated !== undefined && needs.estimated > 0 ? estimated / needs.estimated : 1;
  for (const [operation, count] of needs.byOperation) {
    const state = limits.get(operation);
    if (!state || !open(state, nowMs)) continue;
    const needed = Math.ceil(count * scale);
    if (needed <= state.remaining) continue;
    const retryAfter = Math.max(1, Math.ceil(state.reset - nowMs / 1000));
    return new GraphQLError(
      `This operation needs about ${needed} \`${operation}\` requests; Linode allows this token ${state.remaining} more until its window resets in ${retryAfter} s. Nothing was sent.`,
      { extensions: { code: 'RATE_LIMITED', retryAfter, operation, needed, remaining: state.remaining, limit: state.limit } },
    );
  }
  return undefined;
}

export interface RemainingBudget {
  /** The operation with the least left of those this request used. */
  operation: string;
  remaining: number;
  limit: number;
  /** Epoch seconds. */
  reset: number;
}

/** The tightest window among the operations a request used. */
export function tightestWindow(operations: Iterable<string>, limits: RateLimits, nowMs: number): RemainingBudget | undefined {
  let tightest: RemainingBudget | undefined;
  for (const operation of operations) {
    const state = limits.get(operation);
    if (!state || !open(state, nowMs)) continue;
    if (!tightest || state.remaining < tightest.remaining) tightest = { operation, ...state };
  }
  return tightest;
}
