import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { type Item, labelsFromItem, moderationFromItem } from './record.js';

/**
 * The label index: one row per (label, image) in a table of its own, so "images with label X"
 * is a Query of one partition, never a Scan of the results. Only the stream consumer
 * (label-index-writer.ts) writes it; readers verify every hit against the current item
 * (label-search.ts), so a row the consumer has not yet removed never reaches an answer.
 *
 * Rows: `index_key` (partition) `label#<lower-case name>` or `moderation#<lower-case name>`,
 * `filename` (sort) the image's key, `name` the display name, `confidence`, `seq` the stream
 * record that wrote it. The names partition `#names` has one row per indexed name (sort key:
 * its index key) so `labels` can list them.
 */

export type IndexKind = 'label' | 'moderation';

/** `{results table}-labels`: the index table of a results table, unless named otherwise. */
export const INDEX_TABLE_SUFFIX = '-labels';

export const NAMES_PARTITION = '#names';

export function indexTableFor(table: string): string {
  return `${table}${INDEX_TABLE_SUFFIX}`;
}

/** Labels match case-insensitively: `Microscope`, `microscope` and `MICROSCOPE` are one. */
export function indexKey(kind: IndexKind, name: string): string {
  return `${kind}#${name.trim().toLowerCase()}`;
}

export interface IndexRow {
  kind: IndexKind;
  name: string;
  confidence: number;
}

/**
 * The rows an item should have in the index, by index key: its labels and moderation labels,
 * for a labeled item. A failed item, or none, has none.
 */
export function rowsOfItem(item: Item | undefined): Map<string, IndexRow> {
  const rows = new Map<string, IndexRow>();
  if (item?.status?.S !== 'labeled') return rows;
  const add = (kind: IndexKind, name: string, confidence: number) => {
    const key = indexKey(kind, name);
    const known = rows.get(key);
    // Two display spellings of one name keep the higher confidence.
    if (!known || known.confidence < confidence) rows.set(key, { kind, name, confidence });
  };
  for (const label of labelsFromItem(item)) add('label', label.name, label.confidence);
  const moderation = moderationFromItem(item);
  if (moderation) {
    for (const label of moderation.labels) add('moderation', label.name, label.confidence);
  } else {
    // An item whose moderation JSON is unreadable still names its labels.
    for (const name of stringList(item.moderation_names)) add('moderation', name, 0);
  }
  return rows;
}

function stringList(value: AttributeValue | undefined): string[] {
  return (value?.L ?? []).flatMap((v) => (v.S === undefined ? [] : [v.S]));
}

/** Whether the current item has `name` of this kind (case-insensitive), and at what confidence. */
export function itemHas(
  item: Item | undefined,
  kind: IndexKind,
  name: string,
): IndexRow | undefined {
  return rowsOfItem(item).get(indexKey(kind, name));
}

/** Stream sequence numbers are decimal strings of up to 40 digits; padded, they sort as text. */
export function paddedSequence(sequenceNumber: string): string {
  return sequenceNumber.padStart(40, '0');
}
