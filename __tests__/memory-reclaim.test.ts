import { describe, expect, it } from 'vitest';
import { MemoryReclaimer, fullCollector } from '../src/memory-reclaim.js';

const MiB = 1024 * 1024;

describe('memory reclaim (bytes mode)', () => {
  it('collects once per 4 MiB of image bytes released, not per image', () => {
    let collections = 0;
    const reclaimer = new MemoryReclaimer(() => collections++);
    for (let i = 0; i < 7; i++) reclaimer.released(MiB);
    expect(collections).toBe(1);
    reclaimer.released(MiB);
    expect(collections).toBe(2);
    reclaimer.released(20 * MiB);
    expect(collections).toBe(3);
    expect(reclaimer.collections).toBe(3);
  });

  it('gets a working full collection from the runtime', () => {
    const collect = fullCollector();
    expect(typeof collect).toBe('function');
    const holder: { buffer?: Buffer } = { buffer: Buffer.alloc(32 * MiB) };
    const external = process.memoryUsage().arrayBuffers;
    expect(holder.buffer?.length).toBe(32 * MiB);
    delete holder.buffer;
    collect!();
    expect(process.memoryUsage().arrayBuffers).toBeLessThan(external - 16 * MiB);
  });
});
