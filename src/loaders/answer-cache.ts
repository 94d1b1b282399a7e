// Whole answers of a token's queries, reused while everything they were built from still holds:
// the same document, operation and variables of the same token, no write by the token since (its
// cache prefix), no event that dropped any path they read (src/rest/event-scopes.ts), nothing they
// read expired (volatile answers: VOLATILE_TTL_MS). A reload then costs neither Linode nor the
// execution of every field again. Kept in this process (bounded); answers with errors are not kept.
// An operation identical to one still running (same key, same freshness) waits for that one's
// answer instead of running again: after a drop, a token's tabs build the answer once, not each.
import type { DocumentNode, ExecutionResult } from 'graphql';
import { LRUCache } from 'lru-cache';
import { droppedAt } from '../rest/event-scopes.js';
import type { ReadLog } from './shared-reads.js';
import type { FreshnessView } from './token-freshness.js';

interface CachedAnswer {
  data: ExecutionResult['data'];
  prefix: string;
  version: number;
  paths: string[];
  expiresAt: number;
}

/** An execution whose answer others may share, as of the freshness it started from. */
interface Flight {
  prefix: string;
  version: number;
  answer: Promise<ExecutionResult['data'] | undefined>;
}

/** What the running execution of an operation promises to tell when it ends (`lead`). */
export interface Lead {
  /** The data if it may be kept (no errors, everything read through the caches), else undefined. Idempotent. */
  settle(result: ExecutionResult | undefined, log: ReadLog): void;
}

/** An answer that may be kept: complete data built only from reads the caches vouch for. */
function keepable(
  result: ExecutionResult | undefined,
  log: ReadLog,
): result is ExecutionResult & { data: NonNullable<ExecutionResult['data']> } {
  return Boolean(result && !result.errors?.length && result.data && log.complete && log.paths.size > 0);
}

export class AnswerCache {
  private readonly answers = new LRUCache<string, CachedAnswer>({ max: 500 });
  private readonly flights = new Map<string, Flight>();
  private readonly documentIds = new WeakMap<DocumentNode, number>();
  private nextDocumentId = 1;

  /** The key of an operation of a token (undefined: variables that cannot be keyed). */
  keyOf(tokenKey: string, document: DocumentNode, operationName: string | null | undefined, variables: unknown): string {
    let id = this.documentIds.get(document);
    if (id === undefined) {
      id = this.nextDocumentId++;
      this.documentIds.set(document, id);
    }
    return `${tokenKey}\u0000${id}\u0000${operationName ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
  }

  /** The answer kept under `key` if all it was built from holds under `prefix` and `view`. */
  get(key: string, prefix: string, view: FreshnessView, now: number): ExecutionResult | undefined {
    const cached = this.answers.get(key);
    if (!cached) return undefined;
    const holds =
      cached.prefix === prefix && now < cached.expiresAt && cached.paths.every((path) => droppedAt(path, view.drops) <= cached.version);
    if (!holds) {
      this.answers.delete(key);
      return undefined;
    }
    return { data: cached.data };
  }

  /**
   * The answer of the identical operation running now from the same freshness, once it ends;
   * undefined at once (not a promise) when none runs, so that the caller can `lead` in the same
   * turn. The promise gives undefined when that answer may not be kept or `signal` (the waiting
   * caller's) aborts: then the caller runs the operation itself.
   */
  follow(key: string, prefix: string, view: FreshnessView, signal: AbortSignal): Promise<ExecutionResult | undefined> | undefined {
    const flight = this.flights.get(key);
    if (!flight || flight.prefix !== prefix || flight.version !== view.version || signal.aborted) return undefined;
    let stop: (() => void) | undefined;
    const gone = new Promise<undefined>((resolve) => {
      stop = () => resolve(undefined);
      signal.addEventListener('abort', stop, { once: true });
    });
    return Promise.race([flight.answer, gone]).then((data) => {
      if (stop) signal.removeEventListener('abort', stop);
      return data ? { data } : undefined;
    });
  }

  /** Marks the operation under `key` as running from this freshness, for `follow`; the caller must settle it. */
  lead(key: string, prefix: string, view: FreshnessView): Lead {
    let resolve!: (data: ExecutionResult['data'] | undefined) => void;
    const flight: Flight = { prefix, version: view.version, answer: new Promise((r) => (resolve = r)) };
    this.flights.set(key, flight);
    let settled = false;
    return {
      settle: (result, log) => {
        if (settled) return;
        settled = true;
        if (this.flights.get(key) === flight) this.flights.delete(key);
        resolve(keepable(result, log) ? result.data : undefined);
      },
    };
  }

  /** Operations running now that others may follow. */
  get running(): number {
    return this.flights.size;
  }

  /** Keeps an answer built entirely from the caches' reads (`log`) under `prefix` and `view`. */
  set(key: string, result: ExecutionResult, log: ReadLog, prefix: string, view: FreshnessView, maxTtlMs: number, now: number): void {
    if (!keepable(result, log)) return;
    this.answers.set(key, {
      data: result.data,
      prefix,
      version: view.version,
      paths: [...log.paths],
      expiresAt: Math.min(log.expiresAt, now + maxTtlMs),
    });
  }
}
