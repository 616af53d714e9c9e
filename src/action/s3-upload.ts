import type { PutObjectCommand } from '@aws-sdk/client-s3';
import { s3Of } from '../shared/clients.js';
import { onBodySent } from '../shared/release-body.js';
import { callAws } from '../shared/call-aws.js';
import { encodeMetadata } from '../shared/object-metadata.js';
import { normalizeEtag } from '../shared/record.js';
import type { Services } from '../shared/services.js';
import type { LabelPlan } from './run-plan.js';

export interface UploadedObject {
  /** Unquoted, as the record keeps it. */
  etag?: string;
  /** Set by a versioned bucket: Rekognition then reads exactly this version. */
  versionId?: string;
}

/**
 * Runs `use` with the image's verified bytes (withVerifiedBytes), read for each attempt;
 * `sent` gives them back to the byte budget once the request has sent them.
 */
export type WithBytes = <T>(use: (bytes: Buffer, sent: () => void) => Promise<T>) => Promise<T>;

/**
 * Puts the verified bytes at `{prefix}/{environment}/{path}`. A buffer, not a file stream:
 * the bytes are the ones that were hashed. They are read inside the request's slot, as for
 * DetectLabels: taking the byte budget before a slot here and after one there would let an
 * upload wait for a slot held by a request that waits for the bytes the upload holds.
 */
export async function upload(
  withBytes: WithBytes,
  key: string,
  contentType: string,
  sha256: string,
  plan: LabelPlan,
  services: Services,
): Promise<UploadedObject> {
  // Loaded here, not at start-up: runs without a bucket never pay for the S3 SDK.
  const { PutObjectCommand } = await import('@aws-sdk/client-s3');
  const s3 = s3Of(services.clients);
  const response = await callAws(
    services,
    { action: 's3:PutObject', resource: `arn:aws:s3:::${plan.bucket}/${key}`, bucket: plan.bucket },
    () =>
      withBytes((bytes, sent) => {
        const input = {
          Bucket: plan.bucket,
          Key: key,
          Body: bytes as Buffer | undefined,
          ContentLength: bytes.length,
          ContentType: contentType,
          // S3 checks the body against it and keeps it with the object. Given, it also spares
          // the SDK a checksum pass of its own, and a frame that held the bytes until the reply.
          ChecksumSHA256: Buffer.from(sha256, 'hex').toString('base64'),
          Metadata: encodeMetadata({ sha256, mode: plan.mode, provenance: plan.context }),
        };
        // Sent is gone: S3 may take a while to answer, and the bytes are not needed for it
        // (a retry reads them again). Holding them until the reply capped uploads in flight
        // at the byte budget whenever S3 was slow.
        onBodySent(input, (sentInput) => (sentInput.Body = undefined), sent);
        return s3.send(signedWithHash(new PutObjectCommand(input), sha256));
      }),
  );
  const etag = normalizeEtag(response.ETag);
  return {
    ...(etag ? { etag } : {}),
    ...(response.VersionId && response.VersionId !== 'null'
      ? { versionId: response.VersionId }
      : {}),
  };
}

/**
 * Signs the upload with the SHA-256 the bytes were verified against, as the payload hash
 * (`x-amz-content-sha256`), instead of letting the signer hash the body once more. S3 checks
 * the body against it and refuses a mismatch, so what it stores is what was hashed. Added at
 * the end of the build step, after the SDK's own headers and before signing.
 */
export function signedWithHash(command: PutObjectCommand, sha256Hex: string): PutObjectCommand {
  command.middlewareStack.add(
    (next) => (args) => {
      const request = args.request as { headers?: Record<string, string> } | undefined;
      if (request?.headers) request.headers['x-amz-content-sha256'] = sha256Hex;
      return next(args);
    },
    { step: 'build', name: 'knownPayloadHash', priority: 'low' },
  );
  return command;
}

/** The object's current ETag, to tell whether another run replaced it. */
export async function currentEtag(
  key: string,
  plan: LabelPlan,
  services: Services,
): Promise<string | undefined> {
  const { HeadObjectCommand } = await import('@aws-sdk/client-s3');
  const s3 = s3Of(services.clients);
  const response = await callAws(
    services,
    { action: 's3:GetObject', resource: `arn:aws:s3:::${plan.bucket}/${key}`, bucket: plan.bucket },
    () => s3.send(new HeadObjectCommand({ Bucket: plan.bucket, Key: key })),
  );
  return normalizeEtag(response.ETag);
}
