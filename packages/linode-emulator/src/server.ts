// The HTTP server: logging, faults and latency around the API.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createSecureServer } from 'node:http2';
import type { Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { answer, SPEC_VERSION, type ApiConfig } from './api.js';
import { seedStore } from './data/seed.js';
import { Faults } from './faults.js';
import { OAuthServer } from './oauth.js';
import { logEntry } from './log.js';
import { RateLimiter } from './rate-limit.js';
import { matchRoute, type RouteMatch } from './router.js';
import type { EmulatorState } from './state.js';
import { answerMonitorHost, monitorOperationOf } from './today/monitor-host.js';
import { DEMO_TOKENS } from './tokens.js';
import type { Emulator, EmulatorOptions, Fault, LoggedRequest } from './types.js';

const MAX_BODY_BYTES = 1_000_000;

export async function startEmulator(options: EmulatorOptions & { port?: number; host?: string } = {}): Promise<Emulator> {
  const now = options.now ?? Date.now;
  const state: EmulatorState = { ...seedStore(options.seed ?? 1, options.instances ?? 120, now()), now };
  const limiter = options.rateLimits === false ? undefined : new RateLimiter(now);
  // A copy: tokens issued by the OAuth server join it, and must not leak into other emulators.
  const tokens = { ...(options.tokens ?? DEMO_TOKENS) };
  const config: ApiConfig = {
    state,
    tokens,
    limiter,
    rateLimitOverrides: options.rateLimitOverrides ?? {},
    tokenRequired: new Set(options.tokenRequired ?? []),
  };
  const oauth = new OAuthServer(tokens, now);
  for (const client of options.oauthClients ?? []) oauth.register(client);
  const faults = new Faults();
  const log: LoggedRequest[] = [];
  let latency = options.latencyMs ?? 0;
  const hanging = new Set<ServerResponse>();
  const timers = new Set<NodeJS.Timeout>();
  // The metrics host (monitor-api.linode.com) is served by this server too, under its own prefix.
  const monitorPrefix = (options.monitorPrefix ?? '/v2beta').replace(/\/+$/, '');
  if (!/^(\/[A-Za-z0-9._-]+)+$/.test(monitorPrefix) || /^\/(v4|oauth)(\/|$)/.test(monitorPrefix))
    throw new Error(`monitorPrefix must be a path of its own such as /v2beta, got "${monitorPrefix}"`);

  const sleep = (ms: number): Promise<void> => {
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });
  };

  const send = (res: ServerResponse, entry: LoggedRequest, status: number, body: string | Buffer, headers: Record<string, string> = {}) => {
    if (res.destroyed || res.writableEnded) return;
    entry.status = status;
    res.writeHead(status, {
      'Content-Type': 'application/json',
      'X-Spec-Version': SPEC_VERSION,
      'Content-Length': String(Buffer.byteLength(body)),
      ...headers,
    });
    res.end(body);
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://emulator.local');
    const entry = logEntry(req, url, now());
    log.push(entry);
    const method = (req.method ?? 'GET').toUpperCase();
    const base = url.pathname === '/v4' || url.pathname.startsWith('/v4/') ? url.pathname.slice(3) || '/' : undefined;
    const monitorPath = url.pathname.startsWith(`${monitorPrefix}/`) ? url.pathname.slice(monitorPrefix.length) : undefined;
    const route: RouteMatch = base === undefined ? { kind: 'not-found' } : matchRoute(method, base);
    if (route.kind === 'found' && route.op.operationId) entry.operationId = route.op.operationId;
    const monitorOperation = monitorPath === undefined ? undefined : monitorOperationOf(monitorPath);
    if (monitorOperation) entry.operationId = monitorOperation;

    const fault: Fault | undefined = faults.take(method, url.pathname, base ?? url.pathname);
    if (fault?.reset) {
      req.socket.destroy();
      return;
    }
    if (fault?.hang) {
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
      return;
    }
    const bytes = await readBody(req);
    const rawBody = bytes?.toString('utf8');
    if (fault?.delayMs) await sleep(fault.delayMs);
    if (fault?.status !== undefined) {
      const body = fault.body ?? JSON.stringify({ errors: [{ reason: 'Injected fault' }] });
      await sleep(latency);
      send(res, entry, fault.status, body, fault.headers);
      return;
    }
    if (rawBody === undefined) {
      send(res, entry, 413, JSON.stringify({ errors: [{ reason: 'Request body too large' }] }));
      return;
    }
    if (monitorPath !== undefined) {
      const reply = answerMonitorHost(state, { method, path: monitorPath, authorization: entry.authorization, rawBody });
      await sleep(latency);
      send(res, entry, reply.status, JSON.stringify(reply.body), { ...reply.headers, ...fault?.headers });
      return;
    }
    const login = base === undefined ? oauth.handle(method, url.pathname, url.searchParams, rawBody) : undefined;
    if (login) {
      await sleep(latency);
      send(res, entry, login.status, login.body === undefined ? '' : JSON.stringify(login.body), login.headers);
      return;
    }
    oauth.sweep();
    const response = answer(config, {
      method,
      path: base ?? url.pathname,
      query: url.searchParams,
      authorization: entry.authorization,
      filter: entry.filter,
      rawBody,
      bytes,
      contentType: req.headers['content-type'],
      address: req.socket.remoteAddress ?? 'unknown',
      route,
    });
    // Images (an OAuth client's thumbnail) go out as they are; everything else as JSON. Serialised
    // before the added latency, as a server does before its answer travels.
    const body = Buffer.isBuffer(response.body) ? response.body : response.body === undefined ? '' : JSON.stringify(response.body);
    await sleep(latency);
    send(res, entry, response.status, body, { ...response.headers, ...fault?.headers });
  }

  // With `tls`, HTTPS offering HTTP/2 (ALPN) as well as HTTP/1.1, as api.linode.com does.
  const sockets = new Set<Socket>();
  const server = options.tls
    ? createSecureServer(
        { ...options.tls, allowHTTP1: true },
        (req, res) => void handle(req as unknown as IncomingMessage, res as unknown as ServerResponse),
      )
    : createServer((req, res) => void handle(req, res));
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `${options.tls ? 'https' : 'http'}://${host}:${address.port}/v4`,
    monitorUrl: `${options.tls ? 'https' : 'http'}://${host}:${address.port}${monitorPrefix}`,
    loginUrl: `${options.tls ? 'https' : 'http'}://${host}:${address.port}`,
    registerOAuthClient: (client) => oauth.register(client),
    log,
    store: state.store,
    clearLog: () => void (log.length = 0),
    inject: (fault) => faults.add(fault),
    clearFaults: () => faults.clear(),
    setLatency: (ms) => void (latency = ms),
    resetRateLimits: () => limiter?.reset(),
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        for (const res of hanging) res.destroy();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

/** The request body as text; undefined when it is too large. */
function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks)));
    req.on('error', () => resolve(undefined));
    req.on('close', () => resolve(undefined)); // aborted before the end; a no-op after it
  });
}
