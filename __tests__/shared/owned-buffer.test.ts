import { describe, expect, it } from 'vitest';
import { freeBuffer, ownedBuffer } from '../../src/shared/owned-buffer.js';

describe('ownedBuffer and freeBuffer', () => {
  it('gives the memory back at once, through any view of it, without a collection', () => {
    const before = process.memoryUsage().arrayBuffers;
    const buffer = ownedBuffer(32 * 1024 * 1024);
    const view = buffer.subarray(0, 1000);
    expect(process.memoryUsage().arrayBuffers - before).toBeGreaterThanOrEqual(32 * 1024 * 1024);
    expect(freeBuffer(view)).toBe(true);
    expect(buffer.byteLength).toBe(0);
    expect(view.byteLength).toBe(0);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(1024 * 1024);
  });

  it('frees a buffer once: a second call leaves it alone', () => {
    const buffer = ownedBuffer(10);
    expect(freeBuffer(buffer)).toBe(true);
    expect(freeBuffer(buffer)).toBe(false);
  });

  it('never touches a buffer it did not allocate, nor a slice of Node’s shared pool', () => {
    const own = Buffer.allocUnsafeSlow(100).fill(3);
    const pooled = Buffer.from('a small string, in the shared pool');
    expect(freeBuffer(own)).toBe(false);
    expect(freeBuffer(pooled)).toBe(false);
    expect(own).toEqual(Buffer.alloc(100, 3));
    expect(pooled.toString()).toBe('a small string, in the shared pool');
  });
});
