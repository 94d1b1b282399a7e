// The contract documents (test/contract/documents/*.graphql, a copy of the team's shared
// contract): each operation with the variables from the comment above it, and a way to run one
// as a service would, through graphql-request.
import { readFileSync } from 'node:fs';
import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';
import { GraphQLClient } from 'graphql-request';
import { DEMO_TOKEN } from 'linode-emulator';
import type { Gateway } from '../../src/gateway.js';
import type { GqlAnswer, GqlError } from './gql.js';

export interface ContractOperation {
  name: string;
  document: string;
  variables: Record<string, unknown>;
}

export const contractDir = new URL('../contract/documents/', import.meta.url);

export function contractOperations(file: string): ContractOperation[] {
  const source = readFileSync(new URL(file, contractDir), 'utf8');
  const ast = parse(source);
  return ast.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((op) => {
      const name = op.name?.value ?? '';
      // The variables comment sits in the lines just above the operation keyword.
      const before = source
        .slice(0, op.loc?.start ?? 0)
        .split('\n')
        .slice(-6)
        .join('\n');
      const match = [...before.matchAll(/#\s*variables:\s*(\{.*\})\s*$/gm)].at(-1);
      return { name, document: print(op), variables: match ? JSON.parse(match[1]) : {} };
    });
}

/**
 * Runs the operation `operationName` of a contract file as a service would: the file sent whole
 * through graphql-request (to the gateway's yoga.fetch), the operation picked by name. `token:
 * null` sends no Authorization.
 */
export async function runContract(
  gateway: Pick<Gateway, 'yoga'>,
  file: string,
  operationName: string,
  variables: Record<string, unknown> = {},
  token: string | null = DEMO_TOKEN,
): Promise<Pick<GqlAnswer, 'data' | 'errors' | 'extensions'>> {
  const source = readFileSync(new URL(file, contractDir), 'utf8');
  const client = new GraphQLClient('http://gateway.test/graphql', {
    fetch: async (url: RequestInfo | URL, init?: RequestInit) =>
      url instanceof Request ? gateway.yoga.fetch(url) : gateway.yoga.fetch(url.toString(), init ?? {}),
    headers: token ? { authorization: `Bearer ${token}` } : {},
    errorPolicy: 'all',
    // graphql-request names the operation only when the document holds one.
    requestMiddleware: (request) => ({ ...request, body: JSON.stringify({ ...JSON.parse(request.body as string), operationName }) }),
  });
  const { data, errors, extensions } = await client.rawRequest<any>(source, variables);
  return { data, errors: errors as GqlError[] | undefined, extensions: extensions as Record<string, any> | undefined };
}
