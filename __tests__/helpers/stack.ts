import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { EmulatorOptions } from '../../local-stack/fault-injection.js';
import type { EmulatorConfig, EmulatorStats } from '../../local-stack/rekognition-emulator.js';
import type { LocalStackEndpoints } from '../../local-stack/stack.js';

export type { EmulatorConfig, EmulatorOptions, EmulatorStats };

export interface EmulatorAdmin {
  /** Merges `body` into the live emulator config. */
  config(body: EmulatorOptions): Promise<void>;
  stats(): Promise<EmulatorStats>;
  /** Zeroes the stats and restores the config the stack was started with. */
  reset(): Promise<void>;
}

export interface SpawnedStack {
  endpoints: LocalStackEndpoints;
  env: Record<string, string>;
  emulatorAdmin: EmulatorAdmin;
  stop(): Promise<void>;
}

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const READY_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 5_000;

async function adminCall(base: string, method: 'GET' | 'POST', path: string, body?: unknown) {
  const res = await fetch(`${base}/__emulator/${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`emulator admin ${method} ${path}: ${res.status} ${text}`);
  return JSON.parse(text) as unknown;
}

/**
 * Starts local-stack/cli.ts in a child process on random ports. `process.execPath` is the
 * Node running vitest, which is the project's Node 24 when tests run through npm.
 */
export async function spawnLocalStack(args: string[] = []): Promise<SpawnedStack> {
  const child = spawn(
    process.execPath,
    ['--openssl-legacy-provider', '--import', 'tsx', 'local-stack/cli.ts', ...args],
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

  const base = ready.endpoints.rekognition;
  return {
    endpoints: ready.endpoints,
    env: ready.env,
    emulatorAdmin: {
      config: async (body) => {
        await adminCall(base, 'POST', 'config', body);
      },
      stats: async () => (await adminCall(base, 'GET', 'stats')) as EmulatorStats,
      reset: async () => {
        await adminCall(base, 'POST', 'reset');
      },
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}
