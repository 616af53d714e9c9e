import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUNDLE = fileURLToPath(new URL('../dist/index.js', import.meta.url));

export interface ActionRun {
  exitCode: number | null;
  /** The runner's files, kept for inspection. */
  files: { output: string; summary: string; event: string };
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  ms: number;
  /** Epoch ms (sub-ms precision) just before spawn, comparable with the emulator's stamps. */
  spawnedAt: number;
}

export interface ActionRunOptions {
  workspace: string;
  inputs: Record<string, string>;
  /** Written to GITHUB_EVENT_PATH. */
  event: unknown;
  env?: Record<string, string>;
  /** Where the runner's files go; a fresh temp directory by default. */
  runnerDir?: string;
  /** The bundle to run; default the committed dist/index.js. */
  bundle?: string;
  /** Node arguments before the bundle (the benchmark's RSS probe preload). */
  nodeArgs?: string[];
  /** Each stdout chunk as it arrives, with the ms since spawn. */
  onStdout?: (chunk: string, ms: number) => void;
}

/** Parses the GITHUB_OUTPUT heredoc format that @actions/core writes. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^(.+?)<<(ghadelimiter_[^\n]+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}

/**
 * Runs the committed bundle as the runner does: a fresh `node dist/index.js`
 * process, inputs in INPUT_* variables, and the runner's files for outputs,
 * the job summary and the event payload.
 */
export async function runBundledAction(options: ActionRunOptions): Promise<ActionRun> {
  const dir = options.runnerDir ?? (await mkdtemp(join(tmpdir(), 'runner-')));
  await mkdir(dir, { recursive: true });
  const files = {
    output: join(dir, 'output'),
    summary: join(dir, 'summary.md'),
    event: join(dir, 'event.json'),
  };
  await writeFile(files.output, '');
  await writeFile(files.summary, '');
  await writeFile(files.event, JSON.stringify(options.event));

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'pixel-learning/course-images',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '9001',
    GITHUB_ACTION: 'label',
    RUNNER_TEMP: dir,
    ...options.env,
  };
  // Pull-request review (only-changed, compare-environment) is off unless a test names it: the
  // tests of labeling run on pull_request events without a git checkout or a GitHub API.
  const inputs = { 'only-changed': 'false', 'compare-environment': '', ...options.inputs };
  for (const [name, value] of Object.entries(inputs)) {
    // The runner upper-cases the name and keeps dashes.
    env[`INPUT_${name.toUpperCase()}`] = value;
  }

  const started = performance.now();
  const spawnedAt = performance.timeOrigin + started;
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), options.bundle ?? BUNDLE], {
    cwd: options.workspace,
    env,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => {
    stdout += c;
    options.onStdout?.(c, performance.now() - started);
  });
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const ms = performance.now() - started;
  return {
    exitCode,
    files,
    stdout,
    stderr,
    outputs: parseOutputs(await readFile(files.output, 'utf8')),
    summary: await readFile(files.summary, 'utf8'),
    ms,
    spawnedAt,
  };
}

export const pullRequestEvent = (number: number, headSha: string) => ({
  pull_request: { number, head: { sha: headSha, ref: 'feature/photos' } },
  repository: { default_branch: 'main' },
});

/** The runner's variables for a pull request's merge-ref run. */
export const pullRequestEnv = (
  number: number,
  headRef = 'feature/photos',
  sha = 'merge0000',
): Record<string, string> => ({
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_REF: `refs/pull/${number}/merge`,
  GITHUB_HEAD_REF: headRef,
  GITHUB_SHA: sha,
});

export const pushEvent = () => ({ repository: { default_branch: 'main' } });
