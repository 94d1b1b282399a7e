// What an operation must pass before it runs, and what it may spend while it runs: the filter
// limits (src/security/filter-limits.ts), the estimated cost against the budget (shared by the
// operations of a batched request), and then the budget itself, counted on every upstream
// attempt (src/security/budget.ts). Queries, mutations and subscriptions alike: a subscription's
// estimate is what one delivery costs, and each delivery gets the budget afresh.
import type { DocumentNode, ExecutionResult, GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../context.js';
import type { FilterLimits } from '../rest/xfilter.js';
import { estimateCost, type CostRules } from './cost.js';
import { limitError } from './errors.js';
import { filterLimitError } from './filter-limits.js';

/** Estimates already admitted per HTTP request: the operations of one batch share one budget. */
const admitted = new WeakMap<object, number>();

interface Candidate {
  schema: GraphQLSchema;
  document: DocumentNode;
  variableValues?: unknown;
  operationName?: string | null;
  contextValue: unknown;
}

/** The refusal of an operation, or undefined to let it run (the estimate is recorded in the context). */
function refusal(args: Candidate, budget: number, rules: CostRules, limits: FilterLimits, shared: boolean): ExecutionResult | undefined {
  const ctx = args.contextValue as GatewayContext & { request?: Request };
  const overLimit = filterLimitError(args.schema, args.document, args.variableValues, args.operationName, limits);
  if (overLimit) return { errors: [overLimit] };
  const estimated = estimateCost(
    args.schema,
    args.document,
    rules,
    (args.variableValues ?? {}) as Record<string, unknown>,
    args.operationName,
  );
  ctx.cost = { estimated, budget };
  const before = shared && ctx.request ? (admitted.get(ctx.request) ?? 0) : 0;
  const refuse = (message: string, extensions: Record<string, unknown>): ExecutionResult => ({
    errors: [limitError('QUERY_TOO_EXPENSIVE', message, { estimated, budget, ...extensions })],
    extensions: { cost: ctx.cost },
  });
  if (estimated > budget) {
    return refuse(
      `This operation could make about ${estimated} Linode API requests; the budget is ${budget} (MAX_COST). Ask for fewer items (lower \`first\`) in nested connections, or split the query.`,
      {},
    );
  }
  if (before + estimated > budget) {
    return refuse(
      `The operations of this batch could make about ${before + estimated} Linode API requests together; the budget is ${budget} per HTTP request (MAX_COST). Send them in separate requests.`,
      { batchEstimated: before + estimated },
    );
  }
  if (shared && ctx.request) admitted.set(ctx.request, before + estimated);
  return undefined;
}

/** Refuses operations over a filter limit or the cost budget before they run; ends each one's upstream work when its answer is done. */
export function admission(budget: number, rules: CostRules, limits: FilterLimits): Plugin<GatewayContext> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const refused = refusal(args, budget, rules, limits, true);
      if (refused) {
        setResultAndStopExecution(refused);
        return undefined;
      }
      const ctx = args.contextValue as GatewayContext;
      return {
        // Whatever is still pending (an orphaned resolver) is not sent after the answer; with
        // @defer/@stream the answer is done after its last part.
        onExecuteDone: ({ result }) => {
          if (Symbol.asyncIterator in result) return { onEnd: () => ctx.upstream.finish() };
          ctx.upstream.finish();
          return undefined;
        },
      };
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const refused = refusal(args, budget, rules, limits, false);
      if (refused) {
        setResultAndStopExecution(refused);
        return undefined;
      }
      const ctx = args.contextValue as GatewayContext;
      return {
        onSubscribeResult: () => ({ onEnd: () => ctx.upstream.finish() }),
      };
    },
  };
}
