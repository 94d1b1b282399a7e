// Bounds on the request's variables, checked when yoga has read the parameters and before
// graphql-js coerces them (its coercion is recursive: thousands of nested levels overflow the
// stack). The walk here is iterative and stops at the first limit passed.
import type { Plugin } from 'graphql-yoga';
import { limitError } from './errors.js';

export interface VariableLimits {
  maxDepth: number;
  maxValues: number;
}

export type VariableShape = { ok: true } | { ok: false; code: 'VARIABLES_TOO_DEEP' | 'VARIABLES_TOO_LARGE' };

/** Whether `variables` nest at most `maxDepth` levels and hold at most `maxValues` values. */
export function checkVariableShape(variables: unknown, limits: VariableLimits): VariableShape {
  let values = 0;
  const pending: Array<[unknown, number]> = [[variables, 0]];
  while (pending.length > 0) {
    const [value, depth] = pending.pop() as [unknown, number];
    values += 1;
    if (values > limits.maxValues) return { ok: false, code: 'VARIABLES_TOO_LARGE' };
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= limits.maxDepth) return { ok: false, code: 'VARIABLES_TOO_DEEP' };
    for (const member of Array.isArray(value) ? value : Object.values(value)) pending.push([member, depth + 1]);
  }
  return { ok: true };
}

/** Refuses (HTTP 400) variables nested too deep or holding too many values, before anything runs. */
export function variableLimits(limits: VariableLimits): Plugin {
  return {
    onParams({ params, setResult }) {
      if (params.variables === undefined || params.variables === null) return;
      const shape = checkVariableShape(params.variables, limits);
      if (shape.ok) return;
      const error =
        shape.code === 'VARIABLES_TOO_DEEP'
          ? limitError(
              'VARIABLES_TOO_DEEP',
              `The variables nest more than ${limits.maxDepth} levels; the limit is ${limits.maxDepth} (MAX_VARIABLE_DEPTH). Send flatter values (a filter's \`and\`/\`or\` lists can hold many members side by side).`,
              { maximum: limits.maxDepth, http: { status: 400 } },
            )
          : limitError(
              'VARIABLES_TOO_LARGE',
              `The variables hold more than ${limits.maxValues} values; the limit is ${limits.maxValues} (MAX_VARIABLE_VALUES). Send fewer values, or split the request.`,
              { maximum: limits.maxValues, http: { status: 400 } },
            );
      setResult({ errors: [error] });
    },
  };
}
