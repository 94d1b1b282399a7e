// createGateway(config) builds the yoga instance; it never listens (main.ts does, tests call yoga.fetch).
import { GraphQLError } from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { defaults, type GatewayConfig } from './config.js';
import type { GatewayContext } from './context.js';
import { graphiqlOptions, renderOfflineGraphiQL, useGraphiQLAssets } from './graphiql/index.js';
import { UpstreamSession } from './loaders/upstream-session.js';
import { randomBytes } from 'node:crypto';
import { parseAuthorization } from './auth/bearer.js';
import { OAuthFlow, oauthSettings } from './auth/oauth.js';
import { SessionStore } from './auth/sessions.js';
import { ResponseCache } from './rest/cache.js';
import { LinodeClient, type LinodeClientOptions } from './rest/client.js';
import { upstreamWiring } from './loaders/upstream-wiring.js';
import { upstreamAdmission } from './loaders/upstream-admission.js';
import { LinodeApiError } from './rest/errors.js';
import { MonitorMetrics } from './rest/monitor-metrics.js';
import { createObservability, silentLogger, yogaLogger, type Logger, type Observability } from './observability/index.js';
import { CircuitBreaker } from './rest/breaker.js';
import { schema } from './schema/index.js';
import { gatewayCostRules } from './security/cost.js';
import { requestBudget } from './security/budget.js';
import { clientAddress } from './security/client-address.js';
import { EventPollers, type Wait } from './resolvers/event-pollers.js';
import { isVariableValueError } from './security/errors.js';
import { securityPlugins } from './security/index.js';
import { transportPlugins } from './transport/index.js';

export interface Gateway {
  yoga: YogaServerInstance<Record<string, unknown>, GatewayContext>;
  client: LinodeClient;
  cache: ResponseCache;
  /** Logger, metrics registry and readiness (serve() drains it on shutdown). */
  observability: Observability;
  /** The "Log in with Linode" flow and its sessions, when OAuth is configured. */
  login?: OAuthFlow;
  close(): Promise<void>;
}

export interface GatewayOptions {
  /** Where operation logs go; without one the gateway logs nothing (serve() passes the process logger). */
  logger?: Logger;
  /** How the upstream client waits before a retry (backoff, a short Retry-After); tests make it instant. */
  retryWait?: (ms: number) => Promise<void>;
  /** Clock of login sessions (token expiry), token checks and the circuit breaker's cooldown; tests move it. */
  now?: () => number;
  /** The event pollers' wait between polls; tests drive it instead of a timer. */
  eventWait?: Wait;
  /** TLS settings of upstream connections (a loopback upstream with its own certificate, in tests and benchmarks). */
  upstreamTls?: LinodeClientOptions['tls'];
}

