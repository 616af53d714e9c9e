import { createCipheriv } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import {
  controlOf,
  DEFAULT_S3_CONFIG,
  parseS3Patch,
  S3Faults,
  s3FaultMiddleware,
  type S3Control,
  type S3FaultOptions,
} from './s3-faults.js';

export interface S3ServerOptions {
  port?: number;
  host?: string;
  /** Where objects are stored. Without it a temp dir is used and wiped on close. */
  directory?: string;
  configureBuckets?: S3rver.BucketConfig[];
  /** Fault config S3 starts with (and `reset` restores): metadata limit, failures, delays. */
  faults?: S3FaultOptions;
  /** The clock of `untilMs` windows, in ms; tests inject one to move time themselves. */
  now?: () => number;
}

export interface S3Server {
  url: string;
  port: number;
  /** The s3rver instance; it emits `event` (S3 notification records) on object changes. */
  server: S3rver;
  /** The metadata limit and fault injection; `/__s3/...` on the same port exposes it. */
  control: S3Control;
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
  // Validated before anything is created, so a bad config leaves nothing behind.
  const faults = new S3Faults(
    { ...DEFAULT_S3_CONFIG, ...parseS3Patch(options.faults ?? {}) },
    options.now ?? (() => performance.now()),
  );
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
  const control = controlOf(faults);
  // First in s3rver's Koa chain (run() composes it), so it sees every request before the
  // logger and the router do.
  server.middleware.unshift(s3FaultMiddleware(faults, control));
  const { port } = await server.run();
  return {
    // An IP host keeps the SDK on path-style URLs even without forcePathStyle (see README).
    url: `http://${host}:${port}`,
    port,
    server,
    control,
    close: async () => {
      faults.holds.release();
      const closed = server.close();
      server.httpServer?.closeAllConnections();
      await closed;
      if (ownDirectory) await rm(directory, { recursive: true, force: true });
    },
  };
}
