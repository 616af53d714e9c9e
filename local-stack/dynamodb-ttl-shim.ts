import { randomUUID } from 'node:crypto';
import {
  Agent,
  createServer,
  request,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type RequestOptions,
  type Server,
  type ServerResponse,
} from 'node:http';
import { crc32 } from 'node:zlib';
import {
  DescribeTableCommand,
  DynamoDBClient,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';
import { readBody } from './aws-json.js';
import {
  DEFAULT_DYNAMO_CONFIG,
  DynamoFaults,
  parseDynamoPatch,
  type DynamoShimConfig,
  type DynamoShimOptions,
  type DynamoShimStats,
} from './dynamodb-faults.js';
import { type GateControl, handleGateAdmin } from './gate-admin.js';
import { listen } from './listen.js';
import {
  type BufferedReply,
  type DynamoStreamControl,
  DynamoStreams,
  StreamError,
} from './dynamodb-stream.js';

/**
 * dynalite implements neither UpdateTimeToLive nor a stateful DescribeTimeToLive (it
 * always says DISABLED). This proxy answers both from per-table state kept in memory and
 * passes every other call through to dynalite untouched, unless a fault rule (see
 * dynamodb-faults.ts) delays, holds or fails it.
 */

export type { DynamoShimConfig, DynamoShimOptions, DynamoShimStats };

/** In-process control of the shim's faults; `/__shim/...` exposes the same calls. */
export type DynamoShimControl = GateControl<DynamoShimConfig, DynamoShimOptions, DynamoShimStats>;

export interface TtlShimOptions {
  /** dynalite's base URL, e.g. http://127.0.0.1:4567 */
  target: string;
  port?: number;
  host?: string;
  /** Fault rules the shim starts with (and `reset` restores). */
  config?: DynamoShimOptions;
  /** The clock of `untilMs` windows, in ms; tests inject one to move time themselves. */
  now?: () => number;
  /** The region in stream ARNs and records; default us-east-1. */
  region?: string;
}

export interface TtlShim {
  url: string;
  port: number;
  control: DynamoShimControl;
  /** Emulated DynamoDB Streams and TTL expiry on demand (dynamodb-stream.ts). */
  streams: DynamoStreamControl;
  close(): Promise<void>;
}

interface TtlState {
  enabled: boolean;
  attributeName?: string;
  /** Detects a table deleted and created again under the same name. */
  tableCreatedAt: number;
}

const ERROR_PREFIX = 'com.amazonaws.dynamodb.v20120810#';
const ADMIN_PREFIX = '/__shim/';
const TARGET_PREFIX = 'DynamoDB_20120810.';
const TTL_TARGETS = new Set([
  'DynamoDB_20120810.UpdateTimeToLive',
  'DynamoDB_20120810.DescribeTimeToLive',
]);
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'te',
  'trailer',
  'upgrade',
]);

class DynamoError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

function sendDynamo(res: ServerResponse, status: number, body: unknown, errorType?: string): void {
  const payload = Buffer.from(JSON.stringify(body));
  res.writeHead(status, {
    'Content-Type': 'application/x-amz-json-1.0',
    'Content-Length': payload.length,
    'x-amzn-RequestId': randomUUID(),
    // Real DynamoDB sends a CRC32 of the body; some clients verify it.
    'x-amz-crc32': String(crc32(payload)),
    ...(errorType ? { 'x-amzn-ErrorType': errorType } : {}),
  });
  res.end(payload);
}

function forwardHeaders(headers: IncomingHttpHeaders | string[]): string[] {
  const raw = Array.isArray(headers) ? headers : Object.entries(headers).flat().map(String);
  const out: string[] = [];
  for (let i = 0; i < raw.length; i += 2) {
    if (!HOP_BY_HOP.has(raw[i]!.toLowerCase())) out.push(raw[i]!, raw[i + 1]!);
  }
  return out;
}

/** Table names may also be given as ARNs (arn:aws:dynamodb:region:acct:table/NAME). */
function tableNameOf(value: unknown): string {
  if (typeof value !== 'string' || !value) {
    throw new DynamoError('ValidationException', 'TableName must be a non-empty string');
  }
  const arn = /^arn:[^:]+:dynamodb:[^:]*:[^:]*:table\/([^/]+)$/.exec(value);
  return arn ? arn[1]! : value;
}

interface TtlSpecification {
  Enabled: boolean;
  AttributeName: string;
}