/** Linode failures become GraphQL errors with their code; anything unexpected is masked. */
export function maskError(error: unknown, message: string): GraphQLError {
  const original: unknown = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const graphqlError = error instanceof GraphQLError ? error : undefined;
  if (original instanceof LinodeApiError) {
    return new GraphQLError(original.message, {
      nodes: graphqlError?.nodes,
      path: graphqlError?.path,
      extensions: original.extensions(),
    });
  }
  if (original instanceof GraphQLError && original.extensions?.code) {
    // yoga attaches the JSON parser's own error to its BAD_REQUEST; its message quotes the body.
    // Only the error's name is kept: yoga reads the field's presence to answer HTTP 400.
    const extensions = original.extensions as Record<string, unknown>;
    const parserError = extensions.originalError as { name?: unknown } | undefined;
    if (parserError) extensions.originalError = { name: parserError.name };
    return graphqlError && graphqlError !== original
      ? new GraphQLError(original.message, { nodes: graphqlError.nodes, path: graphqlError.path, extensions: original.extensions })
      : original;
  }
  if (graphqlError && !graphqlError.originalError) {
    // Parse and validation errors from graphql-js itself.
    return new GraphQLError(graphqlError.message, {
      nodes: graphqlError.nodes,
      path: graphqlError.path,
      extensions: { ...graphqlError.extensions, code: graphqlError.extensions?.code ?? 'GRAPHQL_VALIDATION_FAILED' },
    });
  }
  if (graphqlError && isVariableValueError(graphqlError)) {
    // Variable values graphql-js could not coerce (a scalar's parse error): the caller's input, a
    // request error (400 under application/graphql-response+json; `spec`: 200 under application/json).
    return new GraphQLError(graphqlError.message, {
      nodes: graphqlError.nodes,
      extensions: { code: 'BAD_USER_INPUT', http: { spec: true, status: 400 } },
    });
  }
  return new GraphQLError(message, {
    nodes: graphqlError?.nodes,
    path: graphqlError?.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}

/** Reports upstream usage in every response: `extensions.upstream = { requests, rateLimit, budget }`. */
function upstreamExtensions(): Plugin<GatewayContext> {
  return {
    onExecute({ args }) {
      const ctx = args.contextValue as GatewayContext;
      return {
        onExecuteDone({ result, setResult }) {
          if (!ctx.upstream || Symbol.asyncIterator in result) return;
          setResult({
            ...result,
            extensions: {
              ...result.extensions,
              upstream: {
                requests: ctx.upstream.requests,
                rateLimit: ctx.upstream.rateLimit ?? null,
                budget: ctx.upstream.remainingBudget(Date.now()) ?? null,
              },
              ...(ctx.cost ? { cost: ctx.cost } : {}),
            },
          });
        },
      };
    },
  };
}

/** The login flow when OAuth is configured (src/auth/oauth.ts). */
function loginFlow(config: GatewayConfig, now?: () => number): OAuthFlow | undefined {
  const settings = oauthSettings(config);
  if (!settings) return undefined;
  // Without a configured secret, sessions last as long as this process (and are not shared).
  const secret = config.sessionSecret ?? config.cacheSecret ?? randomBytes(32).toString('hex');
  return new OAuthFlow(settings, new SessionStore({ url: config.cacheUrl || undefined, secret, ttlMs: config.sessionTtlMs, now }), now);
}

export function createGateway(overrides: Partial<GatewayConfig> = {}, options: GatewayOptions = {}): Gateway {
  const config: GatewayConfig = { ...defaults, ...overrides };
  const client = new LinodeClient({
    baseUrl: config.linodeApiUrl,
    timeoutMs: config.upstreamTimeoutMs,
    connections: config.upstreamConnections,
    allowH2: config.upstreamHttp2,
    tls: options.upstreamTls,
    onCall: (call) => observability.onUpstreamCall(call),
    sleep: options.retryWait,
  });
  const cache = new ResponseCache({ url: config.cacheUrl || undefined, secret: config.cacheSecret, now: options.now });
  const upstream = new CircuitBreaker(client, {
    threshold: config.breakerThreshold,
    cooldownMs: config.breakerCooldownMs,
    minCallers: config.breakerMinCallers,
    callerOf: (token) => (token ? cache.tokenKey(token) : 'anonymous'),
    now: options.now,
  });
  const logger = options.logger ?? silentLogger();
  const observability = createObservability(config, cache, logger);
  const now = options.now ?? Date.now;
  // The metrics host: a client and circuit breaker of its own, so that its failures never open api.linode.com's.
  const monitorClient = new LinodeClient({
    baseUrl: config.monitorApiUrl,
    timeoutMs: config.upstreamTimeoutMs,
    allowH2: config.upstreamHttp2,
    tls: options.upstreamTls,
    onCall: (call) => observability.onUpstreamCall(call),
    sleep: options.retryWait,
  });
  const monitor = new MonitorMetrics({
    client: new CircuitBreaker(monitorClient, {
      threshold: config.breakerThreshold,
      cooldownMs: config.breakerCooldownMs,
      minCallers: config.breakerMinCallers,
      now: options.now,
    }),
    tokenKey: (token) => cache.tokenKey(token),
    recheckMs: config.tokenRecheckMs,
    now,
  });
  const login = loginFlow(config, options.now);
  const wiring = upstreamWiring(config, cache, now);
  const events = new EventPollers({
    pollMs: config.eventPollMs,
    maxPerToken: config.limits.maxSubscriptionsPerToken,
    maxPerAddress: config.limits.maxSubscriptionsPerAddress,
    session: (token, signal) => new UpstreamSession(upstream, token, cache, { concurrency: 1, signal }),
    tokenKey: (token) => cache.tokenKey(token),
    wait: options.eventWait,
    freshness: wiring.pollerFreshness,
  });
  wiring.attach(events);

  const yoga = createYoga<Record<string, unknown>, GatewayContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    batching: { limit: config.limits.maxBatch },
    // Read at most this much of a body, Content-Length or not (src/security/http.ts gives the error its code).
    maxRequestBodySize: config.limits.maxBodyBytes,
    // No CORS headers unless origins are listed: browsers then refuse cross-origin calls.
    // Credentials (the session cookie) only when the login flow is on.
    cors:
      config.corsOrigins.length > 0
        ? {
            origin: config.corsOrigins,
            credentials: Boolean(login),
            methods: ['GET', 'POST', 'OPTIONS'],
            // Browsers ask once per this many seconds, not before every request (Chrome caps it at 7200).
            maxAge: config.corsMaxAgeSeconds,
          }
        : false,
    graphiql: graphiqlOptions(config),
    renderGraphiQL: renderOfflineGraphiQL,
    logging: yogaLogger(logger),
    maskedErrors: { maskError: (error, message) => maskError(error, message) },
    context: async (initial) => {
      const { request } = initial;
      // An Authorization header wins; without one, the login session's token (if any).
      const header = request.headers.get('authorization');
      const token = header !== null ? parseAuthorization(header) : ((await login?.tokenFor(request)) ?? null);
      return {
        token,
        upstream: new UpstreamSession(upstream, token, cache, {
          ...wiring.sessionOptions(token, request),
          signal: request.signal,
          budget: requestBudget(request, config.limits.maxCost),
          tokenCheck: { recheckMs: config.tokenRecheckMs, now },
        }),
        loaders: new Map(),
        drift: observability.drift,
        events,
        clientAddress: clientAddress(request, initial, config.trustedProxies),
        filterLimits: { maxConditions: config.limits.maxFilterConditions, maxBytes: config.limits.maxFilterBytes },
        monitor,
      };
    },
    plugins: [
      ...(login ? [login.plugin()] : []),
      ...observability.plugins,
      ...(config.graphiql ? [useGraphiQLAssets()] : []),
      // APQ or trusted documents, @defer/@stream, multipart subscriptions (src/transport).
      ...(transportPlugins(config) as Array<Plugin<GatewayContext>>),
      ...securityPlugins(config, gatewayCostRules()),
      upstreamAdmission({
        rateLimits: wiring.rateLimits,
        enforce: config.rateLimitBudget,
        tokenKey: (t) => cache.tokenKey(t),
        now,
        maxConcurrentOperations: config.maxConcurrentOperations,
        answers: wiring.answers,
        onReuse: (how) => observability.metrics?.answersReused.inc({ how }),
      }),
      upstreamExtensions(),
    ],
  });

  return {
    yoga,
    client,
    cache,
    observability,
    login,
    async close() {
      events.close();
      await client.close();
      await monitorClient.close();
      await cache.close();
      await login?.sessions.close();
    },
  };
}
