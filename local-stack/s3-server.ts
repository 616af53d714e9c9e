import { createCipheriv } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

export interface S3ServerOptions {
  port?: number;
  host?: string;
  /** Where objects are stored. Without it a temp dir is used and wiped on close. */
  directory?: string;
  configureBuckets?: S3rver.BucketConfig[];
}

export interface S3Server {
  url: string;
  port: number;
  /** The s3rver instance; it emits `event` (S3 notification records) on object changes. */
  server: S3rver;
  close(): Promise<void>;
}

/**
 * s3rver encrypts ListObjectsV2 continuation tokens with DES, which OpenSSL 3 only offers
 * through the legacy provider; without `--openssl-legacy-provider` the second page of
 * every paginated listing fails with a 500.
 */
export function legacyCiphersAvailable(): boolean {
  try {
    createCipheriv('des', Buffer.alloc(8), Buffer.alloc(8));
    return true;
  } catch {
    return false;
  }
}

let warned = false;

export async function startS3Server(options: S3ServerOptions = {}): Promise<S3Server> {
  if (!warned && !legacyCiphersAvailable()) {
    warned = true;
    process.emitWarning(
      'DES is unavailable: run node with --openssl-legacy-provider or paginated ListObjectsV2 ' +
        'calls against s3rver will fail with 500',
    );
  }
  const ownDirectory = options.directory === undefined;
  const directory = options.directory ?? (await mkdtemp(join(tmpdir(), 'local-stack-s3-')));
  const host = options.host ?? '127.0.0.1';
  const server = new S3rver({
    address: host,
    port: options.port ?? 0,
    silent: true,
    directory,
    // A caller-supplied directory is the caller's data: keep it between runs.
    resetOnClose: ownDirectory,
    configureBuckets: options.configureBuckets ?? [],
  });
  const { port } = await server.run();
  return {
    // An IP host keeps the SDK on path-style URLs even without forcePathStyle (see README).
    url: `http://${host}:${port}`,
    port,
    server,
    close: async () => {
      const closed = server.close();
      server.httpServer?.closeAllConnections();
      await closed;
      if (ownDirectory) await rm(directory, { recursive: true, force: true });
    },
  };
}
