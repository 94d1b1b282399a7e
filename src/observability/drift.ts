// API drift: what Linode sends that this schema does not know. A value outside an enum and a key
// no fact names are kept (the answer never fails for them) and reported here: counted in /metrics
// by type and field, and logged once per distinct value, so operators see the API moving.
import { LRUCache } from 'lru-cache';
import type { Logger } from './logger.js';
import type { GatewayMetrics } from './metrics.js';

/** How many distinct drifts are remembered as already logged (a bound, whatever Linode sends). */
const LOGGED_MAX = 5_000;

export class DriftReporter {
  private readonly logged = new LRUCache<string, true>({ max: LOGGED_MAX });

  constructor(
    private readonly logger: Logger,
    private readonly metrics: GatewayMetrics | undefined,
  ) {}

  /** `value` of enum field `type.field` is none of the documented values. */
  unknownEnumValue(type: string, field: string, value: string): void {
    this.metrics?.unknownEnumValues.inc({ type, field });
    this.once(`enum:${type}.${field}:${value}`, () =>
      this.logger.warn(
        { type, field, value: value.slice(0, 100) },
        'Linode sent an enum value this schema does not know (kept, served as OTHER)',
      ),
    );
  }

  /** An object of GraphQL type `type` carries Linode key `key`, which no fact describes. */
  unknownField(type: string, key: string): void {
    this.metrics?.unknownFields.inc({ type, field: key });
    this.once(`field:${type}.${key}`, () =>
      this.logger.info({ type, field: key }, 'Linode sent a field this schema does not know (not exposed)'),
    );
  }

  private once(key: string, log: () => void): void {
    if (this.logged.has(key)) return;
    this.logged.set(key, true);
    log();
  }
}
