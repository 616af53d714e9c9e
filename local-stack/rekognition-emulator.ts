import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { S3Client } from '@aws-sdk/client-s3';
import { REKOGNITION_LIMITS } from '../src/shared/limits.js';
import { AwsServiceError, errorReply, type JsonReply, readBody, sendJson } from './aws-json.js';
import { StatsRecorder, type EmulatorStats } from './emulator-stats.js';
import { listen } from './listen.js';
import {
  ConfigError,
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

/** In-process control of a running emulator; the admin endpoint exposes the same three. */
export interface EmulatorControl {
  /** Returns the live config after merging `patch` (if any) into it. */
  config(patch?: EmulatorOptions): EmulatorConfig;
  stats(): EmulatorStats;
  /** Zeroes the stats and restores the config the emulator was started with. */
  reset(): void;
}

export interface RekognitionEmulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** Where S3Object images are read from (the local s3rver). */
  s3?: { endpoint: string; region?: string };
  config?: EmulatorOptions;
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

type Params = Record<string, unknown>;

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

export async function startRekognitionEmulator(
  options: RekognitionEmulatorOptions = {},
): Promise<RekognitionEmulator> {
  const initial: EmulatorConfig = { ...DEFAULT_CONFIG, ...parseConfigPatch(options.config ?? {}) };
  const faults = new FaultInjector(initial);
  const stats = new StatsRecorder();
  const fixtures: Map<string, FixtureEntry> = loadFixtures();
  const log = options.log ?? (() => {});
  const s3 = options.s3
    ? new S3Client({
        endpoint: options.s3.endpoint,
        region: options.s3.region ?? 'us-east-1',
        forcePathStyle: true,
        credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
        maxAttempts: 2,
        responseChecksumValidation: 'WHEN_REQUIRED',
      })
    : null;

  const control: EmulatorControl = {
    config: (patch) => (patch ? faults.update(parseConfigPatch(patch)) : faults.config),
    stats: () => stats.snapshot(),
    reset: () => {
      faults.reset();
      stats.reset();
    },
  };

  async function loadBytes(ref: ImageRef): Promise<Buffer> {
    if (ref.kind === 'bytes') return ref.bytes;
    const rule = faults.matchName(ref.object.Name);
    if (rule)
      throw new AwsServiceError(
        rule.error,
        rule.message ?? `Emulated failure for ${ref.object.Name}`,
      );
    if (!s3) {
      throw new AwsServiceError(
        'InvalidS3ObjectException',
        'Unable to get object metadata from S3. Check object key, region and/or access permissions.',
      );
    }
    return fetchS3Image(s3, ref.object);
  }

  async function runOperation(operation: string, params: Params): Promise<JsonReply> {
    const minConfidence = numberParam(params, 'MinConfidence', 0, 100, false);
    const maxLabels =
      operation === 'DetectLabels'
        ? numberParam(params, 'MaxLabels', 0, REKOGNITION_LIMITS.maxLabels, true)
        : undefined;
    const ref = parseImageRef(params.Image);
    const bytes = await loadBytes(ref);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const rule = faults.matchName(sha256, ref.kind === 's3' ? ref.object.Name : undefined);
    if (rule)
      throw new AwsServiceError(rule.error, rule.message ?? `Emulated failure for ${sha256}`);
    await checkImage(bytes, ref.kind);
    const body =
      operation === 'DetectLabels'
        ? {
            Labels: detectLabels(fixtures, sha256, { minConfidence, maxLabels }),
            LabelModelVersion: LABEL_MODEL_VERSION,
          }
        : {
            ModerationLabels: detectModerationLabels(fixtures, sha256, { minConfidence }),
            ModerationModelVersion: MODERATION_MODEL_VERSION,
          };
    return { status: 200, body };
  }

  /** Returns the reply and whether it skips the configured latency. */
  async function handleApi(
    req: IncomingMessage,
    operation: string,
  ): Promise<{ reply: JsonReply; immediate: boolean }> {
    const { body, truncated } = await readBody(req, MAX_BODY_BYTES);
    const fail = (type: Parameters<typeof errorReply>[0], message: string, immediate = false) => ({
      reply: errorReply(type, message),
      immediate,
    });
    if (req.method !== 'POST' || (req.url ?? '/').split('?')[0] !== '/') {
      return fail('UnknownOperationException', 'Requests must be POST / with an X-Amz-Target');
    }
    // The front end rejects unsigned calls before the service (or its quotas) sees them.
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
    const gate = faults.gate();
    if (gate.kind === 'error') return fail(gate.type, gate.message, gate.immediate);
    if (truncated) return fail('ImageTooLargeException', 'Request body is too large');

    let params: unknown;
    try {
      params = JSON.parse(body.toString('utf8') || '{}');
    } catch {
      return fail('SerializationException', 'Request body is not valid JSON');
    }
    if (typeof params !== 'object' || params === null || Array.isArray(params)) {
      return fail('SerializationException', 'Request body must be a JSON object');
    }
    try {
      return { reply: await runOperation(operation, params as Params), immediate: false };
    } catch (error) {
      if (error instanceof AwsServiceError) return fail(error.type, error.message);
      log(`rekognition emulator: ${operation} failed: ${(error as Error).stack ?? String(error)}`);
      return fail('InternalServerError', 'Internal server error');
    }
  }

  async function handleAdmin(req: IncomingMessage, res: ServerResponse, path: string) {
    const { body } = await readBody(req, 1024 * 1024);
    const reply = (status: number, data: unknown) =>
      sendJson(res, { status, body: data }, 'application/json');
    const route = `${req.method} ${path}`;
    if (route === `GET ${ADMIN_PREFIX}stats`) return reply(200, control.stats());
    if (route === `GET ${ADMIN_PREFIX}config`) return reply(200, control.config());
    if (route === `POST ${ADMIN_PREFIX}reset`) {
      control.reset();
      return reply(200, { config: control.config(), stats: control.stats() });
    }
    if (route === `POST ${ADMIN_PREFIX}config`) {
      try {
        const patch = JSON.parse(body.toString('utf8') || '{}') as unknown;
        return reply(200, control.config(parseConfigPatch(patch)));
      } catch (error) {
        const message = error instanceof ConfigError ? error.message : 'body must be JSON';
        return reply(400, { error: message });
      }
    }
    return reply(404, { error: `no admin route ${route}` });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path.startsWith(ADMIN_PREFIX)) return handleAdmin(req, res, path);

    const operation = operationOf(req);
    stats.begin(operation);
    let reply: JsonReply = errorReply('InternalServerError', 'Internal server error');
    try {
      const result = await handleApi(req, operation);
      reply = result.reply;
      const latency = faults.latencyMs;
      if (!result.immediate && latency > 0) await sleep(latency);
    } catch (error) {
      log(`rekognition emulator: ${(error as Error).stack ?? String(error)}`);
    } finally {
      stats.end(reply.status, reply.errorType);
    }
    sendJson(res, reply);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
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
      await listening.close();
      s3?.destroy();
    },
  };
}
