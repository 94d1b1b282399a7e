// Checks on the HTTP request itself, before GraphQL sees it: body size, batch size and CSRF.
import type { Plugin } from 'graphql-yoga';
import { limitError, refusal } from './errors.js';

const tooLarge = (maxBytes: number, length?: number) =>
  `The request body is ${length === undefined ? 'over the limit' : `${length} bytes`}; the limit is ${maxBytes} (MAX_BODY_BYTES). Send a smaller query or fewer variables.`;

/**
 * Refuses bodies over the limit: at once when Content-Length says so, and while reading when it
 * does not (chunked bodies). The reading limit itself is yoga's `maxRequestBodySize` (set to the
 * same value in createGateway); its error is given this limit's code and message.
 */
export function bodyLimit(maxBytes: number): Plugin {
  return {
    onRequest(payload) {
      const length = Number(payload.request.headers.get('content-length') ?? 0);
      if (length > maxBytes) payload.endResponse(refusal(413, 'REQUEST_TOO_LARGE', tooLarge(maxBytes, length)));
    },
    onRequestParse({ requestParser, setRequestParser }) {
      if (!requestParser) return;
      setRequestParser(async (request) => {
        try {
          return await requestParser(request);
        } catch (error) {
          if ((error as { extensions?: { code?: unknown } } | null)?.extensions?.code === 'REQUEST_ENTITY_TOO_LARGE') {
            throw limitError('REQUEST_TOO_LARGE', tooLarge(maxBytes), { http: { status: 413 } });
          }
          throw error;
        }
      });
    },
  };
}

/**
 * At most `max` operations in one batched request (a JSON array body), and at least one. Runs
 * before yoga's own batching limit (set to the same value) to answer with a code of its own.
 */
export function batchLimit(max: number): Plugin {
  return {
    onRequestParse() {
      return {
        onRequestParseDone({ requestParserResult }) {
          if (!Array.isArray(requestParserResult)) return;
          if (requestParserResult.length === 0) {
            throw limitError('BAD_REQUEST', 'The batch is empty: send at least one operation.', { http: { status: 400 } });
          }
          if (requestParserResult.length > max) {
            throw limitError(
              'BATCH_TOO_LARGE',
              `The batch holds ${requestParserResult.length} operations; the limit is ${max} (MAX_BATCH). Send fewer operations per request.`,
              { http: { status: 413 } },
            );
          }
        },
      };
    },
  };
}

const PREFLIGHT_HEADERS = ['x-graphql-csrf', 'graphql-require-preflight', 'apollo-require-preflight'];

/** True for a request a cross-site form could have sent: simple, without a header only scripts can set. */
export function couldBeCrossSite(request: Request): boolean {
  const contentType = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  const simple = request.method === 'GET' || !['application/json', 'application/graphql-response+json'].includes(contentType);
  return simple && !PREFLIGHT_HEADERS.some((h) => request.headers.has(h));
}

const csrfMessage =
  'This request could come from a cross-site form: send it as a POST with `content-type: application/json`, or add an `x-graphql-csrf: 1` header.';

/**
 * A browser can send a "simple" cross-site request (GET, or a POST of a form or text/plain) without
 * asking first. Such requests must carry a header a form cannot set; JSON POSTs (GraphiQL,
 * graphql-request, fetch with content-type application/json) already force a CORS preflight.
 * GET is the exception for queries: queries never write (yoga answers a mutation over GET with
 * 405), so urql's and Apollo's GET queries and CDN-cacheable links need no header. A subscription
 * over GET still does: it would start polling Linode with the victim's session.
 * The check runs on every request yoga is about to parse as GraphQL, whatever its path variant
 * (`/graphql`, `/graphql/`); the GraphiQL page and its assets are served before that stage.
 */
export function csrfPrevention(): Plugin {
  return {
    onRequestParse({ request, endResponse }) {
      if (request.method !== 'GET' && couldBeCrossSite(request)) endResponse(refusal(403, 'CSRF_PREVENTED', csrfMessage));
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const { request } = args.contextValue as { request?: Request };
      if (request && couldBeCrossSite(request)) {
        setResultAndStopExecution({ errors: [limitError('CSRF_PREVENTED', csrfMessage, { http: { status: 403 } })] });
      }
    },
  };
}
