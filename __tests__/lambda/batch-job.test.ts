import { describe, expect, it } from 'vitest';
import { readUserArguments } from '../../src/lambda/batch-arguments.js';
import {
  BATCH_EVENT_NAME,
  BatchInvocationError,
  isBatchInvocation,
  readBatchInvocation,
} from '../../src/lambda/batch-job.js';
import { BATCH_BUCKET, batchInvocation } from '../helpers/s3-batch.js';
import { objectCreated, s3Event } from '../helpers/s3-events.js';

describe('readBatchInvocation', () => {
  it.each(['1.0', '2.0'] as const)(
    'reads schema %s: bucket, decoded key, raw key and version of each task, in order',
    (schema) => {
      const job = readBatchInvocation(
        batchInvocation({
          schema,
          jobId: 'job-7',
          invocationId: 'inv-7',
          tasks: [
            { key: 'rekognition-input/beta/my cat.png', taskId: 't1' },
            { key: 'rekognition-input/beta/c++.png', bucket: 'other-bucket', versionId: 'v-2' },
            { key: 'images/café/猫.png', versionId: null },
          ],
        }),
      );
      expect(job).toStrictEqual({
        schema,
        invocationId: 'inv-7',
        jobId: 'job-7',
        args: { ok: true, args: {} },
        tasks: [
          {
            taskId: 't1',
            ok: true,
            object: {
              bucket: BATCH_BUCKET,
              key: 'rekognition-input/beta/my cat.png',
              rawKey: 'rekognition-input/beta/my+cat.png',
              eventName: BATCH_EVENT_NAME,
            },
          },
          {
            taskId: 'task-1',
            ok: true,
            object: {
              bucket: 'other-bucket',
              key: 'rekognition-input/beta/c++.png',
              rawKey: 'rekognition-input/beta/c%2B%2B.png',
              eventName: BATCH_EVENT_NAME,
              versionId: 'v-2',
            },
          },
          {
            taskId: 'task-2',
            ok: true,
            object: {
              bucket: BATCH_BUCKET,
              key: 'images/café/猫.png',
              rawKey: 'images/caf%C3%A9/%E7%8C%AB.png',
              eventName: BATCH_EVENT_NAME,
            },
          },
        ],
      });
    },
  );

  it('reads the bucket of a schema 1.0 task from its ARN, in any partition', () => {
    const invocation = batchInvocation({ schema: '1.0', tasks: [{ key: 'a.png' }] });
    invocation.tasks[0]!.s3BucketArn = 'arn:aws-cn:s3:::china-bucket';
    expect(readBatchInvocation(invocation).tasks[0]).toMatchObject({
      ok: true,
      object: { bucket: 'china-bucket' },
    });
  });

  it('fails one task, not the invocation, for what is wrong within it', () => {
    const invocation = batchInvocation({
      schema: '1.0',
      tasks: [
        { key: 'a.png' },
        { key: 'x', rawKey: 'rekognition-input/beta/100%zz.png' },
        { key: 'c.png' },
        { key: 'd.png', taskId: 'no-key' },
        { key: 'e.png' },
      ],
    });
    invocation.tasks[2]!.s3BucketArn = 's3://pixel-learning-images';
    (invocation.tasks[3] as { s3Key?: string }).s3Key = undefined;
    (invocation.tasks[4] as { s3VersionId?: unknown }).s3VersionId = 42;
    const tasks = readBatchInvocation(invocation).tasks;
    expect(tasks.map((task) => task.ok)).toEqual([true, false, false, false, false]);
    expect(tasks.slice(1)).toStrictEqual([
      {
        taskId: 'task-1',
        ok: false,
        reason: 'the key "rekognition-input/beta/100%zz.png" is not URL-encoded',
        rawKey: 'rekognition-input/beta/100%zz.png',
      },
      {
        taskId: 'task-2',
        ok: false,
        reason: 's3BucketArn is "s3://pixel-learning-images"; expected arn:aws:s3:::{bucket}',
        rawKey: 'c.png',
      },
      { taskId: 'no-key', ok: false, reason: 's3Key is missing or empty' },
      {
        taskId: 'task-4',
        ok: false,
        reason: 's3VersionId is 42; expected a version id or null',
        rawKey: 'e.png',
      },
    ]);
  });

  it('fails a schema 2.0 task without s3Bucket', () => {
    const invocation = batchInvocation({ schema: '2.0', tasks: [{ key: 'a.png' }] });
    invocation.tasks[0]!.s3Bucket = '';
    expect(readBatchInvocation(invocation).tasks[0]).toMatchObject({
      ok: false,
      reason: 's3Bucket is missing or empty',
    });
  });

  it('reads userArguments of schema 2.0 only', () => {
    const two = batchInvocation({
      schema: '2.0',
      tasks: [],
      userArguments: { environment: 'prod', force: 'true' },
    });
    expect(readBatchInvocation(two).args).toEqual({
      ok: true,
      args: { environment: 'prod', force: true },
    });
    const one = batchInvocation({ schema: '1.0', tasks: [] });
    (one.job as { userArguments?: unknown }).userArguments = { environment: 'prod' };
    expect(readBatchInvocation(one).args).toEqual({ ok: true, args: {} });
  });

  it.each([
    ['a string', 'hello', /^Not an object: an S3 Batch Operations invocation is/],
    [
      'schema 3.0',
      { invocationSchemaVersion: '3.0', invocationId: 'i', tasks: [] },
      /^invocationSchemaVersion is "3.0"; this function reads 1.0 and 2.0/,
    ],
    [
      'no invocation id',
      { invocationSchemaVersion: '1.0', job: { id: 'j' }, tasks: [] },
      /^invocationId is missing or empty/,
    ],
    [
      'tasks that are not an array',
      { invocationSchemaVersion: '2.0', invocationId: 'i', tasks: {} },
      /^tasks is not an array/,
    ],
    [
      'a task without taskId',
      {
        invocationSchemaVersion: '2.0',
        invocationId: 'i',
        tasks: [
          { taskId: 'a', s3Bucket: 'b', s3Key: 'k' },
          { s3Bucket: 'b', s3Key: 'k' },
        ],
      },
      /^tasks\[1\] has no taskId, so no result can name it/,
    ],
  ])('throws, saying what was expected, for %s', (_name, event, message) => {
    expect(() => readBatchInvocation(event)).toThrow(BatchInvocationError);
    expect(() => readBatchInvocation(event)).toThrow(message);
    expect(() => readBatchInvocation(event)).toThrow(/"tasks": \[\{"taskId"/);
  });

  it('tells a batch invocation from an S3 event', () => {
    expect(isBatchInvocation(batchInvocation({ schema: '1.0', tasks: [] }))).toBe(true);
    expect(isBatchInvocation({ invocationSchemaVersion: '9', tasks: 'x' })).toBe(true);
    expect(isBatchInvocation(s3Event(objectCreated({ key: 'a.png' })))).toBe(false);
    expect(isBatchInvocation({ invocationSchemaVersion: '1.0' })).toBe(false);
    expect(isBatchInvocation(null)).toBe(false);
  });
});

describe('readUserArguments', () => {
  it('reads none as none', () => {
    expect(readUserArguments(undefined)).toEqual({ ok: true, args: {} });
    expect(readUserArguments(null)).toEqual({ ok: true, args: {} });
    expect(readUserArguments({})).toEqual({ ok: true, args: {} });
  });

  it('reads environment and force', () => {
    expect(readUserArguments({ environment: 'pr-preview' })).toEqual({
      ok: true,
      args: { environment: 'pr-preview' },
    });
    expect(readUserArguments({ force: 'false' })).toEqual({ ok: true, args: { force: false } });
  });

  it.each([
    [['not', 'a', 'map'], 'userArguments is not a map of names to strings'],
    [
      { enviroment: 'prod' },
      'userArguments has "enviroment"; this function reads only environment and force',
    ],
    [
      { environment: 'Prod!' },
      'userArguments.environment is "Prod!"; environment names are 1-32 lowercase letters, digits and "-", starting and ending with a letter or digit',
    ],
    [{ environment: '' }, expect.stringMatching(/^userArguments.environment is ""; /)],
    [{ force: 'yes' }, 'userArguments.force is "yes"; expected "true" or "false"'],
    [{ force: 'TRUE' }, 'userArguments.force is "TRUE"; expected "true" or "false"'],
    [{ force: true }, 'userArguments.force is true, not a string'],
  ])('refuses %j, saying why', (raw, reason) => {
    expect(readUserArguments(raw)).toEqual({ ok: false, reason });
  });
});
