// Configuration from environment variables, validated with errors that say what to fix.

export interface GatewayConfig {
  port: number;
  host: string;
  /** Linode API base URL; only ever from configuration, never from a request. */
  linodeApiUrl: string;
  /** Base URL of Linode's metrics host (ACLP), read with service tokens; only ever from configuration. */
  monitorApiUrl: string;
  /** keyv store: empty for in-memory, `redis://...` to share between replicas. */
  cacheUrl: string;
  /** HMAC key for token hashes in cache keys; replicas sharing a cache must share it. */
  cacheSecret?: string;
  upstreamTimeoutMs: number;
  /** Upstream requests one GraphQL request may have in flight at once; 0: no cap below the token's. */
  upstreamConcurrency: number;
  /** Upstream requests one token may have in flight at once, across its requests (a safety cap far above one query). */
  upstreamConcurrencyPerToken: number;
  /** Upstream connections per origin (HTTP/1.1: one request at a time each; HTTP/2 multiplexes). */
  upstreamConnections: number;
  /** Offer HTTP/2 to Linode (over TLS, where it accepts it). */
  upstreamHttp2: boolean;
  /** Cache every answer read with a token, per token, kept fresh by the token's account events. */
  tokenCache: boolean;
  /** How long a token-cached answer may be served (while no event drops it). */
  tokenCacheTtlMs: number;
  /** How long a volatile answer (usage, transfer, stats, objects in a moving status) may be served. */
  volatileTtlMs: number;
  /** How long after a token's last request its events poller keeps its cache fresh. */
  tokenActiveMs: number;
  /** Refuse, before sending anything, an operation whose estimate exceeds what the token has left at Linode. */
  rateLimitBudget: boolean;
  /** GraphQL operations executing at once in the process; more wait their turn (0: no limit). */
  maxConcurrentOperations: number;
  /**
   * How far V8 lets the heap grow past what a full collection kept before collecting again, in
   * percent (0: V8's own factor, which lets it reach 2-4 times the live data under load).
   */
  heapGrowingPercent: number;
  graphiql: boolean;
  /** Token pre-filled in GraphiQL's headers (demo mode only). */
  demoToken?: string;
  /** pino level of the process logger (`silent` turns logging off). */
  logLevel: LogLevel;
  /** Serve Prometheus metrics at `/metrics`. */
  metrics: boolean;
  /** On SIGTERM, how long in-flight requests may take before their connections are closed. */
  shutdownGraceMs: number;
  /** Limits checked before execution (see src/security). */
  limits: Limits;
  /** Origins allowed to call from browsers (CORS); empty: none. */
  corsOrigins: string[];
  /** How long browsers may keep a CORS preflight's answer (`Access-Control-Max-Age`), seconds. */
  corsMaxAgeSeconds: number;
  /** Apollo's Automatic Persisted Queries (a hash instead of the query text). */
  persistedQueries: boolean;
  /** A trusted documents manifest: when set, only its documents run (and APQ is off). */
  trustedDocumentsPath?: string;
  /** Answer introspection queries (and suggest field names in errors). */
  introspection: boolean;
  /** Consecutive upstream failures that open the circuit breaker, and how long it stays open. */
  breakerThreshold: number;
  breakerCooldownMs: number;
  /** The "Log in with Linode" flow (src/auth/oauth.ts): on when client id, secret and redirect URL are set. */
  oauthClientId?: string;
  oauthClientSecret?: string;
  /** This gateway's `/auth/callback`, as registered with the Linode OAuth client. */
  oauthRedirectUrl?: string;
  /** Linode's OAuth server; only ever from configuration. */
  linodeLoginUrl: string;
  /** Scopes asked for at login (`*`, or e.g. `linodes:read_only volumes:read_write`). */
  oauthScopes: string;
  /** Keys session ids and encrypts session tokens; replicas must share it. Default: CACHE_SECRET. */
  sessionSecret?: string;
  /** How long an idle login session lasts. */
  sessionTtlMs: number;
  /** How often a subscription asks Linode for news (each poll is one request under the caller's token). */
  eventPollMs: number;
  /**
   * Proxies in front of the gateway whose `X-Forwarded-For` entries are trusted: 0 takes the
   * socket's address as the client's; n takes the n-th address from the right of the header.
   */
  trustedProxies: number;
  /** Distinct callers (tokens; anonymous is one) whose consecutive failures open the gateway-wide breaker. */
  breakerMinCallers: number;
  /** How long a token stays known valid: cached private data is served only to a token checked this recently. */
  tokenRecheckMs: number;
}

