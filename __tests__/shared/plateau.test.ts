import { describe, expect, it } from 'vitest';
import { PlateauDetector } from '../../src/shared/plateau.js';

/** Replies `perRound` a round of `roundMs`, every slot taken, the limit as `limits` says. */
function rounds(detector: PlateauDetector, perRound: number[], limits: number[], roundMs = 500) {
  let now = 0;
  const found: boolean[] = [];
  detector.onReply(now, true, roundMs, limits[0]!); // opens the first round
  perRound.forEach((replies, round) => {
    let foundNow = false;
    for (let i = 1; i <= replies; i++) {
      now = round * roundMs + (i * roundMs) / replies;
      foundNow =
        detector.onReply(now, true, roundMs, limits[round + 1] ?? limits.at(-1)!) || foundNow;
    }
    found.push(foundNow);
  });
  return found;
}

describe('PlateauDetector', () => {
  it('finds the pipe full after three rounds that do not beat the best by 10%', () => {
    const detector = new PlateauDetector();
    const found = rounds(detector, [100, 200, 205, 210, 200], [50, 100, 200, 256, 256, 256]);
    expect(found).toEqual([false, false, false, false, true]);
    expect(detector.full).toBe(true);
    // The best round (200 replies) started with a limit of 100: that was enough.
    expect(detector.enough).toBe(100);
  });

  it('keeps looking while each round beats the last by more than 10%', () => {
    const detector = new PlateauDetector();
    rounds(detector, [100, 200, 400, 800, 1600], [50, 100, 200, 400, 800, 1600]);
    expect(detector.full).toBe(false);
  });

  it('ignores rounds in which not every slot was taken: demand, not the limit, set them', () => {
    const detector = new PlateauDetector();
    rounds(detector, [100], [100]);
    for (let i = 0; i < 1000; i++) detector.onReply(500 + i * 5, false, 500, 100);
    expect(detector.full).toBe(false);
  });
});
