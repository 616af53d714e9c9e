import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY } from '../../src/shared/aws-caller.js';
import {
  CALL_TIME_CEILING_MS,
  CALL_TIME_FLOOR_MS,
  CallTimes,
  DeadlineGuardedCaller,
} from '../../src/lambda/batch-deadline.js';
import { ObjectFailure } from '../../src/lambda/process-object.js';
import { fakeClock } from '../helpers/fake-clock.js';
import { awsError } from './fake-aws.js';

const START = 1_700_000_000_000;

function guarded(deadlineIn: number, times = new CallTimes()) {
  const clock = fakeClock({ start: START, random: 0.5 });
  const caller = new DeadlineGuardedCaller({
    maxInFlight: 4,
    clock,
    deadline: START + deadlineIn,
    policy: DEFAULT_RETRY_POLICY,
    times,
    scope: 'rekognition',
  });
  return { clock, caller, deadline: START + deadlineIn };
}

/** The failure a call ended with. */
async function failureOf(call: Promise<unknown>): Promise<ObjectFailure> {
  const error: unknown = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ObjectFailure);
  return error as ObjectFailure;
}

describe('CallTimes', () => {
  it('expects the floor before any call was seen, and never less', () => {
    const times = new CallTimes();
    expect(times.expectedMs).toBe(CALL_TIME_FLOOR_MS);
    for (let i = 0; i < 20; i++) times.observe(100);
    expect(times.expectedMs).toBe(CALL_TIME_FLOOR_MS);
  });

  it('expects a slow call: the smoothed mean plus four times the smoothed spread', () => {
    const times = new CallTimes();
    times.observe(3_000);
    // First sample: mean 3000, spread 1500.
    expect(times.expectedMs).toBe(3_000 + 4 * 1_500);
    times.observe(1_000);
    // spread 0.75 x 1500 + 0.25 x 2000 = 1625; mean 0.875 x 3000 + 0.125 x 1000 = 2750.
    expect(times.expectedMs).toBe(2_750 + 4 * 1_625);
    // Steady calls: the spread fades, the mean settles on them.
    for (let i = 0; i < 100; i++) times.observe(2_000);
    expect(times.expectedMs).toBeGreaterThanOrEqual(2_000);
    expect(times.expectedMs).toBeLessThan(2_010);
  });

  it('caps what one very slow call makes it expect', () => {
    const times = new CallTimes();
    times.observe(60_000);
    expect(times.expectedMs).toBe(CALL_TIME_CEILING_MS);
  });
});

describe('DeadlineGuardedCaller', () => {
  it('does not start a Rekognition call that the time left would not cover', async () => {
    const { caller } = guarded(CALL_TIME_FLOOR_MS - 1);
    let sent = 0;
    const failure = await failureOf(
      caller.call(async () => {
        sent++;
        return 'labels';
      }, 'rekognition'),
    );
    expect(sent).toBe(0);
    expect(caller.stats.requests).toBe(0);
    expect(failure).toMatchObject({ kind: 'transient', reasonKind: 'out-of-time' });
    expect(failure.message).toBe(
      "not started: 0.9 s left before the invocation's deadline, less than a rekognition call takes (about 1.0 s); S3 Batch Operations redrives the task",
    );
  });

  it('starts one that it covers, and S3 and DynamoDB calls whatever the time', async () => {
    const { caller, clock } = guarded(CALL_TIME_FLOOR_MS);
    await expect(caller.call(async () => 'labels', 'rekognition')).resolves.toBe('labels');
    clock.advance(CALL_TIME_FLOOR_MS + 1);
    // Past the deadline: the paid result is still stored, within the deadline's margin.
    await expect(caller.call(async () => 'stored', 'dynamodb')).resolves.toBe('stored');
    await expect(caller.call(async () => 'read', 's3')).resolves.toBe('read');
    await failureOf(caller.call(async () => 'labels', 'rekognition'));
  });

  it('expects what the calls it has seen took, across callers sharing the times', async () => {
    const times = new CallTimes();
    const first = guarded(60_000, times);
    await first.caller.call(async () => {
      first.clock.advance(3_000);
      return 'labels';
    }, 'rekognition');
    // A 3 s call: a new one needs 3 + 4 x 1.5 = 9 s. The next invocation has 8 s left of 20.
    const next = guarded(20_000, times);
    next.clock.advance(12_000);
    let sent = 0;
    const failure = await failureOf(
      next.caller.call(async () => {
        sent++;
        return 'labels';
      }, 'rekognition'),
    );
    expect(sent).toBe(0);
    expect(failure.message).toMatch(/^not started: 8\.0 s left .* \(about 9\.0 s\)/);
    // With 9 s left it starts.
    const roomy = guarded(20_000, times);
    roomy.clock.advance(11_000);
    await expect(roomy.caller.call(async () => 'labels', 'rekognition')).resolves.toBe('labels');
  });

  it('ends throttling that lasts until the deadline with a refused attempt, none started too late', async () => {
    const { caller, clock, deadline } = guarded(20_000);
    const sentAt: number[] = [];
    const failure = await failureOf(
      caller.call(async () => {
        sentAt.push(clock.now());
        throw awsError('ThrottlingException', 400);
      }, 'rekognition'),
    );
    expect(sentAt.length).toBeGreaterThan(3);
    for (const at of sentAt) expect(deadline - at).toBeGreaterThanOrEqual(CALL_TIME_FLOOR_MS);
    expect(clock.now()).toBeLessThanOrEqual(deadline);
    expect(failure).toMatchObject({ kind: 'throttle', reasonKind: 'out-of-time' });
    expect(failure.message).toMatch(
      new RegExp(
        `^throttled until the time ran out: ${sentAt.length} rekognition attempt\\(s\\), the last ThrottlingException; \\d+\\.\\d s left is less than a call takes \\(about 1\\.0 s\\); S3 Batch Operations redrives the task$`,
      ),
    );
  });

  it('says "failed" when the attempts before the refusal were 5xx', async () => {
    const { caller } = guarded(20_000);
    const failure = await failureOf(
      caller.call(async () => {
        throw awsError('InternalServerError', 500);
      }, 'rekognition'),
    );
    expect(failure).toMatchObject({ kind: 'transient', reasonKind: 'out-of-time' });
    expect(failure.message).toMatch(
      /^failed until the time ran out: \d+ rekognition attempt\(s\), the last InternalServerError;/,
    );
  });
});

describe('DeadlineGuardedCaller after one very slow call', () => {
  it('asks at most half the invocation of the time left, so a short timeout still starts tasks', async () => {
    const times = new CallTimes();
    times.observe(20_000); // expects the 30 s ceiling from now on
    expect(times.expectedMs).toBe(CALL_TIME_CEILING_MS);
    // 10 s to the deadline (a 15 s timeout): the call starts, as it has 5 s or more.
    const { caller } = guarded(10_000, times);
    await expect(caller.call(async () => 'labels', 'rekognition')).resolves.toBe('labels');
    // With less than half the invocation left it is refused.
    const late = guarded(10_000, times);
    late.clock.advance(5_001);
    const failure = await failureOf(late.caller.call(async () => 'labels', 'rekognition'));
    expect(failure.message).toMatch(/^not started: 4\.9 s left/);
  });
});
