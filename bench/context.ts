import { rm } from 'node:fs/promises';
import { createTable } from '../local-stack/admin.js';
import type { EmulatorOptions } from '../local-stack/fault-injection.js';
import type { EmulatorStats } from '../local-stack/emulator-stats.js';
import type { SpawnedStack } from '../__tests__/helpers/stack.js';
import { runAction, type BenchActionRun } from './action.js';
import type { MemoryAtPeak } from './rss-probe.js';
import { ensureImages, type ImageCache, makeWorkspace } from './images.js';
import type { Transport } from './stats.js';
import type { Row } from './table.js';

/** The emulator as the issue describes Rekognition: 50 TPS per account (5 for some). */
export const BASE_LATENCY_MS = 100;
export const BASE_TPS = 50;
export const SLOW_TPS = 5;
export const BUCKET = 'bench-images';
export const TABLE = 'bench_results';
/** The issue's targets. */
export const RATIO_TARGET = 1.15;
export const RSS_TARGET_MB = 200;

export interface BenchOptions {
  /** Images per run at 50 TPS (throughput, the SDK pool, cost). */
  n: number;
  /** Images for the 5 TPS throughput runs (ideal n / 5 s). */
  slowN: number;
  /** Service latencies (ms) of the throughput rows and the peers'. */
  latencies: number[];
  /** bytes (no bucket, no table) and/or s3 (bucket + table). */
  transports: Transport[];
  /** Images of the recovery run (5 TPS, then 50 TPS after 10 s). */
  recoveryN: number;
  /** Batch sizes of the re-run of unchanged images. */
  rerunNs: number[];
  /** Batch sizes whose peak RSS is measured, at 50 TPS. */
  memoryNs: number[];
  /** The service latency of those memory runs. */
  memoryLatencyMs: number;
  /**
   * Runs per memory batch size; the median peak is printed. Three by default: a run's peak
   * depends on its first seconds (how far V8's heap and the C heap grow before the pacer knows
   * the quota), which differ from run to run (S3 + table, the last two bundles: 2,000 images
   * 138-154 MB, 20,000 images 143-170 MB), so one run each made the growth from 2,000 to 20,000
   * a coin toss.
   */
  memoryRepeat: number;
  /** Runs of each 50 TPS throughput setup; the median is printed. */
  throughputRepeat: number;
  startupRuns: number;
  /** Images for the original script (one process each). */
  scriptN: number;
  /** Latencies at which the original script runs (it is slow: one process per image). */
  scriptLatencies: number[];
  /** The Python that runs the original script; by default the first that has boto3. */
  python: string | undefined;
  /** Items of the search table, and how many of them have the searched label. */
  searchItems: number;
  searchMatches: number;
  /** Objects of the backfill (issue 15), at most POOL_SIZE: distinct bytes, none reused. */
  backfillN: number;
  /** Service latencies (ms) of the backfill runs. */
  backfillLatencies: number[];
  /** Injected ThrottlingException share of one more backfill run (0: none). */
  backfillThrottleRate: number;
  /**
   * Execution environments of the backfill's function, and the job's invocations at once;
   * undefined: sized to each run's latency (concurrencyFor in backfill.ts).
   */
  backfillConcurrency: number | undefined;
}

export const DEFAULT_OPTIONS: BenchOptions = {
  n: 500,
  slowN: 200,
  latencies: [100, 500, 1000, 2000],
  transports: ['bytes', 's3'],
  recoveryN: 800,
  rerunNs: [2000, 20000],
  memoryNs: [2000, 20000],
  memoryLatencyMs: 2000,
  memoryRepeat: 3,
  throughputRepeat: 3,
  startupRuns: 5,
  scriptN: 100,
  scriptLatencies: [100, 1000],
  python: undefined,
  searchItems: 100_000,
  searchMatches: 1_000,
  backfillN: 500,
  backfillLatencies: [100],
  backfillThrottleRate: 0.2,
  backfillConcurrency: undefined,
};

/** Key prefix the stack's Lambda functions are subscribed to (direct-mode runs use another). */
export const LAMBDA_PREFIX = 'bench-upload';
/** One function per environment: each upload-only run gets its own keys and table. */
export const LAMBDA_ENVIRONMENTS = ['up50', 'up5'] as const;

export interface BenchContext {
  bundle: string;
  /** The Lambda handler the stack runs for uploads under LAMBDA_PREFIX, if there is one. */
  lambdaBundle: string | null;
  stack: SpawnedStack;
  cache: ImageCache;
  options: BenchOptions;
  /** Progress, on stderr. */
  log(message: string): void;
}

export interface Scenario {
  id: string;
  /** The item of the issue it answers. */
  item: number;
  title: string;
  /** Left out of a run unless `--only` names it. */
  optional?: boolean;
  /** Why it cannot run on this checkout, or undefined when it can. */
  unavailable?(ctx: BenchContext): Promise<string | undefined>;
  run(ctx: BenchContext): Promise<Row[]>;
}

export interface Measured {
  run: BenchActionRun;
  /** The emulator's counters for this run alone. */
  emulator: EmulatorStats;
}

