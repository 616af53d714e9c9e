import { describe, expect, it } from 'vitest';
import { AdaptiveLimiter } from '../../src/shared/adaptive-limiter.js';

const flush = async (rounds = 3) => {
  for (let i = 0; i < rounds; i++) await new Promise<void>((resolve) => setImmediate(resolve));
};

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A manual clock for the cooldown. */
function manualNow(start = 10_000) {
  const state = { t: start };
  return { state, now: () => state.t };
}

/** Starts tasks that each wait for their own gate; reports which have started. */
function gatedTasks(limiter: AdaptiveLimiter, count: number) {
  const gates = Array.from({ length: count }, () => deferred<number>());
  const started: number[] = [];
  const results = gates.map((gate, i) =>
    limiter.run(async () => {
      started.push(i);
      return gate.promise;
    }),
  );
  return { gates, started, results };
}

describe('AdaptiveLimiter concurrency', () => {
  it('never runs more than max tasks at once (50 tasks, max 5)', async () => {
    const limiter = new AdaptiveLimiter(5, () => 0);
    let active = 0;
    let peak = 0;
    const tasks = Array.from({ length: 50 }, (_, i) =>
      limiter.run(async () => {
        active++;
        peak = Math.max(peak, active);
        // Uneven task lengths so slots free up in varying order.
        for (let k = 0; k < (i % 4) + 1; k++) await new Promise((r) => setImmediate(r));
        active--;
        return i * 2;
      }),
    );
    const results = await Promise.all(tasks);
    expect(results).toEqual(Array.from({ length: 50 }, (_, i) => i * 2));
    expect(peak).toBe(5);
    expect(limiter.maxInFlight).toBe(5);
    expect(active).toBe(0);
  });

  it('starts waiting tasks as slots free up', async () => {
    const limiter = new AdaptiveLimiter(2, () => 0);
    const { gates, started, results } = gatedTasks(limiter, 4);
    await flush();
    expect(started).toEqual([0, 1]);
    gates[0]!.resolve(0);
    await flush();
    expect(started).toEqual([0, 1, 2]);
    gates[2]!.resolve(2);
    await flush();
    expect(started).toEqual([0, 1, 2, 3]);
    gates[1]!.resolve(1);
    gates[3]!.resolve(3);
    await expect(Promise.all(results)).resolves.toEqual([0, 1, 2, 3]);
  });

  it('frees the slot when a task fails, and passes the error on', async () => {
    const limiter = new AdaptiveLimiter(1, () => 0);
    const boom = new Error('boom');
    const first = limiter.run(async () => {
      throw boom;
    });
    const second = limiter.run(async () => 'second');
    await expect(first).rejects.toBe(boom);
    await expect(second).resolves.toBe('second');
  });

  it('reports the peak in flight, not the limit', async () => {
    const limiter = new AdaptiveLimiter(10, () => 0);
    expect(limiter.maxInFlight).toBe(0);
    await Promise.all([limiter.run(async () => flush()), limiter.run(async () => flush())]);
    expect(limiter.maxInFlight).toBe(2);
    expect(limiter.current).toBe(10);
  });
});

