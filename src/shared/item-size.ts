import { type Item, type LabelRecord, toItem } from './record.js';

/** DynamoDB's item size limit. */
export const MAX_ITEM_BYTES = 400 * 1024;

/**
 * An upper bound of the item's size as DynamoDB counts it (attribute names and values in
 * UTF-8, small overheads for numbers and lists): the JSON of the AttributeValue map is always
 * larger, because every name, string and number is written whole inside quotes and braces.
 */
export function itemBytesUpperBound(item: Item): number {
  return Buffer.byteLength(JSON.stringify(item), 'utf8');
}

export interface FittedItem {
  item: Item;
  /** Labels left out, lowest confidence first, so the item fits. */
  trimmed: number;
}

/**
 * The record's item, with the lowest-confidence labels left out when all of them would not fit
 * in 400 KB (`max-labels: 1000` with long names); `labels_trimmed` says how many. Labels come
 * sorted by confidence, so what is kept is what a reader most wants.
 */
export function fitItem(record: LabelRecord, limit = MAX_ITEM_BYTES): FittedItem {
  const whole = toItem(record);
  if (itemBytesUpperBound(whole) <= limit) return { item: whole, trimmed: 0 };
  const withLabels = (count: number): Item =>
    toItem({
      ...record,
      labels: record.labels.slice(0, count),
      labelsTrimmed: record.labels.length - count,
    });
  // The largest count that fits; the size grows with the count, so bisect.
  let low = 0;
  let high = record.labels.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (itemBytesUpperBound(withLabels(mid)) <= limit) low = mid;
    else high = mid - 1;
  }
  return { item: withLabels(low), trimmed: record.labels.length - low };
}
