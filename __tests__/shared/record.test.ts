import { describe, expect, it } from 'vitest';
import {
  expiresAt,
  hasResultFor,
  normalizeEtag,
  formatTimestamp,
  isReusable,
  labelsFromItem,
  roundConfidence,
  toItem,
  type Item,
  type LabelRecord,
} from '../../src/shared/record.js';

function record(overrides: Partial<LabelRecord> = {}): LabelRecord {
  return {
    filename: 'rekognition-input/prod/images/cat.png',
    timestamp: '2024-05-06T07:08:09Z',
    environment: 'prod',
    branch: 'main',
    labels: [
      { name: 'Cat', confidence: 99.12345 },
      { name: 'Pet', confidence: 87.6789 },
    ],
    expiresAt: 1_715_584_089,
    status: 'labeled',
    sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    minConfidence: 70,
    maxLabels: 10,
    modelVersion: '3.0',
    source: 'action',
    commit: 'abc123',
    repository: 'octo/repo',
    runId: '42',
    observedAt: 1_714_979_289_000,
    ...overrides,
  };
}

describe('toItem', () => {
  it('writes a labeled record with the exact attribute types', () => {
    expect(toItem(record())).toStrictEqual({
      filename: { S: 'rekognition-input/prod/images/cat.png' },
      timestamp: { S: '2024-05-06T07:08:09Z' },
      environment: { S: 'prod' },
      branch: { S: 'main' },
      labels: { S: '[{"Name":"Cat","Confidence":99.12},{"Name":"Pet","Confidence":87.68}]' },
      label_names: { L: [{ S: 'Cat' }, { S: 'Pet' }] },
      expires_at: { N: '1715584089' },
      status: { S: 'labeled' },
      sha256: { S: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' },
      min_confidence: { N: '70' },
      max_labels: { N: '10' },
      model_version: { S: '3.0' },
      source: { S: 'action' },
      commit: { S: 'abc123' },
      repository: { S: 'octo/repo' },
      run_id: { S: '42' },
      observed_at: { N: '1714979289000' },
    });
  });

  it('omits pull_request, bucket and error unless they are set', () => {
    const item = toItem(record());
    expect(Object.keys(item)).not.toContain('pull_request');
    expect(Object.keys(item)).not.toContain('bucket');
    expect(Object.keys(item)).not.toContain('error');
  });

  it('writes pull_request as N and bucket as S when set', () => {
    const item = toItem(record({ pullRequest: 17, bucket: 'my-bucket' }));
    expect(item.pull_request).toStrictEqual({ N: '17' });
    expect(item.bucket).toStrictEqual({ S: 'my-bucket' });
  });

  it('writes error as S for a failed record, with empty labels', () => {
    const item = toItem(record({ status: 'failed', labels: [], error: 'AccessDenied: nope' }));
    expect(item.status).toStrictEqual({ S: 'failed' });
    expect(item.error).toStrictEqual({ S: 'AccessDenied: nope' });
    expect(item.labels).toStrictEqual({ S: '[]' });
    expect(item.label_names).toStrictEqual({ L: [] });
  });

  it('writes fractional min_confidence as N text', () => {
    expect(toItem(record({ minConfidence: 55.5 })).min_confidence).toStrictEqual({ N: '55.5' });
  });

  it('round-trips labels through labelsFromItem (rounded)', () => {
    expect(labelsFromItem(toItem(record()))).toEqual([
      { name: 'Cat', confidence: 99.12 },
      { name: 'Pet', confidence: 87.68 },
    ]);
  });
});

describe('roundConfidence', () => {
  it.each([
    [99.12345, 99.12],
    [87.6789, 87.68],
    [100, 100],
    [0.004, 0],
    [50.5, 50.5],
  ])('rounds %d to %d', (value, expected) => {
    expect(roundConfidence(value)).toBe(expected);
  });
});

describe('formatTimestamp', () => {
  it('formats as YYYY-MM-DDTHH:MM:SSZ in UTC without milliseconds', () => {
    expect(formatTimestamp(Date.UTC(2024, 0, 2, 3, 4, 5, 678))).toBe('2024-01-02T03:04:05Z');
    expect(formatTimestamp(Date.UTC(1999, 11, 31, 23, 59, 59, 999))).toBe('1999-12-31T23:59:59Z');
    expect(formatTimestamp(0)).toBe('1970-01-01T00:00:00Z');
  });

  it('always matches the original pattern', () => {
    expect(formatTimestamp(1_715_000_000_123)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });
});

describe('expiresAt', () => {
  it('adds the TTL in hours to epoch seconds', () => {
    expect(expiresAt(1_700_000_000_000, 168)).toBe(1_700_000_000 + 168 * 3600);
    expect(expiresAt(1_700_000_000_000, 168)).toBe(1_700_604_800);
  });

  it('floors to whole seconds', () => {
    expect(expiresAt(1_700_000_000_999, 1)).toBe(1_700_003_600);
    expect(expiresAt(1_700_000_000_500, 0.5)).toBe(1_700_001_800);
  });

  it('handles fractional hours', () => {
    expect(expiresAt(0, 0.25)).toBe(900);
    expect(expiresAt(0, 1.5)).toBe(5400);
  });
});

describe('isReusable', () => {
  const sha = 'a'.repeat(64);
  const settings = { minConfidence: 70, maxLabels: 10 };
  const stored = (overrides: Partial<LabelRecord> = {}): Item =>
    toItem(record({ sha256: sha, minConfidence: 70, maxLabels: 10, ...overrides }));

  it('is true when sha, both settings and the status match', () => {
    expect(isReusable(stored(), sha, settings)).toBe(true);
  });

  it('is false without an item', () => {
    expect(isReusable(undefined, sha, settings)).toBe(false);
  });

  it('is false for other bytes', () => {
    expect(isReusable(stored(), 'b'.repeat(64), settings)).toBe(false);
  });

  it('is false when min-confidence differs', () => {
    expect(isReusable(stored(), sha, { minConfidence: 71, maxLabels: 10 })).toBe(false);
    expect(isReusable(stored({ minConfidence: 70.5 }), sha, settings)).toBe(false);
  });

  it('is false when max-labels differs', () => {
    expect(isReusable(stored(), sha, { minConfidence: 70, maxLabels: 11 })).toBe(false);
  });

  it('is false for a failed item', () => {
    expect(isReusable(stored({ status: 'failed', error: 'x' }), sha, settings)).toBe(false);
  });

  it('is false for an original-design item without sha or settings', () => {
    const legacy: Item = {
      filename: { S: 'k' },
      labels: { S: '[]' },
      status: { S: 'labeled' },
    };
    expect(isReusable(legacy, sha, settings)).toBe(false);
  });

  it('matches fractional settings exactly', () => {
    const item = stored({ minConfidence: 55.5 });
    expect(isReusable(item, sha, { minConfidence: 55.5, maxLabels: 10 })).toBe(true);
  });
});

describe('labelsFromItem', () => {
  it("reads the original design's items (labels JSON, no label_names)", () => {
    const item: Item = {
      filename: { S: 'images/dog.jpg' },
      timestamp: { S: '2023-01-01T00:00:00Z' },
      labels: { S: '[{"Name":"Dog","Confidence":98.5},{"Name":"Animal","Confidence":97}]' },
    };
    expect(labelsFromItem(item)).toEqual([
      { name: 'Dog', confidence: 98.5 },
      { name: 'Animal', confidence: 97 },
    ]);
  });

  it('ignores extra fields in a label', () => {
    const item: Item = {
      labels: { S: '[{"Name":"Car","Confidence":90.1,"Parents":[{"Name":"Vehicle"}]}]' },
    };
    expect(labelsFromItem(item)).toEqual([{ name: 'Car', confidence: 90.1 }]);
  });

  it('returns [] when there are no labels', () => {
    expect(labelsFromItem({})).toEqual([]);
    expect(labelsFromItem({ labels: { S: '' } })).toEqual([]);
  });

  it.each([
    ['not json', 'not json'],
    ['an object', '{"Name":"Cat","Confidence":1}'],
    ['a number', '42'],
    ['null', 'null'],
  ])('returns [] for %s', (_label, text) => {
    expect(labelsFromItem({ labels: { S: text } })).toEqual([]);
  });

  it('returns [] when labels is not a string attribute', () => {
    expect(labelsFromItem({ labels: { L: [{ S: 'Cat' }] } })).toEqual([]);
    expect(labelsFromItem({ labels: { N: '1' } })).toEqual([]);
  });

  it('drops malformed entries and keeps the valid ones', () => {
    const text = JSON.stringify([
      null,
      'Cat',
      { Name: 'NoConfidence' },
      { Name: 'StringConfidence', Confidence: '90' },
      { Confidence: 80 },
      { Name: 'Ok', Confidence: 81.5 },
    ]);
    expect(labelsFromItem({ labels: { S: text } })).toEqual([{ name: 'Ok', confidence: 81.5 }]);
  });
});

describe('hasResultFor (the Lambda redelivery rule)', () => {
  const sha = 'b'.repeat(64);
  const settings = { minConfidence: 70, maxLabels: 10 };
  const item = (overrides: Partial<LabelRecord> = {}): Item =>
    toItem(record({ sha256: sha, etag: 'e1', minConfidence: 70, maxLabels: 10, ...overrides }));

  it('matches a labeled item by sha256 or by ETag, with the same settings', () => {
    expect(hasResultFor(item(), { sha256: sha }, settings)).toBe(true);
    expect(hasResultFor(item(), { etag: 'e1' }, settings)).toBe(true);
    expect(hasResultFor(item(), { sha256: 'c'.repeat(64), etag: 'e2' }, settings)).toBe(false);
    expect(hasResultFor(item(), { sha256: sha }, { ...settings, maxLabels: 11 })).toBe(false);
    expect(hasResultFor(undefined, { sha256: sha }, settings)).toBe(false);
    expect(hasResultFor(item({ sha256: '' }), { sha256: '' }, settings)).toBe(false);
  });

  it('lets a failed item stop a retry only when it is about the same bytes', () => {
    const failed = (sha256: string) => item({ status: 'failed', labels: [], error: 'x', sha256 });
    expect(hasResultFor(failed(sha), { sha256: sha }, settings)).toBe(true);
    // The object was gone: a later upload with the same ETag must still be labeled.
    expect(hasResultFor(failed(''), { etag: 'e1' }, settings)).toBe(false);
  });

  it('stores ETags bare', () => {
    expect(normalizeEtag('"abc"')).toBe('abc');
    expect(normalizeEtag('abc')).toBe('abc');
    expect(normalizeEtag('')).toBeUndefined();
    expect(toItem(record({ etag: 'abc' })).etag).toEqual({ S: 'abc' });
  });
});
