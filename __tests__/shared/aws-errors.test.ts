import { describe, expect, it } from 'vitest';
import {
  NO_CREDENTIALS_MESSAGE,
  UserError,
  classifyError,
  describeAwsError,
  errorCode,
  errorMessage,
} from '../../src/shared/aws-errors.js';

function awsError(name: string, status?: number, message = `${name} happened`): Error {
  const error = Object.assign(new Error(message), { name });
  if (status !== undefined) Object.assign(error, { $metadata: { httpStatusCode: status } });
  return error;
}

function networkError(code: string): Error {
  return Object.assign(new Error(`connect ${code} 10.0.0.1:443`), { code });
}

const detectLabels = {
  action: 'rekognition:DetectLabels',
  resource: 'arn:aws:rekognition:us-east-1:123456789012:*',
};

describe('UserError', () => {
  it('is an Error named UserError that keeps its message', () => {
    const error = new UserError('Input `mode` is "x"');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('UserError');
    expect(error.message).toBe('Input `mode` is "x"');
  });
});

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

  it.each(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'ENOTFOUND'])(
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

  it('explains InvalidS3ObjectException as a missing s3:GetObject (or KMS) permission', () => {
    const message = describeAwsError(awsError('InvalidS3ObjectException', 400), {
      action: 'rekognition:DetectLabels',
      resource: 's3://bkt/rekognition-input/beta/a.png',
    });
    expect(message).toMatch(/could not read s3:\/\/bkt\/rekognition-input\/beta\/a\.png/);
    expect(message).toContain('s3:GetObject');
    expect(message).toContain('kms:Decrypt');
  });

  it('says Rekognition refused an image that passed the pre-check, and what to do', () => {
    const message = describeAwsError(
      Object.assign(new Error('Request has invalid image format'), {
        name: 'InvalidImageFormatException',
        $metadata: { httpStatusCode: 400 },
      }),
      { action: 'rekognition:DetectLabels', resource: 'image a/b.png' },
    );
    expect(message).toBe(
      'Rekognition rejected image a/b.png: InvalidImageFormatException: Request has invalid image format. ' +
        'It passed the pre-check, so its data is probably damaged; re-export it as JPEG or PNG.',
    );
  });

  it('names the bucket, not the object, when the bucket does not exist', () => {
    const message = describeAwsError(awsError('NoSuchBucket', 404), {
      action: 's3:PutObject',
      resource: 'arn:aws:s3:::bkt/k.png',
      bucket: 'bkt',
    });
    expect(message).toBe('Bucket bkt does not exist. Check the `bucket` input.');
  });

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

describe('describeAwsError', () => {
  it.each(['AccessDenied', 'AccessDeniedException', 'Forbidden'])(
    'names the IAM action and the resource for %s',
    (name) => {
      expect(describeAwsError(awsError(name, 403), detectLabels)).toBe(
        'AccessDenied: rekognition:DetectLabels on arn:aws:rekognition:us-east-1:123456789012:* was denied. ' +
          'Allow rekognition:DetectLabels on that resource in the role that made the request ' +
          '(see "IAM permissions" in the README).',
      );
    },
  );

  it('names the table and points at the table and aws-region inputs for ResourceNotFound', () => {
    const op = { action: 'dynamodb:PutItem', resource: 'table prod_results' };
    const error = awsError('ResourceNotFoundException', 400, 'Requested resource not found');
    expect(describeAwsError(error, op)).toBe(
      'table prod_results does not exist in this region (dynamodb:PutItem: Requested resource not found). ' +
        'Check the `table` and `aws-region` inputs.',
    );
  });

  it('points at the bucket input for NoSuchBucket', () => {
    const op = { action: 's3:PutObject', resource: 'my-bucket' };
    expect(describeAwsError(awsError('NoSuchBucket', 404), op)).toBe(
      'Bucket my-bucket does not exist. Check the `bucket` input.',
    );
  });

  it('names the region problem for PermanentRedirect', () => {
    const op = { action: 's3:PutObject', resource: 'my-bucket' };
    const error = awsError('PermanentRedirect', 301, 'use the eu-west-1 endpoint');
    expect(describeAwsError(error, op)).toBe(
      'my-bucket is in another region than `aws-region` (use the eu-west-1 endpoint).',
    );
  });

  it.each(['ExpiredTokenException', 'InvalidClientTokenId', 'UnrecognizedClientException'])(
    'explains rejected credentials (%s) with the code and action',
    (name) => {
      expect(describeAwsError(awsError(name, 400), detectLabels)).toBe(
        `AWS rejected the credentials (${name}) for rekognition:DetectLabels. ` +
          'Re-run aws-actions/configure-aws-credentials before this step; session tokens expire.',
      );
    },
  );

  it('falls back to action, code and message', () => {
    const error = awsError('ValidationException', 400, 'MaxLabels must be at most 1000');
    expect(describeAwsError(error, detectLabels)).toBe(
      'rekognition:DetectLabels failed: ValidationException: MaxLabels must be at most 1000',
    );
    expect(describeAwsError(networkError('ECONNRESET'), detectLabels)).toBe(
      'rekognition:DetectLabels failed: ECONNRESET: connect ECONNRESET 10.0.0.1:443',
    );
  });
});

describe('NO_CREDENTIALS_MESSAGE', () => {
  it('says how to configure OIDC credentials and how to skip fork PRs', () => {
    expect(NO_CREDENTIALS_MESSAGE).toContain('aws-actions/configure-aws-credentials');
    expect(NO_CREDENTIALS_MESSAGE).toContain('role-to-assume');
    expect(NO_CREDENTIALS_MESSAGE).toContain('id-token: write');
    expect(NO_CREDENTIALS_MESSAGE).toContain(
      "if: github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name == github.repository",
    );
  });
});
