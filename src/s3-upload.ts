import { PutObjectCommand } from '@aws-sdk/client-s3';
import { createReadStream } from 'node:fs';
import { callAws } from './image-failure.js';
import type { LabelPlan, Services } from './label-plan.js';
import type { Mode, RunContext } from './types.js';
import type { WorkspaceMatch } from './workspace-files.js';

/** Streams the file to `{prefix}/{environment}/{path}`; a retry opens a fresh stream. */
export async function upload(
  file: WorkspaceMatch,
  key: string,
  size: number,
  contentType: string,
  sha256: string,
  plan: LabelPlan,
  services: Services,
): Promise<void> {
  await callAws(
    services,
    { action: 's3:PutObject', resource: `arn:aws:s3:::${plan.bucket}/${key}`, bucket: plan.bucket },
    () =>
      services.clients.s3.send(
        new PutObjectCommand({
          Bucket: plan.bucket,
          Key: key,
          Body: createReadStream(file.absolutePath),
          ContentLength: size,
          ContentType: contentType,
          Metadata: uploadMetadata(sha256, plan.mode, plan.context),
        }),
      ),
  );
}

/**
 * S3 user metadata travels as HTTP headers, so non-ASCII values are percent-encoded. `mode`
 * lets the Lambda skip objects that direct mode already labeled.
 */
export function uploadMetadata(
  sha256: string,
  mode: Mode,
  context: RunContext,
): Record<string, string> {
  const ascii = (value: string) =>
    /^[\x20-\x7e]*$/.test(value) ? value : encodeURIComponent(value);
  const metadata: Record<string, string> = {
    sha256,
    mode,
    repository: ascii(context.repository),
    branch: ascii(context.branch),
    commit: ascii(context.commit),
    'run-id': ascii(context.runId),
  };
  if (context.pullRequest !== undefined) metadata['pull-request'] = String(context.pullRequest);
  return metadata;
}
