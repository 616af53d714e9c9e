import { describe, expect, it } from 'vitest';
import {
  INDEX_TABLE_SUFFIX,
  indexKey,
  indexTableFor,
  itemHas,
  paddedSequence,
  rowsOfItem,
} from '../../src/shared/label-index.js';
import { type ItemChangeRecord, changesOf } from '../../src/shared/label-index-writer.js';
import type { Item } from '../../src/shared/record.js';

/** The rows of the label index an item should have: labels, moderation labels, one per name. */

const KEY = 'rekognition-input/prod/images/cat.png';

interface ModerationEntry {
  Name: string;
  ParentName?: string;
  TaxonomyLevel?: number;
  Confidence: number;
}

/** An item as the writers store it (record.ts toItem), reduced to what the index reads. */
function labeledItem(
  labels: { Name: string; Confidence: number }[],
  moderation?: ModerationEntry[],
  overrides: Item = {},
): Item {
  return {
    filename: { S: KEY },
    status: { S: 'labeled' },
    labels: { S: JSON.stringify(labels) },
    label_names: { L: labels.map((l) => ({ S: l.Name })) },
    expires_at: { N: '1800000000' },
    ...(moderation
      ? {
          moderation_labels: {
            S: JSON.stringify(moderation.map((m) => ({ ParentName: '', TaxonomyLevel: 1, ...m }))),
          },
          moderation_names: { L: moderation.map((m) => ({ S: m.Name })) },
          moderation_min_confidence: { N: '50' },
          moderation_model_version: { S: '7.0' },
        }
      : {}),
    ...overrides,
  };
}

const asObject = (rows: ReturnType<typeof rowsOfItem>) => Object.fromEntries(rows);

