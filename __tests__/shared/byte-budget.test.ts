import { describe, expect, it } from 'vitest';
import { ByteBudget } from '../../src/shared/byte-budget.js';

const flush = async (rounds = 3) => {
  for (let i = 0; i < rounds; i++) await new Promise<void>((resolve) => setImmediate(resolve));
};

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Starts one task per size, each waiting on its own gate; reports which have started. */
function gated(budget: ByteBudget, sizes: number[]) {
  const gates = sizes.map(() => deferred());
  const started: number[] = [];
  const done = sizes.map((size, i) =>
    budget.run(size, async () => {
      started.push(i);
      await gates[i]!.promise;
      return i;
    }),
  );
  return { gates, started, done };
}

describe('ByteBudget', () => {
  it('rejects a capacity that is not positive', () => {
    expect(() => new ByteBudget(0)).toThrow(RangeError);
    expect(() => new ByteBudget(-1)).toThrow(RangeError);
  });

  it('runs tasks at once while their bytes fit, and holds the rest', async () => {
    const budget = new ByteBudget(10);
    const { gates, started, done } = gated(budget, [3, 3, 3, 3]);
    await flush();
    expect(started).toEqual([0, 1, 2]);
    expect(budget.inUse).toBe(9);
    gates[1]!.resolve();
    await flush();
    expect(started).toEqual([0, 1, 2, 3]);
    gates.forEach((g) => g.resolve());
    await expect(Promise.all(done)).resolves.toEqual([0, 1, 2, 3]);
    expect(budget.inUse).toBe(0);
    expect(budget.maxInUse).toBe(9);
  });

  it('starts tasks in arrival order: a large one is not overtaken by later small ones', async () => {
    const budget = new ByteBudget(10);
    const { gates, started, done } = gated(budget, [6, 8, 1, 1]);
    await flush();
    // 8 does not fit beside 6; the small ones queue behind it instead of jumping ahead.
    expect(started).toEqual([0]);
    gates[0]!.resolve();
    await flush();
    expect(started).toEqual([0, 1, 2, 3]); // 8 + 1 + 1 = 10
    gates.forEach((g) => g.resolve());
    await Promise.all(done);
  });

  it('runs a task larger than the whole budget alone', async () => {
    const budget = new ByteBudget(10);
    const { gates, started, done } = gated(budget, [2, 25, 2]);
    await flush();
    expect(started).toEqual([0]);
    gates[0]!.resolve();
    await flush();
    expect(started).toEqual([0, 1]);
    expect(budget.inUse).toBe(25);
    gates[1]!.resolve();
    await flush();
    expect(started).toEqual([0, 1, 2]);
    gates[2]!.resolve();
    await Promise.all(done);
    expect(budget.inUse).toBe(0);
  });

  it('gives the bytes back when a task fails, and passes the error on', async () => {
    const budget = new ByteBudget(10);
    const boom = new Error('unreadable');
    const failing = budget.run(8, async () => {
      throw boom;
    });
    const next = budget.run(8, async () => 'read');
    await expect(failing).rejects.toBe(boom);
    await expect(next).resolves.toBe('read');
    expect(budget.inUse).toBe(0);
  });

  it('gives the bytes back early when the task releases them, once only', async () => {
    const budget = new ByteBudget(10);
    const reply = deferred();
    let startedSecond = false;
    const first = budget.run(8, async (release) => {
      release();
      release(); // a second call must not give back bytes it no longer holds
      await reply.promise;
    });
    const second = budget.run(8, async () => {
      startedSecond = true;
    });
    await flush();
    // The first task still runs (waiting for its reply), yet its bytes already let the next in.
    expect(startedSecond).toBe(true);
    await second;
    expect(budget.inUse).toBe(0);
    reply.resolve();
    await first;
    expect(budget.inUse).toBe(0);
  });

  it('treats a negative size as zero', async () => {
    const budget = new ByteBudget(10);
    await expect(budget.run(-5, async () => budget.inUse)).resolves.toBe(0);
  });
});
