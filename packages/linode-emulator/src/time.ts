// Linode timestamps: UTC, second precision, no zone (`2018-01-01T00:01:01`).

export function linodeTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}

/** Parses a Linode timestamp (zone-less means UTC) or any ISO date; NaN when invalid. The X-Filter evaluator's own, so filters and data agree. */
export { parseInstant as parseTime } from 'linode-facts/xfilter';
