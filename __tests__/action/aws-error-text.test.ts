import { describe, expect, it } from 'vitest';
import {
  NO_CREDENTIALS_MESSAGE,
  describeCredentialsFailure,
  describeForAction,
} from '../../src/action/aws-error-text.js';
import { UserError } from '../../src/action/user-error.js';
import { type AwsOperation, awsFailure } from '../../src/shared/aws-errors.js';

/** The action's wording of a failed call, as callAws produces it. */
function describeAwsError(error: unknown, operation: AwsOperation): string {
  return describeForAction(awsFailure(error, operation));
}

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

describe('describeForAction', () => {
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

  it('points at the adapter input when DetectModerationLabels finds no such adapter', () => {
    const op = { action: 'rekognition:DetectModerationLabels', resource: 'image a.png' };
    const error = awsError('ResourceNotFoundException', 400, 'The project version was not found');
    expect(describeAwsError(error, op)).toBe(
      'The moderation adapter does not exist in this region (rekognition:DetectModerationLabels: The project version was not found). ' +
        'Check the `moderation-adapter-arn` and `aws-region` inputs.',
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

describe('describeForAction: endpoint host not resolved', () => {
  function dnsError(code: string, hostname: string): Error {
    return Object.assign(new Error(`getaddrinfo ${code} ${hostname}`), {
      code,
      errno: -3008,
      syscall: 'getaddrinfo',
      hostname,
    });
  }

  it.each(['ENOTFOUND', 'EAI_AGAIN'])('names the host and the region for %s', (code) => {
    const failure = awsFailure(dnsError(code, 'rekognition.us-east-1.amazonaws.com'), detectLabels);
    expect(describeForAction(failure, 'us-east-1')).toBe(
      `rekognition:DetectLabels failed: the endpoint host rekognition.us-east-1.amazonaws.com for region "us-east-1" could not be resolved (${code}). ` +
        'Check the `aws-region` input (or AWS_REGION); if the region is right, the runner cannot resolve AWS host names (DNS or network).',
    );
  });

  it('still says what failed when the message names no host', () => {
    const error = Object.assign(new Error('DNS lookup failed'), { code: 'ENOTFOUND' });
    expect(describeForAction(awsFailure(error, detectLabels), 'eu-west-1')).toMatch(
      /^rekognition:DetectLabels failed: the AWS endpoint host for region "eu-west-1" could not be resolved \(ENOTFOUND\)\./,
    );
  });
});

describe('describeCredentialsFailure', () => {
  const nothingFound = Object.assign(new Error('Could not load credentials from any providers'), {
    name: 'CredentialsProviderError',
  });
  /** The SDK's debug lines for a chain run, as traceCredentials records them. */
  const step = (provider: string, ...messages: string[]) => [
    `@aws-sdk/credential-provider-node - defaultProvider::${provider}`,
    ...messages.map((m) => `@smithy/property-provider -> ${m}`),
  ];

  it('keeps the no-credentials message when nothing selected a provider', () => {
    const steps = [...step('fromEnv', 'Unable to find environment variable credentials.')];
    expect(describeCredentialsFailure(nothingFound, { error: nothingFound, steps }, {})).toBe(
      NO_CREDENTIALS_MESSAGE,
    );
  });

  it('names a key id without its secret', () => {
    const steps = step('fromEnv', 'Unable to find environment variable credentials.');
    expect(
      describeCredentialsFailure(
        nothingFound,
        { error: nothingFound, steps },
        {
          AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
        },
      ),
    ).toBe(
      'AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not: credentials from the environment need both (Unable to find environment variable credentials).',
    );
  });

  it('names a container credentials URI that gave nothing, with the reason', () => {
    const steps = [
      ...step('fromTokenFile', 'Web identity configuration not specified'),
      ...step('remoteProvider', 'URL not accepted. It must either be HTTPS or match one of: …'),
    ];
    expect(
      describeCredentialsFailure(
        nothingFound,
        { error: nothingFound, steps },
        {
          AWS_CONTAINER_CREDENTIALS_FULL_URI: 'http://example.com/creds',
        },
      ),
    ).toBe(
      'AWS_CONTAINER_CREDENTIALS_FULL_URI is set, but no credentials could be loaded from it (URL not accepted. It must either be HTTPS or match one of: …).',
    );
  });

  it('names the provider that failed for good and its message: STS refusing the web identity token', () => {
    const rejected = Object.assign(new Error('Incorrect token audience'), {
      name: 'InvalidIdentityTokenException',
    });
    const steps = [
      ...step('fromIni', 'Could not resolve credentials using profile: [default]'),
      ...step('fromTokenFile'),
    ];
    expect(
      describeCredentialsFailure(
        rejected,
        { error: rejected, steps },
        {
          AWS_WEB_IDENTITY_TOKEN_FILE: '/tmp/token',
          AWS_ROLE_ARN: 'arn:aws:iam::123456789012:role/r',
        },
      ),
    ).toBe(
      'The AWS credentials from web identity: AWS_WEB_IDENTITY_TOKEN_FILE ("/tmp/token") and AWS_ROLE_ARN could not be loaded: InvalidIdentityTokenException: Incorrect token audience',
    );
  });

  it('names the profile whose role could not be assumed', () => {
    const denied = Object.assign(new Error('User is not authorized to perform: sts:AssumeRole'), {
      name: 'AccessDenied',
    });
    expect(
      describeCredentialsFailure(
        denied,
        { error: denied, steps: step('fromIni') },
        {
          AWS_PROFILE: 'deploy',
        },
      ),
    ).toBe(
      'The AWS credentials from profile "deploy" (AWS_PROFILE) in AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE could not be loaded: AccessDenied: User is not authorized to perform: sts:AssumeRole',
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
