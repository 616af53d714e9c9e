// Preloaded into the action's process by the benchmark (`node --import <this> dist/index.js`).
// On exit it writes the process's peak resident set size to $BENCH_RSS_FILE: getrusage's
// ru_maxrss (process.resourceUsage().maxRSS, KiB) and, on Linux, VmHWM from /proc/self/status,
// which is the same high-water mark as the kernel counts it, and the CPU time the process used.
// Nothing else is touched.
import { readFileSync, writeFileSync } from 'node:fs';
import { setInterval } from 'node:timers';

const out = process.env.BENCH_RSS_FILE;
// Where the memory is when RSS peaks: sampled every 100 ms (the heap, and the buffers outside
// it), so a peak can be told apart as live objects, garbage not yet collected, or buffers.
let atPeak = null;
if (out) {
  const sample = () => {
    const usage = process.memoryUsage();
    if (!atPeak || usage.rss > atPeak.rss) atPeak = usage;
  };
  setInterval(sample, 100).unref();
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
        atPeakMB: atPeak && {
          rss: mb(atPeak.rss),
          heapTotal: mb(atPeak.heapTotal),
          heapUsed: mb(atPeak.heapUsed),
          external: mb(atPeak.external),
          arrayBuffers: mb(atPeak.arrayBuffers),
        },
      }),
    );
  });
}

function mb(bytes) {
  return Math.round(bytes / 1048576);
}
