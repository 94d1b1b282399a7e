// Limits enforced before execution, each with its own `extensions.code` and a message that says
// what to change: depth, aliases, directives, tokens (graphql-armor), batch size, body size, CSRF,
// introspection, variable depth and size, filter conditions and X-Filter bytes, and the estimated
// upstream cost of the operation (and of a whole batch), then counted while it runs.
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayConfig } from '../config.js';
import type { GatewayContext } from '../context.js';
import { admission } from './admission.js';
import type { CostRules } from './cost.js';
import { limitError } from './errors.js';
import { batchLimit, bodyLimit, csrfPrevention } from './http.js';
import { cachingHeaders } from './http-caching.js';
import { PUBLIC_CATALOG } from '../schema/kit/resource.js';
import { variableLimits } from './variable-limits.js';

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
      context.reportError(
        new GraphQLError('Introspection is disabled on this gateway (INTROSPECTION=false).', {
          nodes: [node],
          extensions: { code: 'INTROSPECTION_DISABLED' },
        }),
      );
    }
  },
});

export function securityPlugins(config: GatewayConfig, rules: CostRules): Array<Plugin<GatewayContext>> {
  const { limits } = config;
  const plugins: Array<Plugin<GatewayContext>> = [
    // Public answers are kept by caches no longer than the gateway keeps public catalogs.
    cachingHeaders('/graphql', PUBLIC_CATALOG.ttlMs / 1000) as Plugin<GatewayContext>,
    bodyLimit(limits.maxBodyBytes) as Plugin<GatewayContext>,
    csrfPrevention() as Plugin<GatewayContext>,
    batchLimit(limits.maxBatch) as Plugin<GatewayContext>,
    maxTokensPlugin({ n: limits.maxTokens, ...rejectWith('TOO_MANY_TOKENS', 'Shorten the query or raise MAX_TOKENS.') }),
    maxDepthPlugin({
      n: limits.maxDepth,
      ignoreIntrospection: true,
      flattenFragments: true,
      ...rejectWith('QUERY_TOO_DEEP', 'Nest fewer levels or raise MAX_DEPTH.'),
    }),
    maxAliasesPlugin({
      n: limits.maxAliases,
      allowList: [],
      ...rejectWith(
        'TOO_MANY_ALIASES',
        'Use fewer aliases (a connection with a filter fetches many objects at once) or raise MAX_ALIASES.',
      ),
    }),
    maxDirectivesPlugin({ n: limits.maxDirectives, ...rejectWith('TOO_MANY_DIRECTIVES', 'Use fewer directives or raise MAX_DIRECTIVES.') }),
    variableLimits({ maxDepth: limits.maxVariableDepth, maxValues: limits.maxVariableValues }) as Plugin<GatewayContext>,
    admission(limits.maxCost, rules, { maxConditions: limits.maxFilterConditions, maxBytes: limits.maxFilterBytes }),
  ];
  if (!config.introspection) {
    plugins.push(blockFieldSuggestionsPlugin(), {
      onValidate: ({ addValidationRule }) => addValidationRule(noIntrospection),
    });
  }
  return plugins;
}
