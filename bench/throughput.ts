import { setTimeout as sleep } from 'node:timers/promises';
import { epochNow } from '../local-stack/emulator-stats.js';
import {
  BASE_TPS,
  type BenchContext,
  cpuNote,
  emulatorNote,
  memoryNote,
  groupOf,
  latencyText,
  type Measured,
  measure,
  notLabeled,
  quotaRow,
  requestsCell,
  rssMB,
  type Scenario,
  seconds,
  SLOW_TPS,
  TRANSPORT_LABEL,
  transportInputs,
} from './context.js';
import { type CountSample, perSecond, slidingRates, timeToReach, type Transport } from './stats.js';
import type { Row } from './table.js';

/** 1. Wall time against N / TPS at the quota, for each transport and service latency. */
export const throughput: Scenario = {
  id: 'throughput',
  item: 1,
  title: 'Throughput at the quota',
  async run(ctx) {
    const rows: Row[] = [];
    for (const [tps, n] of [
      [BASE_TPS, ctx.options.n],
      [SLOW_TPS, ctx.options.slowN],
    ] as const) {
      // The 50 TPS runs take seconds and move by a tenth between runs on a small machine: the
      // median of a few, with every ratio shown. The 5 TPS runs (40 s each) vary little.
      const repeat = tps === BASE_TPS ? ctx.options.throughputRepeat : 1;
      for (const transport of ctx.options.transports) {
        for (const latencyMs of ctx.options.latencies) {
          rows.push(await throughputRow(ctx, { n, tps, transport, latencyMs, repeat }));
        }
      }
    }
    return rows;
  },
};

interface ThroughputSetup {
  n: number;
  tps: number;
  transport: Transport;
  latencyMs: number;
  /** Runs of the setup; the row is the median run's (by wall time). */
  repeat: number;
}

async function throughputRow(ctx: BenchContext, setup: ThroughputSetup): Promise<Row> {
  const { n, tps, transport, latencyMs, repeat } = setup;
  const title = `direct, ${TRANSPORT_LABEL[transport]}, N=${n}, ${tps} TPS, ${latencyText(latencyMs)}`;
  const runs: { measured: Measured; samples: CountSample[] }[] = [];
  for (let i = 0; i < repeat; i++) {
    ctx.log(`throughput: ${title}${repeat > 1 ? ` (${i + 1} of ${repeat})` : ''}`);
    const samples: CountSample[] = [];
    const measured = await measure(ctx, {
      n,
      emulator: { latencyMs, tps },
      inputs: await transportInputs(ctx, transport),
      alongside: (exited) => pollAccepted(ctx, exited, samples),
    });
    if (process.env.BENCH_TRACE) process.stderr.write(measured.run.stderr);
    runs.push({ measured, samples });
  }
  const ideal = (n / tps) * 1000;
  const ratios = runs.map((r) => (r.measured.run.wallMs / ideal).toFixed(2));
  const sorted = [...runs].sort((a, b) => a.measured.run.wallMs - b.measured.run.wallMs);
  // The higher middle for an even count, as the memory rows.
  const { measured, samples } = sorted[Math.floor(sorted.length / 2)]!;
  const { run, emulator } = measured;
  const median =
    runs.length > 1 ? `median of ${runs.length} runs (ratios ${ratios.join(', ')}); ` : '';
  return quotaRow(
    { ...run, failed: Math.max(...runs.map((r) => notLabeled(r.measured.run))) },
    n,
    tps,
    {
      scenario: '1 throughput',
      who: 'ours',
      group: groupOf(tps, transport, latencyMs),
      setup: title,
      requests: requestsCell(run),
      note:
        `${median}${emulatorNote(emulator)}; ${cpuNote(run.cpuMs, emulator)}; ${memoryNote(run)}; ` +
        `accepted each second: ${perSecond(samples, run.spawnedAt).join(' ')}`,
    },
  );
}

/** When the quota returns, from the start of the recovery run. */
export const RECOVERY_AT_MS = 10_000;
/** How often the emulator's counters are read, and the window of the rate. */
export const POLL_MS = 250;
export const RATE_WINDOW_MS = 1000;
/** "Recovered": the send rate reached this share of the returned quota. */
export const RECOVERED_SHARE = 0.9;
export const RECOVERY_TARGET_MS = 5000;

/**
 * Reads the emulator's counters every POLL_MS until `exited`, recording the calls it
 * accepted so far (received, less the throttled, which it rejects at once).
 */
