// Before an operation runs: its place among the operations executing at once
// (src/loaders/operation-gate.ts), `@fresh` (read no cache), and the token's rate-limit budget at
// Linode (src/loaders/rate-limit-admission.ts). After it: what it needed, for the next run of the
// same document.
import { getOperationAST, OperationTypeNode, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { AnswerCache } from './answer-cache.js';
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
  /** Whole answers reused while what they read holds (with TOKEN_CACHE). */
  answers?: { cache: AnswerCache; maxTtlMs: number };
}

export function upstreamAdmission(options: AdmissionOptions): Plugin<GatewayContext> {
  const needs = new NeedsMemory();
  const prefetch = new CatalogPrefetch();
  const gate = options.maxConcurrentOperations > 0 ? new OperationGate(options.maxConcurrentOperations) : undefined;
  return {
    // Each delivery of a subscription reads the event's objects as they are now: never from a cache.
    onSubscribe({ args }) {
      (args.contextValue as GatewayContext).upstream?.readFresh();
    },
    async onExecute({ args, setResultAndStopExecution }) {
      const ctx = args.contextValue as GatewayContext;
      const { document, operationName, schema, variableValues } = args as {
        document: DocumentNode;
        operationName?: string | null;
        schema: GraphQLSchema;
        variableValues?: unknown;
      };
      if (!ctx.upstream) return undefined;
      const leave = gate ? await gate.enter() : () => undefined;
      // The place is given back when the operation is done, as soon as its caller goes away (its
      // upstream calls are dropped then), or when anything fails before it runs: a place never
      // given back would be lost to every later operation.
      if (ctx.upstream.signal.aborted) leave();
      else ctx.upstream.signal.addEventListener('abort', leave, { once: true });
      try {
        if (asksFreshByDirective(document, operationName)) ctx.upstream.readFresh();
        // A query answered before, all of whose reads still hold: the same answer, nothing run again.
        const answers = options.answers;
        const isQuery = getOperationAST(document, operationName)?.operation === OperationTypeNode.QUERY;
        const answerKey =
          answers && ctx.token && isQuery
            ? answers.cache.keyOf(options.tokenKey(ctx.token), document, operationName, variableValues)
            : undefined;
        const snapshot = answerKey ? await ctx.upstream.freshnessSnapshot() : undefined;
        if (answers && answerKey && snapshot && !ctx.upstream.readsFresh) {
          const kept = answers.cache.get(answerKey, snapshot.prefix, snapshot.view, options.now());
          if (kept) {
            try {
              await ctx.upstream.tokenKnownValid();
              setResultAndStopExecution({
                ...kept,
                extensions: {
                  upstream: { requests: ctx.upstream.requests, rateLimit: null, budget: null },
                  ...(ctx.cost ? { cost: ctx.cost } : {}),
                },
              });
              leave();
              return undefined;
            } catch {
              // the token check failed: run the operation, which meets the same refusal field by field
            }
          }
        }
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
          onExecuteDone: ({ result }) => {
            leave();
            if (answers && answerKey && snapshot && !(Symbol.asyncIterator in result)) {
              answers.cache.set(answerKey, result, ctx.upstream.readLog, snapshot.prefix, snapshot.view, answers.maxTtlMs, options.now());
            }
            if (ctx.upstream.needs.size > 0) {
              needs.set(document, operationName, { byOperation: new Map(ctx.upstream.needs), estimated: ctx.cost?.estimated ?? 0 });
            }
          },
        };
      } catch (error) {
        leave();
        throw error;
      }
    },
  };
}
