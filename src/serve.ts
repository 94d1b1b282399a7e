// Binds a gateway to a port and shuts it down gracefully: stop accepting, let in-flight requests
// finish within a bound, then close upstream connections and the cache.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GatewayConfig } from './config.js';
import { createGateway, type Gateway } from './server.js';

export interface RunningGateway {
  gateway: Gateway;
  server: Server;
  port: number;
  stop(): Promise<void>;
}

export async function serve(config: GatewayConfig, options: { shutdownGraceMs?: number; handleSignals?: boolean } = {}): Promise<RunningGateway> {
  const gateway = createGateway(config);
  const server = createServer(gateway.yoga);
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const port = (server.address() as AddressInfo).port;

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const grace = new Promise<void>((resolve) => setTimeout(resolve, options.shutdownGraceMs ?? 10_000).unref());
      await Promise.race([closed, grace]);
      server.closeAllConnections();
      await gateway.close();
    })());

  if (options.handleSignals ?? true) {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        void stop().then(() => process.exit(0));
      });
    }
  }
  return { gateway, server, port, stop };
}
