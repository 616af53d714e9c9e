import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PRICE_PER_IMAGE,
  DEFAULT_QUOTA_TPS,
  PRICE_DATE,
  estimate,
  formatDuration,
  formatUsd,
} from '../../src/cli/backfill-estimate.js';

describe('the backfill estimate', () => {
  it('counts one call per image, two with moderation, and prices every call', () => {
    const base = { toLabel: 1_000_000, pricePerImage: 0.001, quotaTps: 50 };
    expect(estimate({ ...base, moderation: false })).toEqual({
      callsPerImage: 1,
      rekognitionCalls: 1_000_000,
      estimatedCostUsd: 1000,
      estimatedSeconds: 20_000,
    });
    expect(estimate({ ...base, moderation: true })).toEqual({
      callsPerImage: 2,
      rekognitionCalls: 2_000_000,
      estimatedCostUsd: 2000,
      estimatedSeconds: 40_000,
    });
  });

  it('rounds the cost to a millionth of a dollar and the time up to a second', () => {
    // 3 x 0.1 is 0.30000000000000004 in floating point: --json must not show that.
    expect(
      estimate({ toLabel: 3, moderation: false, pricePerImage: 0.1, quotaTps: 2 }),
    ).toMatchObject({ estimatedCostUsd: 0.3, estimatedSeconds: 2 });
    expect(
      estimate({ toLabel: 0, moderation: true, pricePerImage: 0.001, quotaTps: 50 }),
    ).toMatchObject({ rekognitionCalls: 0, estimatedCostUsd: 0, estimatedSeconds: 0 });
  });

  it('defaults to the dated first-tier price and the default quota', () => {
    expect(DEFAULT_PRICE_PER_IMAGE).toBe(0.001);
    expect(PRICE_DATE).toBe('2026-11-28');
    expect(DEFAULT_QUOTA_TPS).toBe(50);
  });

  it.each([
    [0, '0 s'],
    [1, '1 s'],
    [45, '45 s'],
    [60, '1 min'],
    [200, '3 min 20 s'],
    [3_600, '1 h'],
    [3_660, '1 h 1 min'],
    // A million DetectLabels calls at 50 a second: the seconds are dropped.
    [20_000, '5 h 33 min'],
    [86_400, '1 d'],
    [90_061, '1 d 1 h'],
    [40_000.2, '11 h 6 min'],
  ])('prints %d s as "%s"', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it.each([
    [0, 'US$0.00'],
    [0.001, 'US$0.001'],
    [0.3, 'US$0.30'],
    [2000, 'US$2,000.00'],
    [1234.567, 'US$1,234.57'],
  ])('prints US$ %d as "%s"', (amount, text) => {
    expect(formatUsd(amount)).toBe(text);
  });
});