async function pollAccepted(
  ctx: BenchContext,
  exited: Promise<void>,
  samples: CountSample[],
): Promise<void> {
  let done = false;
  void exited.then(() => (done = true));
  const start = epochNow();
  for (let tick = 1; !done; tick++) {
    const before = epochNow();
    const stats = await ctx.stack.emulatorAdmin.stats();
    samples.push({ ms: (before + epochNow()) / 2, count: stats.requests - stats.throttled });
    if (process.env.BENCH_TRACE)
      process.stderr.write(
        `T ${((before - start) / 1000).toFixed(2)} req ${stats.requests} thr ${stats.throttled} inflight ${stats.inFlight}\n`,
      );
    const wait = start + tick * POLL_MS - epochNow();
    if (wait > 0) await Promise.race([sleep(wait), exited]);
  }
}

interface RecoveryRun {
  samples: CountSample[];
  /** Epoch ms when the emulator had the quota back (NaN if the run ended before). */
  backAt: number;
}

/** The recovery run: 5 TPS at the start, BASE_TPS from RECOVERY_AT_MS on, counters polled. */
async function runRecovery(ctx: BenchContext, latencyMs: number) {
  const trace: RecoveryRun = { samples: [], backAt: NaN };
  const measured = await measure(ctx, {
    n: ctx.options.recoveryN,
    emulator: { latencyMs, tps: SLOW_TPS },
    alongside: async (exited) => {
      const polling = pollAccepted(ctx, exited, trace.samples);
      const controller = new AbortController();
      // true when the action ended first (the timer is then cancelled).
      const ended = await Promise.race([
        sleep(RECOVERY_AT_MS, false, { signal: controller.signal }).catch(() => true),
        exited.then(() => true),
      ]);
      controller.abort();
      if (!ended) {
        await ctx.stack.emulatorAdmin.config({ tps: BASE_TPS });
        trace.backAt = epochNow();
      }
      await polling;
    },
  });
  return { ...measured, ...trace };
}

/** 2. A run that starts at 5 TPS and sees the quota return to 50 TPS after 10 s. */
export const recovery: Scenario = {
  id: 'recovery',
  item: 2,
  title: 'Recovery when the quota returns',
  async run(ctx) {
    const rows: Row[] = [];
    const n = ctx.options.recoveryN;
    const threshold = RECOVERED_SHARE * BASE_TPS;
    for (const latencyMs of ctx.options.latencies) {
      ctx.log(`recovery: bytes, N=${n}, ${SLOW_TPS} TPS then ${BASE_TPS}, ${latencyMs} ms`);
      const { run, emulator, samples, backAt } = await runRecovery(ctx, latencyMs);
      const rates = slidingRates(samples, RATE_WINDOW_MS);
      const reached = Number.isNaN(backAt) ? null : timeToReach(rates, backAt, threshold);
      const before = rates.filter((r) => r.ms <= backAt).at(-1)?.rate;
      const peak = Math.max(0, ...rates.filter((r) => r.ms > backAt).map((r) => r.rate));
      // At best: 10 s at 5 TPS (plus its burst of 5), the rest at 50 TPS.
      const idealMs = RECOVERY_AT_MS + ((n - SLOW_TPS * (RECOVERY_AT_MS / 1000)) / BASE_TPS) * 1000;
      const failed = notLabeled(run);
      rows.push({
        scenario: '2 recovery',
        setup: `direct, bytes, N=${n}, ${SLOW_TPS} TPS, ${BASE_TPS} TPS from ${seconds(RECOVERY_AT_MS)}, ${latencyText(latencyMs)}`,
        measured: `${reached === null ? 'never' : seconds(reached)} to ${threshold}/s; wall ${seconds(run.wallMs)}`,
        ideal: `0 s; wall ${seconds(idealMs)}`,
        ratio: run.wallMs / idealMs,
        requests: requestsCell(run),
        failed,
        peakRssMB: rssMB(run),
        target: `<= ${seconds(RECOVERY_TARGET_MS)} to ${RECOVERED_SHARE * 100}% of ${BASE_TPS} TPS`,
        met: reached !== null && reached <= RECOVERY_TARGET_MS && failed === 0,
        note:
          `accepted/s over ${RATE_WINDOW_MS} ms: ${before === undefined ? '?' : before.toFixed(1)} before, ` +
          `peak ${peak.toFixed(1)} after; quota back at ${Number.isNaN(backAt) ? '-' : seconds(backAt - run.spawnedAt)}; ` +
          `${emulatorNote(emulator)}; ${cpuNote(run.cpuMs, emulator)}`,
      });
    }
    return rows;
  },
};
