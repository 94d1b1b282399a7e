// `query Dashboard @fresh { ... }`: the operation reads no cache (as `Cache-Control: no-cache` on
// the request does); what it reads from Linode is stored for the requests after it.
import { DirectiveLocation, GraphQLDirective, getOperationAST, type DocumentNode } from 'graphql';

export const freshDirective = new GraphQLDirective({
  name: 'fresh',
  description:
    "Reads everything from Linode, none of it from the gateway's caches (as the request header `Cache-Control: no-cache` does); the answers are cached for the requests after it.",
  locations: [DirectiveLocation.QUERY],
});

/** Whether the operation that runs carries `@fresh`. */
export function asksFreshByDirective(document: DocumentNode, operationName?: string | null): boolean {
  const operation = getOperationAST(document, operationName);
  return Boolean(operation?.directives?.some((directive) => directive.name.value === 'fresh'));
}
