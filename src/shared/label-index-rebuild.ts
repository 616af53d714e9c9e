import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { callAws } from './call-aws.js';
import { dynamodbOf } from './clients.js';
import { errorCode } from './aws-errors.js';
import { forEachAtOnce } from './at-once.js';
import { paddedSequence, rowsOfItem } from './label-index.js';
import { indexRowItem, nameRowItem } from './label-index-writer.js';
import type { Services } from './services.js';

/**
 * Fills the label index from the results table, for items written before the index existed
 * (the stream only carries changes from the last 24 hours). It only adds rows that are missing:
 * a row the stream consumer wrote is never replaced (`attribute_not_exists`), and its sequence
 * number 0 yields to any later record. Pages are read consistently and written at once, so an
 * item changed in between is caught by the consumer's next record in all but a window of
 * milliseconds; `find` drops such a row anyway, since it verifies every hit.
 */

export interface RebuildSummary {
  items: number;
  rowsAdded: number;
  rowsPresent: number;
  requests: number;
}

const FIRST = paddedSequence('0');

export async function rebuildIndex(
  table: string,
  indexTable: string,
  services: Services,
  onPage: (summary: RebuildSummary) => void = () => {},
  concurrency = 16,
): Promise<RebuildSummary> {
  const { PutItemCommand, ScanCommand } = await import('@aws-sdk/client-dynamodb');
  const dynamodb = dynamodbOf(services.clients);
  const summary: RebuildSummary = { items: 0, rowsAdded: 0, rowsPresent: 0, requests: 0 };
  const names = new Set<string>();
  const put = (item: Record<string, AttributeValue>, condition?: string) =>
    callAws(
      services,
      { action: 'dynamodb:PutItem', resource: `table ${indexTable}`, table: indexTable },
      async () => {
        summary.requests++;
        try {
          await dynamodb.send(
            new PutItemCommand({
              TableName: indexTable,
              Item: item,
              ...(condition ? { ConditionExpression: condition } : {}),
            }),
          );
          return true;
        } catch (error) {
          if (errorCode(error) === 'ConditionalCheckFailedException') return false;
          throw error;
        }
      },
    );
  let start: Record<string, AttributeValue> | undefined;
  do {
    const page = await callAws(
      services,
      { action: 'dynamodb:Scan', resource: `table ${table}`, table },
      () =>
        dynamodb.send(
          new ScanCommand({ TableName: table, ConsistentRead: true, ExclusiveStartKey: start }),
        ),
    );
    summary.requests++;
    const writes: (() => Promise<void>)[] = [];
    for (const item of page.Items ?? []) {
      summary.items++;
      const filename = item.filename?.S;
      if (filename === undefined) continue;
      for (const [key, row] of rowsOfItem(item)) {
        writes.push(async () => {
          const added = await put(
            indexRowItem(key, filename, row, FIRST),
            'attribute_not_exists(filename)',
          );
          if (added) summary.rowsAdded++;
          else summary.rowsPresent++;
          if (!names.has(key)) {
            names.add(key);
            await put(nameRowItem(key, row));
          }
        });
      }
    }
    await forEachAtOnce(writes, concurrency, (write) => write());
    onPage(summary);
    start = page.LastEvaluatedKey;
  } while (start);
  return summary;
}
