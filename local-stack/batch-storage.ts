import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { S3_INTERNAL_HEADER } from './s3-faults.js';

/**
 * Where S3 Batch Operations reads manifests and writes completion reports. On the stack it is
 * the local S3, through the SDK; the requests are S3 Batch Operations' own, not a client's, so
 * they carry S3_INTERNAL_HEADER and the S3 fault rules and stats leave them alone.
 */
export interface BatchStorage {
  /** The object's text and its ETag without quotes; throws BatchStorageError. */
  getObject(bucket: string, key: string): Promise<{ body: string; etag: string }>;
  /** Throws BatchStorageError. */
  putObject(bucket: string, key: string, body: string, contentType: string): Promise<void>;
}

export class BatchStorageError extends Error {
  override name = 'BatchStorageError';

  constructor(
    /** S3's error code: NoSuchKey, NoSuchBucket, AccessDenied... */
    readonly code: string,
    /** S3's HTTP status for it. */
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const unquoted = (etag: string) => etag.replace(/"/g, '');

function storageError(error: unknown, what: string): BatchStorageError {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number }; message?: string };
  const code = e.name ?? 'Error';
  return new BatchStorageError(code, e.$metadata?.httpStatusCode ?? 500, `${what}: ${code}`);
}

export interface S3Storage extends BatchStorage {
  destroy(): void;
}

export function s3Storage(endpoint: string, region: string): S3Storage {
  const client = new S3Client({
    endpoint,
    region,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    maxAttempts: 2,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  client.middlewareStack.add(
    (next) => (args) => {
      const request = args.request as { headers?: Record<string, string> };
      if (request.headers) request.headers[S3_INTERNAL_HEADER] = 's3-batch-operations';
      return next(args);
    },
    { step: 'build', name: 'localStackInternalHeader' },
  );
  return {
    getObject: async (bucket, key) => {
      try {
        const output = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        const body = (await output.Body?.transformToString('utf8')) ?? '';
        return { body, etag: unquoted(output.ETag ?? '') };
      } catch (error) {
        throw storageError(error, `s3://${bucket}/${key}`);
      }
    },
    putObject: async (bucket, key, body, contentType) => {
      try {
        await client.send(
          new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentType }),
        );
      } catch (error) {
        throw storageError(error, `s3://${bucket}/${key}`);
      }
    },
    destroy: () => client.destroy(),
  };
}

/** A manifest's ETag compared as S3 Batch Operations compares it: quotes or not. */
export const sameETag = (a: string, b: string): boolean => unquoted(a) === unquoted(b);
