import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import {
  arrayOf,
  ConfigError,
  defined,
  type Fields,
  objectWith,
  oneOf,
  optionalOneOf,
  optionalString,
  parsePatch,
} from './config-check.js';
import { type GateControl, handleGateAdmin } from './gate-admin.js';
import { GatedFaults } from './gated-faults.js';
import {
  DELAY_KEYS,
  type DelayAction,
  type HeldRequest,
  nameMatches,
  parseDelayAction,
  parseScope,
  type RuleScope,
  SCOPE_KEYS,
} from './request-gates.js';

/**
 * S3 behaviour s3rver lacks, as a Koa middleware in front of its router: the 2 KB user-metadata
 * limit, and fault rules (failures, delays, holds) per method and key. Requests it lets through
 * reach s3rver untouched: bodies are never read here.
 */

export const S3_METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'HEAD'] as const;
export type S3Method = (typeof S3_METHODS)[number];

/** The error codes a failure rule can answer with, and S3's status and message for each. */
export const S3_FAULTS = {
  InternalError: { status: 500, message: 'We encountered an internal error. Please try again.' },
  SlowDown: { status: 503, message: 'Please reduce your request rate.' },
  ServiceUnavailable: { status: 503, message: 'Service is unable to handle request.' },
} as const;

export type S3FaultCode = keyof typeof S3_FAULTS;

/** S3's limit on user-defined metadata: key (without `x-amz-meta-`) and value bytes, summed. */
export const S3_METADATA_LIMIT_BYTES = 2048;

/** Admin routes live under a path no bucket can have (bucket names cannot contain `_`). */
export const S3_ADMIN_PREFIX = '/__s3/';

/**
 * Requests carrying this header (the Rekognition emulator reading S3Object images) bypass the
 * faults and the stats: S3 faults stand for what the stack's clients see.
 */
export const S3_INTERNAL_HEADER = 'x-local-stack-internal';

interface S3Scope extends RuleScope {
  /** Only this HTTP method; any when absent. `match` is a substring of the object key. */
  method?: S3Method;
}

export interface S3FailureRule extends S3Scope {
  code: S3FaultCode;
  /** S3's status for `code` (500 InternalError, 503 otherwise); given, it must agree. */
  status?: 500 | 503;
  message?: string;
}

/** Holds matching requests `ms` milliseconds, or until released (`hold: true`). */
export interface S3DelayRule extends S3Scope, DelayAction {}

export interface S3FaultConfig {
  /** Enforce S3's 2 KB user-metadata limit (MetadataTooLarge); default true. */
  metadataLimit: boolean;
  failures: S3FailureRule[];
  delays: S3DelayRule[];
}

export type S3FaultOptions = Partial<S3FaultConfig>;

export interface S3FaultStats {
  /** Requests received (admin and the emulator's reads excluded). */
  requests: number;
  byMethod: Record<string, number>;
  /** Requests answered by a failure rule. */
  injectedFailures: number;
  /** Object writes refused with MetadataTooLarge. */
  metadataTooLarge: number;
  /** Requests a delay rule delayed or held (released or not). */
  delayed: number;
  held: HeldRequest[];
}

export type S3Control = GateControl<S3FaultConfig, S3FaultOptions, S3FaultStats>;

export const DEFAULT_S3_CONFIG: S3FaultConfig = { metadataLimit: true, failures: [], delays: [] };

function parseMethod(fields: Fields, path: string): S3Method | undefined {
  return optionalOneOf(fields, 'method', path, S3_METHODS);
}

function parseFailure(value: unknown, path: string): S3FailureRule {
  const fields = objectWith(value, path, ['method', 'code', 'status', 'message', ...SCOPE_KEYS]);
  const code = oneOf(fields.code, `${path}.code`, Object.keys(S3_FAULTS) as S3FaultCode[]);
  const status = S3_FAULTS[code].status;
  if (fields.status !== undefined && fields.status !== status) {
    throw new ConfigError(`${path}.status must be ${status} for ${code}, as S3 answers it`);
  }
  return defined({
    method: parseMethod(fields, path),
    ...parseScope(fields, path),
    code,
    status,
    message: optionalString(fields, 'message', path),
  });
}

