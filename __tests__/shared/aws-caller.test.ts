import { describe, expect, it, vi } from 'vitest';
import {
  AwsCaller,
  DEFAULT_IMAGE_BYTES_IN_FLIGHT,
  DEFAULT_RETRY_POLICY,
  type RetryPolicy,
} from '../../src/shared/aws-caller.js';
import { fakeClock } from '../helpers/fake-clock.js';

const throttle = () =>
  Object.assign(new Error('Rate exceeded'), {
    name: 'ThrottlingException',
    $metadata: { httpStatusCode: 400 },
  });
const throughput = () =>
  Object.assign(new Error('The level of configured provisioned throughput was exceeded'), {
    name: 'ProvisionedThroughputExceededException',
    $metadata: { httpStatusCode: 400 },
  });
const serverError = () =>
  Object.assign(new Error('Internal server error'), {
    name: 'InternalServerError',
    $metadata: { httpStatusCode: 500 },
  });
const accessDenied = () =>
  Object.assign(new Error('User is not authorized to perform: rekognition:DetectLabels'), {
    name: 'AccessDeniedException',
    $metadata: { httpStatusCode: 400 },
  });

const HOUR = 3_600_000;
const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A `send` that fails with the given errors in order, then resolves `value`. */
function scripted<T>(errors: Error[], value: T) {
  let call = 0;
  return vi.fn(async () => {
    const error = errors[call++];
    if (error) throw error;
    return value;
  });
}

