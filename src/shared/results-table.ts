import { callAws } from './call-aws.js';
import { dynamodbOf } from './clients.js';
import type { Services } from './services.js';
import { errorCode } from './aws-errors.js';
import { fitItem } from './item-size.js';
import type { Item, LabelRecord } from './record.js';

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
