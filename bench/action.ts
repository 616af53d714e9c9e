import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBundledAction } from '../local-stack/action-runner.js';
import { RSS_PRELOAD, readRssProbe, type MemoryAtPeak } from './rss-probe.js';
import { parseAwsRequestsLine, type AwsRequestCounts } from './stats.js';

export interface BenchActionOptions {
  /** The bundle to run (dist/index.js by default in the CLI). */
  bundle: string;
  workspace: string;
  inputs: Record<string, string>;
  /** The stack's environment (endpoints, credentials). */
  env: Record<string, string>;
  /** Preload bench/rss-preload.mjs to record the peak RSS (default true). */
  measureRss?: boolean;
  /** Extra node arguments for the action's process, for diagnosis only (e.g. --trace-gc). */
  nodeArgs?: string[];
}

export interface BenchActionRun {
  exitCode: number | null;
  /** Epoch ms (sub-ms precision) just before spawn, comparable with the emulator's stamps. */
  spawnedAt: number;
  /** Spawn to exit. */
  wallMs: number;
  stdout: string;
  stderr: string;
  /** When each stdout line arrived, ms after spawn (for phases the action logs). */
  lineTimes: { ms: number; line: string }[];
  outputs: Record<string, string>;
  /** Peak RSS of the action's process, KiB (ru_maxrss), when measured. */
  peakRssKb: number | null;
  /** User + system CPU time of the action's process, when measured. */
  cpuMs: number | null;
  /** process.memoryUsage() in MB at the highest RSS sampled (every 100 ms), when measured. */
  atPeakMB: MemoryAtPeak | null;
  /** From the action's own log line "AWS requests: N (throttled T, retried R)". */
  aws: AwsRequestCounts | null;
  counts: { total: number; labeled: number; cached: number; failed: number; other: number };
}

interface ResultEntry {
  status: string;
  cached?: boolean;
}

/** For profiling: `BENCH_ACTION_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' npm run bench`. */
const EXTRA_NODE_ARGS = (process.env.BENCH_ACTION_NODE_ARGS ?? '').split(' ').filter(Boolean);
/** For experiments: `BENCH_ACTION_ENV='MALLOC_ARENA_MAX=2 FOO=bar'` adds variables to the action's. */
const EXTRA_ENV = Object.fromEntries(
  (process.env.BENCH_ACTION_ENV ?? '')
    .split(' ')
    .filter((pair) => pair.includes('='))
    .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
);

/**
 * A push to a feature branch: environment `beta` (auto), as on a pull request, without the
 * pull-request review (its cost is its own: the files API, a comparison, a comment).
 */
const benchPushEvent = {
  ref: 'refs/heads/bench/images',
  before: '0'.repeat(40),
  after: 'b'.repeat(40),
  repository: { default_branch: 'main' },
};
const BENCH_PUSH_ENV = {
  GITHUB_EVENT_NAME: 'push',
  GITHUB_REF: 'refs/heads/bench/images',
  GITHUB_REF_NAME: 'bench/images',
  GITHUB_HEAD_REF: '',
  GITHUB_SHA: 'b'.repeat(40),
};

/**
 * Runs the bundled action the way a GitHub runner does (a fresh `node <bundle>`, inputs in
 * INPUT_* variables, the runner's files for outputs, summary and event), on a push to a branch.
 * It is local-stack/action-runner.ts with the RSS probe preloaded and stdout lines timed.
 */
export async function runAction(options: BenchActionOptions): Promise<BenchActionRun> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-runner-'));
  try {
    const rssFile = join(dir, 'rss.json');
    const measureRss = options.measureRss ?? true;
    let partial = '';
    const lineTimes: BenchActionRun['lineTimes'] = [];
    const run = await runBundledAction({
      workspace: options.workspace,
      runnerDir: dir,
      bundle: options.bundle,
      inputs: options.inputs,
      event: benchPushEvent,
      nodeArgs: [
        ...EXTRA_NODE_ARGS,
        ...(options.nodeArgs ?? []),
        ...(measureRss ? ['--import', RSS_PRELOAD] : []),
      ],
      env: {
        ...BENCH_PUSH_ENV,
        ...(measureRss ? { BENCH_RSS_FILE: rssFile } : {}),
        ...EXTRA_ENV,
        ...options.env,
      },
      onStdout: (chunk, ms) => {
        const lines = (partial + chunk).split('\n');
        partial = lines.pop()!;
        for (const line of lines) lineTimes.push({ ms, line });
      },
    });
    const { exitCode, spawnedAt, stdout, stderr, outputs } = run;
    const wallMs = run.ms;
    const probe = measureRss ? await readRssProbe(rssFile) : null;
    const peakRssKb = probe?.peakRssKb ?? null;
    const cpuMs = probe?.cpuMs ?? null;
    const atPeakMB = probe?.atPeakMB ?? null;
    const results = outputs['results-file']
      ? (JSON.parse(await readFile(outputs['results-file'], 'utf8')) as ResultEntry[])
      : [];
    const counts = { total: results.length, labeled: 0, cached: 0, failed: 0, other: 0 };
    for (const r of results) {
      if (r.status === 'labeled') counts.labeled++;
      else if (r.status === 'failed') counts.failed++;
      else counts.other++;
      if (r.cached) counts.cached++;
    }
    return {
      exitCode,
      spawnedAt,
      wallMs,
      stdout,
      stderr,
      lineTimes,
      outputs,
      peakRssKb,
      cpuMs,
      atPeakMB,
      aws: parseAwsRequestsLine(stdout),
      counts,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
