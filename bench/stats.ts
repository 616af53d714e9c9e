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

/**
 * A ratio for the table: two decimals under 10 (1.04), one under 100 (35.2), none above
 * (412), so a peer far off the ideal still fits the column.
 */
export function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return '-';
  if (ratio < 10) return ratio.toFixed(2);
  if (ratio < 100) return ratio.toFixed(1);
  return ratio.toFixed(0);
}

/** A counter read at a time: e.g. the calls the emulator accepted so far, at epoch ms. */
export interface CountSample {
  ms: number;
  count: number;
}

/**
 * The rate (per second) of a growing counter over a sliding window: for each sample, the
 * increase since the latest earlier sample at least `windowMs` before it, divided by the
 * time between the two. Samples with no such earlier one (the first window) give none.
 */
export function slidingRates(
  samples: readonly CountSample[],
  windowMs = 1000,
): { ms: number; rate: number }[] {
  const rates: { ms: number; rate: number }[] = [];
  let start = -1; // the latest sample at least windowMs before samples[i]
  for (let i = 0; i < samples.length; i++) {
    const now = samples[i]!;
    while (start + 1 < i && now.ms - samples[start + 1]!.ms >= windowMs) start++;
    if (start < 0 || now.ms - samples[start]!.ms < windowMs) continue;
    const from = samples[start]!;
    rates.push({ ms: now.ms, rate: ((now.count - from.count) * 1000) / (now.ms - from.ms) });
  }
  return rates;
}

/**
 * What the counter gained in each whole second after `fromMs` (the count at each second read
 * from the latest sample at or before it), up to the last sample: the shape of a run's rate.
 */
export function perSecond(samples: readonly CountSample[], fromMs: number): number[] {
  const counts: number[] = [];
  const last = samples.at(-1);
  if (!last) return counts;
  let at = 0;
  let previous = 0;
  for (let second = 1; fromMs + second * 1000 <= last.ms; second++) {
    while (at + 1 < samples.length && samples[at + 1]!.ms <= fromMs + second * 1000) at++;
    const count = samples[at]!.ms <= fromMs + second * 1000 ? samples[at]!.count : 0;
    counts.push(count - previous);
    previous = count;
  }
  return counts;
}

/**
 * How long after `fromMs` the rate first reached `threshold`, in ms, counting only windows
 * that end after `fromMs`; null if it never did.
 */
export function timeToReach(
  rates: readonly { ms: number; rate: number }[],
  fromMs: number,
  threshold: number,
): number | null {
  const hit = rates.find((r) => r.ms >= fromMs && r.rate >= threshold);
  return hit ? hit.ms - fromMs : null;
}

export const TRANSPORTS = ['bytes', 's3'] as const;
/** How images reach Rekognition: bytes (no bucket, no table), or S3 (`bucket` + `table`). */
export type Transport = (typeof TRANSPORTS)[number];

/** Parses "bytes,s3" (any order, no repeats), or throws naming the option. */
export function parseTransports(value: string): Transport[] {
  const items = parseList(value);
  const bad = items.find((t) => !(TRANSPORTS as readonly string[]).includes(t));
  if (items.length === 0 || bad !== undefined) {
    throw new RangeError(`--transports must be ${TRANSPORTS.join(' and/or ')}, got "${value}"`);
  }
  return [...new Set(items)] as Transport[];
}
