// Matches a request path (without the /v4 prefix) against every operation of the facts and of
// today's table (src/today/operations.ts).
import { facts, type OperationFact } from 'linode-facts/spec';
import { todayOperations } from './today/operations.js';

export type RouteMatch =
  | { kind: 'found'; op: OperationFact; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allowed: string[] }
  | { kind: 'not-found' };

type Segment = { literal: string } | { param: string; type: string };

interface Template {
  op: OperationFact;
  segments: Segment[];
  literals: number;
  /** How many path parts it can take: one per segment, two for a slashed parameter. */
  minParts: number;
  maxParts: number;
}

// Image, kernel and database engine ids contain one slash (`linode/debian12`, `linode/grub2`,
// `mysql/8.0.35`), sent unescaped.
const SLASHED_PARAMS = new Set(['imageId', 'kernelId', 'engineId']);

const templates: Template[] = [...facts.operations, ...todayOperations]
  .map((op) => {
    const segments = op.path
      .split('/')
      .filter(Boolean)
      .map((s): Segment => {
        const name = /^\{(.+)\}$/.exec(s)?.[1];
        if (!name) return { literal: s };
        return { param: name, type: op.pathParams.find((p) => p.name === name)?.type ?? 'string' };
      });
    const slashed = segments.filter((s) => 'param' in s && SLASHED_PARAMS.has(s.param)).length;
    return {
      op,
      segments,
      literals: segments.filter((s) => 'literal' in s).length,
      minParts: segments.length,
      maxParts: segments.length + slashed,
    };
  })
  .sort((a, b) => b.literals - a.literals);

/**
 * The templates that may fit a path, by its first segment (always a literal: `linode`, `volumes`),
 * in the order above: a request is tried against a few dozen templates, not all of them.
 */
const byFirstSegment = new Map<string, Template[]>();
for (const template of templates) {
  const first = template.segments[0];
  const key = first && 'literal' in first ? first.literal : '';
  byFirstSegment.set(key, [...(byFirstSegment.get(key) ?? []), template]);
}
/** Templates whose first segment is a parameter (none in Linode's API today): tried for every path. */
const anyFirst = byFirstSegment.get('') ?? [];

/** Param values of `template` for `parts`, or undefined when it does not fit. */
function fit(template: Template, parts: string[]): Record<string, string> | undefined {
  if (parts.length < template.minParts || parts.length > template.maxParts) return undefined;
  const params: Record<string, string> = {};
  return walk(template.segments, parts, params, 0, 0) ? params : undefined;
}

// Top-level rather than a closure: routing runs for every request (the benchmarks' emulator shares
// the gateway's cores, so its CPU per request shows in the gateway's timings).
function walk(segments: Segment[], parts: string[], params: Record<string, string>, si: number, pi: number): boolean {
  if (si === segments.length) return pi === parts.length;
  const seg = segments[si];
  if ('literal' in seg) return parts[pi] === seg.literal && walk(segments, parts, params, si + 1, pi + 1);
  for (const span of SLASHED_PARAMS.has(seg.param) ? [2, 1] : [1]) {
    if (pi + span > parts.length) continue;
    params[seg.param] = span === 1 ? parts[pi] : parts.slice(pi, pi + span).join('/');
    if (walk(segments, parts, params, si + 1, pi + span)) return true;
  }
  return false;
}

export function matchRoute(method: string, path: string): RouteMatch {
  let parts: string[];
  try {
    parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return { kind: 'not-found' };
  }
  const candidates = anyFirst.length > 0 ? templates : (byFirstSegment.get(parts[0] ?? '') ?? []);
  const fitting: Array<{ t: Template; params: Record<string, string> }> = [];
  for (const t of candidates) {
    const params = fit(t, parts);
    if (params) fitting.push({ t, params });
  }
  if (!fitting.length) return { kind: 'not-found' };
  const hit = fitting.find((m) => m.t.op.method === method);
  if (!hit) return { kind: 'method-not-allowed', allowed: [...new Set(fitting.map((m) => m.t.op.method))] };
  const { params } = hit;
  // A non-numeric id names nothing.
  const bad = hit.t.op.pathParams.some((p) => p.type === 'integer' && !/^\d+$/.test(params[p.name] ?? ''));
  return bad ? { kind: 'not-found' } : { kind: 'found', op: hit.t.op, params };
}
