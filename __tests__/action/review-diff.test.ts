import { describe, expect, it } from 'vitest';
import type { ImageResult } from '../../src/action/image-result.js';
import { BUILT_IN_POLICY } from '../../src/action/moderation-policy.js';
import { diffImage, labelChanges, reviewRank } from '../../src/action/review-diff.js';
import type { Item } from '../../src/shared/record.js';

const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);

function item(
  sha256: string,
  labels: [string, number][],
  moderation?: [string, string, number][],
): Item {
  const it: Item = {
    filename: { S: 'rekognition-input/prod/x.png' },
    status: { S: 'labeled' },
    sha256: { S: sha256 },
    labels: { S: JSON.stringify(labels.map(([Name, Confidence]) => ({ Name, Confidence }))) },
  };
  if (moderation) {
    it.moderation_labels = {
      S: JSON.stringify(
        moderation.map(([Name, ParentName, Confidence]) => ({
          Name,
          ParentName,
          TaxonomyLevel: ParentName ? 2 : 1,
          Confidence,
        })),
      ),
    };
    it.moderation_min_confidence = { N: '50' };
    it.moderation_model_version = { S: '7.0' };
  }
  return it;
}

function result(
  sha256: string,
  labels: [string, number][],
  extra: Partial<ImageResult> = {},
): ImageResult {
  return {
    path: 'x.png',
    key: 'rekognition-input/beta/x.png',
    environment: 'beta',
    status: 'labeled',
    sha256,
    labels: labels.map(([name, confidence]) => ({ name, confidence })),
    ...extra,
  };
}

const modified = { path: 'x.png', status: 'modified' as const };

describe('diffImage', () => {
  it('classes an image prod has never seen as new, whatever its file status', () => {
    const diff = diffImage(
      { file: modified, result: result(SHA_A, [['Cat', 90]]), comparing: true },
      undefined,
    );
    expect(diff).toMatchObject({ change: 'new', labelsAdded: [], labelsRemoved: [] });
    expect(diff.labels).toEqual([{ name: 'Cat', confidence: 90 }]);
  });

  it('classes other bytes as changed, with labels added, removed and moved by 10 points or more', () => {
    const diff = diffImage(
      {
        file: modified,
        result: result(SHA_B, [
          ['Cat', 70],
          ['Sofa', 80],
          ['Pet', 95],
        ]),
        compared: item(SHA_A, [
          ['Cat', 90],
          ['Dog', 60],
          ['Pet', 86],
        ]),
        comparing: true,
      },
      undefined,
    );
    expect(diff).toMatchObject({
      change: 'changed',
      sha256: SHA_B,
      compareSha256: SHA_A,
      labelsAdded: [{ name: 'Sofa', confidence: 80 }],
      labelsRemoved: [{ name: 'Dog', confidence: 60 }],
      confidenceMoves: [{ name: 'Cat', before: 90, after: 70 }],
    });
  });

  it('classes the same bytes under a new path as unchanged, compared at the previous path', () => {
    const file = { path: 'new/x.png', status: 'renamed' as const, previousPath: 'old/x.png' };
    const diff = diffImage(
      {
        file,
        result: result(SHA_A, [['Cat', 90]]),
        compared: item(SHA_A, [['Cat', 90]]),
        comparing: true,
      },
      undefined,
    );
    expect(diff).toMatchObject({ change: 'unchanged', previousPath: 'old/x.png', labelsAdded: [] });
  });

  it('lists what prod had for a removed image', () => {
    const diff = diffImage(
      {
        file: { path: 'x.png', status: 'removed' },
        compared: item(SHA_A, [['Cat', 90]]),
        comparing: true,
      },
      undefined,
    );
    expect(diff).toMatchObject({
      change: 'removed',
      labelsRemoved: [{ name: 'Cat', confidence: 90 }],
    });
    expect(diff.status).toBeUndefined();
  });

  it('falls back on the file status without a comparison', () => {
    const added = { path: 'x.png', status: 'added' as const };
    expect(
      diffImage({ file: added, result: result(SHA_A, []), comparing: false }, undefined).change,
    ).toBe('new');
    expect(
      diffImage({ file: modified, result: result(SHA_A, []), comparing: false }, undefined).change,
    ).toBe('changed');
  });

  it('judges prod’s stored moderation with this run’s policy, so a verdict change shows', () => {
    const compared = item(SHA_A, [], [['Explicit Nudity', 'Explicit', 90]]);
    const now = result(SHA_B, [], {
      moderation: { verdict: 'clear', labels: [], modelVersion: '7.0', findings: [] },
    });
    const diff = diffImage(
      { file: modified, result: now, compared, comparing: true },
      BUILT_IN_POLICY,
    );
    expect(diff).toMatchObject({ verdict: 'clear', compareVerdict: 'block' });
  });

  it('keeps the error of an image this run could not label', () => {
    const failed = result(SHA_A, [], { status: 'failed', error: 'x.png: not a PNG or JPEG' });
    const diff = diffImage(
      { file: modified, result: failed, compared: item(SHA_B, [['Cat', 90]]), comparing: true },
      undefined,
    );
    expect(diff).toMatchObject({
      status: 'failed',
      error: 'x.png: not a PNG or JPEG',
      labelsRemoved: [],
    });
  });
});

describe('labelChanges', () => {
  it('reports a move of exactly 10 points and not one of 9.9', () => {
    const moves = labelChanges(
      [
        { name: 'A', confidence: 80 },
        { name: 'B', confidence: 80 },
      ],
      [
        { name: 'A', confidence: 90 },
        { name: 'B', confidence: 89.9 },
      ],
    ).confidenceMoves;
    expect(moves).toEqual([{ name: 'A', before: 80, after: 90 }]);
  });
});

describe('reviewRank', () => {
  it('puts blocked, warned, changed, new, removed, unchanged in that order', () => {
    const base = diffImage(
      { file: modified, result: result(SHA_A, []), comparing: false },
      undefined,
    );
    const ranks = [
      { ...base, verdict: 'block' as const },
      { ...base, verdict: 'warn' as const },
      { ...base, change: 'changed' as const },
      { ...base, change: 'new' as const },
      { ...base, change: 'removed' as const },
      { ...base, change: 'unchanged' as const },
    ].map(reviewRank);
    expect(ranks).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
