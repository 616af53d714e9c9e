import type { KeysAndAttributes } from '@aws-sdk/client-dynamodb';
import { errorCode } from './aws-errors.js';
import { callAws } from './call-aws.js';
import { dynamodbOf } from './clients.js';
import type { Item } from './record.js';
import type { Services } from './services.js';

/** BatchGetItem's limit on keys per request. */
export const BATCH_KEYS = 100;
/** UnprocessedKeys are read again after this, doubling; the caller's retries cover errors. */
const UNPROCESSED_DELAY_MS = 50;

/**
 * The items of up to 100 `filename` keys, read consistently in one BatchGetItem (and again for
 * what DynamoDB left unprocessed), by key; 'denied' when the role may not call BatchGetItem.
 */
export async function batchGetItems(
  table: string,
  keys: readonly string[],
  services: Services,
  /**
   * Told of each request made (UnprocessedKeys make more than one) and the read capacity it
   * consumed; only then is DynamoDB asked to say it.
   */
  onRequest?: (capacityUnits: number) => void,
): Promise<Map<string, Item> | 'denied'> {
  const { BatchGetItemCommand } = await import('@aws-sdk/client-dynamodb');
  const dynamodb = dynamodbOf(services.clients);
  const found = new Map<string, Item>();
  let request: KeysAndAttributes | undefined = {
    Keys: [...new Set(keys)].map((key) => ({ filename: { S: key } })),
    ConsistentRead: true,
  };
  for (let attempt = 0; request?.Keys?.length; attempt++) {
    if (attempt > 0) await services.clock.sleep(UNPROCESSED_DELAY_MS * 2 ** Math.min(attempt, 6));
    const sent: KeysAndAttributes = request;
    const response = await callAws(
      services,
      { action: 'dynamodb:BatchGetItem', resource: `table ${table}`, table },
      async () => {
        try {
          return await dynamodb.send(
            new BatchGetItemCommand({
              RequestItems: { [table]: sent },
              ...(onRequest ? { ReturnConsumedCapacity: 'TOTAL' } : {}),
            }),
          );
        } catch (error) {
          // An answer, as a refused conditional write is: the role lacks the permission.
          if (errorCode(error) === 'AccessDeniedException') return 'denied' as const;
          throw error;
        }
      },
    );
    if (response === 'denied') return 'denied';
    onRequest?.(
      (response.ConsumedCapacity ?? []).reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0),
    );
    for (const item of response.Responses?.[table] ?? []) {
      const key = item.filename?.S;
      if (key !== undefined) found.set(key, item);
    }
    request = response.UnprocessedKeys?.[table];
  }
  return found;
}
