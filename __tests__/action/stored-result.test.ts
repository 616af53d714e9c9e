import { describe, expect, it } from 'vitest';
import type { ImageResult } from '../../src/action/image-result.js';
import { BUILT_IN_POLICY } from '../../src/action/moderation-policy.js';
import { labeledOutcome, reuseStored } from '../../src/action/stored-result.js';
import { type LabelRecord, toItem } from '../../src/shared/record.js';

const SHA = 'a'.repeat(64);
const settings = { minConfidence: 70, maxLabels: 10 };
const moderationSettings = { minConfidence: 50, adapter: '' };
const weapons = [
  { name: 'Violence', parentName: '', taxonomyLevel: 1, confidence: 90 },
  { name: 'Weapons', parentName: 'Violence', taxonomyLevel: 2, confidence: 90 },
];

function item(overrides: Partial<LabelRecord> = {}) {
  return toItem({
    filename: 'k',
    timestamp: 't',
    environment: 'beta',
    branch: 'b',
    labels: [{ name: 'Cat', confidence: 99 }],
    expiresAt: 1,
    status: 'labeled',
    sha256: SHA,
    minConfidence: 70,
    maxLabels: 10,
    modelVersion: '3.0',
    source: 'action',
    commit: 'c',
    repository: 'o/r',
    runId: '1',
    observedAt: 1,
    ...overrides,
  });
}

const withModeration = (minConfidence = 50) =>
  item({ moderation: { labels: weapons, modelVersion: '7.0', minConfidence, adapter: '' } });

const fresh = (): ImageResult => ({
  path: 'images/a.png',
  key: 'k',
  environment: 'beta',
  status: 'failed',
  labels: [],
  sha256: SHA,
});

const on = { settings, moderation: moderationSettings, policy: BUILT_IN_POLICY };

describe('reuseStored', () => {
  it('without moderation: the stored labels answer everything', () => {
    const result = fresh();
    expect(reuseStored(item(), result, { settings })).toBeUndefined();
    expect(result).toMatchObject({ status: 'labeled', cached: true, labels: [{ name: 'Cat' }] });
    expect(result.moderation).toBeUndefined();
  });

  it('with moderation stored for the same floor: nothing to call, the verdict is this policy’s', () => {
    const result = fresh();
    expect(reuseStored(withModeration(), result, on)).toBeUndefined();
    expect(result.moderation).toMatchObject({
      verdict: 'warn',
      labels: weapons,
      modelVersion: '7.0',
    });
  });

  it('labels stored but no moderation (or another floor): only moderation is called', () => {
    for (const stored of [item(), withModeration(60)]) {
      const result = fresh();
      expect(reuseStored(stored, result, on)).toEqual({
        labels: false,
        moderation: moderationSettings,
      });
      expect(result).toMatchObject({ status: 'labeled', cached: true });
    }
  });

  it('moderation stored but labels asked with other settings: only labels are called', () => {
    const result = fresh();
    const features = reuseStored(withModeration(), result, {
      ...on,
      settings: { ...settings, maxLabels: 20 },
    });
    expect(features).toEqual({ labels: true });
    expect(result.moderation?.verdict).toBe('warn');
  });

  it('other bytes: both are called', () => {
    const result = { ...fresh(), sha256: 'b'.repeat(64) };
    expect(reuseStored(withModeration(), result, on)).toEqual({
      labels: true,
      moderation: moderationSettings,
    });
    expect(result.moderation).toBeUndefined();
  });

  it('a stored failure of the same bytes is reused, and nothing is moderated', () => {
    const result = fresh();
    expect(
      reuseStored(item({ status: 'failed', error: 'bad image', labels: [] }), result, on),
    ).toBeUndefined();
    expect(result).toMatchObject({ status: 'failed', error: 'bad image', cached: true });
    expect(result.moderation).toBeUndefined();
  });
});

describe('labeledOutcome', () => {
  it('keeps the stored moderation of the same bytes when only labels were asked for', () => {
    const result = {
      ...fresh(),
      status: 'labeled' as const,
      labels: [{ name: 'Dog', confidence: 80 }],
    };
    const outcome = labeledOutcome(
      withModeration(),
      result,
      { labels: { labels: result.labels, modelVersion: '3.1' } },
      on,
    );
    expect(outcome).toMatchObject({
      status: 'labeled',
      modelVersion: '3.1',
      moderation: { labels: weapons, minConfidence: 50, modelVersion: '7.0' },
    });
  });

  it('keeps the stored labels and model version when only moderation was asked for', () => {
    const result = {
      ...fresh(),
      status: 'labeled' as const,
      labels: [{ name: 'Cat', confidence: 99 }],
    };
    const outcome = labeledOutcome(
      item(),
      result,
      { moderation: { labels: weapons, modelVersion: '7.0' } },
      on,
    );
    expect(outcome).toEqual({
      status: 'labeled',
      labels: result.labels,
      modelVersion: '3.0',
      moderation: { labels: weapons, modelVersion: '7.0', minConfidence: 50, adapter: '' },
    });
  });

  it('never carries moderation over from other bytes', () => {
    const result = { ...fresh(), sha256: 'b'.repeat(64), status: 'labeled' as const };
    const outcome = labeledOutcome(
      withModeration(),
      result,
      { labels: { labels: [], modelVersion: '3.0' } },
      {},
    );
    expect(outcome).not.toHaveProperty('moderation');
  });
});

describe('reuseStored in upload-only mode (the Lambda moderates)', () => {
  const upload = { settings, policy: BUILT_IN_POLICY };

  it("judges the Lambda's stored moderation on a re-run that reuses its item", () => {
    const result = fresh();
    expect(reuseStored(withModeration(), result, upload)).toBeUndefined();
    expect(result.moderation?.verdict).toBe('warn');
  });

  it('reports an item without moderation as not moderated, never as clear', () => {
    const result = fresh();
    expect(reuseStored(item(), result, upload)).toBeUndefined();
    expect(result.moderation?.verdict).toBe('not-moderated');
  });
});