function parseDelay(value: unknown, path: string): S3DelayRule {
  const fields = objectWith(value, path, ['method', ...DELAY_KEYS, ...SCOPE_KEYS]);
  return defined({
    method: parseMethod(fields, path),
    ...parseScope(fields, path),
    ...parseDelayAction(fields, path),
  });
}

export function parseS3Patch(input: unknown): S3FaultOptions {
  return parsePatch<S3FaultConfig>(input, {
    metadataLimit: (value, key) => {
      if (typeof value !== 'boolean') throw new ConfigError(`${key} must be a boolean`);
      return value;
    },
    failures: (value, key) => arrayOf(value, key, parseFailure),
    delays: (value, key) => arrayOf(value, key, parseDelay),
  });
}

/** Bucket, key and query of a path-style request (the stack's endpoint is always path-style). */
export interface S3Target {
  bucket: string;
  key: string;
  query: URLSearchParams;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function targetOf(url: string): S3Target {
  const q = url.indexOf('?');
  const path = q < 0 ? url : url.slice(0, q);
  const slash = path.indexOf('/', 1);
  return {
    bucket: decode(slash < 0 ? path.slice(1) : path.slice(1, slash)),
    key: slash < 0 ? '' : decode(path.slice(slash + 1)),
    query: new URLSearchParams(q < 0 ? '' : url.slice(q + 1)),
  };
}

const META_PREFIX = 'x-amz-meta-';
/** Sub-resources whose PUT does not create an object (UploadPart, tagging, ACL...). */
const NOT_OBJECT_WRITES = ['partNumber', 'uploadId', 'tagging', 'acl', 'retention', 'legal-hold'];

/**
 * The size S3 counts against its 2 KB limit: for each `x-amz-meta-*` header, the bytes of its
 * name without the prefix plus the bytes of its value (repeated headers are joined with `,`
 * as S3 stores them). Bytes are the bytes on the wire, so a client sending UTF-8 (the AWS CLI,
 * boto3) is measured in UTF-8.
 */
export function userMetadataBytes(rawHeaders: readonly string[]): number {
  const values = new Map<string, string[]>();
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const name = rawHeaders[i]!.toLowerCase();
    if (!name.startsWith(META_PREFIX)) continue;
    const list = values.get(name) ?? [];
    list.push(rawHeaders[i + 1]!);
    values.set(name, list);
  }
  let size = 0;
  for (const [name, list] of values) {
    // Node's parser hands header bytes over as latin1 characters, one per byte.
    size += Buffer.byteLength(name.slice(META_PREFIX.length), 'latin1');
    size += Buffer.byteLength(list.join(','), 'latin1');
  }
  return size;
}

/** PutObject, CopyObject with REPLACE and CreateMultipartUpload store the request's metadata. */
export function storesMetadata(
  method: string | undefined,
  target: S3Target,
  headers: IncomingHttpHeaders,
): boolean {
  if (!target.key) return false;
  if (method === 'POST') return target.query.has('uploads');
  if (method !== 'PUT' || NOT_OBJECT_WRITES.some((name) => target.query.has(name))) return false;
  if (headers['x-amz-copy-source'] === undefined) return true;
  return String(headers['x-amz-metadata-directive'] ?? '').toUpperCase() === 'REPLACE';
}

const xmlEscape = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[c]};`,
  );

/** An S3 error reply: `<Error><Code/><Message/>...<RequestId/><HostId/></Error>`. */
export interface S3ErrorReply {
  status: number;
  code: string;
  message: string;
  /** Extra elements after Message, e.g. Size and MaxSizeAllowed. */
  detail?: Record<string, string | number>;
}

export function sendS3Error(req: IncomingMessage, res: ServerResponse, reply: S3ErrorReply): void {
  const requestId = randomUUID().replace(/-/g, '').slice(0, 16).toUpperCase();
  const hostId = randomBytes(48).toString('base64');
  const detail = Object.entries(reply.detail ?? {})
    .map(([name, value]) => `<${name}>${xmlEscape(String(value))}</${name}>`)
    .join('');
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<Error><Code>${reply.code}</Code><Message>${xmlEscape(reply.message)}</Message>${detail}` +
    `<RequestId>${requestId}</RequestId><HostId>${hostId}</HostId></Error>`;
  const payload = Buffer.from(xml);
  res.writeHead(reply.status, {
    'Content-Type': 'application/xml',
    'Content-Length': payload.length,
    'x-amz-request-id': requestId,
    'x-amz-id-2': hostId,
    Server: 'AmazonS3',
  });
  // A HEAD reply has no body; the SDK then names the error after the status.
  res.end(req.method === 'HEAD' ? undefined : payload);
}