export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  /** Operations in one batched HTTP request (a JSON array body). */
  maxBatch: number;
  maxBodyBytes: number;
  /** Budget of upstream requests per operation (estimated before, counted while running). */
  maxCost: number;
  /** Conditions in one filter: comparisons, `in` values and nested filters, every use of a variable counted. */
  maxFilterConditions: number;
  /** Bytes of one compiled X-Filter header. */
  maxFilterBytes: number;
  /** Nesting of the request's variables (objects and lists). */
  maxVariableDepth: number;
  /** Values in the request's variables (every object, list and scalar). */
  maxVariableValues: number;
  /** Live subscriptions per token, and per client address. */
  maxSubscriptionsPerToken: number;
  maxSubscriptionsPerAddress: number;
}

export const defaultLimits: Limits = {
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 20,
  maxTokens: 3000,
  maxBatch: 10,
  maxBodyBytes: 100_000,
  maxCost: 300,
  maxFilterConditions: 200,
  maxFilterBytes: 6_000,
  maxVariableDepth: 32,
  maxVariableValues: 20_000,
  maxSubscriptionsPerToken: 5,
  maxSubscriptionsPerAddress: 20,
};

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const defaults: GatewayConfig = {
  port: 4000,
  host: '0.0.0.0',
  linodeApiUrl: 'https://api.linode.com/v4',
  // Where linodego (MonitorAPIHost, MonitorAPIVersion) and linode_api4-python (MonitorClient) send metrics reads.
  monitorApiUrl: 'https://monitor-api.linode.com/v2beta',
  cacheUrl: '',
  upstreamTimeoutMs: 10_000,
  upstreamConcurrency: 0,
  upstreamConcurrencyPerToken: 256,
  upstreamConnections: 256,
  upstreamHttp2: true,
  // Off for a gateway built in code (createGateway: embedding, the test suite, which counts upstream
  // requests one request at a time); on for the process (loadConfig, below): TOKEN_CACHE=false turns it off.
  tokenCache: false,
  tokenCacheTtlMs: 10 * 60_000,
  volatileTtlMs: 15_000,
  tokenActiveMs: 60_000,
  rateLimitBudget: true,
  maxConcurrentOperations: 32,
  heapGrowingPercent: 20,
  graphiql: true,
  logLevel: 'info',
  metrics: true,
  shutdownGraceMs: 10_000,
  limits: defaultLimits,
  corsOrigins: [],
  corsMaxAgeSeconds: 7_200,
  persistedQueries: true,
  introspection: true,
  breakerThreshold: 5,
  breakerCooldownMs: 10_000,
  linodeLoginUrl: 'https://login.linode.com',
  oauthScopes: '*',
  sessionTtlMs: 7 * 86_400_000,
  eventPollMs: 5_000,
  trustedProxies: 0,
  breakerMinCallers: 3,
  tokenRecheckMs: 30_000,
};

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}".`);
  }
  return value;
}

function boolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}".`);
}

function url(env: NodeJS.ProcessEnv, name: string, fallback: string, protocols: string[]): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be a URL, got "${raw}".`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} must use ${protocols.join(' or ')}, got "${parsed.protocol}".`);
  }
  return raw.replace(/\/+$/, '');
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, fallback: T, allowed: readonly T[]): T {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${env[name]}".`);
  }
  return raw as T;
}

