import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { type FileHandle, mkdtemp, open, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { errorMessage } from '../shared/aws-errors.js';
import { backfillManifestsOf } from '../shared/backfill-layout.js';
import { CliError } from './cli-io.js';

/**
 * The job's manifest: an S3 Batch Operations CSV (`S3BatchOperations_CSV_20180820`, fields
 * Bucket and Key), written to a temporary file while the listing goes on so that a million keys
 * never sit in memory, then put in the report bucket.
 */

/**
 * A key as S3 Batch Operations CSV manifests require it: URL-encoded. Each segment is
 * encoded and `/` kept, so a comma or a quote is `%2C` or `%22` (no CSV quoting needed), a
 * space `%20` and a plus `%2B`: the Lambda decodes `+` as a space, then `%XX`, and gets the key
 * back either way.
 */
export function encodeManifestKey(key: string): string {
  return key.split('/').map(encodeURIComponent).join('/');
}

/** One manifest line. Bucket names hold no comma, so the bucket is written as is. */
export function manifestLine(bucket: string, key: string): string {
  return `${bucket},${encodeManifestKey(key)}\n`;
}

/** `rekognition-backfill/prod/manifests/20261128T101500Z-1a2b3c4d.csv`: sorted by time. */
export function manifestKeyFor(environment: string, now: number, random: string): string {
  const stamp = new Date(now)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `${backfillManifestsOf(environment)}${stamp}-${random}.csv`;
}

/** A random part for the manifest's name, so two runs in one second do not collide. */
export const manifestRandom = (): string => randomUUID().slice(0, 8);

export interface WrittenManifest {
  path: string;
  bytes: number;
  /** Hex SHA-256 of the file: S3 checks the upload against it. */
  sha256: string;
  /** A fresh stream of the file for each attempt (a stream is read once). */
  open(): Readable;
}

/** A full disk or an unwritable TMPDIR, said as such rather than as a bug. */
function diskError(error: unknown): CliError {
  return new CliError(
    `The manifest cannot be written to a temporary file under ${tmpdir()} (${errorMessage(error)}); ` +
      'set TMPDIR to a writable folder with room for it (about 100 bytes an object).',
  );
}

/** The manifest on disk, written a page of lines at a time. */
export class ManifestFile {
  private readonly hash = createHash('sha256');
  private bytes = 0;

  private constructor(
    private readonly dir: string,
    private readonly path: string,
    private readonly handle: FileHandle,
  ) {}

  static async create(): Promise<ManifestFile> {
    try {
      const dir = await mkdtemp(join(tmpdir(), 'rekognition-backfill-'));
      const path = join(dir, 'manifest.csv');
      return new ManifestFile(dir, path, await open(path, 'w'));
    } catch (error) {
      throw diskError(error);
    }
  }

  /** Appends lines; awaited, so the file takes them as fast as S3 lists them, no faster. */
  async write(lines: string): Promise<void> {
    if (lines === '') return;
    const chunk = Buffer.from(lines, 'utf8');
    this.hash.update(chunk);
    this.bytes += chunk.length;
    await this.handle.write(chunk).catch((error: unknown) => {
      throw diskError(error);
    });
  }

  async close(): Promise<WrittenManifest> {
    await this.handle.close();
    const { size } = await stat(this.path);
    if (size !== this.bytes) {
      throw new Error(
        `Internal error: the manifest has ${size} bytes, ${this.bytes} were written.`,
      );
    }
    const path = this.path;
    return {
      path,
      bytes: size,
      sha256: this.hash.digest('hex'),
      open: () => createReadStream(path),
    };
  }

  /** Removes the file and its folder; safe to call twice, or after a failed write. */
  async remove(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await rm(this.dir, { recursive: true, force: true });
  }
}
