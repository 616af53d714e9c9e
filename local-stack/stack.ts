import type { Server } from 'node:http';
import { lambdaLinkInvoker } from './batch-invoker.js';
import {
  BatchOperations,
  type BatchOperationsControl,
  type BatchOperationsSettings,
} from './batch-operations.js';
import { s3Storage } from './batch-storage.js';
import dynalite from 'dynalite';
import type S3rver from 's3rver';
import {
  startDynamoTtlShim,
  type DynamoShimConfig,
  type DynamoShimControl,
  type DynamoShimOptions,
  type DynamoShimStats,
} from './dynamodb-ttl-shim.js';
import { type Listening, listen } from './listen.js';
import type { EmulatorConfig, EmulatorOptions } from './fault-injection.js';
import {
  type GitHubApi,
  type GitHubApiControl,
  type GitHubApiOptions,
  startGitHubApi,
} from './github-api.js';
import { type LambdaLink, type LambdaLinkOptions, startLambdaLink } from './lambda-link.js';
import {
  startRekognitionEmulator,
  type EmulatorControl,
  type EmulatorStats,
} from './rekognition-emulator.js';
import type { HeldRequest, ReleaseFilter, WaitFilter } from './request-gates.js';
import type { S3Control, S3FaultConfig, S3FaultOptions, S3FaultStats } from './s3-faults.js';
import { startS3ControlServer } from './s3-control.js';
import { startS3Server } from './s3-server.js';
import type { DynamoStreamControl, DynamoStreamRecord } from './dynamodb-stream.js';
import { type StreamMapping, startStreamMapping } from './stream-mapping.js';

export type {
  BatchOperationsControl,
  BatchOperationsSettings,
  DynamoStreamControl,
  DynamoStreamRecord,
  StreamMapping,
  DynamoShimConfig,
  DynamoShimControl,
  DynamoShimOptions,
  DynamoShimStats,
  EmulatorConfig,
  EmulatorControl,
  EmulatorOptions,
  EmulatorStats,
  GitHubApiControl,
  GitHubApiOptions,
  HeldRequest,
  LambdaLink,
  ReleaseFilter,
  S3Control,
  S3FaultConfig,
  S3FaultOptions,
  S3FaultStats,
  WaitFilter,
};

/** The Lambda link's options; the stack supplies its s3rver, region and env. */
export type LocalStackLambdaOptions = Omit<LambdaLinkOptions, 's3rver' | 'region' | 'env'>;

export interface LocalStackOptions {
  /**
   * Base port: S3 listens on `port`, DynamoDB on `port + 1`, Rekognition on `port + 2`, the
   * GitHub API on `port + 3`, S3 Control on `port + 4`. 0 (the default) gives each a free port.
   */
  port?: number;
  /** Keep S3 objects in this directory (kept on stop); default: a temp dir wiped on stop. */
  s3Dir?: string;
  emulator?: EmulatorOptions;
  /** DynamoDB fault rules to start with (`reset` restores them). */
  dynamodb?: DynamoShimOptions;
  /** S3 metadata limit and fault rules to start with (`reset` restores them). */
  s3?: S3FaultOptions;
  /**
   * The clock (ms) of `untilMs` windows and held times in all three services; tests inject
   * one to move time themselves. Default `performance.now()`.
   */
  now?: () => number;
  region?: string;
  /** Receives the emulator's (and the GitHub API's) unexpected internal errors. */
  log?: (message: string) => void;
  /**
   * Functions invoked for objects created in the local S3 (see lambda-link.ts). They run
   * with the stack's `env` plus their own.
   */
  lambda?: LocalStackLambdaOptions;
  /**
   * The local GitHub REST API (github-api.ts): started unless `false`, with these options
   * when an object (its `port`, if given, wins over `port + 3`).
   */
  github?: GitHubApiOptions | boolean;
  /**
   * Event source mappings: each table's emulated stream (enabled by its StreamSpecification)
   * delivered in order to a function of `lambda` (one with `s3: false`, usually).
   */
  streams?: { table: string; function: string; batchSize?: number }[];
  /**
   * S3 Batch Operations (S3 Control's job API on `endpoints.s3Control`): its jobs invoke the
   * functions of `lambda` synchronously. Settings: parallelism, redrives, failure threshold;
   * `sleep` waits out redrive delays (tests pass one that returns at once).
   */
  batchOperations?: Partial<BatchOperationsSettings> & { sleep?: (ms: number) => Promise<void> };
}

