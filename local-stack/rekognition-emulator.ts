import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { S3Client } from '@aws-sdk/client-s3';
import { REKOGNITION_LIMITS } from '../src/shared/limits.js';
import { ADAPTER_ARN } from '../src/shared/settings-rules.js';
import { AwsServiceError, errorReply, type JsonReply, readBody, sendJson } from './aws-json.js';
import { StatsRecorder, type EmulatorStats } from './emulator-stats.js';
import { type GateControl, handleGateAdmin } from './gate-admin.js';
import { listen } from './listen.js';
import { type Params, paramsOf } from './request-params.js';
import { S3_INTERNAL_HEADER } from './s3-faults.js';
import {
  DEFAULT_CONFIG,
  FaultInjector,
  parseConfigPatch,
  type EmulatorConfig,
  type EmulatorOptions,
} from './fault-injection.js';
import {
  checkImage,
  fetchS3Image,
  INVALID_PARAMETERS,
  parseImageRef,
  type ImageRef,
} from './image-input.js';
import {
  detectLabels,
  detectModerationLabels,
  LABEL_MODEL_VERSION,
  loadFixtures,
  MODERATION_MODEL_VERSION,
  type FixtureEntry,
} from './labels.js';

export type { EmulatorConfig, EmulatorOptions, EmulatorStats };

/**
 * In-process control of a running emulator; the admin endpoint exposes the same calls.
 * `reset` zeroes the stats, restores the config the emulator was started with and releases
 * held calls.
 */
export type EmulatorControl = GateControl<EmulatorConfig, EmulatorOptions, EmulatorStats>;

export interface RekognitionEmulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** Where S3Object images are read from (the local s3rver). */
  s3?: { endpoint: string; region?: string };
  config?: EmulatorOptions;
  /** The clock of `untilMs` windows and held times, in ms (tests may inject one). */
  now?: () => number;
  /** Receives unexpected internal errors; silent by default. */
  log?: (message: string) => void;
}

export interface RekognitionEmulator {
  url: string;
  port: number;
  control: EmulatorControl;
  close(): Promise<void>;
}

const TARGET_PREFIX = 'RekognitionService.';
const OPERATIONS = new Set(['DetectLabels', 'DetectModerationLabels']);
const ADMIN_PREFIX = '/__emulator/';
/** 5 MB of image is ~7 MB of base64; anything far beyond that is not worth buffering. */
const MAX_BODY_BYTES = 32 * 1024 * 1024;

function operationOf(req: IncomingMessage): string {
  const target = req.headers['x-amz-target'];
  if (typeof target !== 'string' || !target) return '(none)';
  return target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : target;
}

function numberParam(params: Params, name: string, min: number, max: number, integer: boolean) {
  const value = params[name];
  if (value === undefined || value === null) return undefined;
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    (integer && !Number.isInteger(value)) ||
    value < min ||
    value > max
  ) {
    throw new AwsServiceError(
      'InvalidParameterException',
      `${INVALID_PARAMETERS}: ${name} must be ${integer ? 'an integer' : 'a number'} between ${min} and ${max}`,
    );
  }
  return value;
}

/** A reply, and whether it skips the configured latency (a throttle answers at once). */
interface ApiResult {
  reply: JsonReply;
  immediate: boolean;
}

function fail(
  type: Parameters<typeof errorReply>[0],
  message: string,
  immediate = false,
): ApiResult {
  return { reply: errorReply(type, message), immediate };
}

/**
 * What AWS's front end answers before the service (or its quotas) sees the call: the wrong
 * method or path, a missing or malformed signature, an unknown target.
 */
function frontEndRejection(req: IncomingMessage, operation: string): ApiResult | undefined {
  if (req.method !== 'POST' || (req.url ?? '/').split('?')[0] !== '/') {
    return fail('UnknownOperationException', 'Requests must be POST / with an X-Amz-Target');
  }
  const auth = req.headers.authorization;
  if (!auth) return fail('MissingAuthenticationTokenException', 'Missing Authentication Token');
  if (!auth.startsWith('AWS4-HMAC-SHA256') || !auth.includes('Credential=')) {
    return fail(
      'UnrecognizedClientException',
      'The security token included in the request is invalid.',
    );
  }
  if (
    !OPERATIONS.has(operation) ||
    !String(req.headers['x-amz-target']).startsWith(TARGET_PREFIX)
  ) {
    return fail('UnknownOperationException', `Unknown operation ${operation}`);
  }
  return undefined;
}

/**
 * An adapter is answered like the base model (the emulator has no adapters to train); a
 * malformed ARN is refused as the service refuses it.
 */
function checkProjectVersion(value: unknown): void {
  if (value === undefined) return;
  if (typeof value !== 'string' || !ADAPTER_ARN.test(value)) {
    throw new AwsServiceError('InvalidParameterException', INVALID_PARAMETERS);
  }
}

/**
 * The Rekognition API: DetectLabels and DetectModerationLabels behind the front end's checks,
 * with the configured faults and latency, each call counted in the stats.
 */
class RekognitionApi {
  constructor(
    private readonly faults: FaultInjector,
    private readonly stats: StatsRecorder,
    private readonly fixtures: Map<string, FixtureEntry>,
    private readonly s3: S3Client | null,
    private readonly log: (message: string) => void,
  ) {}

