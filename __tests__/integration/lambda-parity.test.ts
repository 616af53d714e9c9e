import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBucket, createTable, s3Client, scanTable } from '../../local-stack/admin.js';
import { type LocalStack, startLocalStack } from '../../local-stack/stack.js';
import { AwsCaller } from '../../src/shared/aws-caller.js';
import { createClients, destroyClients } from '../../src/shared/clients.js';
import { labelAll } from '../helpers/label-all.js';
import type { LabelPlan } from '../../src/action/run-plan.js';
import { createHandler } from '../../src/lambda/handler.js';
import { createLogger } from '../../src/lambda/logger.js';
import { fakeClock } from '../helpers/fake-clock.js';
import { testPlan } from '../helpers/plan.js';
import { lambdaContext, objectCreated, s3Event } from '../helpers/s3-events.js';
import { describeForAction } from '../../src/action/aws-error-text.js';

const FIXTURES = join(import.meta.dirname, '..', '..', '__fixtures__', 'images');
const NOON = Date.UTC(2026, 10, 24, 12, 0, 0);
const BUCKET = 'parity-bucket';
const KEY = 'rekognition-input/beta/images/a cat+dog é.png';

/**
 * The action's direct mode and the Lambda write the same image through the real SDK against
 * the local stack, with the same clock; their items may differ only in `source`.
 */
describe('direct mode and the Lambda write identical items', () => {
  let stack: LocalStack;
  let workspace: string;

  beforeAll(async () => {
    stack = await startLocalStack({ emulator: { latencyMs: 0 } });
    for (const [name, value] of Object.entries(stack.env)) vi.stubEnv(name, value);
    await createBucket(stack, BUCKET);
    await createTable(stack, 'action_results');
    await createTable(stack, 'lambda_results');
    workspace = await mkdtemp(join(tmpdir(), 'parity-'));
    await mkdir(join(workspace, 'images'));
    await copyFile(join(FIXTURES, 'chelsea.png'), join(workspace, 'images', 'a cat+dog é.png'));
  });

  afterAll(async () => {
    vi.unstubAllEnvs();
    await stack?.stop();
    if (workspace) await rm(workspace, { recursive: true, force: true });
  });

  function plan(mode: LabelPlan['mode'], table: string): LabelPlan {
    return testPlan(workspace, { mode, bucket: BUCKET, table }, { branch: 'feature/ünïcode' });
  }

  async function runAction(mode: LabelPlan['mode'], table: string) {
    const clock = fakeClock({ start: NOON });
    const clients = await createClients({ region: stack.region });
    try {
      const files = [
        {
          path: 'images/a cat+dog é.png',
          absolutePath: join(workspace, 'images', 'a cat+dog é.png'),
        },
      ];
      const caller = new AwsCaller(2, clock, NOON + 60_000);
      const { results } = await labelAll(
        files,
        plan(mode, table),
        { clients, caller, clock, describe: describeForAction },
        { concurrency: 1 },
      );
      return results[0]!;
    } finally {
      destroyClients(clients);
    }
  }

  it('matches attribute for attribute except source', async () => {
    const direct = await runAction('direct', 'action_results');
    expect(direct).toMatchObject({ status: 'labeled', key: KEY });

    // upload-only puts the same bytes back with metadata the Lambda honours.
    const uploaded = await runAction('upload-only', '');
    expect(uploaded.status).toBe('uploaded');
    const s3 = s3Client(stack);
    const head = await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: KEY }));
    s3.destroy();

    const clock = fakeClock({ start: NOON });
    const handler = createHandler(
      { ...stack.env, DDB_TABLE_BETA: 'lambda_results' },
      { clock, log: createLogger(() => {}, clock.now) },
    );
    const event = s3Event(
      objectCreated({
        key: KEY,
        bucket: BUCKET,
        eTag: head.ETag!.replace(/"/g, ''),
        size: head.ContentLength!,
      }),
    );
    await expect(handler(event, lambdaContext())).resolves.toMatchObject({ labeled: 1 });

    const [fromAction] = await scanTable(stack, 'action_results');
    const [fromLambda] = await scanTable(stack, 'lambda_results');
    expect(fromAction?.source).toEqual({ S: 'action' });
    expect(fromLambda?.source).toEqual({ S: 'lambda' });
    const withoutSource = (item: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(item).filter(([name]) => name !== 'source'));
    const actionRest = withoutSource(fromAction!);
    const lambdaRest = withoutSource(fromLambda!);
    expect(lambdaRest).toStrictEqual(actionRest);
    // The comparison covers the whole contract, not an empty subset.
    expect(Object.keys(actionRest).sort()).toEqual([
      'branch',
      'bucket',
      'commit',
      'environment',
      'etag',
      'expires_at',
      'filename',
      'label_names',
      'labels',
      'max_labels',
      'min_confidence',
      'model_version',
      'observed_at',
      'pull_request',
      'repository',
      'run_id',
      'sha256',
      'status',
      'timestamp',
    ]);
    expect(actionRest.branch).toEqual({ S: 'feature/ünïcode' });
  });
});
