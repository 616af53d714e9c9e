import { describe, expect, it } from 'vitest';
import {
  MemoryReclaimer,
  boundYoungGeneration,
  fullCollector,
} from '../../src/action/memory-reclaim.js';
import { memoryTuning } from '../../src/action/main.js';

const MiB = 1024 * 1024;

describe('memory reclaim (bytes mode)', () => {
  it('collects once per 32 MiB of image bytes released, not per image', () => {
    let collections = 0;
    const reclaimer = new MemoryReclaimer(() => collections++);
    for (let i = 0; i < 31; i++) reclaimer.released(MiB);
    expect(collections).toBe(0);
    reclaimer.released(MiB);
    expect(collections).toBe(1);
    for (let i = 0; i < 32; i++) reclaimer.released(MiB);
    expect(collections).toBe(2);
    reclaimer.released(40 * MiB);
    expect(collections).toBe(3);
    expect(reclaimer.collections).toBe(3);
  });

  it('gets a working full collection from the runtime', async () => {
    const collect = fullCollector();
    expect(typeof collect).toBe('function');
    // Why a WeakRef and not arrayBuffers: V8 frees buffer backing stores on a background
    // thread, so the external-memory figure can lag the collection that freed it.
    const ref = new WeakRef({ buffer: Buffer.alloc(MiB) });
    // A WeakRef keeps its target alive until the current job ends.
    await new Promise((resolve) => setImmediate(resolve));
    collect!();
    expect(ref.deref()).toBeUndefined();
  });
});

describe('REKOGNITION_LABEL_V8_TUNING', () => {
  it('turns both V8 adjustments off when set to off, for the benchmark to compare', () => {
    const off = memoryTuning({ REKOGNITION_LABEL_V8_TUNING: 'off' });
    expect(off.collectGarbage()).toBeUndefined();
    const on = memoryTuning({});
    expect(on.collectGarbage).toBe(fullCollector);
    expect(on.boundYoungGeneration).toBe(boundYoungGeneration);
  });
});
