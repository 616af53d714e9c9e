import { GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { callAws } from './call-aws.js';
import type { Services } from './services.js';
import { type Item, type LabelRecord, toItem } from './record.js';

/** The stored item for `key`, read consistently so a just-written result counts. */
export async function getStored(
  table: string,
  key: string,
  services: Services,
): Promise<Item | undefined> {
  const response = await callAws(
    services,
    { action: 'dynamodb:GetItem', resource: `table ${table}`, table },
    () =>
      services.clients.dynamodb.send(
        new GetItemCommand({
          TableName: table,
          Key: { filename: { S: key } },
          ConsistentRead: true,
        }),
      ),
  );
  return response.Item;
}

export async function writeRecord(
  table: string,
  record: LabelRecord,
  services: Services,
): Promise<void> {
  await callAws(services, { action: 'dynamodb:PutItem', resource: `table ${table}`, table }, () =>
    services.clients.dynamodb.send(new PutItemCommand({ TableName: table, Item: toItem(record) })),
  );
}
