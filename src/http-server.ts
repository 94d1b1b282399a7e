// Binds a gateway to a port and shuts it down gracefully. stop() (and SIGTERM/SIGINT):
//   1. /readyz answers 503 and the listener closes: new connections are refused;
//   2. idle keep-alive connections close; requests in flight run to completion, their responses
//      carry `Connection: close`, and each connection closes once its response is sent;
//   3. after SHUTDOWN_GRACE_MS, connections still busy are closed (their requests are cut);
//   4. upstream connections and the cache close (after a cut, waiting at most a second for the
//      upstream requests nobody will read).
import { setFlagsFromString } from 'node:v8';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GatewayConfig } from './config.js';
import { createLogger, type Logger } from './observability/index.js';
import { createGateway, type Gateway } from './gateway.js';

/** After requests were cut, how long closing the upstream pool may take (it waits for its requests). */
const UPSTREAM_CLOSE_AFTER_CUT_MS = 1_000;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

export interface RunningGateway {
  gateway: Gateway;
  server: Server;
  port: number;
  logger: Logger;
  /** Requests being answered right now. */
  inFlight(): number;
  /** Graceful stop; resolves when every connection and the gateway are closed. Idempotent. */
  stop(): Promise<void>;
}

export interface ServeOptions {
  /** Overrides config.shutdownGraceMs. */
  shutdownGraceMs?: number;
  /** Stop (then exit) on SIGTERM and SIGINT. Default true; tests call stop() instead. */
  handleSignals?: boolean;
  /** Default: JSON lines on stdout at config.logLevel. */
  logger?: Logger;
}

/**
 * The process's memory policy (BENCHMARKS.md, "Memory under load"): under load, what one operation
 * allocates outlives the young generation's collections (an operation waits for Linode), so V8's
 * adaptive growth lets the heap reach 2-4 times what is live. A fixed, small factor keeps RSS near
 * the live data at the price of more full collections (a cold Dashboard: 1-3 ms more CPU at 20 %);
 * unlike a heap cap, it never ends the process. V8 reads the flag at each full collection, so
 * setting it once the process runs takes effect.
 */
export function applyMemoryPolicy(config: Pick<GatewayConfig, 'heapGrowingPercent'>): void {
  if (config.heapGrowingPercent > 0) setFlagsFromString(`--heap-growing-percent=${config.heapGrowingPercent}`);
}

export async function serve(config: GatewayConfig, options: ServeOptions = {}): Promise<RunningGateway> {
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const graceMs = options.shutdownGraceMs ?? config.shutdownGraceMs;
  const gateway = createGateway(config, { logger });
  gateway.observability.metrics?.collectProcessMetrics();
  applyMemoryPolicy(config);

  const active = new Set<ServerResponse>();
  let draining = false;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    active.add(res);
    res.once('close', () => {
      active.delete(res);
      // Once a response is out, its connection is idle: close it rather than keep it alive.
      if (draining) setImmediate(() => server.closeIdleConnections());
    });
    if (draining) res.setHeader('connection', 'close');
    void gateway.yoga(req, res);
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    // The port is taken (EADDRINUSE) or not ours to bind: release the gateway, report the error.
    await gateway.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;

  const signalHandlers = new Map<NodeJS.Signals, () => void>();
  const removeSignalHandlers = () => {
    for (const [signal, handler] of signalHandlers) process.off(signal, handler);
    signalHandlers.clear();
  };

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      draining = true;
      gateway.observability.readiness.drain();
      logger.info({ inFlight: active.size, graceMs }, 'shutting down: no new connections, finishing requests in flight');
      for (const res of active) if (!res.headersSent) res.setHeader('connection', 'close');

      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      let timer: NodeJS.Timeout | undefined;
      const graceOver = new Promise<'grace over'>((resolve) => {
        timer = setTimeout(() => resolve('grace over'), graceMs);
      });
      const graceExpired = (await Promise.race([closed, graceOver])) === 'grace over';
      clearTimeout(timer);
      if (graceExpired) {
        logger.warn({ inFlight: active.size, graceMs }, 'shutdown grace period over: closing connections still busy');
        server.closeAllConnections();
        await closed;
      }
      // Closing the upstream pool waits for its requests; after a cut, those answer nobody: don't wait long.
      const gatewayClosed = gateway.close();
      if (graceExpired) await Promise.race([gatewayClosed, delay(UPSTREAM_CLOSE_AFTER_CUT_MS)]);
      else await gatewayClosed;
      removeSignalHandlers();
      logger.info('stopped');
      logger.flush();
    })());

  if (options.handleSignals ?? true) {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const handler = () => {
        if (stopping) {
          // A second signal: stop waiting.
          logger.warn({ signal }, 'second signal: exiting now');
          process.exit(1);
        }
        logger.info({ signal }, 'signal received');
        stop().then(
          () => process.exit(0),
          (error: unknown) => {
            logger.error({ err: error }, 'shutdown failed');
            process.exit(1);
          },
        );
      };
      signalHandlers.set(signal, handler);
      process.on(signal, handler);
    }
  }
  return { gateway, server, port, logger, inFlight: () => active.size, stop };
}
