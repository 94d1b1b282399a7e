// Whole answers of a token's queries, reused while everything they were built from still holds:
// the same document, operation and variables of the same token, no write by the token since (its
// cache prefix), no event that dropped any path they read (src/rest/event-scopes.ts), nothing they
// read expired (volatile answers: VOLATILE_TTL_MS). A reload then costs neither Linode nor the
// execution of every field again. Kept in this process (bounded); answers with errors are not kept.
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

export class AnswerCache {
  private readonly answers = new LRUCache<string, CachedAnswer>({ max: 500 });
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

  /** Keeps an answer built entirely from the caches' reads (`log`) under `prefix` and `view`. */
  set(key: string, result: ExecutionResult, log: ReadLog, prefix: string, view: FreshnessView, maxTtlMs: number, now: number): void {
    if (result.errors?.length || !result.data || !log.complete || log.paths.size === 0) return;
    this.answers.set(key, {
      data: result.data,
      prefix,
      version: view.version,
      paths: [...log.paths],
      expiresAt: Math.min(log.expiresAt, now + maxTtlMs),
    });
  }
}