/** A `send` that always fails with a fresh error from `make`. */
function failing(make: () => Error) {
  return vi.fn(async (): Promise<string> => {
    throw make();
  });
}

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('AwsCaller retries', () => {
  it('retries throttling until it succeeds, counting requests, throttles and retries', async () => {
    const clock = fakeClock({ random: 0.5 });
    const caller = new AwsCaller(4, clock, clock.now() + HOUR);
    const send = scripted([throttle(), throttle(), throttle()], 'labels');
    await expect(caller.call(send)).resolves.toBe('labels');
    expect(send).toHaveBeenCalledTimes(4);
    expect(caller.stats).toEqual({ requests: 4, throttled: 3, retried: 3 });
    // Default policy: base 200 ms doubling, full jitter with random 0.5.
    expect(clock.sleeps).toEqual([100, 200, 400]);
  });

  it('retries throttling well past maxTransientAttempts while before the deadline', async () => {
    const clock = fakeClock({ random: 0.5 });
    const caller = new AwsCaller(4, clock, clock.now() + HOUR);
    const throttles = Array.from({ length: 12 }, throttle);
    const send = scripted(throttles, 'ok');
    await expect(caller.call(send)).resolves.toBe('ok');
    expect(send).toHaveBeenCalledTimes(13);
    expect(caller.stats).toEqual({ requests: 13, throttled: 12, retried: 12 });
  });

  it('retries ProvisionedThroughputExceededException as throttling', async () => {
    const clock = fakeClock({ random: 0.5 });
    const caller = new AwsCaller(4, clock, clock.now() + HOUR);
    const send = scripted([throughput(), throughput()], 'written');
    await expect(caller.call(send)).resolves.toBe('written');
    expect(send).toHaveBeenCalledTimes(3);
    expect(caller.stats).toEqual({ requests: 3, throttled: 2, retried: 2 });
  });

  it('retries a 5xx and returns the later success', async () => {
    const clock = fakeClock({ random: 0.5 });
    const caller = new AwsCaller(4, clock, clock.now() + HOUR);
    const send = scripted([serverError(), serverError()], 'ok');
    await expect(caller.call(send)).resolves.toBe('ok');
    expect(caller.stats).toEqual({ requests: 3, throttled: 0, retried: 2 });
    expect(clock.sleeps).toEqual([100, 200]);
  });

  it('rethrows a 5xx after maxTransientAttempts attempts', async () => {
    const clock = fakeClock({ random: 0.5 });
    const policy: RetryPolicy = { baseDelayMs: 100, maxDelayMs: 10_000, maxTransientAttempts: 4 };
    const caller = new AwsCaller(4, clock, clock.now() + HOUR, policy);
    const errors = [serverError(), serverError(), serverError(), serverError(), serverError()];
    const send = scripted(errors, 'never');
    await expect(caller.call(send)).rejects.toBe(errors[3]);
    expect(send).toHaveBeenCalledTimes(4);
    expect(caller.stats).toEqual({ requests: 4, throttled: 0, retried: 3 });
    expect(clock.sleeps).toEqual([50, 100, 200]);
  });

  it('retries 5xx for 60 s after the first failure by default, then rethrows', async () => {
    expect(DEFAULT_RETRY_POLICY).toEqual({
      baseDelayMs: 200,
      maxDelayMs: 5_000,
      maxTransientAttempts: Number.POSITIVE_INFINITY,
      transientBudgetMs: 60_000,
    });
    const clock = fakeClock({ random: 0.5 });
    const start = clock.now();
    const attemptsAt: number[] = [];
    const caller = new AwsCaller(4, clock, clock.now() + HOUR);
    const send = vi.fn(async (): Promise<string> => {
      attemptsAt.push(clock.now() - start);
      throw serverError();
    });
    await expect(caller.call(send)).rejects.toMatchObject({ name: 'InternalServerError' });
    // Backoff 100, 200, 400, 800, 1600, then 2500 ms (half the 5 s cap, random 0.5) each.
    expect(attemptsAt.slice(0, 7)).toEqual([0, 100, 300, 700, 1500, 3100, 5600]);
    expect(attemptsAt.at(-1)).toBeGreaterThanOrEqual(60_000);
    expect(attemptsAt.at(-2)).toBeLessThan(60_000);
    expect(send).toHaveBeenCalledTimes(attemptsAt.length);
  });

  it('outlasts a 10-second 5xx burst: the call succeeds once the service is back', async () => {
    const clock = fakeClock({ random: 0.99 });
    const back = clock.now() + 10_000;
    const caller = new AwsCaller(4, clock, clock.now() + HOUR);
    const send = vi.fn(async () => {
      if (clock.now() < back) throw serverError();
      return 'labeled';
    });
    await expect(caller.call(send)).resolves.toBe('labeled');
    expect(caller.stats.retried).toBe(send.mock.calls.length - 1);
  });

  it('retries a network error (ECONNRESET) as transient', async () => {
    const clock = fakeClock({ random: 0.5 });
    const caller = new AwsCaller(4, clock, clock.now() + HOUR);
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    const send = scripted([reset], 'ok');
    await expect(caller.call(send)).resolves.toBe('ok');
    expect(caller.stats).toEqual({ requests: 2, throttled: 0, retried: 1 });
  });

  it('retries a 5xx that follows a run of throttles', async () => {
    // maxTransientAttempts bounds 5xx/network attempts; earlier throttles must not use it up.
    const clock = fakeClock({ random: 0.5 });
    const caller = new AwsCaller(4, clock, clock.now() + HOUR);
    const errors = [throttle(), throttle(), throttle(), throttle(), throttle(), serverError()];
    const send = scripted(errors, 'ok');
    await expect(caller.call(send)).resolves.toBe('ok');
    expect(send).toHaveBeenCalledTimes(7);
    expect(caller.stats).toEqual({ requests: 7, throttled: 5, retried: 6 });
  });

  it('does not retry AccessDeniedException', async () => {
    const clock = fakeClock({ random: 0.5 });
    const caller = new AwsCaller(4, clock, clock.now() + HOUR);
    const error = accessDenied();
    const send = scripted([error], 'never');
    await expect(caller.call(send)).rejects.toBe(error);
    expect(send).toHaveBeenCalledTimes(1);
    expect(clock.sleeps).toEqual([]);
    expect(caller.stats).toEqual({ requests: 1, throttled: 0, retried: 0 });
  });

  it('does not retry an image error or an unknown 400', async () => {
    const clock = fakeClock({ random: 0.5 });
    const caller = new AwsCaller(4, clock, clock.now() + HOUR);
    const bad = Object.assign(new Error('Request has invalid image format'), {
      name: 'InvalidImageFormatException',
      $metadata: { httpStatusCode: 400 },
    });
    const other = Object.assign(new Error('1 validation error'), {
      name: 'ValidationException',
      $metadata: { httpStatusCode: 400 },
    });
    await expect(caller.call(scripted([bad], 'x'))).rejects.toBe(bad);
    await expect(caller.call(scripted([other], 'x'))).rejects.toBe(other);
    expect(clock.sleeps).toEqual([]);
    expect(caller.stats).toEqual({ requests: 2, throttled: 0, retried: 0 });
  });

  it('rethrows a throttle once the deadline has passed', async () => {
    const clock = fakeClock({ random: 0.5 });
    const caller = new AwsCaller(4, clock, clock.now());
    const error = throttle();
    const send = scripted([error], 'never');
    await expect(caller.call(send)).rejects.toBe(error);
    expect(send).toHaveBeenCalledTimes(1);
    expect(clock.sleeps).toEqual([]);
    expect(caller.stats).toEqual({ requests: 1, throttled: 1, retried: 0 });
  });

  it('stops retrying throttles at the deadline, never sleeping past it', async () => {
    const clock = fakeClock({ random: 0.5 });
    const start = clock.now();
    const caller = new AwsCaller(4, clock, start + 1000);
    const send = failing(throttle);
    await expect(caller.call(send)).rejects.toMatchObject({
      name: 'ThrottlingException',
      message: 'Rate exceeded',
    });
    // 100 + 200 + 400 = 700; the next would be 800 but only 300 ms are left.
    expect(clock.sleeps).toEqual([100, 200, 400, 300]);
    expect(clock.now()).toBe(start + 1000);
    expect(send).toHaveBeenCalledTimes(5);
    expect(caller.stats).toEqual({ requests: 5, throttled: 5, retried: 4 });
  });
});