describe('rowsOfItem', () => {
  it('gives one row per label and per moderation label, by case-insensitive index key', () => {
    const item = labeledItem(
      [
        { Name: 'Cat', Confidence: 99.12 },
        { Name: 'Snout', Confidence: 81.5 },
      ],
      [
        { Name: 'Violence', Confidence: 91.23 },
        { Name: 'Weapons', ParentName: 'Violence', TaxonomyLevel: 2, Confidence: 60 },
      ],
    );
    expect(asObject(rowsOfItem(item))).toEqual({
      'label#cat': { kind: 'label', name: 'Cat', confidence: 99.12 },
      'label#snout': { kind: 'label', name: 'Snout', confidence: 81.5 },
      'moderation#violence': { kind: 'moderation', name: 'Violence', confidence: 91.23 },
      'moderation#weapons': { kind: 'moderation', name: 'Weapons', confidence: 60 },
    });
  });

  it('keeps a label and a moderation label of the same name apart', () => {
    const item = labeledItem(
      [{ Name: 'Weapons', Confidence: 70 }],
      [{ Name: 'Weapons', Confidence: 90 }],
    );
    expect(asObject(rowsOfItem(item))).toEqual({
      'label#weapons': { kind: 'label', name: 'Weapons', confidence: 70 },
      'moderation#weapons': { kind: 'moderation', name: 'Weapons', confidence: 90 },
    });
  });

  it('gives none for a failed item, an item without a status, or no item', () => {
    const labels = [{ Name: 'Cat', Confidence: 99 }];
    const failed = labeledItem(labels, [{ Name: 'Violence', Confidence: 90 }], {
      status: { S: 'failed' },
      error: { S: 'InvalidImageFormatException' },
    });
    expect(rowsOfItem(failed).size).toBe(0);
    const statusless = labeledItem(labels);
    delete statusless.status;
    expect(rowsOfItem(statusless).size).toBe(0);
    expect(rowsOfItem(undefined).size).toBe(0);
    // The same item, labeled, has rows: the status alone decided.
    expect(rowsOfItem(labeledItem(labels)).size).toBe(1);
  });

  it('a labeled item without labels or moderation has no rows', () => {
    expect(rowsOfItem(labeledItem([])).size).toBe(0);
    const noLabelsAttribute = labeledItem([]);
    delete noLabelsAttribute.labels;
    expect(rowsOfItem(noLabelsAttribute).size).toBe(0);
  });

  it('unreadable moderation JSON falls back to moderation_names at confidence 0', () => {
    const item = labeledItem(
      [{ Name: 'Rocket', Confidence: 97 }],
      [
        { Name: 'Explosions and Blasts', Confidence: 91 },
        { Name: 'Violence', Confidence: 88 },
      ],
    );
    const broken = { ...item, moderation_labels: { S: '[{"Name": "Explosions and Bl' } };
    expect(asObject(rowsOfItem(broken))).toEqual({
      'label#rocket': { kind: 'label', name: 'Rocket', confidence: 97 },
      'moderation#explosions and blasts': {
        kind: 'moderation',
        name: 'Explosions and Blasts',
        confidence: 0,
      },
      'moderation#violence': { kind: 'moderation', name: 'Violence', confidence: 0 },
    });
    // One unreadable entry (no ParentName) makes the whole answer unreadable: names only.
    const entry = {
      ...item,
      moderation_labels: { S: JSON.stringify([{ Name: 'Violence', Confidence: 88 }]) },
      moderation_names: { L: [{ S: 'Violence' }] },
    };
    expect(asObject(rowsOfItem(entry))).toEqual({
      'label#rocket': { kind: 'label', name: 'Rocket', confidence: 97 },
      'moderation#violence': { kind: 'moderation', name: 'Violence', confidence: 0 },
    });
    // Non-string names in the list are skipped, not indexed as "undefined".
    const odd = { ...broken, moderation_names: { L: [{ N: '1' }, { S: 'Violence' }] } };
    expect([...rowsOfItem(odd).keys()]).toEqual(['label#rocket', 'moderation#violence']);
  });

  it('an item that was never moderated has no moderation rows', () => {
    expect([...rowsOfItem(labeledItem([{ Name: 'Cat', Confidence: 99 }])).keys()]).toEqual([
      'label#cat',
    ]);
  });

  it('two spellings of one name keep the higher confidence, in either order', () => {
    const lowFirst = labeledItem([
      { Name: 'Cat', Confidence: 80 },
      { Name: 'cat', Confidence: 95 },
    ]);
    expect(asObject(rowsOfItem(lowFirst))).toEqual({
      'label#cat': { kind: 'label', name: 'cat', confidence: 95 },
    });
    const highFirst = labeledItem([
      { Name: 'CAT', Confidence: 95 },
      { Name: 'Cat', Confidence: 80 },
    ]);
    expect(asObject(rowsOfItem(highFirst))).toEqual({
      'label#cat': { kind: 'label', name: 'CAT', confidence: 95 },
    });
    const moderation = labeledItem(
      [],
      [
        { Name: 'violence', Confidence: 40 },
        { Name: 'Violence', Confidence: 90 },
      ],
    );
    expect(asObject(rowsOfItem(moderation))).toEqual({
      'moderation#violence': { kind: 'moderation', name: 'Violence', confidence: 90 },
    });
  });
});

describe('indexKey', () => {
  it('matches case-insensitively and ignores surrounding spaces', () => {
    expect(indexKey('label', 'Microscope')).toBe('label#microscope');
    expect(indexKey('label', 'MICROSCOPE')).toBe('label#microscope');
    expect(indexKey('label', '  microscope ')).toBe('label#microscope');
    expect(indexKey('moderation', 'Explosions and Blasts')).toBe(
      'moderation#explosions and blasts',
    );
    expect(indexKey('moderation', 'Cat')).not.toBe(indexKey('label', 'Cat'));
  });

  it('itemHas finds a name in any spelling, of the right kind only', () => {
    const item = labeledItem(
      [{ Name: 'Microscope', Confidence: 88.5 }],
      [{ Name: 'Violence', Confidence: 91 }],
    );
    expect(itemHas(item, 'label', 'MICROSCOPE')).toEqual({
      kind: 'label',
      name: 'Microscope',
      confidence: 88.5,
    });
    expect(itemHas(item, 'moderation', 'violence')?.confidence).toBe(91);
    expect(itemHas(item, 'moderation', 'Microscope')).toBeUndefined();
    expect(itemHas(item, 'label', 'Violence')).toBeUndefined();
    expect(itemHas(undefined, 'label', 'Microscope')).toBeUndefined();
  });

  it('names the index table of a results table', () => {
    expect(indexTableFor('prod_results')).toBe('prod_results-labels');
    expect(INDEX_TABLE_SUFFIX).toBe('-labels');
  });
});

