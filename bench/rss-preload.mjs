// Preloaded into a measured process by the benchmark (`node --import <this> dist/index.js`).
// On exit it writes the process's peak resident set size to $BENCH_RSS_FILE as `peakRssKb`,
// and the CPU time the process used. Nothing else is touched.
//
// The peak is VmHWM from /proc/self/status, not getrusage's ru_maxrss: a child's ru_maxrss
// starts at the RSS of the benchmark process it was forked from (Linux keeps the forked
// copy's high-water mark across exec), so a 41 MB child of a 350 MB parent reports 305 MB.
// The memory rows up to the run 2026-11-28-6 read ru_maxrss, so none was lower than the bench's
// RSS at the spawn. ru_maxrss is the fallback where /proc is missing, and is kept in the file as
// `maxRssKb` so the two can be compared.
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
        peakRssKb: vmHwmKb ?? usage.maxRSS,
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
