/**
 * What a backfill will cost and how long it will take, from the count of objects to label.
 * Pure: the prices and quotas are the command's defaults, which its flags override.
 */

/** The first-tier list price of DetectLabels, US$ per image (one call), as of PRICE_DATE. */
export const DEFAULT_PRICE_PER_IMAGE = 0.001;
export const PRICE_DATE = '2026-11-28';
export const PRICE_SOURCE = `the first-tier list price of DetectLabels as of ${PRICE_DATE}`;

/** Rekognition calls a second: the default DetectLabels quota in the largest regions. */
export const DEFAULT_QUOTA_TPS = 50;
export const QUOTA_SOURCE =
  'the default DetectLabels quota in us-east-1, us-west-2 and eu-west-1; read yours in Service Quotas: ' +
  '`aws service-quotas list-service-quotas --service-code rekognition`';

export interface EstimateInput {
  toLabel: number;
  /** The environment's function runs DetectModerationLabels too (MODERATION=on). */
  moderation: boolean;
  pricePerImage: number;
  quotaTps: number;
}

export interface Estimate {
  /** Rekognition calls per image: DetectLabels, and DetectModerationLabels with moderation. */
  callsPerImage: 1 | 2;
  rekognitionCalls: number;
  /** US$, rounded to a millionth: `0.1 + 0.2` noise would show in --json. */
  estimatedCostUsd: number;
  /**
   * Seconds at the quota, rounded up. Both APIs are counted against one rate, as the Lambda
   * paces them (one Rekognition pacer): an upper bound when each has its own quota.
   */
  estimatedSeconds: number;
}

export function estimate(input: EstimateInput): Estimate {
  const callsPerImage = input.moderation ? 2 : 1;
  const rekognitionCalls = input.toLabel * callsPerImage;
  return {
    callsPerImage,
    rekognitionCalls,
    estimatedCostUsd: Math.round(rekognitionCalls * input.pricePerImage * 1e6) / 1e6,
    estimatedSeconds: Math.ceil(rekognitionCalls / input.quotaTps),
  };
}

const UNITS: [string, number][] = [
  ['d', 86_400],
  ['h', 3_600],
  ['min', 60],
  ['s', 1],
];

/**
 * `20000` → `5 h 33 min`: the two largest units that are not zero, the rest dropped (an
 * estimate at a quota is not exact to the second). `0` → `0 s`.
 */
export function formatDuration(seconds: number): string {
  let left = Math.ceil(seconds);
  const parts: string[] = [];
  for (const [unit, size] of UNITS) {
    const count = Math.floor(left / size);
    left -= count * size;
    if (count > 0 || parts.length > 0) parts.push(`${count} ${unit}`);
    if (parts.length === 2) break;
  }
  const shown = parts.filter((part) => !part.startsWith('0 '));
  return shown.length > 0 ? shown.join(' ') : '0 s';
}

/** `US$1,234.56`; below a cent, the digits that matter (`US$0.003`). */
export function formatUsd(amount: number): string {
  const digits = amount > 0 && amount < 0.01 ? 6 : 2;
  const text = amount.toLocaleString('en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: digits,
  });
  return `US$${text}`;
}

/** `1,203,400`. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}
