// Summaries of the benchmarks' samples, one definition for all of them.

/** The q-quantile by nearest rank (0.5: the median, 0.99: p99). */
export function percentile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export const median = (samples: number[]): number => percentile(samples, 0.5);

export const mean = (samples: number[]): number => samples.reduce((sum, v) => sum + v, 0) / samples.length;