  async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const operation = operationOf(req);
    this.stats.begin(operation);
    let reply: JsonReply = errorReply('InternalServerError', 'Internal server error');
    try {
      const result = await this.handle(req, operation);
      reply = result.reply;
      const latency = this.faults.latencyMs;
      if (!result.immediate && latency > 0) await sleep(latency);
    } catch (error) {
      this.log(`rekognition emulator: ${(error as Error).stack ?? String(error)}`);
    } finally {
      this.stats.end(reply.status, reply.errorType, operation);
    }
    sendJson(res, reply);
  }

  private async handle(req: IncomingMessage, operation: string): Promise<ApiResult> {
    const { body, truncated } = await readBody(req, MAX_BODY_BYTES);
    const rejected = frontEndRejection(req, operation);
    if (rejected) return rejected;
    const gate = this.faults.gate();
    if (gate.kind === 'error') return fail(gate.type, gate.message, gate.immediate);
    if (truncated) return fail('ImageTooLargeException', 'Request body is too large');
    try {
      return { reply: await this.run(operation, paramsOf(body)), immediate: false };
    } catch (error) {
      if (error instanceof AwsServiceError) return fail(error.type, error.message);
      this.log(
        `rekognition emulator: ${operation} failed: ${(error as Error).stack ?? String(error)}`,
      );
      return fail('InternalServerError', 'Internal server error');
    }
  }

  private async run(operation: string, params: Params): Promise<JsonReply> {
    const minConfidence = numberParam(params, 'MinConfidence', 0, 100, false);
    if (operation === 'DetectModerationLabels') checkProjectVersion(params.ProjectVersion);
    const maxLabels =
      operation === 'DetectLabels'
        ? numberParam(params, 'MaxLabels', 0, REKOGNITION_LIMITS.maxLabels, true)
        : undefined;
    const ref = parseImageRef(params.Image);
    if (ref.kind === 's3') {
      await this.faults.delayBeforeRead(operation, ref.object.Name, () => this.stats.delayed());
    }
    const bytes = await this.loadBytes(ref);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const names = ref.kind === 's3' ? [ref.object.Name, sha256] : [sha256];
    await this.faults.delay(operation, names, () => this.stats.delayed());
    const rule = this.faults.matchName(sha256, ref.kind === 's3' ? ref.object.Name : undefined);
    if (rule)
      throw new AwsServiceError(rule.error, rule.message ?? `Emulated failure for ${sha256}`);
    await checkImage(bytes, ref.kind);
    const body =
      operation === 'DetectLabels'
        ? {
            Labels: detectLabels(this.fixtures, sha256, { minConfidence, maxLabels }),
            LabelModelVersion: LABEL_MODEL_VERSION,
          }
        : {
            ModerationLabels: detectModerationLabels(
              this.fixtures,
              sha256,
              { minConfidence },
              this.faults.moderationFor(sha256, ref.kind === 's3' ? ref.object.Name : undefined),
            ),
            ModerationModelVersion: MODERATION_MODEL_VERSION,
          };
    return { status: 200, body };
  }

  /** A fail rule matching the S3 key fires before S3 is read, so the object need not exist. */
  private async loadBytes(ref: ImageRef): Promise<Buffer> {
    if (ref.kind === 'bytes') return ref.bytes;
    const rule = this.faults.matchName(ref.object.Name);
    if (rule)
      throw new AwsServiceError(
        rule.error,
        rule.message ?? `Emulated failure for ${ref.object.Name}`,
      );
    if (!this.s3) {
      throw new AwsServiceError(
        'InvalidS3ObjectException',
        'Unable to get object metadata from S3. Check object key, region and/or access permissions.',
      );
    }
    return fetchS3Image(this.s3, ref.object);
  }
}

/**
 * The client S3Object images are read with; null when the emulator has no S3 to read. Its
 * requests carry S3_INTERNAL_HEADER: Rekognition's own reads are not the stack's clients', so
 * S3 fault rules and stats leave them alone.
 */
function s3ClientFor(s3: RekognitionEmulatorOptions['s3']): S3Client | null {
  if (!s3) return null;
  const client = new S3Client({
    endpoint: s3.endpoint,
    region: s3.region ?? 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    maxAttempts: 2,
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  client.middlewareStack.add(
    (next) => (args) => {
      const request = args.request as { headers?: Record<string, string> };
      if (request.headers) request.headers[S3_INTERNAL_HEADER] = 'rekognition';
      return next(args);
    },
    { step: 'build', name: 'localStackInternalHeader' },
  );
  return client;
}

export async function startRekognitionEmulator(
  options: RekognitionEmulatorOptions = {},
): Promise<RekognitionEmulator> {
  const initial: EmulatorConfig = { ...DEFAULT_CONFIG, ...parseConfigPatch(options.config ?? {}) };
  const faults = new FaultInjector(initial, options.now);
  const stats = new StatsRecorder();
  const fixtures: Map<string, FixtureEntry> = loadFixtures();
  const log = options.log ?? (() => {});
  const s3 = s3ClientFor(options.s3);
  const api = new RekognitionApi(faults, stats, fixtures, s3, log);
  const control: EmulatorControl = {
    config: (patch) => (patch ? faults.update(parseConfigPatch(patch)) : faults.config),
    stats: () => stats.snapshot(faults.holds.list()),
    reset: () => {
      faults.reset();
      stats.reset();
    },
    release: (filter) => faults.holds.release(filter),
    waitForHeld: (filter) => faults.holds.waitFor(filter),
  };

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const handling = path.startsWith(ADMIN_PREFIX)
      ? handleGateAdmin(control, req, res, path, ADMIN_PREFIX)
      : api.serve(req, res);
    handling.catch((error: unknown) => {
      log(`rekognition emulator: ${(error as Error).stack ?? String(error)}`);
      if (!res.headersSent)
        sendJson(res, errorReply('InternalServerError', 'Internal server error'));
    });
  });
  const listening = await listen(server, options.port, options.host);

  return {
    url: listening.url,
    port: listening.port,
    control,
    close: async () => {
      faults.holds.release();
      await listening.close();
      s3?.destroy();
    },
  };
}