function origins(env: NodeJS.ProcessEnv, name: string): string[] {
  const list = (env[name] ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of list) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.origin !== origin) {
      throw new ConfigError(`${name} must be a comma-separated list of origins such as https://app.example.com, got "${origin}".`);
    }
  }
  return list;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  return {
    port: integer(env, 'PORT', defaults.port, 0, 65535),
    host: env.HOST || defaults.host,
    linodeApiUrl: url(env, 'LINODE_API_URL', defaults.linodeApiUrl, ['https:', 'http:']),
    monitorApiUrl: url(env, 'MONITOR_API_URL', defaults.monitorApiUrl, ['https:', 'http:']),
    cacheUrl: url(env, 'CACHE_URL', defaults.cacheUrl, ['redis:', 'rediss:']),
    cacheSecret: env.CACHE_SECRET || undefined,
    upstreamTimeoutMs: integer(env, 'UPSTREAM_TIMEOUT_MS', defaults.upstreamTimeoutMs, 100, 120_000),
    upstreamConcurrency: integer(env, 'UPSTREAM_CONCURRENCY', defaults.upstreamConcurrency, 0, 10_000),
    upstreamConcurrencyPerToken: integer(env, 'UPSTREAM_CONCURRENCY_PER_TOKEN', defaults.upstreamConcurrencyPerToken, 1, 10_000),
    upstreamConnections: integer(env, 'UPSTREAM_CONNECTIONS', defaults.upstreamConnections, 1, 10_000),
    upstreamHttp2: boolean(env, 'UPSTREAM_HTTP2', defaults.upstreamHttp2),
    tokenCache: boolean(env, 'TOKEN_CACHE', true),
    tokenCacheTtlMs: integer(env, 'TOKEN_CACHE_TTL_MS', defaults.tokenCacheTtlMs, 1_000, 86_400_000),
    volatileTtlMs: integer(env, 'VOLATILE_TTL_MS', defaults.volatileTtlMs, 0, 3_600_000),
    tokenActiveMs: integer(env, 'TOKEN_ACTIVE_MS', defaults.tokenActiveMs, 1_000, 3_600_000),
    rateLimitBudget: boolean(env, 'RATE_LIMIT_BUDGET', defaults.rateLimitBudget),
    maxConcurrentOperations: integer(env, 'MAX_CONCURRENT_OPERATIONS', defaults.maxConcurrentOperations, 0, 100_000),
    heapGrowingPercent: integer(env, 'HEAP_GROWING_PERCENT', defaults.heapGrowingPercent, 0, 300),
    graphiql: boolean(env, 'GRAPHIQL', defaults.graphiql),
    demoToken: env.DEMO_TOKEN || undefined,
    logLevel: oneOf(env, 'LOG_LEVEL', defaults.logLevel, LOG_LEVELS),
    metrics: boolean(env, 'METRICS', defaults.metrics),
    shutdownGraceMs: integer(env, 'SHUTDOWN_GRACE_MS', defaults.shutdownGraceMs, 0, 600_000),
    limits: {
      maxDepth: integer(env, 'MAX_DEPTH', defaultLimits.maxDepth, 2, 100),
      maxAliases: integer(env, 'MAX_ALIASES', defaultLimits.maxAliases, 0, 1000),
      maxDirectives: integer(env, 'MAX_DIRECTIVES', defaultLimits.maxDirectives, 0, 1000),
      maxTokens: integer(env, 'MAX_TOKENS', defaultLimits.maxTokens, 100, 100_000),
      maxBatch: integer(env, 'MAX_BATCH', defaultLimits.maxBatch, 1, 100),
      maxBodyBytes: integer(env, 'MAX_BODY_BYTES', defaultLimits.maxBodyBytes, 1000, 10_000_000),
      maxCost: integer(env, 'MAX_COST', defaultLimits.maxCost, 1, 100_000),
      maxFilterConditions: integer(env, 'MAX_FILTER_CONDITIONS', defaultLimits.maxFilterConditions, 1, 10_000),
      maxFilterBytes: integer(env, 'MAX_FILTER_BYTES', defaultLimits.maxFilterBytes, 100, 1_000_000),
      maxVariableDepth: integer(env, 'MAX_VARIABLE_DEPTH', defaultLimits.maxVariableDepth, 2, 1_000),
      maxVariableValues: integer(env, 'MAX_VARIABLE_VALUES', defaultLimits.maxVariableValues, 10, 10_000_000),
      maxSubscriptionsPerToken: integer(env, 'MAX_SUBSCRIPTIONS_PER_TOKEN', defaultLimits.maxSubscriptionsPerToken, 0, 10_000),
      maxSubscriptionsPerAddress: integer(env, 'MAX_SUBSCRIPTIONS_PER_ADDRESS', defaultLimits.maxSubscriptionsPerAddress, 0, 100_000),
    },
    corsOrigins: origins(env, 'CORS_ORIGINS'),
    corsMaxAgeSeconds: integer(env, 'CORS_MAX_AGE', defaults.corsMaxAgeSeconds, 0, 86_400),
    persistedQueries: boolean(env, 'PERSISTED_QUERIES', defaults.persistedQueries),
    trustedDocumentsPath: env.TRUSTED_DOCUMENTS || undefined,
    introspection: boolean(env, 'INTROSPECTION', defaults.introspection),
    breakerThreshold: integer(env, 'BREAKER_THRESHOLD', defaults.breakerThreshold, 1, 1000),
    breakerCooldownMs: integer(env, 'BREAKER_COOLDOWN_MS', defaults.breakerCooldownMs, 100, 600_000),
    oauthClientId: env.OAUTH_CLIENT_ID || undefined,
    oauthClientSecret: env.OAUTH_CLIENT_SECRET || undefined,
    oauthRedirectUrl: url(env, 'OAUTH_REDIRECT_URL', '', ['https:', 'http:']) || undefined,
    linodeLoginUrl: url(env, 'LINODE_LOGIN_URL', defaults.linodeLoginUrl, ['https:', 'http:']),
    oauthScopes: env.OAUTH_SCOPES || defaults.oauthScopes,
    sessionSecret: env.SESSION_SECRET || undefined,
    sessionTtlMs: integer(env, 'SESSION_TTL_MS', defaults.sessionTtlMs, 60_000, 365 * 86_400_000),
    eventPollMs: integer(env, 'EVENT_POLL_MS', defaults.eventPollMs, 1_000, 600_000),
    trustedProxies: integer(env, 'TRUSTED_PROXIES', defaults.trustedProxies, 0, 10),
    breakerMinCallers: integer(env, 'BREAKER_MIN_CALLERS', defaults.breakerMinCallers, 1, 1000),
    tokenRecheckMs: integer(env, 'TOKEN_RECHECK_MS', defaults.tokenRecheckMs, 1_000, 3_600_000),
  };
}
