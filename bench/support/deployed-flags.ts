// The node flags the gateway runs with when deployed (bin/gateway, used by `npm start` and the
// container image): the benchmarks measure the gateway as it runs there, unless told otherwise.
import { readFileSync } from 'node:fs';

/** Node flags written as one string (`--a --b=1`), as a list for execArgv; '' is none. */
export function nodeFlagList(flags: string): string[] {
  return flags.split(/\s+/).filter(Boolean);
}

/**
 * What bin/gateway would run node with here: GATEWAY_NODE_FLAGS when set (as there), else its
 * default, e.g. `--max-semi-space-size=8 --v8-pool-size=1 --no-minor-gc-task`.
 */
export function deployedNodeFlags(): string[] {
  if (process.env.GATEWAY_NODE_FLAGS !== undefined) return nodeFlagList(process.env.GATEWAY_NODE_FLAGS);
  const script = readFileSync(new URL('../../bin/gateway', import.meta.url), 'utf8');
  const match = /\$\{GATEWAY_NODE_FLAGS-([^}]*)\}/.exec(script);
  if (!match) throw new Error('bin/gateway has no ${GATEWAY_NODE_FLAGS-...} default');
  return nodeFlagList(match[1]);
}
