// Gateway + emulator in-process: the emulator listens on a random loopback port, the gateway is
// called through yoga.fetch (no port) by gql() (test/support/gql.ts). The gateway's waits before
// upstream retries are recorded, not slept: a retry goes out at once.
import type { GatewayConfig } from '../../src/config.js';
import { startEmulator, type Emulator, type EmulatorOptions } from 'linode-emulator';
import { createGateway, type Gateway, type GatewayOptions } from '../../src/gateway.js';
import { gql, type GqlAnswer, type GqlOptions } from './gql.js';

export interface Stack {
  emulator: Emulator;
  gateway: Gateway;
  /** Posts a query to the gateway (gql() of test/support/gql.ts): the demo token unless `token` says otherwise. */
  gql<Data = any>(query: string, options?: GqlOptions): Promise<GqlAnswer<Data>>;
  /** The waits (ms) the upstream client asked for before its retries, in order. */
  retryWaits: number[];
  /** Upstream requests the emulator has seen since the last `emulator.clearLog()`. */
  upstream(): Emulator['log'];
  close(): Promise<void>;
}

export async function startStack(
  options: { emulator?: EmulatorOptions; gateway?: Partial<GatewayConfig>; gatewayOptions?: GatewayOptions } = {},
): Promise<Stack> {
  const emulator = await startEmulator({ port: 0, ...options.emulator });
  const retryWaits: number[] = [];
  const retryWait = (ms: number) => {
    retryWaits.push(ms);
    return Promise.resolve();
  };
  const gateway = createGateway(
    { linodeApiUrl: emulator.url, monitorApiUrl: emulator.monitorUrl, ...options.gateway },
    { retryWait, ...options.gatewayOptions },
  );
  return {
    emulator,
    gateway,
    gql: <Data>(query: string, gqlOptions?: GqlOptions) => gql<Data>(gateway, query, gqlOptions),
    retryWaits,
    upstream: () => emulator.log,
    async close() {
      await gateway.close();
      await emulator.close();
    },
  };
}
