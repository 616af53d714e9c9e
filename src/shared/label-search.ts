import type { AttributeValue, QueryCommandInput } from '@aws-sdk/client-dynamodb';
import { forEachAtOnce } from './at-once.js';
import { BATCH_KEYS, batchGetItems } from './batch-get.js';
import { callAws } from './call-aws.js';
import { dynamodbOf } from './clients.js';
import { type IndexKind, NAMES_PARTITION, indexKey, itemHas } from './label-index.js';
import type { Item } from './record.js';
import type { Services } from './services.js';

/**
 * Reading the label index: `find` queries one partition and keeps a hit only when the current
 * item (read consistently, 100 per BatchGetItem) still has the name at the asked confidence,
 * so an answer never holds an image relabeled, deleted or expired since its row was written.
 * `labels` counts each name's rows.
 */

export interface FindQuery {
  table: string;
  indexTable: string;
  /** At least one of label and moderation; with both, an image must have both. */
  label?: string;
  moderation?: string;
  /** Keep only images whose matched label (or moderation label) is at least this confident. */
  minConfidence?: number;
}

export interface FoundImage {
  filename: string;
  /** The item's confidence for the searched name (the label's when both were given). */
  confidence: number;
  /** The item's display spelling of the searched name. */
  name: string;
  item: Item;
}

export interface SearchCost {
  /** DynamoDB requests made: Query pages and BatchGetItem calls. */
  requests: number;
  /** Read capacity units they consumed, as DynamoDB reported them (what is billed). */
  readUnits: number;
  /** Index rows read, and how many of them the current item no longer backed (newer items). */
  rowsRead: number;
  stale: number;
}

export interface FindResult extends SearchCost {
  images: FoundImage[];
}

export class SearchDenied extends Error {
  override name = 'SearchDenied';
}

/** Every page of a Query, through the shared caller. */
async function* queryPages(
  input: QueryCommandInput,
  services: Services,
  cost: SearchCost,
): AsyncGenerator<Record<string, AttributeValue>[] | number> {
  const { QueryCommand } = await import('@aws-sdk/client-dynamodb');
  const dynamodb = dynamodbOf(services.clients);
  let start: Record<string, AttributeValue> | undefined;
  do {
    const page = await callAws(
      services,
      { action: 'dynamodb:Query', resource: `table ${input.TableName}`, table: input.TableName! },
      () =>
        dynamodb.send(
          new QueryCommand({ ...input, ExclusiveStartKey: start, ReturnConsumedCapacity: 'TOTAL' }),
        ),
    );
    cost.requests++;
    cost.readUnits += page.ConsumedCapacity?.CapacityUnits ?? 0;
    yield input.Select === 'COUNT' ? (page.Count ?? 0) : (page.Items ?? []);
    start = page.LastEvaluatedKey;
  } while (start);
}

function searched(query: FindQuery): { kind: IndexKind; name: string } {
  if (query.label !== undefined) return { kind: 'label', name: query.label };
  if (query.moderation !== undefined) return { kind: 'moderation', name: query.moderation };
  throw new Error('find needs a label or a moderation label');
}

/** The verified matches of one page of index rows. */
async function verify(
  filenames: string[],
  query: FindQuery,
  services: Services,
  cost: SearchCost,
): Promise<FoundImage[]> {
  const items = await batchGetItems(query.table, filenames, services, (units) => {
    cost.requests++;
    cost.readUnits += units;
  });
  if (items === 'denied') {
    throw new SearchDenied(`dynamodb:BatchGetItem on table ${query.table} was denied`);
  }
  const { kind, name } = searched(query);
  const found: FoundImage[] = [];
  const nowSeconds = services.clock.now() / 1000;
  for (const filename of filenames) {
    // DynamoDB deletes an expired item up to days later: it is gone for the answer already.
    const stored = items.get(filename);
    const expired =
      stored?.expires_at?.N !== undefined && Number(stored.expires_at.N) <= nowSeconds;
    const item = expired ? undefined : stored;
    const match = itemHas(item, kind, name);
    const also = query.label !== undefined && query.moderation !== undefined;
    const confident = match !== undefined && match.confidence >= (query.minConfidence ?? 0);
    if (!confident || (also && !itemHas(item, 'moderation', query.moderation!))) {
      // The row passed the confidence filter, so an item without the name or below it is newer
      // than the row.
      if (!confident) cost.stale++;
      continue;
    }
    found.push({ filename, confidence: match.confidence, name: match.name, item: item! });
  }
  return found;
}

/** Images whose current item has the label (and moderation label), most confident first. */
export async function findImages(query: FindQuery, services: Services): Promise<FindResult> {
  const { kind, name } = searched(query);
  const cost: SearchCost = { requests: 0, readUnits: 0, rowsRead: 0, stale: 0 };
  const images: FoundImage[] = [];
  const input: QueryCommandInput = {
    TableName: query.indexTable,
    KeyConditionExpression: 'index_key = :key',
    ExpressionAttributeValues: { ':key': { S: indexKey(kind, name) } },
    ProjectionExpression: 'filename, confidence',
  };
  if (query.minConfidence !== undefined) {
    // Rows below the floor cannot match; the item is still what decides.
    input.FilterExpression = 'confidence >= :min';
    input.ExpressionAttributeValues![':min'] = { N: String(query.minConfidence) };
  }
  let pending: string[] = [];
  for await (const rows of queryPages(input, services, cost)) {
    for (const row of rows as Record<string, AttributeValue>[]) {
      cost.rowsRead++;
      if (row.filename?.S !== undefined) pending.push(row.filename.S);
      if (pending.length === BATCH_KEYS) {
        images.push(...(await verify(pending, query, services, cost)));
        pending = [];
      }
    }
  }
  if (pending.length > 0) images.push(...(await verify(pending, query, services, cost)));
  images.sort((a, b) => b.confidence - a.confidence || (a.filename < b.filename ? -1 : 1));
  return { images, ...cost };
}

export interface NameCount {
  kind: IndexKind;
  name: string;
  count: number;
}

/** Every indexed name with its number of images, most first; names with none are left out. */
export async function countLabels(
  indexTable: string,
  services: Services,
  concurrency = 8,
): Promise<{ names: NameCount[] } & SearchCost> {
  const cost: SearchCost = { requests: 0, readUnits: 0, rowsRead: 0, stale: 0 };
  const names: { key: string; kind: IndexKind; name: string }[] = [];
  const listing: QueryCommandInput = {
    TableName: indexTable,
    KeyConditionExpression: 'index_key = :key',
    ExpressionAttributeValues: { ':key': { S: NAMES_PARTITION } },
  };
  for await (const rows of queryPages(listing, services, cost)) {
    for (const row of rows as Record<string, AttributeValue>[]) {
      const key = row.filename?.S;
      const kind = row.kind?.S;
      if (key && (kind === 'label' || kind === 'moderation')) {
        names.push({ key, kind, name: row.name?.S ?? key });
      }
    }
  }
  const counts: NameCount[] = [];
  await forEachAtOnce(names, concurrency, async ({ key, kind, name }) => {
    let count = 0;
    const input: QueryCommandInput = {
      TableName: indexTable,
      KeyConditionExpression: 'index_key = :key',
      ExpressionAttributeValues: { ':key': { S: key } },
      Select: 'COUNT',
    };
    for await (const n of queryPages(input, services, cost)) count += n as number;
    cost.rowsRead += count;
    if (count > 0) counts.push({ kind, name, count });
  });
  counts.sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1));
  return { names: counts, ...cost };
}
