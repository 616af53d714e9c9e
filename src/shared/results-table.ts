import { callAws } from './call-aws.js';
import { dynamodbOf } from './clients.js';
import type { Services } from './services.js';
import { errorCode, errorMessage } from './aws-errors.js';
import { fitItem } from './item-size.js';
import {
  type Item,
  type LabelRecord,
  type LabelSettings,
  expiresAt,
  isReusable,
} from './record.js';

/** The stored item for `key`, read consistently so a just-written result counts. */
export async function getStored(
  table: string,
  key: string,
  services: Services,
): Promise<Item | undefined> {
  const { GetItemCommand } = await import('@aws-sdk/client-dynamodb');
  const dynamodb = dynamodbOf(services.clients);
  const response = await callAws(
    services,
    { action: 'dynamodb:GetItem', resource: `table ${table}`, table },
    () =>
      dynamodb.send(
        new GetItemCommand({
          TableName: table,
          Key: { filename: { S: key } },
          ConsistentRead: true,
        }),
      ),
  );
  return response.Item;
}

/** How a write ended: stored (perhaps with labels trimmed to fit), or refused as older. */
export type WriteOutcome =
  | { stored: true; labelsTrimmed: number }
  /** The table already holds an item for a newer observation of this key; it was kept. */
  | { stored: false; reason: 'newer-item' };

/**
 * Why the write is conditional: two runs (or a run and a re-delivered event) can label one key
 * with different bytes, and the slower one must not replace the newer result. Items written
 * before `observed_at` existed are always replaced.
 */
const NEWER_ITEM_WINS =
  'attribute_not_exists(filename) OR attribute_not_exists(observed_at) OR observed_at <= :observed';

export async function writeRecord(
  table: string,
  record: LabelRecord,
  services: Services,
): Promise<WriteOutcome> {
  const { item, trimmed } = fitItem(record);
  const { PutItemCommand } = await import('@aws-sdk/client-dynamodb');
  const dynamodb = dynamodbOf(services.clients);
  return callAws(
    services,
    { action: 'dynamodb:PutItem', resource: `table ${table}`, table },
    async (): Promise<WriteOutcome> => {
      try {
        await dynamodb.send(
          new PutItemCommand({
            TableName: table,
            Item: item,
            ConditionExpression: NEWER_ITEM_WINS,
            ExpressionAttributeValues: { ':observed': { N: String(record.observedAt) } },
          }),
        );
        return { stored: true, labelsTrimmed: trimmed };
      } catch (error) {
        // An answer, not a failure: the newer item stays, and retrying would not change it.
        if (errorCode(error) === 'ConditionalCheckFailedException') {
          return { stored: false, reason: 'newer-item' };
        }
        throw error;
      }
    },
  );
}

/** What extendExpiry did. */
export type ExpiryChange = 'extended' | 'removed' | 'fresh' | 'replaced';

/**
 * Sliding expiry: an item reused by a run (its image is still there) lives `ttlHours` from now,
 * so only images nobody runs on any more expire. Written only when less than half the TTL is
 * left (a run on every push would otherwise write every item each time), and only while the
 * item is still about `sha256`; never shortened. `ttlHours` 0 removes the expiry. Needs
 * dynamodb:UpdateItem.
 */
export async function extendExpiry(
  table: string,
  item: Item,
  ttlHours: number,
  nowMs: number,
  services: Services,
): Promise<ExpiryChange> {
  const key = item.filename?.S;
  const sha256 = item.sha256?.S;
  if (key === undefined || sha256 === undefined) return 'fresh';
  const current = item.expires_at?.N === undefined ? undefined : Number(item.expires_at.N);
  const target = expiresAt(nowMs, ttlHours);
  if (target === undefined ? current === undefined : isFresh(current, nowMs, ttlHours)) {
    return 'fresh';
  }
  const { UpdateItemCommand } = await import('@aws-sdk/client-dynamodb');
  const dynamodb = dynamodbOf(services.clients);
  const update =
    target === undefined
      ? { UpdateExpression: 'REMOVE expires_at', ConditionExpression: 'sha256 = :sha' }
      : {
          UpdateExpression: 'SET expires_at = :at',
          ConditionExpression:
            'sha256 = :sha AND (attribute_not_exists(expires_at) OR expires_at < :at)',
        };
  return callAws(
    services,
    { action: 'dynamodb:UpdateItem', resource: `table ${table}`, table },
    async (): Promise<ExpiryChange> => {
      try {
        await dynamodb.send(
          new UpdateItemCommand({
            TableName: table,
            Key: { filename: { S: key } },
            ...update,
            ExpressionAttributeValues: {
              ':sha': { S: sha256 },
              ...(target === undefined ? {} : { ':at': { N: String(target) } }),
            },
          }),
        );
        return target === undefined ? 'removed' : 'extended';
      } catch (error) {
        // Another run wrote other bytes (or a later expiry) meanwhile: theirs stands.
        if (errorCode(error) === 'ConditionalCheckFailedException') return 'replaced';
        throw error;
      }
    },
  );
}

/** More than half the TTL left: extending now would only cost a write. */
function isFresh(current: number | undefined, nowMs: number, ttlHours: number): boolean {
  return current !== undefined && current - nowMs / 1000 > (ttlHours * 3600) / 2;
}

/** The results table's secondary index on `sha256`: the items about given bytes, any path. */
export const SHA256_INDEX = 'sha256-index';

/** What findSameBytes learned: an item to reuse (or none), or why it could not look. */
export type SameBytes =
  | { item?: Item }
  /** The table has no `sha256-index` (created before 1.1): nothing can be reused. */
  | 'no-index'
  /** The role may not Query the index. */
  | 'denied';

/**
 * An item of another path about the same bytes, labeled with the same settings, whose labels
 * a renamed or copied image can take instead of a Rekognition call. The index is eventually
 * consistent: a miss only means paying for a call, and a hit is checked like any stored item.
 */
export async function findSameBytes(
  table: string,
  sha256: string,
  settings: LabelSettings,
  services: Services,
  /** Only items of this environment: a table may be shared by several. */
  environment: string,
): Promise<SameBytes> {
  const { QueryCommand } = await import('@aws-sdk/client-dynamodb');
  const dynamodb = dynamodbOf(services.clients);
  const answer = await callAws(
    services,
    { action: 'dynamodb:Query', resource: `index ${SHA256_INDEX} of table ${table}`, table },
    async () => {
      try {
        return await dynamodb.send(
          new QueryCommand({
            TableName: table,
            IndexName: SHA256_INDEX,
            KeyConditionExpression: 'sha256 = :sha',
            ExpressionAttributeValues: { ':sha': { S: sha256 } },
          }),
        );
      } catch (error) {
        const code = errorCode(error);
        if (code === 'AccessDeniedException') return 'denied' as const;
        if (code === 'ValidationException' && /index/i.test(errorMessage(error))) {
          return 'no-index' as const;
        }
        throw error;
      }
    },
  );
  if (typeof answer === 'string') return answer;
  const item = (answer.Items ?? [])
    .filter(
      (candidate) =>
        candidate.environment?.S === environment && isReusable(candidate, sha256, settings),
    )
    // The most recent result first: the same bytes may have been labeled on several paths.
    .sort((a, b) => Number(b.observed_at?.N ?? 0) - Number(a.observed_at?.N ?? 0))[0];
  return item ? { item } : {};
}
