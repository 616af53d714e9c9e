import {
  DeleteItemCommand,
  DynamoDBClient,
  PutItemCommand,
  type PutItemCommandInput,
} from '@aws-sdk/client-dynamodb';
import { RekognitionClient } from '@aws-sdk/client-rekognition';
import type { DynamoDBRecord, DynamoDBStreamEvent, StreamRecord } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ConfigError } from '../../src/lambda/config.js';
import { createIndexHandler, readIndexConfig } from '../../src/lambda/index-stream-handler.js';
import { createLogger } from '../../src/lambda/logger.js';
import type { AwsClients, ClientOptions } from '../../src/shared/clients.js';
import type { Item } from '../../src/shared/record.js';
import { VERSION } from '../../src/shared/version.js';
import { type FakeClock, fakeClock } from '../helpers/fake-clock.js';
import { lambdaContext } from '../helpers/s3-events.js';

/** The label index's stream consumer: configuration, and what it tells Lambda to retry. */

const INDEX = 'prod_results-labels';
const ENV = { AWS_REGION: 'eu-west-1', INDEX_TABLE: INDEX };
const NOON = Date.UTC(2026, 10, 24, 12, 0, 0);
const CAT = 'rekognition-input/prod/images/cat.png';
const ROCKET = 'rekognition-input/prod/images/rocket.jpg';

const awsError = (name: string, status: number) =>
  Object.assign(new Error(`${name} happened`), { name, $metadata: { httpStatusCode: status } });

function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    readIndexConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('readIndexConfig', () => {
  it('reads the index table and the region', () => {
    expect(readIndexConfig(ENV)).toEqual({ indexTable: INDEX, region: 'eu-west-1' });
    expect(
      readIndexConfig({ AWS_DEFAULT_REGION: 'us-west-2', INDEX_TABLE: ` ${INDEX}\n` }),
    ).toEqual({ indexTable: INDEX, region: 'us-west-2' });
  });

  it('a missing INDEX_TABLE is named, with what it should hold', () => {
    expect(configError({ AWS_REGION: 'eu-west-1' }).message).toBe(
      'Invalid function configuration:\nINDEX_TABLE is ""; expected the label index\'s DynamoDB table name (3-255 of A-Z a-z 0-9 _ . -).',
    );
  });

  it('an invalid INDEX_TABLE is quoted', () => {
    for (const value of [
      'ab',
      'prod results',
      'arn:aws:dynamodb:eu-west-1:1:table/x',
      'x'.repeat(256),
    ]) {
      expect(configError({ ...ENV, INDEX_TABLE: value }).message).toContain(
        `INDEX_TABLE is ${JSON.stringify(value)}; expected the label index's DynamoDB table name`,
      );
    }
  });

  it('no region names AWS_REGION; every problem is listed at once', () => {
    expect(configError({ INDEX_TABLE: INDEX }).message).toBe(
      'Invalid function configuration:\nAWS_REGION is not set (the Lambda runtime always sets it).',
    );
    const both = configError({ INDEX_TABLE: '', AWS_REGION: '' }).message.split('\n');
    expect(both).toHaveLength(3);
    expect(both[1]).toMatch(/^INDEX_TABLE is ""/);
    expect(both[2]).toMatch(/^AWS_REGION is not set/);
  });
});

const ddbMock = mockClient(DynamoDBClient);
let failing: Map<string, () => Error>;
let lines: string[];
let clock: FakeClock;

beforeEach(() => {
  ddbMock.reset();
  failing = new Map();
  lines = [];
  clock = fakeClock({ start: NOON, random: 0.5 });
  const answer = (table: string | undefined, filename: string) => {
    if (table !== INDEX) throw awsError('ResourceNotFoundException', 400);
    const fault = failing.get(filename);
    if (fault) throw fault();
    return {};
  };
  ddbMock
    .on(PutItemCommand)
    .callsFake((input: PutItemCommandInput) => answer(input.TableName, input.Item!.filename!.S!));
  ddbMock
    .on(DeleteItemCommand)
    .callsFake((input) => answer(input.TableName, input.Key!.filename!.S!));
});

