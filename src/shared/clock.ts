import { setTimeout as delay } from 'node:timers/promises';

/** Time and randomness as seams, so tests control backoff without waiting. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
  random(): number;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: async (ms) => {
    if (ms > 0) await delay(ms);
  },
  random: () => Math.random(),
};