export interface LocalStackEndpoints {
  s3: string;
  dynamodb: string;
  rekognition: string;
  /** The local GitHub API, unless started with `github: false`. */
  github?: string;
  /** S3 Control (S3 Batch Operations' jobs); see `s3ControlClientConfig` in s3-control.ts. */
  s3Control: string;
}

export interface LocalStack {
  endpoints: LocalStackEndpoints;
  region: string;
  /** Environment that points the AWS SDK (and the action) at this stack. */
  env: Record<string, string>;
  emulator: EmulatorControl;
  /** DynamoDB fault injection (the shim's `/__shim/...` endpoint in process). */
  dynamodb: DynamoShimControl;
  /** S3 metadata limit and fault injection (`/__s3/...` in process). */
  s3: S3Control;
  /** The s3rver instance, which emits `event` with S3 notification records. */
  s3rver: S3rver;
  /** The local GitHub API's PRs, comments, tokens, faults and records (`/__github/` in process). */
  github?: GitHubApiControl;
  /** The S3 → Lambda link, when started with `lambda`. */
  lambda?: LambdaLink;
  /** Emulated DynamoDB Streams and TTL expiry on demand (`/__shim/expire` over HTTP). */
  dynamodbStreams: DynamoStreamControl;
  /** The `streams` mappings, by table. */
  streamMappings: ReadonlyMap<string, StreamMapping>;
  /** S3 Batch Operations' jobs, their tasks and settings; `idle(jobId?)` waits for them. */
  batchOperations: BatchOperationsControl;
  stop(): Promise<void>;
}

export const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

function portFor(base: number | undefined, offset: number): number {
  return base ? base + offset : 0;
}

async function startDynalite(): Promise<Listening> {
  const server: Server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  return listen(server);
}

export function stackEnv(endpoints: LocalStackEndpoints, region: string): Record<string, string> {
  return {
    AWS_ENDPOINT_URL_S3: endpoints.s3,
    AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb,
    AWS_ENDPOINT_URL_REKOGNITION: endpoints.rekognition,
    // The CLI's backfill reads it; see s3ControlClientConfig for the SDK client it needs.
    AWS_ENDPOINT_URL_S3_CONTROL: endpoints.s3Control,
    // s3rver rejects every other access key id; DynamoDB and Rekognition accept any.
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_REGION: region,
    // s3rver stores the aws-chunked framing of streamed uploads as object data when the
    // SDK adds its default CRC32 trailer.
    AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
    // Nothing here should ever look for instance credentials off the loopback.
    AWS_EC2_METADATA_DISABLED: 'true',
    // @actions/github's getOctokit reads it, so the action talks to the local GitHub API.
    ...(endpoints.github ? { GITHUB_API_URL: endpoints.github } : {}),
  };
}

/** Each mapping invokes its function synchronously, as a stream event source mapping does. */
function mapStreams(
  streams: NonNullable<LocalStackOptions['streams']>,
  control: DynamoStreamControl,
  lambda: LambdaLink | undefined,
): Map<string, StreamMapping> {
  const mappings = new Map<string, StreamMapping>();
  for (const { table, function: name, batchSize } of streams) {
    if (!lambda) throw new Error(`the stream of ${table} maps to ${name}, but no lambda is set`);
    const deliver = async (event: { Records: DynamoStreamRecord[] }) => {
      const invocation = await lambda.invoke(name, event, { maximumRetryAttempts: 0 });
      if (invocation.outcome !== 'ok') {
        throw new Error(invocation.errors.at(-1)?.errorMessage ?? 'the invocation failed');
      }
      return invocation.result;
    };
    mappings.set(
      table,
      startStreamMapping(control, { table, deliver, ...(batchSize ? { batchSize } : {}) }),
    );
  }
  return mappings;
}

