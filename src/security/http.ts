// Checks on the HTTP request itself, before GraphQL sees it: body size and CSRF.
import type { Plugin } from 'graphql-yoga';
import { refusal } from './errors.js';

/** Refuses bodies whose Content-Length is over the limit (browsers and HTTP clients always send it). */
export function bodyLimit(maxBytes: number): Plugin {
  return {
    onRequest({ request, endResponse }) {
      const length = Number(request.headers.get('content-length') ?? 0);
      if (length > maxBytes) {
        endResponse(refusal(413, 'REQUEST_TOO_LARGE', `The request body is ${length} bytes; the limit is ${maxBytes} (MAX_BODY_BYTES). Send a smaller query or fewer variables.`));
      }
    },
  };
}

const PREFLIGHT_HEADERS = ['x-graphql-csrf', 'graphql-require-preflight', 'apollo-require-preflight'];

/**
 * A browser can send a "simple" cross-site request (GET, or a POST of a form or text/plain) without
 * asking first. Such requests must carry a header a form cannot set; JSON POSTs (GraphiQL,
 * graphql-request, fetch with content-type application/json) already force a CORS preflight.
 */
export function csrfPrevention(): Plugin {
  return {
    onRequest({ request, url, endResponse }) {
      if (!url.pathname.endsWith('/graphql') || request.method === 'OPTIONS') return;
      const accept = request.headers.get('accept') ?? '';
      if (request.method === 'GET' && !url.searchParams.has('query') && accept.includes('text/html')) return; // GraphiQL page
      const contentType = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
      const simple = request.method === 'GET' || !['application/json', 'application/graphql-response+json'].includes(contentType);
      if (simple && !PREFLIGHT_HEADERS.some((h) => request.headers.has(h))) {
        endResponse(
          refusal(
            403,
            'CSRF_PREVENTED',
            'This request could come from a cross-site form: send it as a POST with `content-type: application/json`, or add an `x-graphql-csrf: 1` header.',
          ),
        );
      }
    },
  };
}
