// The real client libraries against the gateway and the emulator, in process: every request a
// client makes goes through `yoga.fetch` and is recorded (method, headers, body), so tests can say
// how the client spoke to the gateway as well as what it got. The event pollers poll when the test
// ticks their wait (`pollerWait`), never on a timer.
import { DEMO_TOKEN } from 'linode-emulator';
import { startStack, type Stack } from '../support/stack.js';
import { manualWait, type ManualWait } from '../support/subscriptions.js';
import { turn } from '../support/turns.js';
import type { EmulatorOptions } from 'linode-emulator';
import type { GatewayConfig } from '../../src/config.js';
import type { GatewayOptions } from '../../src/gateway.js';

export const GATEWAY_URL = 'http://gateway.test/graphql';
export { DEMO_TOKEN };

export interface SeenRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string | undefined;
  status: number;
  contentType: string | null;
}

export interface ClientStack extends Stack {
  /** A fetch into the gateway that records every request. */
  fetch: typeof fetch;
  /** GraphQL requests the clients sent since the last `forget()`. */
  seen: SeenRequest[];
  forget(): void;
  /** The event pollers' wait: `tick()` makes each waiting poller poll once. */
  pollerWait: ManualWait;
}

export async function startClientStack(
  options: { emulator?: EmulatorOptions; gateway?: Partial<GatewayConfig>; gatewayOptions?: GatewayOptions } = {},
): Promise<ClientStack> {
  const pollerWait = manualWait();
  const stack = await startStack({
    ...options,
    emulator: { instances: 40, ...options.emulator },
    gatewayOptions: { eventWait: pollerWait.wait, ...options.gatewayOptions },
  });
  const seen: SeenRequest[] = [];
  const recordingFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const body = request.method === 'GET' ? undefined : await request.clone().text();
    const response = await stack.gateway.yoga.fetch(request);
    seen.push({
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      body,
      status: response.status,
      contentType: response.headers.get('content-type'),
    });
    return response;
  };
  return { ...stack, fetch: recordingFetch, seen, forget: () => void seen.splice(0), pollerWait };
}

/** Resolves once `check()` holds, letting the event loop turn in between (no timers; at most 20,000 turns). */
export async function until(what: string, check: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 20_000; i += 1) {
    if (await check()) return;
    await turn();
  }
  throw new Error(`never happened: ${what}`);
}
