import type { ListObjectsV2CommandOutput, _Object } from '@aws-sdk/client-s3';
import { isLambdaImageKey } from '../shared/lambda-keys.js';
import { REKOGNITION_LIMITS } from '../shared/limits.js';
import { type BackfillAws, backfillStep } from './backfill-aws.js';
import { manifestLine } from './backfill-manifest.js';
import { CliError } from './cli-io.js';

/** What the listing found under the source: counts only, whatever the number of objects. */
export interface SourceCounts {
  objects: number;
  /** The objects the Lambda would label: the manifest's lines. */
  toLabel: number;
  leftOut: LeftOut;
  /** ListObjectsV2 pages read. */
  pages: number;
}

export interface LeftOut {
  /** Not `.jpg`, `.jpeg` or `.png` by extension: the Lambda skips them (lambda-keys.ts). */
  notImage: number;
  /** Over Rekognition's 15 MB for an image read from S3. */
  tooLarge: number;
  /** Keys ending in `/`: the console's folder markers. */
  folders: number;
  /** Images of 0 bytes: nothing for Rekognition to read. */
  empty: number;
}

export type Verdict = 'label' | keyof LeftOut;

/** Why an object is left out of the manifest, or `label`; in the order the reasons are checked. */
export function verdictOf(key: string, size: number): Verdict {
  if (key.endsWith('/')) return 'folders';
  if (!isLambdaImageKey(key)) return 'notImage';
  if (size === 0) return 'empty';
  if (size > REKOGNITION_LIMITS.maxBytesFromS3) return 'tooLarge';
  return 'label';
}

/** S3 encodes keys (a space as `+`) when asked to, so that any key survives the XML listing. */
function keyOf(object: _Object, page: ListObjectsV2CommandOutput): string {
  const key = object.Key ?? '';
  return page.EncodingType === 'url' ? decodeURIComponent(key.replace(/\+/g, ' ')) : key;
}

export interface ListingSource {
  bucket: string;
  prefix: string;
}

/**
 * Lists every object under s3://bucket/prefix, a page at a time, handing each page's manifest
 * lines to `write` (awaited before the next page is asked for) and keeping counts only.
 */
export async function listSource(
  source: ListingSource,
  aws: BackfillAws,
  write?: (lines: string) => Promise<void>,
  progress?: (counts: SourceCounts) => void,
): Promise<SourceCounts> {
  const { ListObjectsV2Command } = await import('@aws-sdk/client-s3');
  const counts: SourceCounts = {
    objects: 0,
    toLabel: 0,
    leftOut: { notImage: 0, tooLarge: 0, folders: 0, empty: 0 },
    pages: 0,
  };
  const operation = {
    action: 's3:ListBucket',
    resource: `arn:aws:s3:::${source.bucket}`,
    bucket: source.bucket,
    flag: '--bucket',
    statement: 'ListTheSources',
  };
  let token: string | undefined;
  do {
    const page = await backfillStep(aws, operation, () =>
      aws.s3.send(
        new ListObjectsV2Command({
          Bucket: source.bucket,
          ...(source.prefix === '' ? {} : { Prefix: source.prefix }),
          // A key with a character XML 1.0 cannot carry would fail the page without it.
          EncodingType: 'url',
          ...(token === undefined ? {} : { ContinuationToken: token }),
        }),
      ),
    );
    counts.pages++;
    let lines = '';
    for (const object of page.Contents ?? []) {
      const key = keyOf(object, page);
      const verdict = verdictOf(key, object.Size ?? 0);
      counts.objects++;
      if (verdict === 'label') {
        counts.toLabel++;
        if (write) lines += manifestLine(source.bucket, key);
      } else {
        counts.leftOut[verdict]++;
      }
    }
    if (write) await write(lines);
    progress?.(counts);
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
    if (page.IsTruncated && !token) {
      // Stopping here would make a manifest of part of the source, and say nothing.
      throw new CliError(
        `S3 said the listing of s3://${source.bucket}/${source.prefix} goes on after ${counts.objects} objects but gave no continuation token.`,
      );
    }
  } while (token !== undefined);
  return counts;
}
