import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { GitHubApiControl } from '../../local-stack/github-api.js';
import type {
  DynamoShimOptions,
  DynamoShimStats,
  EmulatorOptions,
  EmulatorStats,
  HeldRequest,
  LocalStackEndpoints,
  ReleaseFilter,
  S3FaultOptions,
  S3FaultStats,
  WaitFilter,
} from '../../local-stack/stack.js';

export type {
  DynamoShimConfig,
  DynamoShimOptions,
  DynamoShimStats,
  EmulatorConfig,
  EmulatorOptions,
  EmulatorStats,
  HeldRequest,
  ReleaseFilter,
  S3FaultConfig,
  S3FaultOptions,
  S3FaultStats,
  WaitFilter,
} from '../../local-stack/stack.js';
export type {
  GitHubApiControl,
  GitHubFaultRule,
  GitHubFaultState,
  GitHubRecords,
  GitHubRequestRecord,
  GitHubTokens,
  GitHubWriteRecord,
  IssueComment,
  PullFile,
  PullFileInput,
  SeedComment,
} from '../../local-stack/github-api.js';

/** One service's fault-injection admin endpoint, over HTTP. */
export interface GateAdmin<Options, Stats> {
  /** Merges `body` into the live config; rejects (with the 400's message) when invalid. */
  config(body: Options): Promise<void>;
  stats(): Promise<Stats>;
  /** Zeroes the stats, restores the config the stack was started with, releases held calls. */
  reset(): Promise<void>;
  /** Releases held requests (all without a filter); resolves with how many. */
  release(filter?: ReleaseFilter): Promise<number>;
  /** Resolves once at least `count` (default 1) matching requests are held. */
  waitForHeld(filter?: WaitFilter): Promise<HeldRequest[]>;
}

export type EmulatorAdmin = GateAdmin<EmulatorOptions, EmulatorStats>;
/** `/__shim/...` on the DynamoDB port. */
export type DynamoAdmin = GateAdmin<DynamoShimOptions, DynamoShimStats>;
/** `/__s3/...` on the S3 port. */
export type S3Admin = GateAdmin<S3FaultOptions, S3FaultStats>;

/**
 * The local GitHub API's control over HTTP (`/__github/...` on its port): the same calls as
 * `stack.github` in process, each a promise; a 4xx rejects with the endpoint's message.
 */
export type GitHubAdmin = {
  [K in keyof GitHubApiControl]: (
    ...args: Parameters<GitHubApiControl[K]>
  ) => Promise<ReturnType<GitHubApiControl[K]>>;
};

export interface SpawnedStack {
  endpoints: LocalStackEndpoints;
  env: Record<string, string>;
  emulatorAdmin: EmulatorAdmin;
  dynamodbAdmin: DynamoAdmin;
  s3Admin: S3Admin;
  githubAdmin: GitHubAdmin;
  stop(): Promise<void>;
}

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const READY_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 5_000;

type AdminMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

async function adminCall(base: string, method: AdminMethod, path: string, body?: unknown) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`admin ${method} ${path}: ${res.status} ${text}`);
  return JSON.parse(text) as unknown;
}

/** The admin helpers of the endpoint at `base` + `prefix` (e.g. `/__shim/`). */
function gateAdmin<Options, Stats>(base: string, prefix: string): GateAdmin<Options, Stats> {
  const call = (method: 'GET' | 'POST', name: string, body?: unknown) =>
    adminCall(base, method, `${prefix}${name}`, body);
  return {
    config: async (body) => {
      await call('POST', 'config', body);
    },
    stats: async () => (await call('GET', 'stats')) as Stats,
    reset: async () => {
      await call('POST', 'reset');
    },
    release: async (filter = {}) =>
      ((await call('POST', 'release', filter)) as { released: number }).released,
    waitForHeld: async (filter = {}) =>
      ((await call('POST', 'wait', filter)) as { held: HeldRequest[] }).held,
  };
}

/** The admin client of the local GitHub API at `base` (in this process or another). */
export function githubAdmin(base: string): GitHubAdmin {
  const call = async <T>(method: AdminMethod, path: string, body?: unknown) =>
    (await adminCall(base, method, `/__github/${path}`, body)) as T;
  const issue = (owner: string, repo: string, kind: 'pulls' | 'issues', n: number) =>
    `repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/${kind}/${n}`;
  return {
    setPullFiles: (owner, repo, n, files) =>
      call('PUT', `${issue(owner, repo, 'pulls', n)}/files`, files),
    seedComment: (owner, repo, n, comment) =>
      call('POST', `${issue(owner, repo, 'issues', n)}/comments`, comment),
    comments: (owner, repo, n) => call('GET', `${issue(owner, repo, 'issues', n)}/comments`),
    records: () => call('GET', 'records'),
    clearRecords: async () => {
      await call('DELETE', 'records');
    },
    setFaults: (rules) => call('PUT', 'faults', rules),
    faults: () => call('GET', 'faults'),
    setTokens: (tokens) => call('PUT', 'tokens', tokens),
    tokens: () => call('GET', 'tokens'),
    reset: async () => {
      await call('POST', 'reset');
    },
  };
}

/**
 * Starts local-stack/cli.ts in a child process on random ports. `process.execPath` is the
 * Node running vitest, which is the project's Node 24 when tests run through npm.
 */
export async function spawnLocalStack(args: string[] = []): Promise<SpawnedStack> {
  const child = spawn(
    process.execPath,
    [
      '--openssl-legacy-provider',
      ...(process.env.STACK_NODE_ARGS ?? '').split(' ').filter(Boolean),
      '--import',
      'tsx',
      'local-stack/cli.ts',
      ...args,
    ],
    { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env } },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );

  const ready = await new Promise<{ endpoints: LocalStackEndpoints; env: Record<string, string> }>(
    (resolve, reject) => {
      let stdout = '';
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`local stack not ready after ${READY_TIMEOUT_MS} ms; stderr:\n${stderr}`));
      }, READY_TIMEOUT_MS);
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        stdout += chunk;
        let newline: number;
        while ((newline = stdout.indexOf('\n')) >= 0) {
          const line = stdout.slice(0, newline).trim();
          stdout = stdout.slice(newline + 1);
          try {
            const parsed = JSON.parse(line) as { ready?: boolean };
            if (parsed.ready) {
              clearTimeout(timer);
              resolve(parsed as never);
              return;
            }
          } catch {
            // Not the ready line.
          }
        }
      });
      void exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`local stack exited with code ${code} before ready; stderr:\n${stderr}`));
      });
    },
  );

  return {
    endpoints: ready.endpoints,
    env: ready.env,
    emulatorAdmin: gateAdmin(ready.endpoints.rekognition, '/__emulator/'),
    dynamodbAdmin: gateAdmin(ready.endpoints.dynamodb, '/__shim/'),
    s3Admin: gateAdmin(ready.endpoints.s3, '/__s3/'),
    // The CLI always starts the GitHub API; an empty base would fail every call loudly.
    githubAdmin: githubAdmin(ready.endpoints.github ?? ''),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}
