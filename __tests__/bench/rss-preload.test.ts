import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const PRELOAD = fileURLToPath(new URL('../../bench/rss-preload.mjs', import.meta.url));
const PARENT_MB = 300;

/**
 * A parent holding PARENT_MB of touched memory spawns a bare Node process with the probe, as
 * the benchmark spawns the action. The parent is its own process so the test's worker stays
 * small; it prints what the probe wrote.
 */
const parent = `
const { spawnSync } = require('node:child_process');
const held = Buffer.alloc(${PARENT_MB} * 1048576, 1);
const r = spawnSync(process.execPath, ['--import', process.argv[1], '-e', ''], { stdio: 'inherit' });
process.exitCode = r.status ?? 1;
if (held[0] !== 1) process.exitCode = 2;
`;

describe('bench RSS probe', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(process.platform !== 'linux')(
    'reports the measured process’s own peak, not the RSS of the process that spawned it',
    () => {
      dir = mkdtempSync(join(tmpdir(), 'rss-probe-'));
      const file = join(dir, 'rss.json');
      const run = spawnSync(process.execPath, ['-e', parent, PRELOAD], {
        env: { ...process.env, BENCH_RSS_FILE: file },
        encoding: 'utf8',
      });
      expect(run.status, run.stderr).toBe(0);
      const probe = JSON.parse(readFileSync(file, 'utf8')) as {
        peakRssKb: number;
        maxRssKb: number;
        userCpuMs: number;
      };
      // getrusage counts the forked copy of the parent: the reason the probe does not use it.
      expect(probe.maxRssKb / 1024).toBeGreaterThan(PARENT_MB);
      // A bare Node process is a few tens of MB.
      expect(probe.peakRssKb / 1024).toBeLessThan(120);
      expect(probe.peakRssKb).toBeGreaterThan(10 * 1024);
      expect(probe.userCpuMs).toBeGreaterThan(0);
    },
  );
});