describe('AwsCaller backoff', () => {
  it('grows exponentially and is capped at maxDelayMs', async () => {
    const clock = fakeClock({ random: 0.5 });
    const policy: RetryPolicy = { baseDelayMs: 100, maxDelayMs: 1000, maxTransientAttempts: 10 };
    const caller = new AwsCaller(4, clock, clock.now() + HOUR, policy);
    const send = scripted(Array.from({ length: 9 }, serverError), 'ok');
    await expect(caller.call(send)).resolves.toBe('ok');
    // Ceilings 100, 200, 400, 800, then 1000 (capped); delay = 0.5 * ceiling.
    expect(clock.sleeps).toEqual([50, 100, 200, 400, 500, 500, 500, 500, 500]);
  });

  it('uses full jitter: floor(random * ceiling)', async () => {
    const clock = fakeClock({ random: [0, 0.25, 0.5, 0.75, 0.9999] });
    const policy: RetryPolicy = { baseDelayMs: 1000, maxDelayMs: 100_000, maxTransientAttempts: 6 };
    const caller = new AwsCaller(4, clock, clock.now() + HOUR, policy);
    const send = failing(serverError);
    await expect(caller.call(send)).rejects.toMatchObject({ name: 'InternalServerError' });
    // Ceilings 1000, 2000, 4000, 8000, 16000.
    expect(clock.sleeps).toEqual([0, 500, 2000, 6000, 15_998]);
  });

  it('never reaches the ceiling itself, even with random just below 1', async () => {
    const clock = fakeClock({ random: 0.999999 });
    const policy: RetryPolicy = { baseDelayMs: 100, maxDelayMs: 400, maxTransientAttempts: 5 };
    const caller = new AwsCaller(4, clock, clock.now() + HOUR, policy);
    await expect(caller.call(failing(serverError))).rejects.toBeDefined();
    expect(clock.sleeps).toEqual([99, 199, 399, 399]);
  });

  it('never sleeps past the deadline for transient errors either', async () => {
    const clock = fakeClock({ random: 0.99 });
    const start = clock.now();
    const deadline = start + 250;
    const sleepsWithRemaining: [number, number][] = [];
    const sleep = clock.sleep;
    clock.sleep = async (ms) => {
      sleepsWithRemaining.push([ms, Math.max(0, deadline - clock.now())]);
      await sleep(ms);
    };
    const caller = new AwsCaller(4, clock, deadline);
    await expect(caller.call(failing(serverError))).rejects.toBeDefined();
    expect(sleepsWithRemaining.length).toBe(2);
    for (const [ms, remaining] of sleepsWithRemaining) expect(ms).toBeLessThanOrEqual(remaining);
    expect(sleepsWithRemaining[0]).toEqual([198, 250]);
    expect(sleepsWithRemaining[1]).toEqual([52, 52]);
    expect(clock.now()).toBe(deadline);
  });
});

