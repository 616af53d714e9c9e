import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Error types the emulator can answer with and the HTTP status real Rekognition uses for
 * each. Throttling is a 400 in Rekognition (not 429), which matters: the SDK classifies
 * retries by error name, not by status.
 */
export const ERROR_STATUS = {
  AccessDeniedException: 400,
  ImageTooLargeException: 400,
  InternalServerError: 500,
  InvalidImageFormatException: 400,
  InvalidParameterException: 400,
  InvalidS3ObjectException: 400,
  ProvisionedThroughputExceededException: 400,
  ThrottlingException: 400,
  // Protocol-level errors produced by the AWS front end rather than the service.
  MissingAuthenticationTokenException: 400,
  UnrecognizedClientException: 403,
  UnknownOperationException: 400,
  SerializationException: 400,
} as const;

export type ErrorType = keyof typeof ERROR_STATUS;

export function isErrorType(value: unknown): value is ErrorType {
  return typeof value === 'string' && Object.hasOwn(ERROR_STATUS, value);
}

export class AwsServiceError extends Error {
  readonly status: number;

  constructor(
    readonly type: ErrorType,
    message: string,
  ) {
    super(message);
    this.name = type;
    this.status = ERROR_STATUS[type];
  }
}

export interface JsonReply {
  status: number;
  body: unknown;
  /** Set for error replies; becomes the x-amzn-ErrorType header. */
  errorType?: string;
}

export function errorReply(type: ErrorType, message: string): JsonReply {
  // Real JSON 1.1 services send the type in both the header and the body; the SDK reads
  // the header first and the body's `__type`/`code` after, and the message from
  // `message` or `Message`.
  return {
    status: ERROR_STATUS[type],
    errorType: type,
    body: { __type: type, Message: message, Code: type },
  };
}

export function sendJson(
  res: ServerResponse,
  reply: JsonReply,
  contentType = 'application/x-amz-json-1.1',
): void {
  const payload = Buffer.from(JSON.stringify(reply.body));
  const headers: Record<string, string | number> = {
    'Content-Type': contentType,
    'Content-Length': payload.length,
    'x-amzn-RequestId': randomUUID(),
  };
  if (reply.errorType) headers['x-amzn-ErrorType'] = reply.errorType;
  res.writeHead(reply.status, headers);
  res.end(payload);
}

export interface ReadBodyResult {
  body: Buffer;
  /** True when the body exceeded the limit; the rest was read and dropped. */
  truncated: boolean;
}

/** Reads a request body, keeping at most `limit` bytes but always draining the socket. */
export function readBody(req: IncomingMessage, limit: number): Promise<ReadBodyResult> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let truncated = false;
    req.on('data', (chunk: Buffer) => {
      if (truncated) return;
      size += chunk.length;
      if (size > limit) {
        truncated = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve({ body: Buffer.concat(chunks), truncated }));
    req.on('error', reject);
  });
}
