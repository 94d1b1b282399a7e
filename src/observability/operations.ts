// One log line and one set of metrics per GraphQL operation: name, type, duration, upstream
// requests (the request's UpstreamSession counter) and errors by extensions.code. Only those:
// never the query text, variables (they can hold root passwords) or headers.
import { getOperationAST, type DocumentNode, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../context.js';
import type { Logger } from './logger.js';
import type { GatewayMetrics } from './metrics.js';

interface OperationState {
  start: number;
  name?: string;
  type?: string;
  context?: Partial<GatewayContext>;
}

export function useOperationObservability(logger: Logger, metrics: GatewayMetrics | undefined): Plugin {
  const states = new WeakMap<Request, OperationState>();
  const stateOf = (request: Request) => {
    let state = states.get(request);
    if (!state) {
      state = { start: performance.now() };
      states.set(request, state);
    }
    return state;
  };

  const remember = (args: { contextValue: unknown; document: DocumentNode; operationName?: string | null }) => {
    const context = args.contextValue as Partial<GatewayContext> & { request?: Request };
    if (!context.request) return;
    const state = stateOf(context.request);
    const operation = getOperationAST(args.document, args.operationName);
    state.type = operation?.operation;
    state.name = operation?.name?.value ?? state.name;
    state.context = context;
  };

  return {
    onRequest({ request }) {
      states.set(request, { start: performance.now() });
    },
    onParams({ request, params }) {
      const state = stateOf(request);
      if (typeof params.operationName === 'string') state.name = params.operationName;
    },
    onExecute({ args }) {
      remember(args);
    },
    onSubscribe({ args }) {
      remember(args);
      // Each live subscription polls Linode: operators watch how many there are.
      metrics?.activeSubscriptions.inc();
      return {
        onSubscribeResult: () => ({
          onEnd: () => metrics?.activeSubscriptions.dec(),
        }),
      };
    },
    onResultProcess({ request, result }) {
      const state = states.get(request);
      if (!state) return;
      states.delete(request);
      const durationMs = Math.round((performance.now() - state.start) * 100) / 100;
      const streamed = Symbol.asyncIterator in result;
      const results: ExecutionResult[] = streamed ? [] : Array.isArray(result) ? result : [result as ExecutionResult];
      const codes = results.flatMap((r) => (r.errors ?? []).map((e) => errorCode(e.extensions?.code)));
      const upstreamRequests = state.context?.upstream?.requests ?? 0;
      const type = state.type ?? 'unknown';

      metrics?.operation(type, durationMs, codes);
      const line = {
        operationName: state.name ?? null,
        operationType: type,
        durationMs,
        upstreamRequests,
        ...(codes.length ? { errors: countBy(codes) } : {}),
        ...(streamed ? { streamed: true } : {}),
      };
      if (codes.some((code) => code === 'INTERNAL_SERVER_ERROR' || code.startsWith('UPSTREAM_'))) logger.warn(line, 'graphql operation');
      else logger.info(line, 'graphql operation');
    },
  };
}

function errorCode(code: unknown): string {
  return typeof code === 'string' && /^[A-Z][A-Z0-9_]{0,63}$/.test(code) ? code : 'UNKNOWN';
}

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
