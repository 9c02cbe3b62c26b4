/** One row of bench-results.json, in the format of the project's benchmark brief. */
export interface BenchRow {
  name: string;
  n: number;
  metric: 'p50_ms' | 'p95_ms' | 'p99_ms' | 'kb' | 'ms' | 'cpu_pct' | 'mb';
  value: number;
  baseline?: number;
  ratio?: number;
  goal?: string;
}

export interface Benchmark {
  name: string;
  /** Measures and returns its rows; a figure it could not measure is left out and explained in `notes`. */
  run(context: BenchContext): Promise<{ rows: BenchRow[]; notes: string[] }>;
}

export interface BenchContext {
  log(line: string): void;
}

/** The q-quantile (0..1) of the values, by nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) throw new Error('no values');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
