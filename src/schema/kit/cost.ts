// What a field costs in Linode requests, declared with the field (its GraphQL `extensions`) and
// read by the cost estimate (src/security/cost.ts). Fields without a declaration follow the
// estimate's rules by their type: connections, catalogs and loaded nodes.

export type UpstreamCost =
  /** One request per parent object: a per-object endpoint with no batch form (an instance's IPs). */
  | 'perParent'
  /** Loaded for many parents at once: one request per 100 parents (an instance's volumes). */
  | 'batched';

const KEY = 'upstreamCost';
/** Requests of a `perParent` field for each parent, when more than one (a token, then the read). */
const TIMES = 'upstreamRequests';

export const upstreamCost = {
  perParent: { [KEY]: 'perParent' },
  batched: { [KEY]: 'batched' },
} as const satisfies Record<UpstreamCost, Record<string, UpstreamCost>>;

/** `times` requests per parent object (a metrics read: a service token, then the read). */
export function perParentTimes(times: number): Record<string, UpstreamCost | number> {
  return { [KEY]: 'perParent', [TIMES]: times };
}

/** Requests per parent of a `perParent` field (1 unless declared with perParentTimes). */
export function declaredTimes(extensions: Readonly<Record<string, unknown>> | null | undefined): number {
  const value = extensions?.[TIMES];
  return typeof value === 'number' && Number.isInteger(value) && value > 1 ? value : 1;
}

/** The declared cost of a field, from its extensions. */
export function declaredCost(extensions: Readonly<Record<string, unknown>> | null | undefined): UpstreamCost | undefined {
  const value = extensions?.[KEY];
  return value === 'perParent' || value === 'batched' ? value : undefined;
}
