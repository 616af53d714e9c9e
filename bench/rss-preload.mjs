// Preloaded into the action's process by the benchmark (`node --import <this> dist/index.js`).
// On exit it writes the process's peak resident set size to $BENCH_RSS_FILE: getrusage's
// ru_maxrss (process.resourceUsage().maxRSS, KiB) and, on Linux, VmHWM from /proc/self/status,
// which is the same high-water mark as the kernel counts it, and the CPU time the process used.
// Nothing else is touched.
import { readFileSync, writeFileSync } from 'node:fs';

const out = process.env.BENCH_RSS_FILE;
if (out) {
  process.on('exit', () => {
    let vmHwmKb = null;
    try {
      const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
      if (match) vmHwmKb = Number(match[1]);
    } catch {
      // Not Linux.
    }
    const usage = process.resourceUsage();
    writeFileSync(
      out,
      JSON.stringify({
        maxRssKb: usage.maxRSS,
        vmHwmKb,
        userCpuMs: usage.userCPUTime / 1000,
        systemCpuMs: usage.systemCPUTime / 1000,
      }),
    );
  });
}
