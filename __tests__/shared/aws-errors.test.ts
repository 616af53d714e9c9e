import { describe, expect, it } from 'vitest';
import { classifyError, errorCode, errorMessage } from '../../src/shared/aws-errors.js';

function awsError(name: string, status?: number, message = `${name} happened`): Error {
  const error = Object.assign(new Error(message), { name });
  if (status !== undefined) Object.assign(error, { $metadata: { httpStatusCode: status } });
  return error;
}

function networkError(code: string): Error {
  return Object.assign(new Error(`connect ${code} 10.0.0.1:443`), { code });
}

describe('classifyError', () => {
  it.each([
    'ThrottlingException',
    'ProvisionedThroughputExceededException',
    'RequestLimitExceeded',
    'TooManyRequestsException',
    'SlowDown',
    'Throttling',
  ])('classifies %s as throttle', (name) => {
    expect(classifyError(awsError(name, 400))).toBe('throttle');
  });

  it('classifies S3 SlowDown (503) as throttle, not transient', () => {
    expect(classifyError(awsError('SlowDown', 503))).toBe('throttle');
  });

  it('classifies an unknown 429 as throttle', () => {
    expect(classifyError(awsError('SomethingNew', 429))).toBe('throttle');
  });

  it('classifies an error marked $retryable.throttling as throttle', () => {
    const error = Object.assign(awsError('Whatever', 400), { $retryable: { throttling: true } });
    expect(classifyError(error)).toBe('throttle');
  });

  it.each([
    ['InternalServerError', 500],
    ['InternalFailure', 500],
    ['BadGateway', 502],
    ['ServiceUnavailable', 503],
    ['ServiceUnavailableException', 503],
    ['GatewayTimeout', 504],
    ['NotImplementedYet', 501],
  ])('classifies %s (%d) as transient', (name, status) => {
    expect(classifyError(awsError(name, status))).toBe('transient');
  });

  it('classifies ENOTFOUND as fatal: the endpoint host does not exist, so every request would fail', () => {
    expect(classifyError(networkError('ENOTFOUND'))).toBe('fatal');
  });

  it.each(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN'])(
    'classifies network error %s as transient',
    (code) => {
      expect(classifyError(networkError(code))).toBe('transient');
    },
  );

  it('classifies an SDK TimeoutError as transient', () => {
    expect(classifyError(awsError('TimeoutError'))).toBe('transient');
  });

  it.each([
    ['UnrecognizedClientException', 400],
    ['ExpiredTokenException', 400],
    ['InvalidAccessKeyId', 403],
    ['ResourceNotFoundException', 400],
    ['NoSuchBucket', 404],
    ['PermanentRedirect', 301],
    ['CredentialsProviderError', undefined],
  ])('classifies %s as fatal', (name, status) => {
    expect(classifyError(awsError(name, status))).toBe('fatal');
  });

  it.each([
    ['AccessDenied', 403],
    ['AccessDeniedException', 400],
    ['Forbidden', 403],
    ['InvalidS3ObjectException', 400],
  ])('classifies %s as a per-image failure: a policy may deny some keys only', (name, status) => {
    expect(classifyError(awsError(name, status))).toBe('other');
  });

  it.each(['InvalidImageFormatException', 'ImageTooLargeException', 'InvalidParameterException'])(
    'classifies %s as image',
    (name) => {
      expect(classifyError(awsError(name, 400))).toBe('image');
    },
  );

  it.each([
    ['ValidationException', 400],
    ['ConditionalCheckFailedException', 400],
    ['NoSuchKey', 404],
  ])('classifies %s (%d) as other', (name, status) => {
    expect(classifyError(awsError(name, status))).toBe('other');
  });

  it('classifies a plain Error and a string as other', () => {
    expect(classifyError(new Error('bad'))).toBe('other');
    expect(classifyError('bad')).toBe('other');
  });

  it('does not throw for undefined or null (a rejection without a reason)', () => {
    expect(classifyError(undefined)).toBe('other');
    expect(classifyError(null)).toBe('other');
  });

  it('does not take an AbortError for transient', () => {
    expect(classifyError(awsError('AbortError'))).toBe('other');
  });
});

describe('errorCode', () => {
  it('prefers a specific name, then code, then "Error"', () => {
    expect(errorCode(awsError('ThrottlingException'))).toBe('ThrottlingException');
    expect(errorCode(networkError('ECONNRESET'))).toBe('ECONNRESET');
    expect(errorCode(new Error('x'))).toBe('Error');
    expect(errorCode(undefined)).toBe('Error');
    expect(errorCode(null)).toBe('Error');
  });
});

describe('errorMessage', () => {
  it('uses the message, or the name when the message is empty', () => {
    expect(errorMessage(new Error('boom'))).toBe('boom');
    expect(errorMessage(awsError('NoSuchBucket', 404, ''))).toBe('NoSuchBucket');
    expect(errorMessage('text')).toBe('text');
    expect(errorMessage(42)).toBe('42');
  });
});
