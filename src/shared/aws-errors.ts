import { isServerError, isThrottlingError, isTransientError } from '@smithy/core/retry';

/**
 * An error the user can fix (an input, a file, a permission). Its message is the
 * whole story, so it is reported without a stack trace.
 */
export class UserError extends Error {
  override name = 'UserError';
}

/** How a failed AWS call should be treated. */
export type ErrorKind =
  /** Retry with backoff and send fewer requests at once. */
  | 'throttle'
  /** Retry with backoff (5xx, network). */
  | 'transient'
  /** The configuration is wrong for every image (credentials, table, bucket): stop starting new ones. */
  | 'fatal'
  /** This image is bad; the others go on. */
  | 'image'
  /** A denial or service error for this request; the image fails, the others go on. */
  | 'other';

const THROTTLE_CODES = new Set([
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  'SlowDown',
  'Throttling',
]);

/**
 * Errors no later request can escape. AccessDenied is not one: a policy may allow some keys
 * and not others, so each image tries and reports its own denial.
 */
const FATAL_CODES = new Set([
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'InvalidAccessKeyId',
  'ExpiredToken',
  'ExpiredTokenException',
  'InvalidClientTokenId',
  'MissingAuthenticationTokenException',
  'CredentialsProviderError',
  'ResourceNotFoundException',
  'NoSuchBucket',
  'PermanentRedirect',
  'AuthorizationHeaderMalformed',
]);

const IMAGE_CODES = new Set([
  'InvalidImageFormatException',
  'ImageTooLargeException',
  'InvalidParameterException',
]);

const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN']);

interface AwsLikeError {
  name?: string;
  code?: string;
  $metadata?: { httpStatusCode?: number };
  $retryable?: { throttling?: boolean };
}

export function errorCode(error: unknown): string {
  const e = error as AwsLikeError | undefined;
  return e?.name && e.name !== 'Error' ? e.name : (e?.code ?? 'Error');
}

export function classifyError(error: unknown): ErrorKind {
  // A promise can reject with anything, even nothing; the SDK's helpers expect an object.
  if (typeof error !== 'object' || error === null) return 'other';
  const code = errorCode(error);
  const sdkError = error as Parameters<typeof isThrottlingError>[0];
  if (THROTTLE_CODES.has(code) || isThrottlingError(sdkError)) return 'throttle';
  if (FATAL_CODES.has(code)) return 'fatal';
  if (IMAGE_CODES.has(code)) return 'image';
  const status = (error as AwsLikeError | undefined)?.$metadata?.httpStatusCode ?? 0;
  const networkCode = (error as AwsLikeError | undefined)?.code;
  if (
    status >= 500 ||
    isServerError(sdkError) ||
    isTransientError(sdkError) ||
    (networkCode !== undefined && NETWORK_CODES.has(networkCode))
  ) {
    return 'transient';
  }
  return 'other';
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/** What was being done when an AWS call failed, so a denial can name it. */
export interface AwsOperation {
  /** IAM action, e.g. `rekognition:DetectLabels`. */
  action: string;
  /** Resource ARN or a readable name. */
  resource: string;
  /** The S3 bucket involved, if any. */
  bucket?: string;
}

/** Turns an AWS error into a sentence that says what to change. */
export function describeAwsError(error: unknown, operation: AwsOperation): string {
  const code = errorCode(error);
  const detail = errorMessage(error);
  switch (code) {
    case 'AccessDenied':
    case 'AccessDeniedException':
    case 'Forbidden': // HeadObject has no body, so its denial is a bare 403
      return (
        `AccessDenied: ${operation.action} on ${operation.resource} was denied. ` +
        `Allow ${operation.action} on that resource in the role that made the request ` +
        `(see "IAM permissions" in the README).`
      );
    case 'ResourceNotFoundException':
      return `${operation.resource} does not exist in this region (${operation.action}: ${detail}). Check the \`table\` and \`aws-region\` inputs.`;
    case 'NoSuchBucket':
      return `Bucket ${operation.bucket ?? operation.resource} does not exist. Check the \`bucket\` input.`;
    case 'InvalidS3ObjectException':
      return (
        `Rekognition could not read ${operation.resource} (${detail}). It reads with this job's ` +
        `credentials: allow s3:GetObject on that object (and kms:Decrypt if the bucket uses SSE-KMS), ` +
        `and keep the bucket in the \`aws-region\` region.`
      );
    case 'PermanentRedirect':
    case 'AuthorizationHeaderMalformed':
      return `${operation.resource} is in another region than \`aws-region\` (${detail}).`;
    case 'UnrecognizedClientException':
    case 'InvalidSignatureException':
    case 'SignatureDoesNotMatch':
    case 'InvalidAccessKeyId':
    case 'InvalidClientTokenId':
    case 'ExpiredToken':
    case 'ExpiredTokenException':
      return `AWS rejected the credentials (${code}) for ${operation.action}. Re-run aws-actions/configure-aws-credentials before this step; session tokens expire.`;
    case 'InvalidImageFormatException':
    case 'ImageTooLargeException':
    case 'InvalidParameterException':
      return `Rekognition rejected ${operation.resource}: ${code}: ${detail}. It passed the pre-check, so its data is probably damaged; re-export it as JPEG or PNG.`;
    default:
      return `${operation.action} failed: ${code}: ${detail}`;
  }
}

export const NO_CREDENTIALS_MESSAGE =
  'No AWS credentials were found. Add aws-actions/configure-aws-credentials before this step ' +
  'with `role-to-assume` (GitHub OIDC; the job needs `permissions: id-token: write`). ' +
  'Pull requests from forks get no secrets and no OIDC token, so this step cannot call AWS there: ' +
  "skip it there with `if: github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name == github.repository`.";
