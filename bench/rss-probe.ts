import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** The preload that records a measured process's peak RSS and CPU (`--import` it). */
export const RSS_PRELOAD = fileURLToPath(new URL('./rss-preload.mjs', import.meta.url));

/** process.memoryUsage() in MB at the highest RSS sampled. */
export interface MemoryAtPeak {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}

/** What the preload wrote on exit, as the bench uses it. */
export interface RssProbe {
  /** The process's own high-water mark (see rss-preload.mjs). */
  peakRssKb: number;
  cpuMs: number;
  atPeakMB: MemoryAtPeak | null;
}

/** Reads the file $BENCH_RSS_FILE pointed at; null when the process never wrote it. */
export async function readRssProbe(file: string): Promise<RssProbe | null> {
  const text = await readFile(file, 'utf8').catch(() => null);
  if (!text) return null;
  const probe = JSON.parse(text) as {
    peakRssKb: number;
    userCpuMs: number;
    systemCpuMs: number;
    atPeakMB?: MemoryAtPeak | null;
  };
  return {
    peakRssKb: probe.peakRssKb,
    cpuMs: probe.userCpuMs + probe.systemCpuMs,
    atPeakMB: probe.atPeakMB ?? null,
  };
}
