/** Pure helpers of the benchmark: parsing the action's log, summarising samples, formatting. */

export interface AwsRequestCounts {
  requests: number;
  throttled: number;
  retried: number;
}

/**
 * Reads the action's "AWS requests: N (throttled T, retried R)" log line, or "AWS requests in
 * all: ..." after wait-for-results: the last one, which counts everything.
 */
export function parseAwsRequestsLine(log: string): AwsRequestCounts | null {
  const matches = [
    ...log.matchAll(/AWS requests(?: in all)?: (\d+) \(throttled (\d+), retried (\d+)\)/g),
  ];
  const last = matches.at(-1);
  if (!last) return null;
  return { requests: Number(last[1]), throttled: Number(last[2]), retried: Number(last[3]) };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** "850 ms" under 10 s, else "12.3 s". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '-';
  if (ms < 10_000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Binary units: "512 KiB", "2.8 MiB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** Parses "a,b , c" into ["a","b","c"]; empty items dropped. */
export function parseList(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Parses "100,500,2000" into positive integers, or throws naming the option. */
export function parseCounts(name: string, value: string): number[] {
  const items = parseList(value);
  const counts = items.map(Number);
  if (items.length === 0 || counts.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new RangeError(
      `--${name} must be positive whole numbers separated by commas, got "${value}"`,
    );
  }
  return counts;
}