/** The S3 faults' live config, rules, holds and counters. */
export class S3Faults extends GatedFaults<S3FaultConfig> {
  private tooLarge = 0;

  stats(): S3FaultStats {
    const c = this.counts();
    return {
      requests: c.requests,
      byMethod: c.byOperation,
      injectedFailures: c.injected,
      metadataTooLarge: this.tooLarge,
      delayed: c.delayed,
      held: this.holds.list(),
    };
  }

  override reset(): void {
    super.reset();
    this.tooLarge = 0;
  }

  /**
   * Delays, holds or fails the request as the rules say, then checks the metadata limit.
   * Returns the error to answer, if any.
   */
  async check(req: IncomingMessage, target: S3Target): Promise<S3ErrorReply | undefined> {
    const method = req.method ?? 'GET';
    const failure = await this.gate(
      { operation: method, name: `${target.bucket}/${target.key}`, names: [target.key] },
      (rule) =>
        (rule.method === undefined || rule.method === method) &&
        nameMatches(rule.match, [target.key]),
    );
    if (failure) {
      const known = S3_FAULTS[failure.code];
      return {
        status: known.status,
        code: failure.code,
        message: failure.message ?? known.message,
      };
    }
    if (!this.live.metadataLimit || !storesMetadata(method, target, req.headers)) return undefined;
    const size = userMetadataBytes(req.rawHeaders);
    if (size <= S3_METADATA_LIMIT_BYTES) return undefined;
    this.tooLarge++;
    return {
      status: 400,
      code: 'MetadataTooLarge',
      message: 'Your metadata headers exceed the maximum allowed metadata size.',
      detail: { Size: size, MaxSizeAllowed: S3_METADATA_LIMIT_BYTES },
    };
  }
}

/** The slice of Koa's context the middleware uses. */
export interface S3MiddlewareContext {
  req: IncomingMessage;
  res: ServerResponse;
  respond?: boolean;
}

export function controlOf(faults: S3Faults): S3Control {
  return {
    config: (patch) => (patch ? faults.update(parseS3Patch(patch)) : faults.config),
    stats: () => faults.stats(),
    reset: () => faults.reset(),
    release: (filter) => faults.holds.release(filter),
    waitForHeld: (filter) => faults.holds.waitFor(filter),
  };
}

/**
 * The Koa middleware: admin routes, then the gates. A reply of its own sets `respond = false`
 * so Koa leaves the response alone; anything else goes on to s3rver as it came.
 */
export function s3FaultMiddleware(faults: S3Faults, control: S3Control) {
  return async (ctx: S3MiddlewareContext, next: () => Promise<unknown>): Promise<unknown> => {
    const { req, res } = ctx;
    const url = req.url ?? '/';
    if (url.startsWith(S3_ADMIN_PREFIX)) {
      ctx.respond = false;
      return handleGateAdmin(control, req, res, url.split('?')[0]!, S3_ADMIN_PREFIX);
    }
    if (req.headers[S3_INTERNAL_HEADER] !== undefined) return next();
    faults.count(req.method ?? 'GET');
    const target = targetOf(url);
    const error = await faults.check(req, target);
    if (error) {
      ctx.respond = false;
      return sendS3Error(req, res, error);
    }
    // A client that disconnected before sending its whole request (while it was held): S3
    // would not store it either. A request that had fully arrived goes on, as in S3.
    if (req.socket.destroyed && !req.complete) {
      ctx.respond = false;
      return undefined;
    }
    return next();
  };
}