describe('paddedSequence', () => {
  it('sorts stream sequence numbers of different lengths as text in numeric order', () => {
    const numbers = ['100000000000000000010', '9', '99', '1000', '100000000000000000009'];
    // Unpadded, text order is not numeric order.
    expect([...numbers].sort()).toEqual([
      '1000',
      '100000000000000000009',
      '100000000000000000010',
      '9',
      '99',
    ]);
    const sorted = numbers
      .map((n) => ({ n, padded: paddedSequence(n) }))
      .sort((a, b) => (a.padded < b.padded ? -1 : a.padded > b.padded ? 1 : 0))
      .map((x) => x.n);
    expect(sorted).toEqual(['9', '99', '1000', '100000000000000000009', '100000000000000000010']);
  });

  it('pads to 40 digits and leaves a 40-digit number as it is', () => {
    expect(paddedSequence('42')).toBe(`${'0'.repeat(38)}42`);
    expect(paddedSequence('42')).toHaveLength(40);
    const full = '1'.repeat(40);
    expect(paddedSequence(full)).toBe(full);
  });
});

describe('changesOf', () => {
  const image = (name: string, labels: string[]): Item =>
    labeledItem(
      labels.map((Name) => ({ Name, Confidence: 90 })),
      undefined,
      { filename: { S: name } },
    );
  const record = (
    eventName: 'INSERT' | 'MODIFY' | 'REMOVE',
    filename: string,
    sequence: string,
    images: { OldImage?: Item; NewImage?: Item },
  ): ItemChangeRecord => ({
    eventName,
    dynamodb: { Keys: { filename: { S: filename } }, SequenceNumber: sequence, ...images },
  });

  it("collapses an image's records to its first OldImage and its last NewImage", () => {
    const a0 = image('a', ['Cat']);
    const a1 = image('a', ['Dog']);
    const a2 = image('a', ['Cup']);
    const b1 = image('b', ['Rocket']);
    const changes = changesOf([
      record('MODIFY', 'a', '101', { OldImage: a0, NewImage: a1 }),
      record('INSERT', 'b', '102', { NewImage: b1 }),
      record('MODIFY', 'a', '103', { OldImage: a1, NewImage: a2 }),
    ]);
    expect(changes).toEqual([
      { filename: 'a', before: a0, after: a2, first: '101', last: '103' },
      { filename: 'b', before: undefined, after: b1, first: '102', last: '102' },
    ]);
  });

  it('an image inserted then removed in one batch ends with nothing before or after', () => {
    const a1 = image('a', ['Cat']);
    const changes = changesOf([
      record('INSERT', 'a', '7', { NewImage: a1 }),
      record('REMOVE', 'a', '8', { OldImage: a1 }),
    ]);
    expect(changes).toEqual([
      { filename: 'a', before: undefined, after: undefined, first: '7', last: '8' },
    ]);
  });

  it('a removal after a change ends with no image after, and the first image before', () => {
    const a0 = image('a', ['Cat']);
    const a1 = image('a', ['Dog']);
    const [change] = changesOf([
      record('MODIFY', 'a', '5', { OldImage: a0, NewImage: a1 }),
      record('REMOVE', 'a', '6', { OldImage: a1 }),
    ]);
    expect(change!.before).toBe(a0);
    expect(change!.after).toBeUndefined();
  });

  it('skips records without a filename key or a sequence number', () => {
    const a1 = image('a', ['Cat']);
    const changes = changesOf([
      { eventName: 'INSERT', dynamodb: { Keys: { id: { S: 'x' } }, SequenceNumber: '1' } },
      { eventName: 'INSERT', dynamodb: { Keys: { filename: { S: 'a' } }, NewImage: a1 } },
      { eventName: 'INSERT' },
      record('INSERT', 'b', '4', { NewImage: image('b', ['Dog']) }),
    ]);
    expect(changes.map((c) => [c.filename, c.first])).toEqual([['b', '4']]);
  });
});
