import { GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { callAws } from './image-failure.js';
import type { LabelPlan, Progress, Services } from './label-plan.js';
import { type LabelRecord, expiresAt, formatTimestamp, toItem } from './record.js';
import type { Label } from './types.js';

/** The stored item for `key`, read consistently so a just-written result counts. */
export async function getStored(key: string, plan: LabelPlan, services: Services) {
  const response = await callAws(
    services,
    { action: 'dynamodb:GetItem', resource: `table ${plan.table}` },
    () =>
      services.clients.dynamodb.send(
        new GetItemCommand({
          TableName: plan.table,
          Key: { filename: { S: key } },
          ConsistentRead: true,
        }),
      ),
  );
  return response.Item;
}

export async function writeRecord(
  plan: LabelPlan,
  services: Services,
  record: LabelRecord,
): Promise<void> {
  await callAws(services, { action: 'dynamodb:PutItem', resource: `table ${plan.table}` }, () =>
    services.clients.dynamodb.send(
      new PutItemCommand({ TableName: plan.table, Item: toItem(record) }),
    ),
  );
}

type RecordBase = Omit<LabelRecord, 'labels' | 'status' | 'modelVersion'>;

export function baseRecord(plan: LabelPlan, services: Services, progress: Progress): RecordBase {
  const { result } = progress;
  const now = services.clock.now();
  const record: RecordBase = {
    filename: result.key,
    timestamp: formatTimestamp(now),
    environment: plan.environment,
    branch: plan.context.branch,
    expiresAt: expiresAt(now, plan.ttlHours),
    sha256: result.sha256 ?? '',
    minConfidence: plan.settings.minConfidence,
    maxLabels: plan.settings.maxLabels,
    source: 'action',
    commit: plan.context.commit,
    repository: plan.context.repository,
    runId: plan.context.runId,
  };
  if (plan.context.pullRequest !== undefined) record.pullRequest = plan.context.pullRequest;
  if (progress.uploaded) record.bucket = plan.bucket;
  return record;
}

export function failedRecord(plan: LabelPlan, services: Services, progress: Progress): LabelRecord {
  const labels: Label[] = [];
  return {
    ...baseRecord(plan, services, progress),
    labels,
    status: 'failed',
    error: progress.result.error ?? 'failed',
    modelVersion: '',
  };
}