/** Rejects what real DynamoDB rejects: both fields are required, even to disable. */
function ttlSpecificationOf(value: unknown): TtlSpecification {
  const spec = value as Record<string, unknown> | undefined;
  if (
    typeof spec !== 'object' ||
    spec === null ||
    typeof spec.Enabled !== 'boolean' ||
    typeof spec.AttributeName !== 'string' ||
    !spec.AttributeName
  ) {
    throw new DynamoError(
      'ValidationException',
      'TimeToLiveSpecification must have Enabled (boolean) and AttributeName (string)',
    );
  }
  return { Enabled: spec.Enabled, AttributeName: spec.AttributeName };
}

/**
 * The TTL setting of every table, in memory. dynalite is asked for each table's creation time
 * so that a table deleted and created again starts with TTL disabled, as in DynamoDB.
 */
class TtlTables {
  private readonly state = new Map<string, TtlState>();
  readonly dynalite: DynamoDBClient;

  constructor(endpoint: string) {
    this.dynalite = new DynamoDBClient({
      endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'shim', secretAccessKey: 'shim' },
      maxAttempts: 1,
    });
  }

  /** The response body of a DescribeTimeToLive or UpdateTimeToLive call. */
  async answer(operation: string, input: Record<string, unknown>): Promise<unknown> {
    const name = tableNameOf(input.TableName);
    if (operation === 'DescribeTimeToLive') return this.describe(name);
    return this.update(name, ttlSpecificationOf(input.TimeToLiveSpecification));
  }

  close(): void {
    this.dynalite.destroy();
  }

  /** The TTL attribute, when TTL is enabled on the table. */
  async attributeOf(name: string): Promise<string | undefined> {
    const ttl = await this.current(name);
    return ttl.enabled ? ttl.attributeName : undefined;
  }

  private async describe(name: string): Promise<unknown> {
    const ttl = await this.current(name);
    return {
      TimeToLiveDescription: ttl.enabled
        ? { TimeToLiveStatus: 'ENABLED', AttributeName: ttl.attributeName }
        : { TimeToLiveStatus: 'DISABLED' },
    };
  }

  private async update(name: string, spec: TtlSpecification): Promise<unknown> {
    const ttl = await this.current(name);
    // Real DynamoDB refuses no-op changes with these messages.
    if (spec.Enabled && ttl.enabled) {
      throw new DynamoError('ValidationException', 'TimeToLive is already enabled');
    }
    if (!spec.Enabled && !ttl.enabled) {
      throw new DynamoError('ValidationException', 'TimeToLive is already disabled');
    }
    ttl.enabled = spec.Enabled;
    ttl.attributeName = spec.Enabled ? spec.AttributeName : undefined;
    return {
      TimeToLiveSpecification: { Enabled: spec.Enabled, AttributeName: spec.AttributeName },
    };
  }

  private async current(name: string): Promise<TtlState> {
    const createdAt = await this.tableCreatedAt(name);
    const known = this.state.get(name);
    if (known && known.tableCreatedAt === createdAt) return known;
    const fresh: TtlState = { enabled: false, tableCreatedAt: createdAt };
    this.state.set(name, fresh);
    return fresh;
  }

  private async tableCreatedAt(name: string): Promise<number> {
    try {
      const { Table } = await this.dynalite.send(new DescribeTableCommand({ TableName: name }));
      return Table?.CreationDateTime?.getTime() ?? 0;
    } catch (error) {
      if (error instanceof ResourceNotFoundException) {
        throw new DynamoError(
          'ResourceNotFoundException',
          `Requested resource not found: Table: ${name} not found`,
        );
      }
      throw error;
    }
  }
}

/** `UpdateTimeToLive` or `DescribeTimeToLive` for the calls the shim answers itself. */
function ttlOperationOf(req: IncomingMessage): string | undefined {
  const targetHeader = req.headers['x-amz-target'];
  if (req.method === 'POST' && typeof targetHeader === 'string' && TTL_TARGETS.has(targetHeader)) {
    return targetHeader.split('.')[1]!;
  }
  return undefined;
}

/** The operation named by X-Amz-Target (`PutItem`), as counted in the stats. */
function operationOf(req: IncomingMessage): string {
  const target = req.headers['x-amz-target'];
  if (typeof target !== 'string' || !target) return '(none)';
  return target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : target;
}

