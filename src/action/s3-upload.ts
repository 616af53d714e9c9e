import { createReadStream } from 'node:fs';
import { s3Of } from '../shared/clients.js';
import { callAws } from '../shared/call-aws.js';
import type { Services } from '../shared/services.js';
import type { LabelPlan } from './run-plan.js';
import { normalizeEtag } from '../shared/record.js';
import { encodeMetadata } from '../shared/object-metadata.js';
import type { WorkspaceMatch } from './workspace-files.js';

/**
 * Streams the file to `{prefix}/{environment}/{path}`; a retry opens a fresh stream.
 * Returns the object's ETag, unquoted, which the record keeps.
 */
export async function upload(
  file: WorkspaceMatch,
  key: string,
  size: number,
  contentType: string,
  sha256: string,
  plan: LabelPlan,
  services: Services,
): Promise<string | undefined> {
  // Loaded here, not at start-up: runs without a bucket never pay for the S3 SDK.
  const { PutObjectCommand } = await import('@aws-sdk/client-s3');
  const s3 = s3Of(services.clients);
  const response = await callAws(
    services,
    { action: 's3:PutObject', resource: `arn:aws:s3:::${plan.bucket}/${key}`, bucket: plan.bucket },
    () =>
      s3.send(
        new PutObjectCommand({
          Bucket: plan.bucket,
          Key: key,
          Body: createReadStream(file.absolutePath),
          ContentLength: size,
          ContentType: contentType,
          Metadata: encodeMetadata({ sha256, mode: plan.mode, provenance: plan.context }),
        }),
      ),
  );
  return normalizeEtag(response.ETag);
}
