// Subscriptions over Apollo's multipart HTTP subscription protocol, what Apollo Client's HttpLink
// speaks without any extra link: the client POSTs the subscription with `accept:
// multipart/mixed;boundary="graphql";subscriptionSpec="1.0"`; the answer is one long
// `multipart/mixed` body whose parts are `{"payload": <execution result>}`, `{}` as a heartbeat
// (so proxies keep the connection), and, when the stream fails, `{"payload": null, "errors": [...]}`.
// The events come from the same per-token poller as the SSE transport (src/resolvers/event-pollers.ts).
import type { ExecutionResult, GraphQLFormattedError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

const BOUNDARY = 'graphql';
/** Apollo Router sends a heartbeat every 5 seconds; so does the gateway. */
export const HEARTBEAT_MS = 5_000;

/** Whether the request asks for Apollo's multipart subscription protocol. */
export function wantsMultipartSubscription(request: Request): boolean {
  return (request.headers.get('accept') ?? '')
    .toLowerCase()
    .split(',')
    .some((type) => type.trim().startsWith('multipart/mixed') && type.includes('subscriptionspec'));
}

/** An error as the response shows it: without the gateway's internal `http` extension. */
function formatted(error: { toJSON?: () => GraphQLFormattedError } & GraphQLFormattedError): GraphQLFormattedError {
  const json = typeof error.toJSON === 'function' ? error.toJSON() : error;
  if (!json.extensions || !('http' in json.extensions)) return json;
  const { http: _http, ...extensions } = json.extensions;
  return { ...json, extensions };
}

function payloadOf(result: ExecutionResult): string {
  const payload = { ...result, ...(result.errors ? { errors: result.errors.map(formatted) } : {}) };
  return JSON.stringify({ payload });
}

/** A part, closed by the boundary at once: a reader yields a part when it sees the boundary after it. */
function part(json: string): string {
  return `\r\ncontent-type: application/json; charset=utf-8\r\n\r\n${json}\r\n--${BOUNDARY}`;
}

const END = '--\r\n';

/** The multipart answer of a subscription's stream of results. */
export function multipartSubscriptionResponse(results: AsyncIterable<ExecutionResult>, heartbeatMs = HEARTBEAT_MS): Response {
  const encoder = new TextEncoder();
  const iterator = results[Symbol.asyncIterator]();
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  const stop = () => clearInterval(heartbeat);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      // The first heartbeat opens the body at once, so the client knows the subscription is on.
      controller.enqueue(encoder.encode(`\r\n--${BOUNDARY}${part('{}')}`));
      heartbeat = setInterval(() => controller.enqueue(encoder.encode(part('{}'))), heartbeatMs);
    },
    async pull(controller) {
      try {
        const next: IteratorResult<ExecutionResult> = await iterator.next();
        if (next.done) {
          stop();
          controller.enqueue(encoder.encode(END));
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(part(payloadOf(next.value))));
      } catch (error) {
        stop();
        const message = error instanceof Error ? error.message : 'The subscription ended with an error.';
        controller.enqueue(encoder.encode(part(JSON.stringify({ payload: null, errors: [{ message }] }))));
        controller.enqueue(encoder.encode(END));
        controller.close();
      }
    },
    async cancel() {
      stop();
      await iterator.return?.();
    },
  });
  return new Response(body, {
    status: 200,
    headers: { 'content-type': `multipart/mixed;boundary="${BOUNDARY}";subscriptionSpec="1.0"`, 'cache-control': 'no-store' },
  });
}

/**
 * Answers subscriptions that ask for Apollo's protocol with it (yoga itself answers them 406:
 * for subscriptions it speaks SSE and single JSON results only).
 */
export function multipartSubscriptions(heartbeatMs = HEARTBEAT_MS): Plugin {
  const subscriptions = new WeakSet<Request>();
  return {
    onSubscribe({ args }) {
      const { request } = args.contextValue as { request?: Request };
      if (request) subscriptions.add(request);
    },
    onResultProcess(payload) {
      const { request, result } = payload;
      if (!subscriptions.has(request) || !wantsMultipartSubscription(request)) return;
      // Refused before it started (no token, a cap, a limit): yoga's JSON answer, with its status.
      if (!(Symbol.asyncIterator in result)) return;
      payload.setResultProcessor(
        () => multipartSubscriptionResponse(result as AsyncIterable<ExecutionResult>, heartbeatMs),
        'multipart/mixed',
      );
    },
  };
}
