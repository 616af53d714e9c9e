/**
 * The errors the local S3 Control answers with, each with the HTTP status S3 Control uses. The
 * SDK reads the code from the body (`<ErrorResponse><Error><Code>`), so `error.name` is the code
 * and `$metadata.httpStatusCode` the status.
 */
export const S3_CONTROL_ERROR_STATUS = {
  /** A request S3 Control refuses: a missing or malformed member, an unsupported option. */
  InvalidRequest: 400,
  /** A body that is not well-formed XML. */
  MalformedXML: 400,
  /** A ClientRequestToken already used for a different request. */
  IdempotencyException: 400,
  /** A status change the job's status does not allow (confirm a running job...). */
  JobStatusException: 400,
  NoSuchJob: 404,
  /** No Authorization, or one that is not SigV4. */
  AccessDenied: 403,
  /** A path or method this local S3 Control does not implement. */
  NotImplemented: 501,
  InternalError: 500,
} as const;

export type S3ControlErrorCode = keyof typeof S3_CONTROL_ERROR_STATUS;

export class S3ControlError extends Error {
  readonly status: number;

  constructor(
    readonly code: S3ControlErrorCode,
    message: string,
  ) {
    super(message);
    this.name = code;
    this.status = S3_CONTROL_ERROR_STATUS[code];
  }
}

/** A CreateJob member S3 Control would refuse. */
export const invalid = (message: string) => new S3ControlError('InvalidRequest', message);
