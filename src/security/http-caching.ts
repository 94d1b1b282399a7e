// Cache-Control, Vary and ETag of GraphQL answers. An answer that only holds public data (a GET
// query, with no token and no login session, answered without an error) may be kept by browsers
// and shared caches for as long as the gateway itself keeps public catalogs, and is revalidated
// with its ETag (304 when unchanged). Every other answer depends on the caller's credentials or
// is a write: `no-store` (`private, no-store` when a token read it), and `Vary: Authorization,
// Cookie` on all of them, so no cache ever gives one caller's answer to another.
import { createHash } from 'node:crypto';
import { getOperationAST, OperationTypeNode, type DocumentNode, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

interface CallerContext {
  request?: Request;
  token?: string | null;
}

type Verdict = { shared: true; etag: string } | { shared: false; withToken: boolean };

/** `W/"<hash of data>"`: weak, since `extensions` (upstream counters) differ between equal answers. */
export function weakETag(data: unknown): string {
  return `W/"${createHash('sha256').update(JSON.stringify(data)).digest('base64url').slice(0, 32)}"`;
}

function addVary(headers: Headers, names: string[]): void {
  const vary = (headers.get('vary') ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  for (const name of names) if (!vary.some((v) => v.toLowerCase() === name.toLowerCase())) vary.push(name);
  headers.set('vary', vary.join(', '));
}

function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/**
 * `publicMaxAgeSeconds`: how long shared caches may keep a public answer (the public catalogs'
 * TTL in the gateway's own cache). `graphqlEndpoint`: answers under it and under `/auth/` are covered.
 */
export function cachingHeaders(graphqlEndpoint: string, publicMaxAgeSeconds: number): Plugin {
  const verdicts = new WeakMap<Request, Verdict>();
  const covered = (path: string) => path === graphqlEndpoint || path.startsWith(`${graphqlEndpoint}/`) || path.startsWith('/auth/');
  return {
    onExecute({ args }) {
      const ctx = args.contextValue as CallerContext;
      const request = ctx.request;
      if (!request) return undefined;
      const operation = getOperationAST(args.document as DocumentNode, args.operationName as string | null | undefined);
      const isQuery = operation?.operation === OperationTypeNode.QUERY;
      return {
        onExecuteDone({ result }) {
          if (Symbol.asyncIterator in result) return; // streamed (@defer/@stream): never stored
          const answer = result as ExecutionResult;
          const shared = request.method === 'GET' && isQuery && !ctx.token && !answer.errors?.length && answer.data != null;
          verdicts.set(request, shared ? { shared, etag: weakETag(answer.data) } : { shared: false, withToken: Boolean(ctx.token) });
        },
      };
    },
    onResponse(payload) {
      const { request, response } = payload;
      if (!covered(new URL(request.url, 'http://gateway').pathname)) return;
      const verdict = verdicts.get(request);
      addVary(response.headers, ['Authorization', 'Cookie']);
      if (!verdict?.shared || response.status !== 200) {
        response.headers.set('cache-control', verdict && !verdict.shared && verdict.withToken ? 'private, no-store' : 'no-store');
        return;
      }
      // The body's media type follows Accept (application/json, application/graphql-response+json).
      addVary(response.headers, ['Accept']);
      response.headers.set('cache-control', `public, max-age=${publicMaxAgeSeconds}`);
      response.headers.set('etag', verdict.etag);
      if (matches(request.headers.get('if-none-match'), verdict.etag)) {
        const headers = new Headers(response.headers);
        headers.delete('content-type');
        headers.delete('content-length');
        payload.setResponse(new Response(null, { status: 304, headers }));
      }
    },
  };
}