describe('AwsCaller send', () => {
  it('invokes send afresh on every attempt, so each builds a new request', async () => {
    const clock = fakeClock({ random: 0.5 });
    const caller = new AwsCaller(4, clock, clock.now() + HOUR);
    const bodies: { consumed: boolean }[] = [];
    const send = vi.fn(async () => {
      const body = { consumed: false };
      bodies.push(body);
      if (body.consumed) throw new Error('stream already read');
      body.consumed = true;
      if (bodies.length < 3) throw bodies.length === 1 ? throttle() : serverError();
      return bodies.length;
    });
    await expect(caller.call(send)).resolves.toBe(3);
    expect(send).toHaveBeenCalledTimes(3);
    expect(new Set(bodies).size).toBe(3);
  });

  it('accumulates stats across calls', async () => {
    const clock = fakeClock({ random: 0.5 });
    const caller = new AwsCaller(4, clock, clock.now() + HOUR);
    await caller.call(scripted([throttle()], 1));
    await caller.call(scripted([serverError()], 2));
    await caller.call(scripted([], 3));
    expect(caller.stats).toEqual({ requests: 5, throttled: 1, retried: 2 });
  });

  it('keeps at most maxInFlight requests in flight', async () => {
    const clock = fakeClock({ random: 0.5 });
    const caller = new AwsCaller(3, clock, clock.now() + HOUR);
    let active = 0;
    let peak = 0;
    const send = async () => {
      active++;
      peak = Math.max(peak, active);
      await flush();
      active--;
      return 'ok';
    };
    const results = await Promise.all(Array.from({ length: 12 }, () => caller.call(send)));
    expect(results).toEqual(Array(12).fill('ok'));
    expect(peak).toBe(3);
    expect(caller.maxInFlight).toBe(3);
  });

  it('sends fewer requests at once after a throttle', async () => {
    const clock = fakeClock({ random: 0.5 });
    const caller = new AwsCaller(4, clock, clock.now() + HOUR);
    await caller.call(scripted([throttle()], 'ok'));
    const gates = Array.from({ length: 6 }, () => deferred());
    let started = 0;
    const calls = gates.map((gate) =>
      caller.call(async () => {
        started++;
        await gate.promise;
        return 'done';
      }),
    );
    await flush();
    expect(started).toBe(2);
    gates.forEach((g) => g.resolve());
    await expect(Promise.all(calls)).resolves.toEqual(Array(6).fill('done'));
  });
});

describe('AwsCaller and the limiter', () => {
  it('lowers the limit before a throttled request frees its slot, so no new request slips in', async () => {
    const clock = fakeClock({ random: 0 });
    const caller = new AwsCaller(4, clock, clock.now() + HOUR);
    const gate = deferred<string>();
    const started: number[] = [];
    const calls = Array.from({ length: 8 }, (_, i) => {
      let attempt = 0;
      return caller.call(async () => {
        started.push(i);
        if (i === 0 && attempt++ === 0) throw throttle();
        return gate.promise;
      });
    });
    for (let i = 0; i < 5; i++) await flush();
    // Limit 4 -> 2 with three requests still in flight: nobody else may start yet.
    expect(started).toEqual([0, 1, 2, 3]);
    gate.resolve('ok');
    await expect(Promise.all(calls)).resolves.toEqual(Array(8).fill('ok'));
    expect(caller.maxInFlight).toBe(4);
  });
});

