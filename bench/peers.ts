import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EmulatorStats } from '../local-stack/emulator-stats.js';
import {
  BASE_TPS,
  BUCKET,
  type BenchContext,
  cpuNote,
  emulatorNote,
  freshTable,
  groupOf,
  latencyText,
  quotaRow,
  type Scenario,
  TRANSPORT_LABEL,
} from './context.js';
import { ensureImages, makeWorkspace, workspaceNames } from './images.js';
import { RSS_PRELOAD, readRssProbe } from './rss-probe.js';
import type { Transport } from './stats.js';
import type { Row } from './table.js';

const ANALYZE_PY = fileURLToPath(new URL('./peers/analyze.py', import.meta.url));
const SDK_POOL = fileURLToPath(new URL('./peers/sdk-pool.ts', import.meta.url));
export const POOL_WORKERS = 10;

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runProcess(
  command: string,
  args: string[],
  options: { cwd?: string; env: Record<string, string> },
): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A peer's run: a workspace of `n` images, the emulator set, counters after. */
async function peerRun<T>(
  ctx: BenchContext,
  n: number,
  latencyMs: number,
  body: (workspace: string, names: string[]) => Promise<T>,
): Promise<{ result: T; wallMs: number; emulator: EmulatorStats }> {
  const files = await ensureImages(ctx.cache, n);
  const workspace = await makeWorkspace(files);
  try {
    await ctx.stack.emulatorAdmin.reset();
    await ctx.stack.emulatorAdmin.config({ latencyMs, tps: BASE_TPS });
    const started = performance.now();
    const result = await body(workspace, workspaceNames(files));
    const wallMs = performance.now() - started;
    return { result, wallMs, emulator: await ctx.stack.emulatorAdmin.stats() };
  } finally {
    await rm(workspace, { recursive: true, force: true });
  }
}

const baseEnv = (ctx: BenchContext, home: string) => ({
  PATH: process.env.PATH ?? '',
  HOME: home,
  ...ctx.stack.env,
});

let python: Promise<{ command: string; boto3: string } | null> | undefined;

/** The first Python that imports boto3: --python, else Debian's, else the one on PATH. */
function findPython(ctx: BenchContext) {
  python ??= (async () => {
    const candidates = ctx.options.python ? [ctx.options.python] : ['/usr/bin/python3', 'python3'];
    for (const command of candidates) {
      const exit = await runProcess(command, ['-c', 'import boto3; print(boto3.__version__)'], {
        env: { PATH: process.env.PATH ?? '' },
      }).catch(() => null);
      if (exit?.code === 0) return { command, boto3: exit.stdout.trim() };
    }
    return null;
  })();
  return python;
}

/** 7. The original design's script: one `python3 analyze.py` per image, in turn. */
export const script: Scenario = {
  id: 'script',
  item: 7,
  title: 'Peer: the original analyze.py',
  async unavailable(ctx) {
    if (await findPython(ctx)) return undefined;
    return ctx.options.python
      ? `${ctx.options.python} cannot import boto3`
      : 'python3-boto3 is not installed (apt-get install python3-boto3)';
  },
  async run(ctx) {
    const py = (await findPython(ctx))!;
    const n = ctx.options.scriptN;
    const rows: Row[] = [];
    for (const latencyMs of ctx.options.scriptLatencies) {
      const table = await freshTable(ctx);
      ctx.log(`script: ${n} x ${py.command} analyze.py, ${latencyMs} ms`);
      const { result, wallMs, emulator } = await peerRun(ctx, n, latencyMs, async (ws, names) => {
        const failures: string[] = [];
        for (const name of names) {
          const exit = await runProcess(py.command, [ANALYZE_PY], {
            cwd: ws,
            env: {
              ...baseEnv(ctx, ws),
              S3_BUCKET: BUCKET,
              IMAGE_FILE: `images/${name}`,
              DDB_TABLE: table,
              GITHUB_HEAD_REF: 'bench/images',
            },
          });
          if (exit.code !== 0) failures.push(`${name}: ${exit.stderr.trim().split('\n').at(-1)}`);
        }
        return failures;
      });
      if (result.length) ctx.log(`script: ${result.length} failed, first: ${result[0]}`);
      rows.push(
        quotaRow({ wallMs, failed: result.length, peakRssKb: null }, n, BASE_TPS, {
          scenario: '7 peer',
          who: 'analyze.py',
          group: groupOf(BASE_TPS, 's3', latencyMs),
          setup: `original script: a ${py.command} process per image, in turn, N=${n}, ${BASE_TPS} TPS, ${latencyText(latencyMs)}`,
          peer: true,
          note: `boto3 ${py.boto3}; S3 + table as its workflow runs it; ${emulatorNote(emulator)}; peak RSS not measured`,
        }),
      );
    }
    return rows;
  },
};

/** One run of bench/peers/sdk-pool.ts, as its own Node process with the RSS probe. */
async function sdkPoolRun(ctx: BenchContext, transport: Transport, latencyMs: number) {
  const dir = await mkdtemp(join(tmpdir(), 'bench-peer-'));
  try {
    const rssFile = join(dir, 'rss.json');
    const args = ['--import', RSS_PRELOAD, SDK_POOL, '--workers', String(POOL_WORKERS)];
    if (transport === 's3') args.push('--bucket', BUCKET, '--table', await freshTable(ctx));
    const run = await peerRun(ctx, ctx.options.n, latencyMs, (workspace) =>
      runProcess(process.execPath, args, {
        cwd: workspace,
        env: { ...baseEnv(ctx, dir), BENCH_RSS_FILE: rssFile },
      }),
    );
    const probe = await readRssProbe(rssFile);
    const last = run.result.stdout.trim().split('\n').at(-1) ?? '';
    const summary = (() => {
      try {
        return JSON.parse(last) as { labeled: number; failed: number; errors: string[] };
      } catch {
        throw new Error(
          `sdk-pool printed no summary (exit ${run.result.code}): ${run.result.stderr}`,
        );
      }
    })();
    if (summary.errors.length)
      ctx.log(`sdk-pool: ${summary.failed} failed, e.g. ${summary.errors[0]}`);
    return { ...run, summary, probe };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** 7. A hand-written SDK v3 pool of 10 workers with adaptive retries, per transport and latency. */
export const sdkPool: Scenario = {
  id: 'sdk-pool',
  item: 7,
  title: 'Peer: SDK v3 pool, adaptive retries',
  async run(ctx) {
    const n = ctx.options.n;
    const rows: Row[] = [];
    for (const transport of ctx.options.transports) {
      for (const latencyMs of ctx.options.latencies) {
        ctx.log(`sdk-pool: ${n} images, ${transport}, ${POOL_WORKERS} workers, ${latencyMs} ms`);
        const { wallMs, emulator, summary, probe } = await sdkPoolRun(ctx, transport, latencyMs);
        const cpuMs = probe?.cpuMs ?? null;
        rows.push(
          quotaRow(
            { wallMs, failed: n - summary.labeled, peakRssKb: probe?.peakRssKb ?? null },
            n,
            BASE_TPS,
            {
              scenario: '7 peer',
              who: `SDK pool of ${POOL_WORKERS}`,
              group: groupOf(BASE_TPS, transport, latencyMs),
              setup: `SDK v3, adaptive retries, ${POOL_WORKERS} workers, ${TRANSPORT_LABEL[transport]}, N=${n}, ${BASE_TPS} TPS, ${latencyText(latencyMs)}`,
              peer: true,
              note: `${emulatorNote(emulator)}; ${cpuNote(cpuMs, emulator)}`,
            },
          ),
        );
      }
    }
    return rows;
  },
};