/** Answers a TTL call as DynamoDB's front end and service would, errors included. */
async function handleTtl(
  req: IncomingMessage,
  res: ServerResponse,
  operation: string,
  tables: TtlTables,
  body: Buffer,
): Promise<void> {
  const auth = req.headers.authorization;
  if (!auth || !auth.startsWith('AWS4-')) {
    return sendDynamo(res, 400, {
      __type: 'com.amazon.coral.service#MissingAuthenticationTokenException',
      message: 'Request is missing Authentication Token',
    });
  }
  let input: unknown;
  try {
    input = JSON.parse(body.toString('utf8'));
  } catch {
    return sendDynamo(res, 400, { __type: 'com.amazon.coral.service#SerializationException' });
  }
  try {
    if (typeof input !== 'object' || input === null) {
      throw new DynamoError('ValidationException', 'Request body must be a JSON object');
    }
    sendDynamo(res, 200, await tables.answer(operation, input as Record<string, unknown>));
  } catch (error) {
    if (error instanceof DynamoError) {
      return sendDynamo(res, 400, { __type: ERROR_PREFIX + error.type, message: error.message });
    }
    sendDynamo(res, 500, {
      __type: 'com.amazon.coral.service#InternalFailure',
      message: String(error),
    });
  }
}

/** The call as it goes to dynalite: the same method, path and end-to-end headers. */
function upstreamOptions(
  req: IncomingMessage,
  { target, agent }: { target: URL; agent: Agent },
): RequestOptions {
  return {
    protocol: target.protocol,
    hostname: target.hostname,
    port: target.port,
    method: req.method,
    path: req.url,
    headers: forwardHeaders(req.rawHeaders),
    agent,
  };
}

/**
 * Passes a call to dynalite untouched, streaming both ways; `body` is the request body when
 * the shim already read it (to match fault rules against it).
 */
function proxy(
  req: IncomingMessage,
  res: ServerResponse,
  upstreamOf: { target: URL; agent: Agent },
  body?: Buffer,
): void {
  const upstream = request(upstreamOptions(req, upstreamOf), (upstreamRes) => {
    res.writeHead(
      upstreamRes.statusCode ?? 502,
      upstreamRes.statusMessage,
      forwardHeaders(upstreamRes.rawHeaders),
    );
    upstreamRes.pipe(res);
  });
  upstream.on('error', (error) => {
    if (res.headersSent) return res.destroy(error);
    sendDynamo(res, 502, {
      __type: 'com.amazon.coral.service#InternalFailure',
      message: `dynalite unreachable: ${error.message}`,
    });
  });
  if (body) upstream.end(body);
  else req.pipe(upstream);
}

/** The table a request names, for held-request listings. */
function tableOf(body: string): string {
  try {
    const input = JSON.parse(body) as { TableName?: unknown };
    return typeof input.TableName === 'string' ? input.TableName : '';
  } catch {
    return '';
  }
}

/** Passes a call to dynalite and buffers its reply, so a stream record can follow a success. */
function forwardBuffered(
  req: IncomingMessage,
  upstreamOf: { target: URL; agent: Agent },
  body: Buffer,
): Promise<BufferedReply> {
  return new Promise((resolve, reject) => {
    const upstream = request(upstreamOptions(req, upstreamOf), (upstreamRes) => {
      const chunks: Buffer[] = [];
      upstreamRes.on('data', (chunk: Buffer) => chunks.push(chunk));
      upstreamRes.on('error', reject);
      upstreamRes.on('end', () =>
        resolve({
          status: upstreamRes.statusCode ?? 502,
          statusMessage: upstreamRes.statusMessage,
          headers: forwardHeaders(upstreamRes.rawHeaders),
          body: Buffer.concat(chunks),
        }),
      );
    });
    upstream.on('error', reject);
    upstream.end(body);
  });
}

/** A call that may change a streamed table: forwarded through the streams, reply buffered. */
async function serveStreamed(
  req: IncomingMessage,
  res: ServerResponse,
  operation: string,
  body: Buffer,
  upstream: Upstream,
): Promise<void> {
  let input: Record<string, unknown>;
  try {
    input = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
  } catch {
    // dynalite answers malformed JSON with DynamoDB's own error.
    return proxy(req, res, upstream, body);
  }
  try {
    const reply = await upstream.streams.serve(operation, input, () =>
      forwardBuffered(req, upstream, body),
    );
    res.writeHead(reply.status, reply.statusMessage, reply.headers);
    res.end(reply.body);
  } catch (error) {
    const type = error instanceof StreamError ? error.type : 'InternalFailure';
    sendDynamo(res, error instanceof StreamError ? 400 : 500, {
      __type: ERROR_PREFIX + type,
      message: (error as Error).message,
    });
  }
}

