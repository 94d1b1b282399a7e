// What a field costs in Linode requests, declared with the field (its GraphQL `extensions`) and
// read by the cost estimate (src/security/cost.ts). Fields without a declaration follow the
// estimate's rules by their type: connections, catalogs and loaded nodes.

export type UpstreamCost =
  /** One request per parent object: a per-object endpoint with no batch form (an instance's IPs). */
  | 'perParent'
  /** Loaded for many parents at once: one request per 100 parents (an instance's volumes). */
  | 'batched';

const KEY = 'upstreamCost';

export const upstreamCost = {
  perParent: { [KEY]: 'perParent' },
  batched: { [KEY]: 'batched' },
} as const satisfies Record<UpstreamCost, Record<string, UpstreamCost>>;

/** The declared cost of a field, from its extensions. */
export function declaredCost(extensions: Readonly<Record<string, unknown>> | null | undefined): UpstreamCost | undefined {
  const value = extensions?.[KEY];
  return value === 'perParent' || value === 'batched' ? value : undefined;
}
