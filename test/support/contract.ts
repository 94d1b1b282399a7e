// Reads the contract documents (test/contract/documents/*.graphql, a copy of the team's shared contract): each operation with the variables from the comment above it.
import { readFileSync } from 'node:fs';
import { parse, print, type OperationDefinitionNode } from 'graphql';

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
    .filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')
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