/** S3 Batch Operations and its S3 Control endpoint, reading and writing the local S3. */
async function startBatchOperations(
  options: LocalStackOptions,
  region: string,
  s3Endpoint: string,
  lambda: () => LambdaLink | undefined,
): Promise<{ url: string; operations: BatchOperations; close(): Promise<void> }> {
  const storage = s3Storage(s3Endpoint, region);
  try {
    // Settings are checked here: a bad one stops the stack before anything listens.
    const operations = new BatchOperations({
      ...options.batchOperations,
      region,
      storage,
      invoker: lambdaLinkInvoker(lambda),
    });
    const server = await startS3ControlServer({
      operations,
      port: portFor(options.port, 4),
      ...(options.log ? { log: options.log } : {}),
    });
    return {
      url: server.url,
      operations,
      close: async () => {
        operations.stop();
        await server.close();
        storage.destroy();
      },
    };
  } catch (error) {
    storage.destroy();
    throw error;
  }
}

export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const region = options.region ?? 'us-east-1';
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    const results = await Promise.allSettled(stops.reverse().map((fn) => fn()));
    stops.length = 0;
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  };
  try {
    const now = options.now ? { now: options.now } : {};
    const s3 = await startS3Server({
      port: portFor(options.port, 0),
      ...(options.s3Dir ? { directory: options.s3Dir } : {}),
      faults: options.s3 ?? {},
      ...now,
    });
    stops.push(() => s3.close());

    const db = await startDynalite();
    stops.push(() => db.close());

    const shim = await startDynamoTtlShim({
      target: db.url,
      port: portFor(options.port, 1),
      config: options.dynamodb ?? {},
      region,
      ...now,
    });
    // Registered after dynalite so it closes first (stops run in reverse).
    stops.push(() => shim.close());

    const emulator = await startRekognitionEmulator({
      port: portFor(options.port, 2),
      s3: { endpoint: s3.url, region },
      config: options.emulator ?? {},
      ...now,
      ...(options.log ? { log: options.log } : {}),
    });
    stops.push(() => emulator.close());

    let github: GitHubApi | undefined;
    if (options.github !== false) {
      const githubOptions = typeof options.github === 'object' ? options.github : {};
      github = await startGitHubApi({
        port: portFor(options.port, 3),
        ...(options.log ? { log: options.log } : {}),
        ...githubOptions,
      });
      stops.push(() => github!.close());
    }

    let lambda: LambdaLink | undefined;
    const batch = await startBatchOperations(options, region, s3.url, () => lambda);
    // Every stop starts in the same tick: jobs halt as the link stops, none invokes it after.
    stops.push(() => batch.close());

    const endpoints: LocalStackEndpoints = {
      s3: s3.url,
      dynamodb: shim.url,
      rekognition: emulator.url,
      ...(github ? { github: github.url } : {}),
      s3Control: batch.url,
    };
    const env = stackEnv(endpoints, region);

    if (options.lambda) {
      lambda = await startLambdaLink({ ...options.lambda, s3rver: s3.server, region, env });
      // Registered last, so it stops first: no function is left calling a closed service.
      stops.push(() => lambda!.stop());
    }
    const streamMappings = mapStreams(options.streams ?? [], shim.streams, lambda);
    stops.push(async () => {
      for (const mapping of streamMappings.values()) mapping.stop();
    });

    return {
      endpoints,
      region,
      env,
      emulator: emulator.control,
      dynamodb: shim.control,
      s3: s3.control,
      s3rver: s3.server,
      ...(github ? { github: github.control } : {}),
      ...(lambda ? { lambda } : {}),
      dynamodbStreams: shim.streams,
      streamMappings,
      batchOperations: batch.operations.control,
      stop,
    };
  } catch (error) {
    await stop().catch(() => {});
    throw error;
  }
}
