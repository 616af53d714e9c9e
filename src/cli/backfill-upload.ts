import { normalizeEtag } from '../shared/record.js';
import { signedWithHash } from '../action/s3-upload.js';
import { type BackfillAws, backfillStep } from './backfill-aws.js';
import type { WrittenManifest } from './backfill-manifest.js';
import { CliError } from './cli-io.js';

/** One PutObject takes at most 5 GiB: about fifty million lines of manifest. */
export const MAX_MANIFEST_BYTES = 5 * 1024 ** 3;

export interface PutManifest {
  bucket: string;
  key: string;
}

/**
 * Puts the manifest file in the report bucket, streamed from disk; its ETag, unquoted, as
 * CreateJob's examples give it. The SHA-256 of the file is its checksum and the signed payload
 * hash: S3 refuses a body that differs, and the SDK need not read the file a second time.
 */
export async function putManifest(
  manifest: WrittenManifest,
  target: PutManifest,
  aws: BackfillAws,
): Promise<string> {
  if (manifest.bytes > MAX_MANIFEST_BYTES) {
    throw new CliError(
      `The manifest is ${manifest.bytes} bytes, more than the 5 GiB one PutObject takes; run the backfill a --prefix at a time.`,
    );
  }
  const { PutObjectCommand } = await import('@aws-sdk/client-s3');
  const checksum = Buffer.from(manifest.sha256, 'hex').toString('base64');
  const output = await backfillStep(
    aws,
    {
      action: 's3:PutObject',
      resource: `arn:aws:s3:::${target.bucket}/${target.key}`,
      bucket: target.bucket,
      flag: '--report-bucket',
      statement: 'WriteTheManifests',
    },
    () =>
      aws.s3.send(
        signedWithHash(
          new PutObjectCommand({
            Bucket: target.bucket,
            Key: target.key,
            // A fresh stream per attempt: a retried request cannot rewind the last one.
            Body: manifest.open(),
            ContentLength: manifest.bytes,
            ContentType: 'text/csv',
            ChecksumSHA256: checksum,
          }),
          manifest.sha256,
        ),
      ),
  );
  const etag = normalizeEtag(output.ETag);
  if (etag === undefined) {
    throw new CliError(
      `PutObject of s3://${target.bucket}/${target.key} answered without an ETag, which CreateJob needs.`,
    );
  }
  return etag;
}
