import { stat } from 'node:fs/promises';
import { backfill } from './backfill.js';
import {
  BASE_LATENCY_MS,
  BASE_TPS,
  BUCKET,
  cpuNote,
  LAMBDA_ENVIRONMENTS,
  LAMBDA_PREFIX,
  measure,
  notLabeled,
  quotaRow,
  requestsCell,
  type Scenario,
  seconds,
  SLOW_TPS,
} from './context.js';
import { ensureImages } from './images.js';
import { memory } from './memory.js';
import { script, sdkPool } from './peers.js';
import { cost, rerun } from './rerun.js';
import { formatBytes, formatDuration, median } from './stats.js';
import { recovery, throughput } from './throughput.js';
import { search } from './search.js';
import type { Row } from './table.js';

/** 5. Spawn to the first request the emulator receives; bundle size. */
const startup: Scenario = {
  id: 'startup',
  item: 5,
  title: 'Start-up',
  async run(ctx) {
    const files = await ensureImages(ctx.cache, 1);
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
        scenario: '5 start-up',
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
 * Upload-only with wait-for-results (not in the table; run it with --only): the
 * action uploads, the stack's S3 -> Lambda link labels each object (the Lambda calls the
 * emulator at the same quota) and the action waits for the items. Ideal: N / TPS.
 */
const uploadOnly: Scenario = {
  id: 'upload-only',
  item: 8,
  title: 'Upload-only with wait-for-results',
  optional: true,
  async unavailable(ctx) {
    if (!ctx.lambdaBundle) return 'no Lambda bundle (build it, or pass --lambda-bundle)';
    return undefined;
  },
  async run(ctx) {
    const rows: Row[] = [];
    const runs = [
      [LAMBDA_ENVIRONMENTS[0], BASE_TPS, ctx.options.n],
      [LAMBDA_ENVIRONMENTS[1], SLOW_TPS, ctx.options.slowN],
    ] as const;
    for (const [environment, tps, n] of runs) {
      ctx.log(
        `upload-only: ${n} images, wait-for-results, Lambda at ${tps} TPS, ${BASE_LATENCY_MS} ms`,
      );
      const { run, emulator } = await measure(ctx, {
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
      const uploaded = run.lineTimes.find((l) => /^::group::Waiting up to/.test(l.line));
      const lastLabel =
        emulator.lastReplyAt === null ? undefined : emulator.lastReplyAt - run.spawnedAt;
      rows.push(
        quotaRow({ ...run, failed: notLabeled(run) }, n, tps, {
          scenario: '8 upload-only',
          setup: `upload-only + wait-for-results, N=${n}, Lambda at ${tps} TPS, ${BASE_LATENCY_MS} ms`,
          requests: requestsCell(run),
          note:
            `uploads done at ${uploaded ? seconds(uploaded.ms) : '?'}, last label at ` +
            `${lastLabel === undefined ? '?' : seconds(lastLabel)}; Lambda: ${emulator.byOperation.DetectLabels ?? 0} ` +
            `Rekognition calls, ${emulator.throttled} throttled; ${cpuNote(run.cpuMs, emulator)}`,
        }),
      );
    }
    return rows;
  },
};

/**
 * In the order they run: start-up first, while the machine is quiet; the peers next to the
 * throughput runs they are compared with. The table prints them by item (see run.ts).
 */
export const SCENARIOS: readonly Scenario[] = [
  startup,
  throughput,
  sdkPool,
  script,
  recovery,
  rerun,
  memory,
  cost,
  search,
  backfill,
  uploadOnly,
];
