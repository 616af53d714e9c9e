import { describe, expect, it } from 'vitest';
import { groupDigits } from '../../src/shared/digits.js';

describe('groupDigits', () => {
  it.each([
    0,
    7,
    999,
    1000,
    12_345,
    999_999,
    1_000_000,
    1_234_567,
    15_728_640,
    -1234,
    -12,
    1234.5,
    0.25,
    -98_765.4321,
    Number.MAX_SAFE_INTEGER,
  ])('writes %d as en-US does', (value) => {
    expect(groupDigits(value)).toBe(value.toLocaleString('en-US', { maximumFractionDigits: 20 }));
  });

  it.each([1e21, NaN, Infinity, -Infinity])('leaves %d as String() writes it', (value) => {
    expect(groupDigits(value)).toBe(String(value));
  });
});
