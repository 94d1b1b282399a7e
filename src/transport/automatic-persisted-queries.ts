// Automatic Persisted Queries, Apollo's protocol: a client sends `extensions.persistedQuery =
// { version: 1, sha256Hash }` without the query; an unknown hash answers PERSISTED_QUERY_NOT_FOUND,
// the client sends the query with its hash once, and from then on the hash alone (often as a GET,
// which a CDN can cache). Documents are kept in a bounded in-memory LRU per replica: another
// replica, or an evicted document, answers NOT_FOUND and the client sends the query again.
// (`@graphql-yoga/plugin-apq` does the same but wants @graphql-tools/utils 10; codegen needs 11.)
import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';

export interface PersistedQueryStoreOptions {
  /** Total characters of the documents kept. */
  maxChars?: number;
}

interface PersistedQueryExtension {
  version: number;
  sha256Hash: string;
}

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/** The `persistedQuery` extension of a request, when it has a well-formed one. */
export function persistedQueryOf(extensions: unknown): PersistedQueryExtension | undefined {
  if (typeof extensions !== 'object' || extensions === null) return undefined;
  const value = (extensions as { persistedQuery?: unknown }).persistedQuery;
  if (typeof value !== 'object' || value === null) return undefined;
  const { version, sha256Hash } = value as { version?: unknown; sha256Hash?: unknown };
  return typeof version === 'number' && typeof sha256Hash === 'string' ? { version, sha256Hash } : undefined;
}

const apqError = (message: string, code: string, status?: number) =>
  new GraphQLError(message, { extensions: { code, ...(status ? { http: { status } } : {}) } });

export function automaticPersistedQueries(options: PersistedQueryStoreOptions = {}): Plugin {
  const store = new LRUCache<string, string>({
    maxSize: options.maxChars ?? 5_000_000,
    sizeCalculation: (query) => Math.max(1, query.length),
  });
  return {
    onParams({ params, setParams }) {
      const persisted = persistedQueryOf(params.extensions);
      if (!persisted) return;
      if (persisted.version !== 1)
        throw apqError('Only version 1 of persisted queries is supported.', 'PERSISTED_QUERY_NOT_SUPPORTED', 400);
      const hash = persisted.sha256Hash.toLowerCase();
      if (params.query === undefined || params.query === null || params.query === '') {
        const query = store.get(hash);
        // Apollo's links look for this message or code, then send the query with its hash.
        if (query === undefined) throw apqError('PersistedQueryNotFound', 'PERSISTED_QUERY_NOT_FOUND');
        setParams({ ...params, query });
        return;
      }
      if (typeof params.query !== 'string') return; // yoga answers the malformed query itself
      if (sha256Hex(params.query) !== hash) {
        throw apqError('The sha256Hash of persistedQuery is not the SHA-256 of the query.', 'PERSISTED_QUERY_HASH_MISMATCH', 400);
      }
      store.set(hash, params.query);
    },
  };
}
