// Before an operation runs: its place among the operations executing at once
// (src/loaders/operation-gate.ts), `@fresh` (read no cache), and the token's rate-limit budget at
// Linode (src/loaders/rate-limit-admission.ts). After it: what it needed, for the next run of the
// same document.
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../context.js';
import { CatalogPrefetch } from './catalog-prefetch.js';
import { asksFreshByDirective } from './fresh-directive.js';
import { OperationGate } from './operation-gate.js';
import { NeedsMemory, rateLimitRefusal, tightestWindow } from './rate-limit-admission.js';
import type { RateLimitBook } from './rate-limit-book.js';

export interface AdmissionOptions {
  rateLimits: RateLimitBook;
  /** RATE_LIMIT_BUDGET: refuse what the token cannot afford. */
  enforce: boolean;
  tokenKey(token: string): string;
  now(): number;
  /** MAX_CONCURRENT_OPERATIONS (0: no limit). */
  maxConcurrentOperations: number;
}

export function upstreamAdmission(options: AdmissionOptions): Plugin<GatewayContext> {
  const needs = new NeedsMemory();
  const prefetch = new CatalogPrefetch();
  const gate = options.maxConcurrentOperations > 0 ? new OperationGate(options.maxConcurrentOperations) : undefined;
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const ctx = args.contextValue as GatewayContext;
      const { document, operationName, schema } = args as { document: DocumentNode; operationName?: string | null; schema: GraphQLSchema };
      if (!ctx.upstream) return undefined;
      const leave = gate ? await gate.enter() : () => undefined;
      if (asksFreshByDirective(document, operationName)) ctx.upstream.readFresh();
      if (ctx.token) {
        const limits = await options.rateLimits.read(options.tokenKey(ctx.token));
        ctx.upstream.knownLimits = limits;
        const known = needs.get(document, operationName);
        const refused = options.enforce ? rateLimitRefusal(known, ctx.cost?.estimated, limits, options.now()) : undefined;
        if (refused && known) {
          const budget = tightestWindow(known.byOperation.keys(), limits, options.now()) ?? null;
          setResultAndStopExecution({ errors: [refused], extensions: { upstream: { requests: 0, rateLimit: null, budget } } });
          leave();
          return undefined;
        }
      }
      prefetch.start(ctx, schema, document, operationName);
      return {
        onExecuteDone: () => {
          leave();
          if (ctx.upstream.needs.size > 0) {
            needs.set(document, operationName, { byOperation: new Map(ctx.upstream.needs), estimated: ctx.cost?.estimated ?? 0 });
          }
        },
      };
    },
  };
}
