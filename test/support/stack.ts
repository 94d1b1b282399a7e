// Gateway + emulator in-process: the emulator listens on a random loopback port, the gateway is
// called through yoga.fetch (no port), and graphql-request is the client, as services use it.
import { GraphQLClient } from 'graphql-request';
import type { GatewayConfig } from '../../src/config.js';
import { DEMO_TOKEN, startEmulator, type Emulator, type EmulatorOptions } from 'linode-emulator';
import { createGateway, type Gateway, type GatewayOptions } from '../../src/gateway.js';

export interface Stack {
  emulator: Emulator;
  gateway: Gateway;
  /** A graphql-request client; `token: null` sends no Authorization header. */
  client(token?: string | null, headers?: Record<string, string>): GraphQLClient;
  /** Upstream requests the emulator has seen since the last `emulator.clearLog()`. */
  upstream(): Emulator['log'];
  close(): Promise<void>;
}

export async function startStack(
  options: { emulator?: EmulatorOptions; gateway?: Partial<GatewayConfig>; gatewayOptions?: GatewayOptions } = {},
): Promise<Stack> {
  const emulator = await startEmulator({ port: 0, ...options.emulator });
  const gateway = createGateway({ linodeApiUrl: emulator.url, ...options.gateway }, options.gatewayOptions);
  return {
    emulator,
    gateway,
    client(token: string | null = DEMO_TOKEN, headers: Record<string, string> = {}) {
      return new GraphQLClient('http://gateway.test/graphql', {
        fetch: gateway.yoga.fetch as typeof fetch,
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        errorPolicy: 'all',
      });
    },
    upstream: () => emulator.log,
    async close() {
      await gateway.close();
      await emulator.close();
    },
  };
}
