import { mkdtemp, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImageResult } from '../../src/action/image-result.js';
import { ResultSpool } from '../../src/action/result-spool.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'result-spool-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const labeled = (i: number): ImageResult => ({
  path: `images/${i} é "q"\n.png`,
  key: `rekognition-input/beta/images/${i}.png`,
  environment: 'beta',
  status: 'labeled',
  labels: [
    { name: `Label ${i} \u2028 😀`, confidence: 99.5 },
    { name: 'Pet', confidence: 90.25 },
  ],
  sha256: 'ab'.repeat(32),
});

describe('ResultSpool', () => {
  it('gives back every entry as put, in any order, before and after its bytes reach the file', () => {
    // 2,000 entries of ~300 bytes: several 64 KiB flushes and a pending tail.
    const n = 2000;
    const spool = new ResultSpool(join(dir, 's.jsonl'), n);
    try {
      const order = Array.from({ length: n }, (_, i) => (i * 7919) % n);
      order.forEach((i, k) => {
        spool.put(i, labeled(i));
        // A read in the middle of writing, of an entry still pending and of an early one.
        if (k === 1234) {
          expect(spool.get(i)).toEqual(labeled(i));
          expect(spool.get(order[0]!)).toEqual(labeled(order[0]!));
        }
      });
      for (let i = 0; i < n; i++) expect(spool.get(i)).toEqual(labeled(i));
    } finally {
      spool.close();
    }
  });

  it('keeps the facts in memory and the newest entry when one is put again', () => {
    const spool = new ResultSpool(join(dir, 's.jsonl'), 3);
    try {
      spool.put(0, { ...labeled(0), cached: true });
      spool.put(1, { ...labeled(1), status: 'uploaded', labels: [], note: 'waiting' });
      spool.put(2, { ...labeled(2), status: 'skipped', labels: [], error: 'refused' });
      expect([0, 1, 2].map((i) => spool.facts(i))).toEqual([
        { path: labeled(0).path, status: 'labeled', cached: true, noted: false },
        { path: labeled(1).path, status: 'uploaded', cached: false, noted: true },
        { path: labeled(2).path, status: 'skipped', cached: false, noted: false },
      ]);
      const arrived: ImageResult = { ...labeled(1), status: 'failed', error: 'The Lambda failed' };
      spool.put(1, arrived);
      expect(spool.get(1)).toEqual(arrived);
      expect(spool.facts(1)).toEqual({
        path: labeled(1).path,
        status: 'failed',
        cached: false,
        noted: false,
      });
      expect(spool.get(0)).toEqual({ ...labeled(0), cached: true });
    } finally {
      spool.close();
    }
  });

  it('holds a copy, not the object it was given, and lets the object go', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const spool = new ResultSpool(join(dir, 's.jsonl'), 1);
    try {
      let refs: WeakRef<object>[] = [];
      (() => {
        const result = labeled(0);
        spool.put(0, result);
        refs = [new WeakRef(result), new WeakRef(result.labels), new WeakRef(result.labels[0]!)];
        result.labels[0]!.name = 'changed after put';
      })();
      // A WeakRef keeps its target alive until the job that made it ends.
      await new Promise((resolve) => setImmediate(resolve));
      gc();
      expect(refs.map((r) => r.deref())).toEqual([undefined, undefined, undefined]);
      expect(spool.get(0)).toEqual(labeled(0));
    } finally {
      spool.close();
    }
  });

  it('reads a short entry exactly after a long one, whatever was read before it', () => {
    const long: ImageResult = {
      ...labeled(0),
      labels: Array.from({ length: 1000 }, (_, i) => ({ name: `Label ${i} 😀`, confidence: 60 })),
    };
    const spool = new ResultSpool(join(dir, 's.jsonl'), 3);
    try {
      const entries = [long, labeled(1), { ...labeled(2), labels: [] }];
      entries.forEach((entry, i) => spool.put(i, entry));
      for (const i of [0, 1, 0, 2, 1, 2, 0, 2]) {
        expect(spool.json(i)).toBe(JSON.stringify(entries[i]));
      }
    } finally {
      spool.close();
    }
  });

  it('refuses an index outside the run or not yet put, naming it', () => {
    const spool = new ResultSpool(join(dir, 's.jsonl'), 2);
    try {
      expect(() => spool.put(2, labeled(2))).toThrow('index 2 is outside 0..1');
      expect(() => spool.get(-1)).toThrow('index -1 is outside 0..1');
      expect(() => spool.get(1)).toThrow('no result at 1 yet');
      expect(() => spool.facts(1)).toThrow('no result at 1 yet');
    } finally {
      spool.close();
    }
  });

  it('is readable by the process alone and gone once closed', async () => {
    const file = join(dir, 's.jsonl');
    const spool = new ResultSpool(file, 1);
    spool.put(0, labeled(0));
    spool.get(0);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    spool.close();
    expect(existsSync(file)).toBe(false);
  });
});
