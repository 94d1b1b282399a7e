// Limits enforced before execution, each with its own `extensions.code` and a message that says
// what to change: depth, aliases, directives, tokens (graphql-armor), batch size, body size, CSRF,
// introspection, and the estimated upstream cost of the operation (and of a whole batch).
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayConfig } from '../config.js';
import type { GatewayContext } from '../context.js';
import { estimateCost, type CostRules } from './cost.js';
import { limitError } from './errors.js';
import { batchLimit, bodyLimit, csrfPrevention } from './http.js';

type Reject = (ctx: ValidationContext | null, error: GraphQLError) => void;

/** armor reports its own error; ours replaces it with a code and the variable to change. */
function rejectWith(code: string, hint: string): { propagateOnRejection: false; onReject: Reject[] } {
  return {
    propagateOnRejection: false,
    onReject: [
      (ctx, error) => {
        const refused = limitError(code, `${error.message.replace(/^Syntax Error: /, '')} ${hint}`);
        if (ctx) ctx.reportError(refused);
        else throw refused; // token limit: raised while parsing
      },
    ],
  };
}

const noIntrospection: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value === '__schema' || node.name.value === '__type') {
      context.reportError(new GraphQLError('Introspection is disabled on this gateway (INTROSPECTION=false).', { nodes: [node], extensions: { code: 'INTROSPECTION_DISABLED' } }));
    }
  },
});

/** Estimates already admitted per HTTP request: the operations of one batch share one budget. */
const admitted = new WeakMap<object, number>();

/** Refuses operations whose estimated upstream requests exceed the budget; reports the estimate. */
function costLimit(budget: number, rules: CostRules): Plugin<GatewayContext> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const estimated = estimateCost(args.schema, args.document, rules, (args.variableValues ?? {}) as Record<string, unknown>, args.operationName);
      const ctx = args.contextValue as GatewayContext & { request?: Request };
      ctx.cost = { estimated, budget };
      const before = ctx.request ? (admitted.get(ctx.request) ?? 0) : 0;
      const refuse = (message: string, extensions: Record<string, unknown>) =>
        setResultAndStopExecution({ errors: [limitError('QUERY_TOO_EXPENSIVE', message, { estimated, budget, ...extensions })], extensions: { cost: ctx.cost } });
      if (estimated > budget) {
        refuse(
          `This operation could make about ${estimated} Linode API requests; the budget is ${budget} (MAX_COST). Ask for fewer items (lower \`first\`) in nested connections, or split the query.`,
          {},
        );
      } else if (before + estimated > budget) {
        refuse(
          `The operations of this batch could make about ${before + estimated} Linode API requests together; the budget is ${budget} per HTTP request (MAX_COST). Send them in separate requests.`,
          { batchEstimated: before + estimated },
        );
      } else if (ctx.request) {
        admitted.set(ctx.request, before + estimated);
      }
    },
  };
}

export function securityPlugins(config: GatewayConfig, rules: CostRules): Array<Plugin<GatewayContext>> {
  const { limits } = config;
  const plugins: Array<Plugin<GatewayContext>> = [
    bodyLimit(limits.maxBodyBytes) as Plugin<GatewayContext>,
    csrfPrevention() as Plugin<GatewayContext>,
    batchLimit(limits.maxBatch) as Plugin<GatewayContext>,
    maxTokensPlugin({ n: limits.maxTokens, ...rejectWith('TOO_MANY_TOKENS', 'Shorten the query or raise MAX_TOKENS.') }),
    maxDepthPlugin({ n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...rejectWith('QUERY_TOO_DEEP', 'Nest fewer levels or raise MAX_DEPTH.') }),
    maxAliasesPlugin({ n: limits.maxAliases, allowList: [], ...rejectWith('TOO_MANY_ALIASES', 'Use fewer aliases (a connection with a filter fetches many objects at once) or raise MAX_ALIASES.') }),
    maxDirectivesPlugin({ n: limits.maxDirectives, ...rejectWith('TOO_MANY_DIRECTIVES', 'Use fewer directives or raise MAX_DIRECTIVES.') }),
    costLimit(limits.maxCost, rules),
  ];
  if (!config.introspection) {
    plugins.push(blockFieldSuggestionsPlugin() as Plugin<GatewayContext>, { onValidate: ({ addValidationRule }) => addValidationRule(noIntrospection) });
  }
  return plugins;
}
