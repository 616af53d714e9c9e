import { describe, expect, it } from 'vitest';
import {
  type LabelRecord,
  hasModeration,
  moderationFor,
  moderationFromItem,
  toItem,
} from '../../src/shared/record.js';

const SHA = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

function record(overrides: Partial<LabelRecord> = {}): LabelRecord {
  return {
    filename: 'rekognition-input/prod/images/cat.png',
    timestamp: '2026-11-28T00:00:00Z',
    environment: 'prod',
    branch: 'main',
    labels: [{ name: 'Cat', confidence: 99 }],
    expiresAt: 1,
    status: 'labeled',
    sha256: SHA,
    minConfidence: 70,
    maxLabels: 10,
    modelVersion: '3.0',
    source: 'action',
    commit: 'abc',
    repository: 'o/r',
    runId: '1',
    observedAt: 1,
    ...overrides,
  };
}

const moderation = {
  labels: [
    { name: 'Violence', parentName: '', taxonomyLevel: 1, confidence: 91.23456 },
    { name: 'Weapons', parentName: 'Violence', taxonomyLevel: 2, confidence: 91.2 },
  ],
  modelVersion: '7.0',
  minConfidence: 50,
  adapter: '',
};

describe('moderation in the item', () => {
  it("stores what Rekognition said, never a verdict, in the reader's names", () => {
    const item = toItem(record({ moderation }));
    expect(JSON.parse(item.moderation_labels!.S!)).toEqual([
      { Name: 'Violence', ParentName: '', TaxonomyLevel: 1, Confidence: 91.23 },
      { Name: 'Weapons', ParentName: 'Violence', TaxonomyLevel: 2, Confidence: 91.2 },
    ]);
    expect(item.moderation_names).toEqual({ L: [{ S: 'Violence' }, { S: 'Weapons' }] });
    expect(item.moderation_model_version).toEqual({ S: '7.0' });
    expect(item.moderation_min_confidence).toEqual({ N: '50' });
    expect(item.moderation_adapter).toBeUndefined();
    expect(Object.keys(item).filter((k) => /verdict|block|warn/.test(k))).toEqual([]);
  });

  it('names the adapter when one was used, and has no moderation fields without moderation', () => {
    const arn = 'arn:aws:rekognition:eu-west-1:123456789012:project/p/version/v/1';
    expect(
      toItem(record({ moderation: { ...moderation, adapter: arn } })).moderation_adapter,
    ).toEqual({ S: arn });
    expect(Object.keys(toItem(record())).filter((k) => k.startsWith('moderation'))).toEqual([]);
  });

  it('reads back what it stored, and nothing from an item without it', () => {
    const item = toItem(record({ moderation }));
    expect(moderationFromItem(item)).toEqual({
      ...moderation,
      labels: moderation.labels.map((l) => ({
        ...l,
        confidence: Math.round(l.confidence * 100) / 100,
      })),
    });
    expect(moderationFromItem(toItem(record()))).toBeUndefined();
    expect(moderationFromItem({ ...item, moderation_labels: { S: 'not json' } })).toBeUndefined();
    // One unreadable entry makes the answer unreadable: dropping it could turn a block into a clear.
    const partly = JSON.stringify([
      { Name: 'Explicit', ParentName: '', TaxonomyLevel: 1, Confidence: '99' },
      { Name: 'Alcohol', ParentName: '', TaxonomyLevel: 1, Confidence: 60 },
    ]);
    expect(moderationFromItem({ ...item, moderation_labels: { S: partly } })).toBeUndefined();
    const noFloor = { ...item };
    delete noFloor.moderation_min_confidence;
    expect(moderationFromItem(noFloor)).toBeUndefined();
    expect(moderationFromItem(undefined)).toBeUndefined();
  });

  it('is reused only for the same bytes, floor and adapter', () => {
    const item = toItem(record({ moderation }));
    const settings = { minConfidence: 50, adapter: '' };
    expect(moderationFor(item, SHA, settings)?.labels).toHaveLength(2);
    expect(moderationFor(item, 'f'.repeat(64), settings)).toBeUndefined();
    expect(moderationFor(item, SHA, { ...settings, minConfidence: 60 })).toBeUndefined();
    expect(moderationFor(item, SHA, { ...settings, adapter: 'arn:x' })).toBeUndefined();
    expect(hasModeration(item, settings)).toBe(true);
    expect(hasModeration(item, { ...settings, minConfidence: 40 })).toBe(false);
    expect(hasModeration(toItem(record()), settings)).toBe(false);
  });
});