interface Upstream {
  target: URL;
  agent: Agent;
  tables: TtlTables;
  streams: DynamoStreams;
}

/** Serves one API call: fault rules first (when any is set), then TTL, streams or dynalite. */
async function serveApi(
  req: IncomingMessage,
  res: ServerResponse,
  faults: DynamoFaults,
  upstream: Upstream,
): Promise<void> {
  const operation = operationOf(req);
  const ttl = ttlOperationOf(req);
  const streamed = upstream.streams.inspects(operation);
  faults.count(operation);
  // The common case: no rule, no stream, nothing buffered.
  if (!faults.active && ttl === undefined && !streamed) return proxy(req, res, upstream);
  // DynamoDB requests are at most 16 MB; rules match on the body, so read it whole. A held
  // request is forwarded on release even if its client gave up, as DynamoDB would finish it.
  const { body } = await readBody(req, Number.POSITIVE_INFINITY);
  if (faults.active) {
    const text = body.toString('utf8');
    const fault = await faults.check({ operation, body: text, table: tableOf(text) });
    if (fault) {
      const payload = { __type: ERROR_PREFIX + fault.type, message: fault.message };
      return sendDynamo(res, fault.status, payload, fault.type);
    }
  }
  if (ttl !== undefined) return handleTtl(req, res, ttl, upstream.tables, body);
  if (streamed) return serveStreamed(req, res, operation, body, upstream);
  proxy(req, res, upstream, body);
}

/** `POST /__shim/expire {"table", "now"?}`: TTL expiry on demand; answers `{"expired": n}`. */
async function serveExpire(
  req: IncomingMessage,
  res: ServerResponse,
  streams: DynamoStreams,
): Promise<void> {
  const { body } = await readBody(req, 64 * 1024);
  const reply = (status: number, data: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(data));
  };
  let input: { table?: unknown; now?: unknown };
  try {
    input = JSON.parse(body.toString('utf8') || '{}') as typeof input;
  } catch {
    return reply(400, { error: 'body must be JSON' });
  }
  if (
    typeof input.table !== 'string' ||
    (input.now !== undefined && typeof input.now !== 'number')
  ) {
    return reply(400, { error: 'expected {"table": string, "now"?: epoch seconds}' });
  }
  try {
    reply(200, { expired: await streams.expire(input.table, input.now as number | undefined) });
  } catch (error) {
    reply(400, { error: (error as Error).message });
  }
}

function controlOf(faults: DynamoFaults): DynamoShimControl {
  return {
    config: (patch) => (patch ? faults.update(parseDynamoPatch(patch)) : faults.config),
    stats: () => faults.stats(),
    reset: () => faults.reset(),
    release: (filter) => faults.holds.release(filter),
    waitForHeld: (filter) => faults.holds.waitFor(filter),
  };
}

export async function startDynamoTtlShim(options: TtlShimOptions): Promise<TtlShim> {
  const initial: DynamoShimConfig = {
    ...DEFAULT_DYNAMO_CONFIG,
    ...parseDynamoPatch(options.config ?? {}),
  };
  const faults = new DynamoFaults(initial, options.now ?? (() => performance.now()));
  const control = controlOf(faults);
  const target = new URL(options.target);
  const agent = new Agent({ keepAlive: true });
  const tables = new TtlTables(options.target);
  const streams = new DynamoStreams(tables.dynalite, options.region ?? 'us-east-1', (name) =>
    tables.attributeOf(name),
  );
  const upstream: Upstream = { target, agent, tables, streams };

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const handling =
      path === `${ADMIN_PREFIX}expire` && req.method === 'POST'
        ? serveExpire(req, res, streams)
        : path.startsWith(ADMIN_PREFIX)
          ? handleGateAdmin(control, req, res, path, ADMIN_PREFIX)
          : serveApi(req, res, faults, upstream);
    handling.catch((error: unknown) => {
      if (!res.headersSent) sendDynamo(res, 500, { message: String(error) });
    });
  });
  const listening = await listen(server, options.port, options.host);

  return {
    url: listening.url,
    port: listening.port,
    control,
    streams,
    close: async () => {
      faults.holds.release();
      await listening.close();
      agent.destroy();
      tables.close();
    },
  };
}