export interface MeasureOptions {
  /** The first `n` images of the set (repeated past the pool)... */
  n?: number;
  /** ...or these files. */
  files?: string[];
  emulator: EmulatorOptions;
  /** Inputs on top of `images: images/*`. */
  inputs?: Record<string, string>;
  /** Environment on top of the stack's (REKOGNITION_LABEL_V8_TUNING=off). */
  env?: Record<string, string>;
  measureRss?: boolean;
  /** Reuse this workspace (kept) instead of a fresh one (removed after the run). */
  workspace?: string;
  /**
   * Runs beside the action, started just before its spawn; `exited` resolves when the
   * action's process has ended. measure() waits for it before returning.
   */
  alongside?(exited: Promise<void>): Promise<void>;
}

/** Resets the emulator to `emulator`, runs the action once on a workspace, collects counters. */
export async function measure(ctx: BenchContext, options: MeasureOptions): Promise<Measured> {
  const workspace =
    options.workspace ??
    (await makeWorkspace(options.files ?? (await ensureImages(ctx.cache, options.n ?? 1))));
  try {
    await ctx.stack.emulatorAdmin.reset();
    await ctx.stack.emulatorAdmin.config(options.emulator);
    let markExited = () => {};
    const exited = new Promise<void>((resolve) => (markExited = resolve));
    const beside = options.alongside?.(exited);
    // Awaited below; if the run throws first, its failure is the one reported.
    beside?.catch(() => {});
    let run: BenchActionRun;
    try {
      run = await runAction({
        bundle: ctx.bundle,
        workspace,
        inputs: { images: 'images/*', ...options.inputs },
        env: { ...ctx.stack.env, ...options.env },
        ...(options.measureRss === undefined ? {} : { measureRss: options.measureRss }),
      });
    } finally {
      markExited();
    }
    await beside;
    const emulator = await ctx.stack.emulatorAdmin.stats();
    if (run.aws === null || run.counts.total === 0) {
      ctx.log(
        `the action did not report its requests (exit ${run.exitCode}); stderr:\n${run.stderr}`,
      );
      ctx.log(run.stdout.split('\n').slice(-20).join('\n'));
    }
    return { run, emulator };
  } finally {
    if (!options.workspace) await rm(workspace, { recursive: true, force: true });
  }
}

let tables = 0;

/** A new, empty results table (partition key `filename`), so a run labels and stores all. */
export async function freshTable(ctx: BenchContext): Promise<string> {
  const table = `${TABLE}_${Date.now()}_${++tables}`;
  await createTable(ctx.stack, table);
  return table;
}

/** The action's inputs for a transport: bytes sets neither; s3 a bucket and a new table. */
export async function transportInputs(
  ctx: BenchContext,
  transport: Transport,
): Promise<Record<string, string>> {
  return transport === 'bytes' ? {} : { bucket: BUCKET, table: await freshTable(ctx) };
}

export const TRANSPORT_LABEL: Record<Transport, string> = {
  bytes: 'bytes',
  s3: 'S3 + table',
};

/** The group of rows measured on one setup: ours and the peers' (see arrangeRows). */
export const groupOf = (tps: number | null, transport: Transport, latencyMs: number) =>
  `${tps ?? 'no limit'} TPS, ${transport}, ${latencyMs} ms`;

export const requestsCell = (run: BenchActionRun) =>
  run.aws ? `${run.aws.requests}/${run.aws.throttled}/${run.aws.retried}` : 'not logged';
export const notLabeled = (run: BenchActionRun) => run.counts.total - run.counts.labeled;
export const rssMB = (run: { peakRssKb: number | null }) =>
  run.peakRssKb === null ? undefined : (run.peakRssKb * 1024) / 1e6;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const latencyText = (ms: number) => (ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`);
/** CPU a process and the stack used: on a small machine both compete for the cores. */
export const cpuNote = (cpuMs: number | null, emulator: EmulatorStats) =>
  `CPU: ${cpuMs === null ? '?' : seconds(cpuMs)}, stack ${seconds(emulator.processCpuMs)}`;
/** Where the memory was at the highest RSS sampled: V8's heap, and buffers outside it. */
export const memoryNote = (run: { atPeakMB: MemoryAtPeak | null }) =>
  run.atPeakMB
    ? `at peak: heap ${run.atPeakMB.heapUsed} used of ${run.atPeakMB.heapTotal} MB, buffers ${run.atPeakMB.arrayBuffers} MB`
    : '';
export const emulatorNote = (emulator: EmulatorStats) =>
  `emulator: ${emulator.requests} calls, ${emulator.throttled} throttled, peak ${emulator.maxInFlight} in flight`;

/** A run against a TPS quota: wall time against N / TPS, the issue's target for it. */
export function quotaRow(
  measured: { wallMs: number; failed: number; peakRssKb: number | null },
  n: number,
  tps: number,
  row: Pick<Row, 'scenario' | 'setup' | 'note' | 'who' | 'group' | 'requests'> & {
    target?: string;
    /** A peer's run: shown for comparison, no target. */
    peer?: boolean;
  },
): Row {
  const ideal = (n / tps) * 1000;
  const ratio = measured.wallMs / ideal;
  const { target, peer, ...rest } = row;
  return {
    ...rest,
    measured: seconds(measured.wallMs),
    ideal: `${seconds(ideal)} (N/TPS)`,
    ratio,
    failed: measured.failed,
    peakRssMB: rssMB(measured),
    target: peer
      ? 'none (a peer, for comparison)'
      : (target ?? `ratio <= ${RATIO_TARGET}, 0 failed`),
    ...(peer ? {} : { met: ratio <= RATIO_TARGET && measured.failed === 0 }),
  };
}