function handler(env: NodeJS.ProcessEnv = ENV) {
  const createClients = vi.fn((_options: ClientOptions): AwsClients => ({
    dynamodb: new DynamoDBClient({ region: 'eu-west-1' }),
    rekognition: new RekognitionClient({ region: 'eu-west-1' }),
  }));
  const handle = createIndexHandler(env, {
    clock,
    log: createLogger((line) => lines.push(line), clock.now),
    createClients,
  });
  return { handle, createClients };
}

const logs = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);

function labeled(filename: string, labels: [string, number][]): Item {
  return {
    filename: { S: filename },
    status: { S: 'labeled' },
    labels: { S: JSON.stringify(labels.map(([Name, Confidence]) => ({ Name, Confidence }))) },
  };
}

/** One record of the results table's stream (NEW_AND_OLD_IMAGES). */
function streamRecord(sequence: string, images: { old?: Item; new?: Item }): DynamoDBRecord {
  const filename = (images.new ?? images.old)!.filename!.S!;
  return {
    eventID: `event-${sequence}`,
    eventName: images.old === undefined ? 'INSERT' : images.new ? 'MODIFY' : 'REMOVE',
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: 'eu-west-1',
    eventSourceARN: 'arn:aws:dynamodb:eu-west-1:123456789012:table/prod_results/stream/x',
    dynamodb: {
      Keys: { filename: { S: filename } },
      ...(images.new ? { NewImage: images.new as unknown as StreamRecord['NewImage'] } : {}),
      ...(images.old ? { OldImage: images.old as unknown as StreamRecord['OldImage'] } : {}),
      SequenceNumber: sequence,
      SizeBytes: 200,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
  };
}

const streamEvent = (...records: DynamoDBRecord[]): DynamoDBStreamEvent => ({ Records: records });
const rowPuts = () =>
  ddbMock
    .commandCalls(PutItemCommand)
    .map((c) => c.args[0].input.Item!)
    .filter((item) => item.index_key!.S !== '#names');
const namePuts = () =>
  ddbMock
    .commandCalls(PutItemCommand)
    .map((c) => c.args[0].input.Item!)
    .filter((item) => item.index_key!.S === '#names')
    .map((item) => item.filename!.S);

describe('the index stream handler', () => {
  it('applies a batch and reports no failures', async () => {
    const { handle, createClients } = handler();
    const response = await handle(
      streamEvent(
        streamRecord('100', { new: labeled(CAT, [['Cat', 99]]) }),
        streamRecord('101', { new: labeled(ROCKET, [['Rocket', 97]]) }),
      ),
      lambdaContext(60_000, 'req-7'),
    );
    expect(response).toEqual({ batchItemFailures: [] });
    expect(
      rowPuts()
        .map((i) => `${i.index_key!.S} ${i.filename!.S}`)
        .sort(),
    ).toEqual([`label#cat ${CAT}`, `label#rocket ${ROCKET}`]);
    expect(
      ddbMock.commandCalls(PutItemCommand).every((c) => c.args[0].input.TableName === INDEX),
    ).toBe(true);
    expect(createClients).toHaveBeenCalledExactlyOnceWith({
      region: 'eu-west-1',
      userAgent: `rekognition-label-index/${VERSION}`,
      s3: false,
    });
    expect(logs().find((l) => l.message === 'batch applied')).toMatchObject({
      level: 'INFO',
      requestId: 'req-7',
      records: 2,
      images: 2,
      rowsPut: 2,
      rowsDeleted: 0,
    });
    expect(logs().filter((l) => l.level === 'ERROR')).toEqual([]);
  });

  it("reports the failed image's first sequence number in batchItemFailures", async () => {
    failing.set(ROCKET, () => awsError('AccessDeniedException', 400));
    const { handle } = handler();
    const response = await handle(
      streamEvent(
        streamRecord('200', { new: labeled(CAT, [['Cat', 99]]) }),
        streamRecord('201', { new: labeled(ROCKET, [['Rocket', 97]]) }),
        streamRecord('202', {
          old: labeled(ROCKET, [['Rocket', 97]]),
          new: labeled(ROCKET, [['Fire', 80]]),
        }),
      ),
      lambdaContext(),
    );
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: '201' }] });
    expect(rowPuts().map((i) => i.filename!.S)).toContain(CAT);
    const errors = logs().filter((l) => l.level === 'ERROR');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ message: 'index write failed', requestId: 'req-1' });
    expect(errors[0]!.error).toBe(
      `${ROCKET}: AccessDenied: dynamodb:PutItem on table ${INDEX} was denied. Allow it in the function's execution role.`,
    );
    expect(logs().find((l) => l.message === 'batch applied')).toMatchObject({ failedFrom: '201' });
  });

  it('a missing index table is worded with INDEX_TABLE and the region', async () => {
    const { handle } = handler({ ...ENV, INDEX_TABLE: 'nope-labels' });
    const response = await handle(
      streamEvent(streamRecord('7', { new: labeled(CAT, [['Cat', 99]]) })),
      lambdaContext(),
    );
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: '7' }] });
    const error = String(logs().find((l) => l.level === 'ERROR')!.error);
    expect(error).toContain('table nope-labels does not exist in eu-west-1');
    expect(error).toContain("Check INDEX_TABLE in the function's environment variables.");
  });

  it('stops retrying a throttled write 5 s before the invocation times out', async () => {
    failing.set(CAT, () => awsError('ThrottlingException', 400));
    const { handle } = handler();
    const start = clock.now();
    const response = await handle(
      streamEvent(streamRecord('9', { new: labeled(CAT, [['Cat', 99]]) })),
      lambdaContext(30_000),
    );
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: '9' }] });
    expect(clock.now() - start).toBeGreaterThanOrEqual(25_000);
    expect(clock.now() - start).toBeLessThan(30_000);
  });

  it('keeps the clients and the names it registered across warm invocations', async () => {
    const { handle, createClients } = handler();
    await handle(
      streamEvent(streamRecord('1', { new: labeled(CAT, [['Cat', 99]]) })),
      lambdaContext(),
    );
    expect(namePuts()).toEqual(['label#cat']);
    ddbMock.resetHistory();
    const response = await handle(
      streamEvent(
        streamRecord('2', {
          new: labeled(ROCKET, [
            ['Cat', 60],
            ['Rocket', 97],
          ]),
        }),
      ),
      lambdaContext(60_000, 'req-2'),
    );
    expect(response).toEqual({ batchItemFailures: [] });
    expect(namePuts()).toEqual(['label#rocket']);
    expect(rowPuts()).toHaveLength(2);
    expect(createClients).toHaveBeenCalledTimes(1);
  });

  it('an empty event is a success that writes nothing', async () => {
    const { handle } = handler();
    expect(await handle(streamEvent(), lambdaContext())).toEqual({ batchItemFailures: [] });
    expect(ddbMock.calls()).toEqual([]);
  });

  it('an invalid configuration fails the cold start, logged, before any client is built', () => {
    const createClients = vi.fn();
    expect(() =>
      createIndexHandler(
        { AWS_REGION: 'eu-west-1' },
        { clock, log: createLogger((line) => lines.push(line), clock.now), createClients },
      ),
    ).toThrow(ConfigError);
    expect(createClients).not.toHaveBeenCalled();
    expect(logs()).toEqual([
      expect.objectContaining({
        level: 'ERROR',
        message: 'invalid configuration',
        error: expect.stringContaining('INDEX_TABLE is ""'),
      }),
    ]);
  });
});
