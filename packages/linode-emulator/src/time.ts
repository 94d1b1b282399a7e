// Linode timestamps: UTC, second precision, no zone (`2018-01-01T00:01:01`).

export function linodeTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}

/** Parses a Linode timestamp (zone-less means UTC) or any ISO date; NaN when invalid. */
export function parseTime(value: string): number {
  const zoned = /(Z|[+-]\d\d:?\d\d)$/.test(value) || /^\d{4}-\d\d-\d\d$/.test(value) ? value : `${value}Z`;
  return /^\d{4}-\d\d-\d\d/.test(value) ? Date.parse(zoned) : NaN;
}
