import { isServerError, isThrottlingError, isTransientError } from '@smithy/core/retry';

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
  // The endpoint's host name does not exist (a region with no such service): every request
  // fails the same way. EAI_AGAIN, a DNS server that did not answer, stays transient.
  'ENOTFOUND',
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
  /** The DynamoDB table involved, if any. */
  table?: string;
}

/**
 * What went wrong, as facts: which kind of problem, for which operation. Shared code stops
 * here; each part words it for its own reader (action/aws-error-text.ts, lambda/aws-error-text.ts).
 */
export interface AwsFailure {
  topic: FailureTopic;
  /** The service's error code (`AccessDeniedException`) or the network code. */
  code: string;
  /** The service's own message. */
  detail: string;
  operation: AwsOperation;
}

export type FailureTopic =
  /** IAM or a bucket policy refused this request. */
  | 'denied'
  /** The table (or another named resource) does not exist in the client's region. */
  | 'missing-resource'
  | 'missing-bucket'
  /** Rekognition could not read the S3 object it was pointed at. */
  | 'unreadable-object'
  /** The bucket is in another region than the client's. */
  | 'wrong-region'
  /** The credentials were refused or have expired. */
  | 'credentials'
  /** Rekognition refused the image's data. */
  | 'rejected-image'
  | 'other';

/** Words an AWS failure for one part's reader. */
export type DescribeAwsFailure = (failure: AwsFailure) => string;

const TOPICS: Record<string, FailureTopic> = {
  AccessDenied: 'denied',
  AccessDeniedException: 'denied',
  Forbidden: 'denied', // HeadObject has no body, so its denial is a bare 403
  ResourceNotFoundException: 'missing-resource',
  NoSuchBucket: 'missing-bucket',
  InvalidS3ObjectException: 'unreadable-object',
  PermanentRedirect: 'wrong-region',
  AuthorizationHeaderMalformed: 'wrong-region',
  UnrecognizedClientException: 'credentials',
  InvalidSignatureException: 'credentials',
  SignatureDoesNotMatch: 'credentials',
  InvalidAccessKeyId: 'credentials',
  InvalidClientTokenId: 'credentials',
  ExpiredToken: 'credentials',
  ExpiredTokenException: 'credentials',
  InvalidImageFormatException: 'rejected-image',
  ImageTooLargeException: 'rejected-image',
  InvalidParameterException: 'rejected-image',
};

export function awsFailure(error: unknown, operation: AwsOperation): AwsFailure {
  const code = errorCode(error);
  return { topic: TOPICS[code] ?? 'other', code, detail: errorMessage(error), operation };
}

/**
 * The sentences that read the same for every reader: a damaged image and an unexpected
 * error say nothing about configuration.
 */
export function describeNeutral(failure: AwsFailure): string {
  const { code, detail, operation } = failure;
  if (failure.topic === 'rejected-image') {
    return `Rekognition rejected ${operation.resource}: ${code}: ${detail}. It passed the pre-check, so its data is probably damaged; re-export it as JPEG or PNG.`;
  }
  return `${operation.action} failed: ${code}: ${detail}`;
}
