import {
  BatchGetItemCommand,
  type BatchGetItemCommandInput,
  type DynamoDBClient,
  GetItemCommand,
  type ServiceInputTypes,
  type ServiceOutputTypes,
} from '@aws-sdk/client-dynamodb';
import type { AwsStub } from 'aws-sdk-client-mock';

/**
 * Answers BatchGetItem from the GetItem answers the test configured on the same mock: one
 * table, the items a GetItem of each key would return. Tests that care about the cache state
 * keep configuring GetItem; tests about batching mock BatchGetItem themselves.
 */
export function batchGetFromGetItem(
  mock: AwsStub<ServiceInputTypes, ServiceOutputTypes, unknown>,
  client: () => DynamoDBClient,
): void {
  mock.on(BatchGetItemCommand).callsFake(async (input: BatchGetItemCommandInput) => {
    const [table, request] = Object.entries(input.RequestItems!)[0]!;
    const items = [];
    for (const key of request.Keys!) {
      const { Item } = await client().send(
        new GetItemCommand({ TableName: table, Key: key, ConsistentRead: true }),
      );
      // A real item always holds its key; hand-written test items may leave it out.
      if (Item) items.push({ ...key, ...Item });
    }
    return { Responses: { [table]: items }, UnprocessedKeys: {} };
  });
}
