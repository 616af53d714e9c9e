import { rm, stat } from 'node:fs/promises';
import { createTable } from '../local-stack/admin.js';
import type { EmulatorOptions } from '../local-stack/fault-injection.js';
import type { EmulatorStats } from '../local-stack/emulator-stats.js';
import type { SpawnedStack } from '../__tests__/helpers/stack.js';
import { runAction, type BenchActionRun } from './action.js';
import { type ImageCache, MAX_IMAGE_BYTES, makeWorkspace } from './images.js';
import { formatBytes, formatDuration, median } from './stats.js';
import type { Row } from './table.js';

/** The emulator as the issue describes Rekognition: answers in 100 ms, 50 TPS per account. */
export const BASE_LATENCY_MS = 100;
export const BASE_TPS = 50;
/** The action's default `concurrency` input. */
export const DEFAULT_CONCURRENCY = 10;
export const BUCKET = 'bench-images';
export const TABLE = 'bench_results';

export interface BenchOptions {
  /** Images per run (throughput at 50 TPS, latency-bound, cost). */
  n: number;
  /** Images for the 5 TPS throughput run (ideal n / 5 s). */
  slowN: number;
  /** Batch sizes whose peak RSS is measured. */
  memoryNs: number[];
  /** Runs per batch size; the median peak is printed. */
  memoryRepeat: number;
  startupRuns: number;
}

