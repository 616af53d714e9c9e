import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseOutputs, pullRequestEvent } from '../local-stack/action-runner.js';
import { parseAwsRequestsLine, type AwsRequestCounts } from './stats.js';

const RSS_PRELOAD = fileURLToPath(new URL('./rss-preload.mjs', import.meta.url));

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
  /** From the action's own log line "AWS requests: N (throttled T, retried R)". */
  aws: AwsRequestCounts | null;
  counts: { total: number; labeled: number; cached: number; failed: number; other: number };
}

interface ResultEntry {
  status: string;
  cached?: boolean;
}

const epochNow = () => performance.timeOrigin + performance.now();

/**
 * Runs the bundled action the way a GitHub runner does (a fresh `node <bundle>`, inputs in
 * INPUT_* variables, the runner's files for outputs, summary and event), on a pull request.
 * Unlike local-stack/action-runner.ts it takes the bundle path and can preload the RSS probe.
 */
export async function runAction(options: BenchActionOptions): Promise<BenchActionRun> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-runner-'));
  try {
    const files = {
      output: join(dir, 'output'),
      summary: join(dir, 'summary.md'),
      event: join(dir, 'event.json'),
      rss: join(dir, 'rss.json'),
    };
    await writeFile(files.output, '');
    await writeFile(files.summary, '');
    await writeFile(files.event, JSON.stringify(pullRequestEvent(7, 'bench000')));
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: dir,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_EVENT_PATH: files.event,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_HEAD_REF: 'bench/images',
      GITHUB_SHA: 'bench000',
      GITHUB_REPOSITORY: 'pixel-learning/course-images',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '9001',
      GITHUB_ACTION: 'label',
      RUNNER_TEMP: dir,
      ...options.env,
    };
    const measureRss = options.measureRss ?? true;
    if (measureRss) env.BENCH_RSS_FILE = files.rss;
    for (const [name, value] of Object.entries(options.inputs)) {
      env[`INPUT_${name.toUpperCase()}`] = value;
    }

    const args = [
      ...(options.nodeArgs ?? []),
      ...(measureRss ? ['--import', RSS_PRELOAD] : []),
      options.bundle,
    ];
    const spawnedAt = epochNow();
    const child = spawn(process.execPath, args, { cwd: options.workspace, env });
    let stdout = '';
    let stderr = '';
    let partial = '';
    const lineTimes: BenchActionRun['lineTimes'] = [];
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      stdout += c;
      const ms = epochNow() - spawnedAt;
      const lines = (partial + c).split('\n');
      partial = lines.pop()!;
      for (const line of lines) lineTimes.push({ ms, line });
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', resolve);
    });
    const wallMs = epochNow() - spawnedAt;

    const outputs = parseOutputs(await readFile(files.output, 'utf8'));
    let peakRssKb: number | null = null;
    let cpuMs: number | null = null;
    if (measureRss) {
      const text = await readFile(files.rss, 'utf8').catch(() => null);
      if (text) {
        const probe = JSON.parse(text) as {
          maxRssKb: number;
          userCpuMs: number;
          systemCpuMs: number;
        };
        peakRssKb = probe.maxRssKb;
        cpuMs = probe.userCpuMs + probe.systemCpuMs;
      }
    }
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
      aws: parseAwsRequestsLine(stdout),
      counts,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
