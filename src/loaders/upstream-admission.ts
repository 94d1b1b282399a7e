// Before an operation runs: `@fresh` (read no cache), a whole answer to reuse (kept, or the one an
// identical operation is building now: src/loaders/answer-cache.ts), its place among the
// operations executing at once (src/loaders/operation-gate.ts), and the token's rate-limit budget
// at Linode (src/loaders/rate-limit-admission.ts). After it: what it needed, for the next run of
// the same document.
import { getOperationAST, OperationTypeNode, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
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
  /** A query answered without running it: its whole answer was kept, or shared with an identical one running. */
  onReuse?: (how: 'kept' | 'shared') => void;
}

/** Whether cached private data may be served to the caller's token (a failed check: run the operation, which meets the same refusal field by field). */
async function tokenStillValid(ctx: GatewayContext): Promise<boolean> {
  try {
    await ctx.upstream.tokenKnownValid();
    return true;
  } catch {
    return false;
  }
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
    async onExecute({ args, executeFn, setExecuteFn, setResultAndStopExecution }) {
      const ctx = args.contextValue as GatewayContext;
      const { document, operationName, schema, variableValues } = args as {
        document: DocumentNode;
        operationName?: string | null;
        schema: GraphQLSchema;
        variableValues?: unknown;
      };
      if (!ctx.upstream) return undefined;
      const upstream = ctx.upstream;
      const tokenKey = ctx.token ? options.tokenKey(ctx.token) : undefined;
      if (asksFreshByDirective(document, operationName)) upstream.readFresh();
      // A query answered before, all of whose reads still hold, or the same query running now from
      // the same freshness: that answer, nothing run again (and no place among the operations taken).
      const answers = options.answers;
      const isQuery = getOperationAST(document, operationName)?.operation === OperationTypeNode.QUERY;
      const answerKey = answers && tokenKey && isQuery ? answers.cache.keyOf(tokenKey, document, operationName, variableValues) : undefined;
      const snapshot = answerKey ? await upstream.freshnessSnapshot() : undefined;
      const keyed = answers && answerKey && snapshot ? { cache: answers.cache, key: answerKey, ...snapshot } : undefined;
      if (keyed && !upstream.readsFresh) {
        const kept = keyed.cache.get(keyed.key, keyed.prefix, keyed.view, options.now());
        // No await between finding no flight and leading one (below): identical operations arriving
        // together would all run.
        const running = kept ? undefined : keyed.cache.follow(keyed.key, keyed.prefix, keyed.view, upstream.signal);
        const how = kept ? 'kept' : 'shared';
        const answer = kept ?? (running && (await running));
        if (answer && (await tokenStillValid(ctx))) {
          options.onReuse?.(how);
          setResultAndStopExecution({
            ...answer,
            extensions: {
              upstream: { requests: upstream.requests, rateLimit: null, budget: null },
              ...(ctx.cost ? { cost: ctx.cost } : {}),
            },
          });
          return undefined;
        }
      }
      // Identical operations arriving while this one runs wait for its answer (AnswerCache.follow).
      const lead = keyed?.cache.lead(keyed.key, keyed.prefix, keyed.view);
      const giveUp = () => lead?.settle(undefined, upstream.readLog);
      if (upstream.signal.aborted) giveUp();
      else upstream.signal.addEventListener('abort', giveUp, { once: true });

      const leave = gate ? await gate.enter() : () => undefined;
      // The place is given back when the operation is done, as soon as its caller goes away (its
      // upstream calls are dropped then), or when anything fails before it runs: a place never
      // given back would be lost to every later operation.
      if (upstream.signal.aborted) leave();
      else upstream.signal.addEventListener('abort', leave, { once: true });
      try {
        if (tokenKey) {
          const limits = await options.rateLimits.read(tokenKey);
          upstream.knownLimits = limits;
          const known = needs.get(document, operationName);
          const refused = options.enforce ? rateLimitRefusal(known, ctx.cost?.estimated, limits, options.now()) : undefined;
          if (refused && known) {
            const budget = tightestWindow(known.byOperation.keys(), limits, options.now()) ?? null;
            setResultAndStopExecution({ errors: [refused], extensions: { upstream: { requests: 0, rateLimit: null, budget } } });
            leave();
            giveUp();
            return undefined;
          }
        }
        prefetch.start(ctx, schema, document, operationName);
        if (lead) {
          // Followers are told as soon as the data is there (before the other plugins' onExecuteDone).
          setExecuteFn(async (executeArgs) => {
            try {
              const result = (await executeFn(executeArgs)) as ExecutionResult | AsyncIterable<unknown>;
              lead.settle(Symbol.asyncIterator in result ? undefined : result, upstream.readLog);
              return result;
            } finally {
              giveUp();
            }
          });
        }
        return {
          onExecuteDone: ({ result }) => {
            leave();
            // Already told by the execute wrapper, unless another plugin replaced the execution.
            lead?.settle(Symbol.asyncIterator in result ? undefined : result, upstream.readLog);
            if (keyed && !(Symbol.asyncIterator in result)) {
              keyed.cache.set(keyed.key, result, upstream.readLog, keyed.prefix, keyed.view, answers?.maxTtlMs ?? 0, options.now());
            }
            if (upstream.needs.size > 0) {
              needs.set(document, operationName, { byOperation: new Map(upstream.needs), estimated: ctx.cost?.estimated ?? 0 });
            }
          },
        };
      } catch (error) {
        leave();
        giveUp();
        throw error;
      }
    },
  };
}
