// One API request, from route to answer: 404/405, auth, rate limit, scopes, paging and
// filtering, body, handler. Faults and latency are the server's business, not this one's.
import { facts } from 'linode-facts/spec';
import { authorize, identify } from './auth.js';
import { ApiError, badRequest } from './errors.js';
import { isJsonObject } from './json.js';
import { handlerFor } from './handlers/index.js';
import { paginate, parsePageRequest } from './pagination.js';
import { documentedRule, type RateLimiter } from './rate-limit.js';
import type { RouteMatch } from './router.js';
import { settle, type EmulatorState } from './state.js';
import type { JsonObject, RateLimitRule } from './types.js';
import { applyFilter, compileFilter } from './xfilter.js';

export interface ApiConfig {
  state: EmulatorState;
  tokens: Record<string, string>;
  limiter: RateLimiter | undefined;
  rateLimitOverrides: Record<string, RateLimitRule>;
  /** Public operations that need a token all the same. */
  tokenRequired: Set<string>;
}

export interface ApiRequest {
  method: string;
  /** Path without the /v4 prefix. */
  path: string;
  query: URLSearchParams;
  authorization?: string;
  filter?: string;
  rawBody: string;
  /** The body as sent, and its type: images and multipart forms are not JSON. */
  bytes?: Buffer;
  contentType?: string;
  address: string;
  /** Already matched by the caller (for the log). */
  route: RouteMatch;
}

export interface ApiResponse {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

export const SPEC_VERSION = facts.version;

/** Lists the spec describes as a single object although Linode pages and filters them. */
const PAGED_ERRATA = new Set(['getVPCIPs']);

export function answer(config: ApiConfig, req: ApiRequest): ApiResponse {
  const headers: Record<string, string> = {};
  const fail = (e: ApiError): ApiResponse => ({ status: e.status, body: e.body(), headers: { ...headers, ...e.headers } });
  const { route } = req;
  const matched = route.kind === 'found' ? route.op : undefined;
  const who = identify(req.authorization, config.tokens, req.address);
  if (matched?.scopes?.length) headers['X-Accepted-OAuth-Scopes'] = matched.scopes.join(' ');
  if (who.scopes !== undefined) headers['X-OAuth-Scopes'] = who.scopes;

  if (config.limiter) {
    // Requests that match no operation share one general bucket.
    const key = matched ? (matched.operationId ?? `${matched.method} ${matched.path}`) : 'unmatched';
    const rule = config.rateLimitOverrides[key] ?? (matched ? documentedRule(matched) : { limit: 400, windowSeconds: 60 });
    const outcome = config.limiter.hit(who.client, key, rule);
    Object.assign(headers, outcome.headers);
    if (!outcome.allowed) return fail(new ApiError(429, [{ reason: 'Too Many Requests' }]));
  }

  if (route.kind === 'not-found') return fail(new ApiError(404, [{ reason: 'Not found' }]));
  if (route.kind === 'method-not-allowed') {
    return fail(new ApiError(405, [{ reason: 'Method Not Allowed' }], { Allow: route.allowed.join(', ') }));
  }
  const { op, params } = route;

  try {
    authorize(op, who, config.tokenRequired);
    const isList = op.method === 'GET' && (op.paginated === true || PAGED_ERRATA.has(op.operationId));
    const page = isList ? parsePageRequest(req.query) : undefined;
    const filter = isList ? compileFilter(req.filter, op.itemSchema ?? op.responseSchema, op.item ?? op.response) : undefined;
    const json = !req.contentType || /^application\/json\b/i.test(req.contentType);
    const body = (op.method === 'POST' || op.method === 'PUT') && json ? parseBody(req.rawBody) : {};
    const upload = !json && req.bytes ? { contentType: String(req.contentType), bytes: req.bytes } : undefined;
    settle(config.state);
    const result = handlerFor(op)({
      op,
      params,
      query: req.query,
      body,
      upload,
      state: config.state,
      anonymous: who.scopes === undefined,
      tokens: config.tokens,
    });
    if ('list' in result) {
      const items = filter ? applyFilter(result.list, filter) : result.list;
      return { status: 200, body: paginate(items, page ?? { page: 1, pageSize: 100 }), headers };
    }
    if ('contentType' in result && result.contentType) headers['Content-Type'] = result.contentType;
    return { status: result.status ?? 200, body: result.body, headers };
  } catch (error) {
    if (error instanceof ApiError) return fail(error);
    console.error('emulator: unexpected error', error);
    return fail(new ApiError(500, [{ reason: 'Internal server error' }]));
  }
}

function parseBody(raw: string): JsonObject {
  if (raw.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw badRequest('Invalid JSON');
  }
  if (!isJsonObject(parsed)) throw badRequest('Request body must be a JSON object');
  return parsed;
}