describe('AdaptiveLimiter onThrottle', () => {
  it('halves the limit on a throttle', () => {
    const clock = manualNow();
    const limiter = new AdaptiveLimiter(8, clock.now);
    expect(limiter.current).toBe(8);
    limiter.onThrottle();
    expect(limiter.current).toBe(4);
  });

  it('counts throttles within the cooldown once, and halves again after it', () => {
    const clock = manualNow();
    const limiter = new AdaptiveLimiter(8, clock.now, { decreaseCooldownMs: 250 });
    limiter.onThrottle();
    expect(limiter.current).toBe(4);
    clock.state.t += 100;
    limiter.onThrottle();
    expect(limiter.current).toBe(4);
    clock.state.t += 149; // 249 ms after the first decrease
    limiter.onThrottle();
    expect(limiter.current).toBe(4);
    clock.state.t += 1; // 250 ms: the cooldown is over
    limiter.onThrottle();
    expect(limiter.current).toBe(2);
  });

  it('measures the cooldown from the last decrease, not the last throttle', () => {
    const clock = manualNow();
    const limiter = new AdaptiveLimiter(16, clock.now, { decreaseCooldownMs: 250 });
    limiter.onThrottle(); // 16 -> 8 at t=0
    clock.state.t += 200;
    limiter.onThrottle(); // ignored
    clock.state.t += 60; // 260 ms after the decrease, 60 ms after the ignored throttle
    limiter.onThrottle();
    expect(limiter.current).toBe(4);
  });

  it('uses a 250 ms cooldown by default', () => {
    const clock = manualNow();
    const limiter = new AdaptiveLimiter(8, clock.now);
    limiter.onThrottle();
    clock.state.t += 249;
    limiter.onThrottle();
    expect(limiter.current).toBe(4);
    clock.state.t += 1;
    limiter.onThrottle();
    expect(limiter.current).toBe(2);
  });

  it('never goes below 1', () => {
    const clock = manualNow();
    const limiter = new AdaptiveLimiter(3, clock.now, { decreaseCooldownMs: 250 });
    const seen: number[] = [];
    for (let i = 0; i < 5; i++) {
      limiter.onThrottle();
      seen.push(limiter.current);
      clock.state.t += 1000;
    }
    expect(seen).toEqual([1, 1, 1, 1, 1]); // 3 -> 1.5 -> 1 (floor)
  });

  it('lets queued tasks start only once in-flight tasks are under the lowered limit', async () => {
    const limiter = new AdaptiveLimiter(4, () => 0);
    const { gates, started, results } = gatedTasks(limiter, 6);
    await flush();
    expect(started).toEqual([0, 1, 2, 3]);
    limiter.onThrottle(); // limit 4 -> 2 while 4 are in flight
    expect(limiter.current).toBe(2);
    gates[0]!.resolve(0);
    await flush();
    expect(started).toEqual([0, 1, 2, 3]); // 3 in flight, limit 2
    gates[1]!.resolve(1);
    await flush();
    expect(started).toEqual([0, 1, 2, 3]); // 2 in flight, limit 2
    gates[2]!.resolve(2);
    await flush();
    expect(started).toEqual([0, 1, 2, 3, 4]); // 1 in flight: one more fits
    gates[3]!.resolve(3);
    gates[4]!.resolve(4);
    gates[5]!.resolve(5);
    await expect(Promise.all(results)).resolves.toEqual([0, 1, 2, 3, 4, 5]);
    expect(limiter.maxInFlight).toBe(4);
  });
});

describe('AdaptiveLimiter onSuccess', () => {
  it('grows additively (1/limit per success), not straight back to max', () => {
    const clock = manualNow();
    const limiter = new AdaptiveLimiter(8, clock.now);
    for (let i = 0; i < 3; i++) {
      limiter.onThrottle();
      clock.state.t += 1000;
    }
    expect(limiter.current).toBe(1);
    const seen: number[] = [];
    for (let i = 0; i < 6; i++) {
      limiter.onSuccess();
      seen.push(limiter.current);
    }
    // 1 -> 2 -> 2.5 -> 2.9 -> 3.24 -> 3.55 -> 3.83
    expect(seen).toEqual([2, 2, 2, 3, 3, 3]);
  });

  it('gets back to max and never above it', () => {
    const clock = manualNow();
    const limiter = new AdaptiveLimiter(8, clock.now);
    limiter.onThrottle();
    expect(limiter.current).toBe(4);
    let previous = limiter.current;
    for (let i = 0; i < 200; i++) {
      limiter.onSuccess();
      expect(limiter.current).toBeGreaterThanOrEqual(previous);
      expect(limiter.current).toBeLessThanOrEqual(8);
      previous = limiter.current;
    }
    expect(limiter.current).toBe(8);
  });

  it('stays at max on success', () => {
    const limiter = new AdaptiveLimiter(5, () => 0);
    limiter.onSuccess();
    limiter.onSuccess();
    expect(limiter.current).toBe(5);
  });

  it('lets more tasks run once the limit has grown back', async () => {
    const clock = manualNow();
    const limiter = new AdaptiveLimiter(4, clock.now);
    limiter.onThrottle();
    limiter.onThrottle(); // within the cooldown: still 2
    expect(limiter.current).toBe(2);
    for (let i = 0; i < 50; i++) limiter.onSuccess();
    expect(limiter.current).toBe(4);
    const { gates, started, results } = gatedTasks(limiter, 5);
    await flush();
    expect(started).toEqual([0, 1, 2, 3]);
    gates.forEach((g, i) => g.resolve(i));
    await expect(Promise.all(results)).resolves.toEqual([0, 1, 2, 3, 4]);
  });

  it('starts a queued task as soon as the limit grows, without waiting for a completion', async () => {
    const limiter = new AdaptiveLimiter(4, manualNow().now);
    limiter.onThrottle();
    expect(limiter.current).toBe(2);
    const { gates, started, results } = gatedTasks(limiter, 4);
    await flush();
    expect(started).toEqual([0, 1]);
    // 2 -> 2.5 -> 2.9 -> 3.24: the third success crosses 3 and must wake one waiter.
    limiter.onSuccess();
    limiter.onSuccess();
    await flush();
    expect(started).toEqual([0, 1]);
    limiter.onSuccess();
    await flush();
    expect(started).toEqual([0, 1, 2]);
    gates.forEach((g, i) => g.resolve(i));
    await expect(Promise.all(results)).resolves.toEqual([0, 1, 2, 3]);
  });
});