describe('AwsCaller pacing per scope', () => {
  /** 10 accepted calls in the scope over a second, then one throttle: the scope is paced. */
  async function throttleScope(
    caller: AwsCaller,
    clock: ReturnType<typeof fakeClock>,
    scope: string,
  ) {
    for (let i = 0; i < 10; i++) {
      clock.advance(100);
      await caller.call(async () => 'ok', scope);
    }
    await caller.call(scripted([throttle()], 'ok'), scope);
  }

  it('has no paced rate until a throttle comes with evidence of what passes', async () => {
    const clock = fakeClock({ random: 0 });
    const caller = new AwsCaller(4, clock, clock.now() + HOUR);
    await caller.call(scripted([throttle(), throttle()], 'ok'), 'rekognition');
    expect(caller.rates).toEqual({});
    await throttleScope(caller, clock, 'rekognition');
    expect(Object.keys(caller.rates)).toEqual(['rekognition']);
    expect(caller.rates.rekognition).toBeGreaterThan(5);
  });

  it('paces only the throttled scope: DynamoDB calls never wait for Rekognition’s pacer', async () => {
    const clock = fakeClock({ random: 0 });
    const caller = new AwsCaller(4, clock, clock.now() + HOUR);
    await throttleScope(caller, clock, 'rekognition');
    const sleepsBefore = clock.sleeps.length;
    const rows = await Promise.all(
      Array.from({ length: 20 }, () => caller.call(async () => 'row', 'dynamodb')),
    );
    expect(rows).toEqual(Array(20).fill('row'));
    expect(clock.sleeps.length).toBe(sleepsBefore);
    // The same 20 calls in the throttled scope wait their turn.
    await Promise.all(
      Array.from({ length: 20 }, () => caller.call(async () => 'labels', 'rekognition')),
    );
    expect(clock.sleeps.length).toBeGreaterThan(sleepsBefore);
  });

  it('shares what it learned with a later caller given the same pacers', async () => {
    const clock = fakeClock({ random: 0 });
    const pacers = new Map();
    const first = new AwsCaller(
      4,
      clock,
      clock.now() + HOUR,
      DEFAULT_RETRY_POLICY,
      undefined,
      pacers,
    );
    await throttleScope(first, clock, 'rekognition');
    const rate = first.rates.rekognition;
    expect(rate).toBeGreaterThan(0);
    // A later invocation in the same Lambda environment starts paced, not from scratch.
    const next = new AwsCaller(
      4,
      clock,
      clock.now() + HOUR,
      DEFAULT_RETRY_POLICY,
      undefined,
      pacers,
    );
    expect(next.rates).toEqual({ rekognition: rate });
    // Without the shared map, a new caller knows nothing.
    expect(new AwsCaller(4, clock, clock.now() + HOUR).rates).toEqual({});
  });

  it('counts a request once it leaves the pacer, not while it waits', async () => {
    const clock = fakeClock({ random: 0 });
    const caller = new AwsCaller(4, clock, clock.now() + HOUR);
    await throttleScope(caller, clock, 'rekognition');
    const before = caller.stats.requests;
    await Promise.all(
      Array.from({ length: 5 }, () => caller.call(async () => 'labels', 'rekognition')),
    );
    expect(caller.stats.requests).toBe(before + 5);
  });
});

describe('AwsCaller image bytes', () => {
  it('holds up to 16 MiB of image bytes at once by default', () => {
    const clock = fakeClock();
    expect(DEFAULT_IMAGE_BYTES_IN_FLIGHT).toBe(16 * 1024 * 1024);
    expect(new AwsCaller(4, clock, clock.now() + HOUR).imageBytes.capacity).toBe(
      DEFAULT_IMAGE_BYTES_IN_FLIGHT,
    );
  });

  it('bounds the bytes held by tasks run through imageBytes', async () => {
    const clock = fakeClock();
    const caller = new AwsCaller(10, clock, clock.now() + HOUR, DEFAULT_RETRY_POLICY, 10);
    const gates = Array.from({ length: 4 }, () => deferred());
    let started = 0;
    const tasks = gates.map((gate) =>
      caller.imageBytes.run(4, async () => {
        started++;
        await gate.promise;
      }),
    );
    await flush();
    expect(started).toBe(2); // 4 + 4 fit in 10, a third would not
    gates[0]!.resolve();
    await flush();
    expect(started).toBe(3);
    gates.forEach((g) => g.resolve());
    await Promise.all(tasks);
    expect(caller.imageBytes.maxInUse).toBe(8);
  });
});