export const DEFAULT_OPTIONS: BenchOptions = {
  n: 500,
  slowN: 200,
  memoryNs: [100, 500, 2000],
  memoryRepeat: 1,
  startupRuns: 5,
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

export interface Measured {
  run: BenchActionRun;
  /** The emulator's counters for this run alone. */
  emulator: EmulatorStats;
}

export interface MeasureOptions {
  /** The first `n` images of the set... */
  n?: number;
  /** ...or these files. */
  files?: string[];
  emulator: EmulatorOptions;
  /** Inputs on top of `images: images/*`. */
  inputs?: Record<string, string>;
  measureRss?: boolean;
  /** Reuse this workspace (kept) instead of a fresh one (removed after the run). */
  workspace?: string;
}

/** Resets the emulator to `emulator`, runs the action once on a workspace, collects counters. */
export async function measure(ctx: BenchContext, options: MeasureOptions): Promise<Measured> {
  const files = options.files ?? (await ctx.cache.ensure(options.n ?? ctx.options.n));
  const workspace = options.workspace ?? (await makeWorkspace(files));
  try {
    await ctx.stack.emulatorAdmin.reset();
    await ctx.stack.emulatorAdmin.config(options.emulator);
    const run = await runAction({
      bundle: ctx.bundle,
      workspace,
      inputs: { images: 'images/*', ...options.inputs },
      env: ctx.stack.env,
      ...(options.measureRss === undefined ? {} : { measureRss: options.measureRss }),
    });
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

const requestsCell = (run: BenchActionRun) =>
  run.aws ? `${run.aws.requests}/${run.aws.throttled}/${run.aws.retried}` : 'not logged';
const notLabeled = (run: BenchActionRun) => run.counts.total - run.counts.labeled;
const rssMB = (run: BenchActionRun) =>
  run.peakRssKb === null ? undefined : (run.peakRssKb * 1024) / 1e6;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
/** CPU the action and the stack used: on a small machine both compete for the cores. */
const cpuNote = (m: Measured) =>
  `CPU: action ${m.run.cpuMs === null ? '?' : seconds(m.run.cpuMs)}, stack ${seconds(m.emulator.processCpuMs)}`;

/** A run against a TPS quota (items 1 and 5): wall time against N / TPS. */
function quotaRow(
  measured: Measured,
  n: number,
  tps: number,
  row: { scenario: string; setup: string; target: string; note: string },
): Row {
  const { run } = measured;
  const ideal = (n / tps) * 1000;
  const ratio = run.wallMs / ideal;
  const failed = notLabeled(run);
  return {
    ...row,
    measured: seconds(run.wallMs),
    ideal: `${seconds(ideal)} (N/TPS)`,
    ratio,
    requests: requestsCell(run),
    failed,
    peakRssMB: rssMB(run),
    met: ratio <= 1.15 && failed === 0,
  };
}

const RSS_TARGET_MB = 150;

/** A peak-RSS row for one run against the memory target. */
function peakRow(run: BenchActionRun, setup: string, target: string): Row {
  const mb = rssMB(run);
  return {
    scenario: '3 memory',
    setup,
    measured: mb === undefined ? 'not measured' : `${Math.round(mb)} MB peak RSS`,
    requests: requestsCell(run),
    failed: notLabeled(run),
    peakRssMB: mb,
    target,
    met: mb !== undefined && mb < RSS_TARGET_MB,
    note: `wall ${seconds(run.wallMs)}`,
  };
}

export interface Scenario {
  id: string;
  /** The item of the issue it answers. */
  item: number;
  title: string;
  /** Why it cannot run on this checkout, or undefined when it can. */
  unavailable?(ctx: BenchContext): Promise<string | undefined>;
  run(ctx: BenchContext): Promise<Row[]>;
}

/** 1. Wall time against N / TPS at the quota. */
const throughput: Scenario = {
  id: 'throughput',
  item: 1,
  title: 'Throughput at the quota',
  async run(ctx) {
    const rows: Row[] = [];
    for (const [tps, n] of [
      [BASE_TPS, ctx.options.n],
      [5, ctx.options.slowN],
    ] as const) {
      ctx.log(`throughput: ${n} images at ${tps} TPS, ${BASE_LATENCY_MS} ms`);
      const measured = await measure(ctx, {
        n,
        emulator: { latencyMs: BASE_LATENCY_MS, tps },
      });
      const { emulator } = measured;
      rows.push(
        quotaRow(measured, n, tps, {
          scenario: '1 throughput',
          setup: `direct, bytes, N=${n}, ${tps} TPS, ${BASE_LATENCY_MS} ms`,
          target: 'ratio <= 1.15, 0 failed',
          note: `emulator: ${emulator.requests} calls, ${emulator.throttled} throttled, peak ${emulator.maxInFlight} in flight; ${cpuNote(measured)}`,
        }),
      );
    }
    return rows;
  },
};

/** 2. No quota, 200 ms per call: wall time against N x latency / concurrency. */
const latency: Scenario = {
  id: 'latency',
  item: 2,
  title: 'Latency-bound runs',
  async run(ctx) {
    const n = ctx.options.n;
    const latencyMs = 200;
    ctx.log(`latency: ${n} images, no TPS limit, ${latencyMs} ms`);
    const measured = await measure(ctx, { n, emulator: { latencyMs, tps: null } });
    const { run, emulator } = measured;
    const ideal = (n * latencyMs) / DEFAULT_CONCURRENCY;
    return [
      {
        scenario: '2 latency-bound',
        setup: `direct, bytes, N=${n}, no TPS limit, ${latencyMs} ms, concurrency ${DEFAULT_CONCURRENCY}`,
        measured: seconds(run.wallMs),
        ideal: `${seconds(ideal)} (N x latency / concurrency)`,
        ratio: run.wallMs / ideal,
        requests: requestsCell(run),
        failed: notLabeled(run),
        peakRssMB: rssMB(run),
        target: 'none set (the issue asks for the ratio)',
        note: `emulator: peak ${emulator.maxInFlight} in flight; ${cpuNote(measured)}`,
      },
    ];
  },
};

const LARGEST_COUNT = 40;

/** 3. Peak RSS for growing N in bytes mode, and for a 14 MB PNG sent through S3. */
const memory: Scenario = {
  id: 'memory',
  item: 3,
  title: 'Memory',
  async run(ctx) {
    const rows: Row[] = [];
    const peaks: number[] = [];
    for (const n of ctx.options.memoryNs) {
      // Peak RSS depends on when the GC runs: repeat and print the median with the range.
      const samples: { mb: number; measured: Measured }[] = [];
      for (let i = 0; i < ctx.options.memoryRepeat; i++) {
        ctx.log(`memory: ${n} images, bytes, no TPS limit, ${BASE_LATENCY_MS} ms (${i + 1})`);
        const measured = await measure(ctx, {
          n,
          emulator: { latencyMs: BASE_LATENCY_MS, tps: null },
        });
        const mb = rssMB(measured.run);
        if (mb !== undefined) samples.push({ mb, measured });
      }
      if (samples.length === 0) throw new Error('no peak RSS was recorded');
      samples.sort((a, b) => a.mb - b.mb);
      // The middle one; of an even count, the higher (a peak should not be flattered).
      const mid = samples[Math.floor(samples.length / 2)]!;
      const { run } = mid.measured;
      peaks.push(mid.mb);
      const range =
        samples.length > 1
          ? `median of ${samples.length} (${Math.round(samples[0]!.mb)}-${Math.round(samples.at(-1)!.mb)} MB); `
          : '';
      rows.push({
        scenario: '3 memory',
        setup: `direct, bytes, N=${n}, no TPS limit, ${BASE_LATENCY_MS} ms`,
        measured: `${Math.round(mid.mb)} MB peak RSS`,
        requests: requestsCell(run),
        failed: notLabeled(run),
        peakRssMB: mid.mb,
        target: `< ${RSS_TARGET_MB} MB, flat in N`,
        met: mid.mb < RSS_TARGET_MB,
        note: `${range}wall ${seconds(run.wallMs)}; ${cpuNote(mid.measured)}`,
      });
    }
    if (peaks.length > 1) {
      const spread = Math.max(...peaks) - Math.min(...peaks);
      rows.at(-1)!.note += `; spread over N: ${spread.toFixed(0)} MB`;
    }

    // The worst case inline: every image near the 5 MB limit.
    const largest = await ctx.cache.ensureLargest(LARGEST_COUNT);
    ctx.log(`memory: ${LARGEST_COUNT} images of ${formatBytes(MAX_IMAGE_BYTES)}, bytes`);
    const worst = await measure(ctx, {
      files: largest,
      emulator: { latencyMs: BASE_LATENCY_MS, tps: null },
    });
    rows.push(
      peakRow(
        worst.run,
        `direct, bytes, ${LARGEST_COUNT} x ${formatBytes(MAX_IMAGE_BYTES)} (worst case), ${BASE_LATENCY_MS} ms`,
        `< ${RSS_TARGET_MB} MB (not in the issue)`,
      ),
    );

    const large = await ctx.cache.ensureLargePng(14 * 1024 * 1024);
    const others = (await ctx.cache.ensure(99)).slice(0, 99);
    const size = (await stat(large)).size;
    ctx.log(`memory: one ${formatBytes(size)} PNG and 99 others through S3`);
    const { run } = await measure(ctx, {
      files: [large, ...others],
      emulator: { latencyMs: BASE_LATENCY_MS, tps: null },
      inputs: { bucket: BUCKET },
    });
    rows.push(
      peakRow(
        run,
        `direct via S3, one ${formatBytes(size)} PNG + 99 others`,
        `< ${RSS_TARGET_MB} MB`,
      ),
    );
    return rows;
  },
};

/** 4. Spawn to the first request the emulator receives; bundle size. */
const startup: Scenario = {
  id: 'startup',
  item: 4,
  title: 'Start-up',
  async run(ctx) {
    const files = (await ctx.cache.ensure(1)).slice(0, 1);
    const samples: number[] = [];
    for (let i = 0; i < ctx.options.startupRuns; i++) {
      const { run, emulator } = await measure(ctx, {
        files,
        emulator: { latencyMs: 0, tps: null },
        measureRss: false,
      });
      if (emulator.firstRequestAt === null) {
        ctx.log(`startup: the action sent no request (exit ${run.exitCode})`);
        continue;
      }
      samples.push(emulator.firstRequestAt - run.spawnedAt);
    }
    ctx.log(`startup: ${samples.map((s) => Math.round(s)).join(', ')} ms`);
    const bundleBytes = (await stat(ctx.bundle)).size;
    const mid = samples.length ? median(samples) : NaN;
    return [
      {
        scenario: '4 start-up',
        setup: `spawn to first AWS request, 1 image, median of ${samples.length}`,
        measured: formatDuration(mid),
        target: '< 300 ms',
        met: samples.length > 0 && mid < 300,
        note: `min ${formatDuration(Math.min(...samples))}, max ${formatDuration(Math.max(...samples))}; bundle ${formatBytes(bundleBytes)}`,
      },
    ];
  },
};

/**
 * 5. Upload-only with wait-for-results: the action uploads, the stack's S3 -> Lambda link
 * labels each object (the Lambda calls the emulator at the same quota) and the action waits
 * for the items. Ideal: N / TPS, as the Lambda's Rekognition calls are the bottleneck.
 */
const uploadOnly: Scenario = {
  id: 'upload-only',
  item: 5,
  title: 'Upload-only with wait-for-results',
  async unavailable(ctx) {
    if (!ctx.lambdaBundle) return 'no Lambda bundle (build it, or pass --lambda-bundle)';
    return undefined;
  },
  async run(ctx) {
    const rows: Row[] = [];
    const runs = [
      [LAMBDA_ENVIRONMENTS[0], BASE_TPS, ctx.options.n],
      [LAMBDA_ENVIRONMENTS[1], 5, ctx.options.slowN],
    ] as const;
    for (const [environment, tps, n] of runs) {
      ctx.log(
        `upload-only: ${n} images, wait-for-results, Lambda at ${tps} TPS, ${BASE_LATENCY_MS} ms`,
      );
      const measured = await measure(ctx, {
        n,
        emulator: { latencyMs: BASE_LATENCY_MS, tps },
        inputs: {
          mode: 'upload-only',
          environment,
          bucket: BUCKET,
          prefix: LAMBDA_PREFIX,
          table: '{environment}_results',
          'wait-for-results': '1800',
        },
      });
      const { run, emulator } = measured;
      const uploaded = run.lineTimes.find((l) => /^::group::Waiting up to/.test(l.line));
      const lastLabel =
        emulator.lastReplyAt === null ? undefined : emulator.lastReplyAt - run.spawnedAt;
      rows.push(
        quotaRow(measured, n, tps, {
          scenario: '5 upload-only',
          setup: `upload-only + wait-for-results, N=${n}, Lambda at ${tps} TPS, ${BASE_LATENCY_MS} ms`,
          target: 'ratio <= 1.15, 0 failed (as 1)',
          note:
            `uploads done at ${uploaded ? seconds(uploaded.ms) : '?'}, last label at ` +
            `${lastLabel === undefined ? '?' : seconds(lastLabel)}; Lambda: ${emulator.byOperation.DetectLabels ?? 0} ` +
            `Rekognition calls, ${emulator.throttled} throttled; ${cpuNote(measured)}`,
        }),
      );
    }
    return rows;
  },
};

/** 6. Rekognition calls per image; a second run on unchanged images with a table makes none. */
const cost: Scenario = {
  id: 'cost',
  item: 6,
  title: 'Cost line',
  async run(ctx) {
    const n = ctx.options.n;
    const files = await ctx.cache.ensure(n);
    const workspace = await makeWorkspace(files);
    try {
      const table = `${TABLE}_${Date.now()}`;
      await createTable(ctx.stack, table);
      const rows: Row[] = [];
      for (const pass of ['first run', 'second run, unchanged images'] as const) {
        ctx.log(`cost: ${pass}, ${n} images, table ${table}`);
        const { run, emulator } = await measure(ctx, {
          workspace,
          emulator: { latencyMs: BASE_LATENCY_MS, tps: BASE_TPS },
          inputs: { table },
        });
        const sent = emulator.byOperation.DetectLabels ?? 0;
        const billed = emulator.succeeded;
        const first = pass === 'first run';
        rows.push({
          scenario: '6 cost',
          setup: `${pass}, direct + table, N=${n}, ${BASE_TPS} TPS`,
          measured: `${(billed / n).toFixed(2)} billed Rekognition calls/image (${(sent / n).toFixed(2)} sent)`,
          requests: requestsCell(run),
          failed: notLabeled(run),
          target: first ? '1 billed call/image' : '0 calls',
          met: first ? billed === n && notLabeled(run) === 0 : sent === 0,
          note: `${run.counts.cached} from the table; wall ${seconds(run.wallMs)}`,
        });
      }
      return rows;
    } finally {
      await rm(workspace, { recursive: true, force: true });
    }
  },
};

/** In the order they run: start-up first, while the machine is quiet. */
export const SCENARIOS: readonly Scenario[] = [
  startup,
  throughput,
  latency,
  memory,
  uploadOnly,
  cost,
];
