// What a field costs in Linode requests, declared with the field (its GraphQL `extensions`) and
// read by the cost estimate (src/security/cost.ts). Fields without a declaration follow the
// estimate's rules by their type: connections, catalogs and loaded nodes.

export type UpstreamCost =
  /** One request per parent object: a per-object endpoint with no batch form (an instance's IPs). */
  | 'perParent'
  /**
   * One request per parent naming objects of the field's type, which are then loaded by id (the
   * instances an IPv6 range is routed to): each parent's ids come with its own answer, at its own
   * time, so their loads may not share a batch: one load per parent at most.
   */
  | 'perParentThenLoads'
  /** Loaded for many parents at once: one request per 100 parents (an instance's volumes). */
  | 'batched';

const KEY = 'upstreamCost';
/** Requests of a `perParent` field for each parent, when more than one (a token, then the read). */
const TIMES = 'upstreamRequests';

export const upstreamCost = {
  perParent: { [KEY]: 'perParent' },
  perParentThenLoads: { [KEY]: 'perParentThenLoads' },
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

const isCost = (value: unknown): value is UpstreamCost => typeof value === 'string' && Object.hasOwn(upstreamCost, value);

/** The declared cost of a field, from its extensions. */
export function declaredCost(extensions: Readonly<Record<string, unknown>> | null | undefined): UpstreamCost | undefined {
  const value = extensions?.[KEY];
  return isCost(value) ? value : undefined;
}
