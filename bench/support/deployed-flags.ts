// The node flags the gateway runs with when deployed (bin/gateway, used by `npm start` and the
// container image): the benchmarks measure the gateway as it runs there, unless told otherwise.
import { readFileSync } from 'node:fs';

/**
 * What bin/gateway would run node with here: GATEWAY_NODE_FLAGS when set (as there), else its
 * default, e.g. `--max-semi-space-size=8 --v8-pool-size=1`.
 */
export function deployedNodeFlags(): string {
  if (process.env.GATEWAY_NODE_FLAGS !== undefined) return process.env.GATEWAY_NODE_FLAGS.trim();
  const script = readFileSync(new URL('../../bin/gateway', import.meta.url), 'utf8');
  const match = /\$\{GATEWAY_NODE_FLAGS-([^}]*)\}/.exec(script);
  if (!match) throw new Error('bin/gateway has no ${GATEWAY_NODE_FLAGS-...} default');
  return match[1].trim();
}
