import type { Clock } from '../../src/shared/clock.js';

export interface FakeClock extends Clock {
  /** Current fake epoch ms; `sleep` advances it instantly. */
  time: number;
  /** Every delay passed to `sleep`, in order. */
  readonly sleeps: number[];
  advance(ms: number): void;
}

export interface FakeClockOptions {
  start?: number;
  /** A fixed value, or a sequence (the last value repeats once it runs out). */
  random?: number | number[];
}

/** A clock whose `sleep` returns at once after moving time forward by the delay. */
export function fakeClock(options: FakeClockOptions = {}): FakeClock {
  const randoms = Array.isArray(options.random) ? [...options.random] : [options.random ?? 0.5];
  if (randoms.length === 0) throw new RangeError('fakeClock: random sequence is empty');
  let randomIndex = 0;
  const clock: FakeClock = {
    time: options.start ?? 1_700_000_000_000,
    sleeps: [],
    now: () => clock.time,
    sleep: async (ms) => {
      clock.sleeps.push(ms);
      clock.time += ms;
    },
    random: () => {
      const value = randoms[Math.min(randomIndex, randoms.length - 1)]!;
      randomIndex++;
      return value;
    },
    advance: (ms) => {
      clock.time += ms;
    },
  };
  return clock;
}
