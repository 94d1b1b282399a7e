// Trusted documents: a production frontend's operations, listed ahead of time in a manifest, are
// the only ones the gateway runs (TRUSTED_DOCUMENTS=path). Requests name a document by its hash
// (`extensions.persistedQuery.sha256Hash`, as Apollo's persisted-query link and GraphQL Code
// Generator's client preset send it); a query text, or a hash not in the list, is refused. Two manifest formats are
// read: GraphQL Code Generator's client preset (`persisted-documents.json`: `{ "<hash>": "<document>" }`)
// and Apollo's persisted query manifest (`{ format: "apollo-persisted-query-manifest", operations: [{ id, body }] }`).
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { persistedQueryOf } from './automatic-persisted-queries.js';

interface ApolloManifest {
  format: 'apollo-persisted-query-manifest';
  operations: Array<{ id: string; body: string }>;
}

function isApolloManifest(value: unknown): value is ApolloManifest {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { format?: unknown }).format === 'apollo-persisted-query-manifest' &&
    Array.isArray((value as { operations?: unknown }).operations)
  );
}

/** Documents by id from a manifest's JSON text; each one must parse. Throws with the reason otherwise. */
export function readTrustedDocuments(text: string, source = 'TRUSTED_DOCUMENTS'): Map<string, string> {
  const manifest: unknown = JSON.parse(text);
  const entries: Array<[string, unknown]> = isApolloManifest(manifest)
    ? manifest.operations.map((op) => [op.id, op.body])
    : typeof manifest === 'object' && manifest !== null && !Array.isArray(manifest)
      ? Object.entries(manifest)
      : [];
  const documents = new Map<string, string>();
  for (const [id, body] of entries) {
    if (typeof body !== 'string') throw new Error(`${source}: the document ${id} is not a string.`);
    parse(body); // a broken manifest fails at start, not on the first request
    documents.set(id, body);
  }
  if (documents.size === 0) throw new Error(`${source} lists no documents (expected { "<hash>": "<document>" } or an Apollo manifest).`);
  return documents;
}

export function loadTrustedDocuments(path: string): Map<string, string> {
  return readTrustedDocuments(readFileSync(path, 'utf8'), `TRUSTED_DOCUMENTS (${path})`);
}

/** Runs only the listed documents. */
export function trustedDocuments(documents: Map<string, string>): Plugin {
  return usePersistedOperations({
    allowArbitraryOperations: false,
    extractPersistedOperationId: (params) => persistedQueryOf(params.extensions)?.sha256Hash ?? null,
    getPersistedOperation: (id) => documents.get(id) ?? null,
  });
}
