// Matches a request path (without the /v4 prefix) against every operation of the facts and of
// today's table (src/today/operations.ts).
import { facts, type OperationFact } from 'linode-facts/spec';
import { todayOperations } from './today/operations.js';

export type RouteMatch =
  | { kind: 'found'; op: OperationFact; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allowed: string[] }
  | { kind: 'not-found' };

interface Template {
  op: OperationFact;
  segments: Array<{ literal: string } | { param: string; type: string }>;
  literals: number;
}

// Image, kernel and database engine ids contain one slash (`linode/debian12`, `linode/grub2`,
// `mysql/8.0.35`), sent unescaped.
const SLASHED_PARAMS = new Set(['imageId', 'kernelId', 'engineId']);

const templates: Template[] = [...facts.operations, ...todayOperations]
  .map((op) => {
    const segments = op.path
      .split('/')
      .filter(Boolean)
      .map((s) => {
        const name = /^\{(.+)\}$/.exec(s)?.[1];
        if (!name) return { literal: s };
        return { param: name, type: op.pathParams.find((p) => p.name === name)?.type ?? 'string' };
      });
    return { op, segments, literals: segments.filter((s) => 'literal' in s).length };
  })
  .sort((a, b) => b.literals - a.literals);

/** Param values of `template` for `parts`, or undefined when it does not fit. */
function fit(template: Template, parts: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  const walk = (si: number, pi: number): boolean => {
    if (si === template.segments.length) return pi === parts.length;
    const seg = template.segments[si];
    if ('literal' in seg) return parts[pi] === seg.literal && walk(si + 1, pi + 1);
    const spans = SLASHED_PARAMS.has(seg.param) ? [2, 1] : [1];
    return spans.some((span) => {
      if (pi + span > parts.length) return false;
      params[seg.param] = parts.slice(pi, pi + span).join('/');
      return walk(si + 1, pi + span);
    });
  };
  return walk(0, 0) ? params : undefined;
}

export function matchRoute(method: string, path: string): RouteMatch {
  let parts: string[];
  try {
    parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return { kind: 'not-found' };
  }
  const fitting = templates.map((t) => ({ t, params: fit(t, parts) })).filter((m) => m.params);
  if (!fitting.length) return { kind: 'not-found' };
  const hit = fitting.find((m) => m.t.op.method === method);
  if (!hit) return { kind: 'method-not-allowed', allowed: [...new Set(fitting.map((m) => m.t.op.method))] };
  const params = hit.params as Record<string, string>;
  // A non-numeric id names nothing.
  const bad = hit.t.op.pathParams.some((p) => p.type === 'integer' && !/^\d+$/.test(params[p.name] ?? ''));
  return bad ? { kind: 'not-found' } : { kind: 'found', op: hit.t.op, params };
}
