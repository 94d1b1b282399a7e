// Variables never reach a log line. Errors can quote them (graphql-js quotes a value it could not
// coerce; a bug's message may hold anything), so when an operation ends with errors, the values
// of its variables are remembered beside those errors, and the logger masks each of them in any
// message or stack it writes. Values too short to be secrets (under 4 characters) are left, so
// messages stay readable.
import type { ExecutionResult, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

const MIN_LENGTH = 4;
const MAX_VALUES = 2_000;
const sensitive = new WeakMap<object, readonly string[]>();

/** The printable leaf values of the variables worth masking, longest first (so no part of one survives another's mask). */
export function valuesToRedact(variables: unknown): string[] {
  const found = new Set<string>();
  const pending: unknown[] = [variables];
  while (pending.length > 0 && found.size < MAX_VALUES) {
    const value = pending.pop();
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') {
      const text = String(value);
      if (text.length >= MIN_LENGTH) found.add(text);
    } else if (typeof value === 'object' && value !== null) {
      for (const member of Array.isArray(value) ? value : Object.values(value)) pending.push(member);
    }
  }
  return [...found].sort((a, b) => b.length - a.length);
}

/** Remembers the values to mask for these errors and the errors they wrap. */
export function rememberValues(errors: readonly GraphQLError[] | undefined, values: readonly string[]): void {
  if (!errors || values.length === 0) return;
  for (const error of errors) {
    let current: unknown = error;
    for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
      sensitive.set(current, values);
      current = (current as { originalError?: unknown }).originalError;
    }
  }
}

/** The text with every remembered value of this error masked. */
export function redactFor(error: object, text: string | undefined): string | undefined {
  const values = sensitive.get(error);
  if (!values || text === undefined) return text;
  let out = text;
  for (const value of values) out = out.split(value).join('[redacted]');
  return out;
}

function remember(result: unknown, variables: unknown): void {
  const errors = (result as ExecutionResult | null)?.errors;
  if (errors?.length) rememberValues(errors, valuesToRedact(variables));
}

/** Remembers an operation's variable values beside its errors, before they are masked and logged. */
export function useVariableRedaction(): Plugin {
  return {
    onExecute({ args }) {
      return {
        onExecuteDone({ result }) {
          if (!(Symbol.asyncIterator in result)) remember(result, args.variableValues);
        },
      };
    },
    onSubscribe({ args }) {
      return {
        onSubscribeResult({ result }) {
          if (!(Symbol.asyncIterator in result)) {
            remember(result, args.variableValues);
            return undefined;
          }
          return { onNext: ({ result: next }) => remember(next, args.variableValues) };
        },
      };
    },
  };
}
