import { Match } from 'aws-cdk-lib/assertions';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { readLambdaConfig } from '../../src/lambda/config.js';
import { type LabelRecord, toItem } from '../../src/shared/record.js';
import {
  EXAMPLE_ENV,
  type Synthesized,
  inlinePolicies,
  resourcesOf,
  synth,
  trustPolicy,
} from './synth.js';

const GITHUB = { 'github-repository': 'pixel-learning/teaching-images' };

describe('the backend stack, default settings', () => {
  let s: Synthesized;
  beforeAll(() => {
    s = synth(GITHUB, { env: EXAMPLE_ENV });
  });

  describe('the bucket', () => {
    it('blocks public access on all four settings and is encrypted', () => {
      s.template.hasResourceProperties('AWS::S3::Bucket', {
        BucketName: 'rekognition-label-123456789012-us-east-1',
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [
            { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
          ],
        },
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      });
      s.template.resourceCountIs('AWS::S3::Bucket', 1);
    });

    it('denies every request not made over TLS, on the bucket and its objects', () => {
      const [bucketId] = Object.keys(resourcesOf(s.template, 'AWS::S3::Bucket'));
      s.template.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: bucketId },
        PolicyDocument: {
          Statement: [
            {
              Effect: 'Deny',
              Principal: { AWS: '*' },
              Action: 's3:*',
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
              Resource: [
                { 'Fn::GetAtt': [bucketId, 'Arn'] },
                { 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, '/*']] },
              ],
            },
          ],
        },
      });
    });

    it('expires objects under the prefix after 30 days, and stale multipart uploads after 1', () => {
      s.template.hasResourceProperties('AWS::S3::Bucket', {
        LifecycleConfiguration: {
          Rules: [
            {
              Id: 'expire-inputs',
              Prefix: 'rekognition-input/',
              ExpirationInDays: 30,
              AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
              Status: 'Enabled',
            },
          ],
        },
      });
    });

    it('keeps the bucket and the tables (results and label index) when the stack is deleted', () => {
      s.template.hasResource('AWS::S3::Bucket', { DeletionPolicy: 'Retain' });
      const tables = s.template.findResources('AWS::DynamoDB::Table');
      expect(Object.values(tables).map((t) => t.DeletionPolicy)).toEqual([
        'Retain',
        'Retain',
        'Retain',
        'Retain',
      ]);
    });

    it("notifies each environment's function, and only it, of objects created under its prefix", () => {
      const buckets = resourcesOf(s.template, 'AWS::S3::Bucket');
      const bucket = Object.values(buckets)[0]!;
      const functionId = (environment: string) =>
        s.stack.getLogicalId(
          s.stack.labelers.get(environment)!.function.node.defaultChild as never,
        );
      expect(bucket.Properties!.NotificationConfiguration).toEqual({
        LambdaConfigurations: ['beta', 'prod'].map((environment) => ({
          Event: 's3:ObjectCreated:*',
          Filter: {
            S3Key: { Rules: [{ Name: 'prefix', Value: `rekognition-input/${environment}/` }] },
          },
          Function: { 'Fn::GetAtt': [functionId(environment), 'Arn'] },
        })),
      });
      // S3 natively, not CDK's notification custom resource and its broad role.
      s.template.resourceCountIs('Custom::S3BucketNotifications', 0);
    });

    it('lets only this bucket, in this account, invoke the functions; the bucket waits for that', () => {
      const permissions = resourcesOf(s.template, 'AWS::Lambda::Permission');
      expect(Object.values(permissions).map((p) => p.Properties)).toEqual(
        ['beta', 'prod'].map((environment) => ({
          Action: 'lambda:InvokeFunction',
          FunctionName: {
            'Fn::GetAtt': [
              s.stack.getLogicalId(
                s.stack.labelers.get(environment)!.function.node.defaultChild as never,
              ),
              'Arn',
            ],
          },
          Principal: 's3.amazonaws.com',
          SourceAccount: '123456789012',
          SourceArn: 'arn:aws:s3:::rekognition-label-123456789012-us-east-1',
        })),
      );
      s.template.hasResource('AWS::S3::Bucket', {
        DependsOn: Match.arrayWith(Object.keys(permissions)),
      });
    });
  });

  describe('the tables', () => {
    it.each(['beta', 'prod'])(
      '%s: pk filename, on demand, TTL on expires_at, no PITR',
      (environment) => {
        s.template.hasResourceProperties('AWS::DynamoDB::Table', {
          TableName: `${environment}_results`,
          KeySchema: [{ AttributeName: 'filename', KeyType: 'HASH' }],
          // sha256 for the sha256-index (label-index.test.ts).
          AttributeDefinitions: [
            { AttributeName: 'filename', AttributeType: 'S' },
            { AttributeName: 'sha256', AttributeType: 'S' },
          ],
          BillingMode: 'PAY_PER_REQUEST',
          TimeToLiveSpecification: { AttributeName: 'expires_at', Enabled: true },
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: false },
        });
      },
    );

    it('keys and expires items by the attributes the record module writes', () => {
      const record: LabelRecord = {
        filename: 'rekognition-input/beta/cat.png',
        timestamp: '2026-11-24T12:00:00Z',
        environment: 'beta',
        branch: 'main',
        labels: [],
        expiresAt: 1_800_000_000,
        status: 'labeled',
        sha256: 'ab'.repeat(32),
        minConfidence: 70,
        maxLabels: 10,
        modelVersion: '3.0',
        source: 'lambda',
        commit: 'c0ffee',
        repository: 'pixel-learning/teaching-images',
        runId: '1',
        observedAt: 1_800_000_000_000,
      };
      const item = toItem(record);
      const table = Object.values(resourcesOf(s.template, 'AWS::DynamoDB::Table'))[0]!.Properties!;
      const [key] = table.KeySchema as { AttributeName: string }[];
      const ttl = (table.TimeToLiveSpecification as { AttributeName: string }).AttributeName;
      expect(item[key!.AttributeName]).toEqual({ S: record.filename });
      expect(item[ttl]).toEqual({ N: '1800000000' });
    });

    it('creates two tables per environment, results and label index, and nothing else stateful', () => {
      s.template.resourceCountIs('AWS::DynamoDB::Table', 4);
    });
  });

  describe('the functions', () => {
    it.each(['beta', 'prod'])(
      '%s: Node.js 24, arm64, the committed handler, 60 s, 256 MB',
      (environment) => {
        s.template.hasResourceProperties('AWS::Lambda::Function', {
          FunctionName: `rekognition-${environment}-handler`,
          Runtime: 'nodejs24.x',
          Architectures: ['arm64'],
          Handler: 'index.handler',
          Timeout: 60,
          MemorySize: 256,
          ReservedConcurrentExecutions: Match.absent(),
        });
      },
    );

    it.each(['beta', 'prod'])(
      '%s: configured for its own environment and table only',
      (environment) => {
        const fn = s.stack.labelers.get(environment)!.function;
        const variables = environmentOf(s, fn);
        expect(variables).toEqual({
          PREFIX: 'rekognition-input',
          [`DDB_TABLE_${environment.toUpperCase()}`]: `${environment}_results`,
          MIN_CONFIDENCE: '70',
          MAX_LABELS: '10',
          TTL_HOURS: '168',
        });
        // The handler's own cold-start check accepts it and handles this environment alone.
        const config = readLambdaConfig({ ...variables, AWS_REGION: 'us-east-1' });
        expect([...config.tables]).toEqual([[environment, `${environment}_results`]]);
      },
    );

    it.each(['beta', 'prod'])('%s: logs to its own group, kept 14 days', (environment) => {
      const labeler = s.stack.labelers.get(environment)!;
      const logGroupId = s.stack.getLogicalId(labeler.logGroup.node.defaultChild as never);
      s.template.hasResourceProperties('AWS::Logs::LogGroup', {
        LogGroupName: `/aws/lambda/rekognition-${environment}-handler`,
        RetentionInDays: 14,
      });
      s.template.hasResourceProperties('AWS::Lambda::Function', {
        FunctionName: `rekognition-${environment}-handler`,
        LoggingConfig: { LogGroup: { Ref: logGroupId } },
      });
    });

    it.each(['beta', 'prod'])(
      '%s: 2 async retries within an hour, then its own encrypted, TLS-only SQS queue',
      (environment) => {
        const labeler = s.stack.labelers.get(environment)!;
        const queueId = s.stack.getLogicalId(labeler.failureQueue.node.defaultChild as never);
        const functionId = s.stack.getLogicalId(labeler.function.node.defaultChild as never);
        s.template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
          FunctionName: { Ref: functionId },
          Qualifier: '$LATEST',
          MaximumRetryAttempts: 2,
          MaximumEventAgeInSeconds: 3600,
          DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queueId, 'Arn'] } } },
        });
        s.template.hasResourceProperties('AWS::SQS::Queue', {
          QueueName: `rekognition-${environment}-handler-failed-events`,
          SqsManagedSseEnabled: true,
          MessageRetentionPeriod: 14 * 24 * 3600,
        });
        s.template.hasResourceProperties('AWS::SQS::QueuePolicy', {
          Queues: [{ Ref: queueId }],
          PolicyDocument: {
            Statement: [
              Match.objectLike({
                Effect: 'Deny',
                Condition: { Bool: { 'aws:SecureTransport': 'false' } },
              }),
            ],
          },
        });
      },
    );
  });

  describe("the functions' roles", () => {
    it.each(['beta', 'prod'])(
      '%s: exactly its prefix, its table, its log group, its queue',
      (environment) => {
        const labeler = s.stack.labelers.get(environment)!;
        expect(inlinePolicies(labeler.role)).toEqual({
          label: {
            Version: '2012-10-17',
            Statement: [
              {
                Sid: 'ReadItsOwnPrefix',
                Effect: 'Allow',
                Action: 's3:GetObject',
                Resource: `arn:aws:s3:::rekognition-label-123456789012-us-east-1/rekognition-input/${environment}/*`,
              },
              { Sid: 'Label', Effect: 'Allow', Action: 'rekognition:DetectLabels', Resource: '*' },
              {
                Sid: 'ItsOwnTable',
                Effect: 'Allow',
                Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
                Resource: `arn:aws:dynamodb:us-east-1:123456789012:table/${environment}_results`,
              },
              {
                Sid: 'FindSameBytes',
                Effect: 'Allow',
                Action: 'dynamodb:Query',
                Resource: `arn:aws:dynamodb:us-east-1:123456789012:table/${environment}_results/index/sha256-index`,
              },
              {
                Sid: 'ItsOwnLogGroup',
                Effect: 'Allow',
                Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
                Resource: `arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/rekognition-${environment}-handler:*`,
              },
              {
                Sid: 'ItsOwnFailureQueue',
                Effect: 'Allow',
                Action: 'sqs:SendMessage',
                Resource: `arn:aws:sqs:us-east-1:123456789012:rekognition-${environment}-handler-failed-events`,
              },
            ],
          },
        });
        expect(trustPolicy(labeler.role)).toEqual({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Service: 'lambda.amazonaws.com' },
              Action: 'sts:AssumeRole',
            },
          ],
        });
      },
    );

    it('attaches nothing else: no managed policies, no separate policy resources', () => {
      s.template.resourceCountIs('AWS::IAM::Policy', 0);
      s.template.resourceCountIs('AWS::IAM::ManagedPolicy', 0);
      for (const role of Object.values(resourcesOf(s.template, 'AWS::IAM::Role'))) {
        expect(role.Properties!.ManagedPolicyArns).toBeUndefined();
      }
    });

    it('uses no "*" action anywhere, and a "*" resource only for Rekognition', () => {
      for (const [id, role] of Object.entries(resourcesOf(s.template, 'AWS::IAM::Role'))) {
        const policies = role.Properties!.Policies as {
          PolicyDocument: { Statement: Statement[] };
        }[];
        for (const statement of policies.flatMap((p) => p.PolicyDocument.Statement)) {
          const actions = [statement.Action].flat();
          const resources = [statement.Resource].flat();
          expect(
            actions.filter((a) => a.includes('*')),
            id,
          ).toEqual([]);
          if (resources.includes('*')) {
            expect(
              actions.every((a) => a.startsWith('rekognition:')),
              id,
            ).toBe(true);
          }
        }
      }
    });
  });

  describe('GitHub OIDC', () => {
    it('creates the provider for token.actions.githubusercontent.com, audience sts.amazonaws.com', () => {
      s.template.resourceCountIs('AWS::IAM::OIDCProvider', 1);
      s.template.hasResourceProperties('AWS::IAM::OIDCProvider', {
        Url: 'https://token.actions.githubusercontent.com',
        ClientIdList: ['sts.amazonaws.com'],
      });
    });

    it('trusts pull requests of the repository only, for beta', () => {
      const roles = s.stack.github!;
      const providerId = Object.keys(resourcesOf(s.template, 'AWS::IAM::OIDCProvider'))[0]!;
      expect(trustPolicy(roles.pullRequestRole)).toEqual(
        webIdentityTrust({ Ref: providerId }, 'repo:pixel-learning/teaching-images:pull_request'),
      );
      expect(inlinePolicies(roles.pullRequestRole)).toEqual({
        'upload-only': uploadOnlyPolicy('beta'),
      });
    });

    it('trusts the default branch of the repository only, for prod', () => {
      const roles = s.stack.github!;
      const providerId = Object.keys(resourcesOf(s.template, 'AWS::IAM::OIDCProvider'))[0]!;
      expect(trustPolicy(roles.defaultBranchRole)).toEqual(
        webIdentityTrust(
          { Ref: providerId },
          'repo:pixel-learning/teaching-images:ref:refs/heads/main',
        ),
      );
      expect(inlinePolicies(roles.defaultBranchRole)).toEqual({
        'upload-only': uploadOnlyPolicy('prod'),
      });
    });

    it('limits sessions to one hour', () => {
      const roles = Object.values(resourcesOf(s.template, 'AWS::IAM::Role')).filter((r) =>
        JSON.stringify(r.Properties!.AssumeRolePolicyDocument).includes('WebIdentity'),
      );
      expect(roles.map((r) => r.Properties!.MaxSessionDuration)).toEqual([3600, 3600]);
    });
  });

  describe('the outputs', () => {
    it('names everything the workflows and operators need', () => {
      expect(Object.keys(s.template.findOutputs('*')).sort()).toEqual(
        [
          'BucketName',
          'Prefix',
          'Region',
          'PullRequestRoleArn',
          'DefaultBranchRoleArn',
          ...['Beta', 'Prod'].flatMap((e) => [
            `${e}TableName`,
            `${e}FunctionName`,
            `${e}LogGroupName`,
            `${e}FailedEventsQueueUrl`,
            `${e}IndexTableName`,
            `${e}IndexFunctionName`,
            `${e}IndexFailedQueueUrl`,
          ]),
        ].sort(),
      );
      const roles = s.stack.github!;
      s.template.hasOutput('PullRequestRoleArn', {
        Value: {
          'Fn::GetAtt': [
            s.stack.getLogicalId(roles.pullRequestRole.node.defaultChild as never),
            'Arn',
          ],
        },
      });
      s.template.hasOutput('DefaultBranchRoleArn', {
        Value: {
          'Fn::GetAtt': [
            s.stack.getLogicalId(roles.defaultBranchRole.node.defaultChild as never),
            'Arn',
          ],
        },
      });
      s.template.hasOutput('BucketName', { Value: 'rekognition-label-123456789012-us-east-1' });
    });
  });
});

describe('the backend stack, settings from context', () => {
  it('without an account, names the bucket after the deploying account and region', () => {
    const { template } = synth();
    template.hasResourceProperties('AWS::S3::Bucket', {
      BucketName: {
        'Fn::Join': [
          '',
          ['rekognition-label-', { Ref: 'AWS::AccountId' }, '-', { Ref: 'AWS::Region' }],
        ],
      },
    });
  });

  it('without a repository, creates no OIDC provider, no workflow roles and no role outputs', () => {
    const { template } = synth({}, { env: EXAMPLE_ENV });
    template.resourceCountIs('AWS::IAM::OIDCProvider', 0);
    // The labeler's and the label index consumer's, per environment.
    template.resourceCountIs('AWS::IAM::Role', 4);
    expect(Object.keys(template.findOutputs('*'))).not.toContain('PullRequestRoleArn');
  });

  it('applies every name and number given as context', () => {
    const { template, stack } = synth(
      {
        'bucket-name': 'pixel-learning-rekognition-10182025',
        prefix: '/teaching/images/',
        environments: 'dev,staging,prod',
        'table-name': 'labels-{environment}',
        'function-name': 'labeler-{environment}',
        'ttl-hours': '24',
        'min-confidence': 80,
        'max-labels': '25',
        'expire-after-days': '7',
        'log-retention-days': '30',
        'point-in-time-recovery': 'true',
        'lambda-timeout-seconds': '120',
        'lambda-memory-mb': '512',
        'max-event-age-seconds': '600',
        'reserved-concurrency': '5',
        'removal-policy': 'destroy',
      },
      { env: EXAMPLE_ENV },
    );
    template.hasResourceProperties('AWS::S3::Bucket', {
      BucketName: 'pixel-learning-rekognition-10182025',
      LifecycleConfiguration: {
        Rules: [Match.objectLike({ Prefix: 'teaching/images/', ExpirationInDays: 7 })],
      },
    });
    template.hasResource('AWS::S3::Bucket', { DeletionPolicy: 'Delete' });
    template.resourceCountIs('AWS::Lambda::Function', 6);
    for (const environment of ['dev', 'staging', 'prod']) {
      template.hasResourceProperties('AWS::DynamoDB::Table', {
        TableName: `labels-${environment}`,
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      });
      template.hasResource('AWS::DynamoDB::Table', {
        Properties: Match.objectLike({ TableName: `labels-${environment}` }),
        DeletionPolicy: 'Delete',
      });
      template.hasResourceProperties('AWS::Lambda::Function', {
        FunctionName: `labeler-${environment}`,
        Timeout: 120,
        MemorySize: 512,
        ReservedConcurrentExecutions: 5,
      });
      template.hasResourceProperties('AWS::Logs::LogGroup', {
        LogGroupName: `/aws/lambda/labeler-${environment}`,
        RetentionInDays: 30,
      });
      const fn = stack.labelers.get(environment)!.function;
      expect(environmentOf({ stack, template } as Synthesized, fn)).toEqual({
        PREFIX: 'teaching/images',
        [`DDB_TABLE_${environment.toUpperCase()}`]: `labels-${environment}`,
        MIN_CONFIDENCE: '80',
        MAX_LABELS: '25',
        TTL_HOURS: '24',
      });
      expect(inlinePolicies(stack.labelers.get(environment)!.role).label!.Statement[0]).toEqual({
        Sid: 'ReadItsOwnPrefix',
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: `arn:aws:s3:::pixel-learning-rekognition-10182025/teaching/images/${environment}/*`,
      });
    }
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      MaximumEventAgeInSeconds: 600,
    });
    const bucket = Object.values(resourcesOf(template, 'AWS::S3::Bucket'))[0]!;
    const rules = (
      bucket.Properties!.NotificationConfiguration as {
        LambdaConfigurations: { Filter: { S3Key: { Rules: { Value: string }[] } } }[];
      }
    ).LambdaConfigurations.map((c) => c.Filter.S3Key.Rules[0]!.Value);
    expect(rules).toEqual([
      'teaching/images/dev/',
      'teaching/images/staging/',
      'teaching/images/prod/',
    ]);
  });

  it('mails the failed-events alarms to alarm-email through a TLS-only topic', () => {
    const { template } = synth(
      { 'alarm-email': 'ops@pixel-learning.example' },
      { env: EXAMPLE_ENV },
    );
    const [topicId] = Object.keys(template.findResources('AWS::SNS::Topic'));
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@pixel-learning.example',
      TopicArn: { Ref: topicId },
    });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: [
          Match.objectLike({
            Effect: 'Deny',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ],
      },
    });
    // Per environment: the labeler's failed events, and the label index's failed batches.
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm'));
    expect(alarms.map((a) => a.Properties.AlarmActions)).toEqual([
      [{ Ref: topicId }],
      [{ Ref: topicId }],
      [{ Ref: topicId }],
      [{ Ref: topicId }],
    ]);
    template.hasOutput('AlarmTopicArn', { Value: { Ref: topicId } });
  });

  it('imports an existing OIDC provider instead of creating a second one', () => {
    const providerArn =
      'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com';
    const { template, stack } = synth(
      { ...GITHUB, 'github-oidc-provider-arn': providerArn },
      { env: EXAMPLE_ENV },
    );
    template.resourceCountIs('AWS::IAM::OIDCProvider', 0);
    expect(trustPolicy(stack.github!.pullRequestRole)).toEqual(
      webIdentityTrust(providerArn, 'repo:pixel-learning/teaching-images:pull_request'),
    );
  });

  it('pins another default branch and other environments for the two roles', () => {
    const { stack } = synth(
      {
        ...GITHUB,
        environments: 'preview,live',
        'github-default-branch': 'release/v2',
        'github-pull-request-environment': 'preview',
        'github-default-branch-environment': 'live',
      },
      { env: EXAMPLE_ENV },
    );
    const roles = stack.github!;
    expect(trustPolicy(roles.pullRequestRole)).toEqual(
      webIdentityTrust(
        { Ref: providerIdOf(stack) },
        'repo:pixel-learning/teaching-images:pull_request',
      ),
    );
    expect(trustPolicy(roles.defaultBranchRole)).toEqual(
      webIdentityTrust(
        { Ref: providerIdOf(stack) },
        'repo:pixel-learning/teaching-images:ref:refs/heads/release/v2',
      ),
    );
    expect(inlinePolicies(roles.pullRequestRole)).toEqual({
      'upload-only': uploadOnlyPolicy('preview'),
    });
    expect(inlinePolicies(roles.defaultBranchRole)).toEqual({
      'upload-only': uploadOnlyPolicy('live'),
    });
  });

  it('gives each function its own TTL_HOURS when ttl-hours names environments', () => {
    const synthesized = synth({ 'ttl-hours': 'beta=24,prod=0' });
    const ttl = (environment: string) =>
      environmentOf(synthesized, synthesized.stack.labelers.get(environment)!.function).TTL_HOURS;
    expect([ttl('beta'), ttl('prod')]).toEqual(['24', '0']);
  });

  it('lets the pull-request role read the compared table, only when asked, and never write it', () => {
    const plain = synth({ ...GITHUB, 'github-action-mode': 'direct' }, { env: EXAMPLE_ENV });
    expect(inlinePolicies(plain.stack.github!.pullRequestRole)).toEqual({
      direct: directPolicy('beta'),
    });
    const { stack } = synth(
      {
        ...GITHUB,
        'github-action-mode': 'direct',
        'github-pull-request-compare-environment': 'prod',
      },
      { env: EXAMPLE_ENV },
    );
    const beta = directPolicy('beta');
    expect(inlinePolicies(stack.github!.pullRequestRole)).toEqual({
      direct: {
        ...beta,
        Statement: [
          ...beta.Statement,
          {
            Sid: 'ReadComparedTable',
            Effect: 'Allow',
            Action: ['dynamodb:BatchGetItem', 'dynamodb:GetItem'],
            Resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/prod_results',
          },
        ],
      },
    });
    // The default branch's role is not widened.
    expect(inlinePolicies(stack.github!.defaultBranchRole)).toEqual({
      direct: directPolicy('prod'),
    });
  });

  it('gives direct-mode roles Rekognition, the read Rekognition does as them, and their table', () => {
    const { stack, template } = synth(
      { ...GITHUB, 'github-action-mode': 'direct', 'github-max-session-hours': '2' },
      { env: EXAMPLE_ENV },
    );
    expect(inlinePolicies(stack.github!.defaultBranchRole)).toEqual({
      direct: directPolicy('prod'),
    });
    expect(trustPolicy(stack.github!.defaultBranchRole)).toEqual(
      webIdentityTrust(
        { Ref: providerIdOf(stack) },
        'repo:pixel-learning/teaching-images:ref:refs/heads/main',
      ),
    );
    const sessions = Object.values(resourcesOf(template, 'AWS::IAM::Role'))
      .map((r) => r.Properties!.MaxSessionDuration)
      .filter((d) => d !== undefined);
    expect(sessions).toEqual([7200, 7200]);
    expect(inlinePolicies(stack.github!.pullRequestRole)).toEqual({ direct: directPolicy('beta') });
  });
});

describe('moderation per environment', () => {
  const labelActions = (role: Parameters<typeof inlinePolicies>[0]) =>
    Object.values(inlinePolicies(role))
      .flatMap(
        (doc) => (doc as unknown as { Statement: (Statement & { Sid?: string })[] }).Statement,
      )
      .filter((statement) => statement.Sid === 'Label')
      .flatMap((statement) => statement.Action);

  it('turns it on only where asked: variables, the function role, and that environment’s direct role', () => {
    const s = synth(
      {
        ...GITHUB,
        'github-action-mode': 'direct',
        'moderation-environments': 'prod',
        'moderation-min-confidence': '40',
      },
      { env: EXAMPLE_ENV },
    );
    const prod = s.stack.labelers.get('prod')!;
    const beta = s.stack.labelers.get('beta')!;
    expect(environmentOf(s, prod.function)).toMatchObject({
      MODERATION: 'on',
      MODERATION_MIN_CONFIDENCE: '40',
    });
    expect(environmentOf(s, beta.function)).not.toHaveProperty('MODERATION');
    expect(
      readLambdaConfig({ ...environmentOf(s, prod.function), AWS_REGION: 'us-east-1' }).moderation,
    ).toEqual({ minConfidence: 40, adapter: '' });
    expect(labelActions(prod.role)).toEqual([
      'rekognition:DetectLabels',
      'rekognition:DetectModerationLabels',
    ]);
    expect(labelActions(beta.role)).toEqual(['rekognition:DetectLabels']);
    expect(labelActions(s.stack.github!.defaultBranchRole)).toEqual([
      'rekognition:DetectLabels',
      'rekognition:DetectModerationLabels',
    ]);
    expect(labelActions(s.stack.github!.pullRequestRole)).toEqual(['rekognition:DetectLabels']);
  });

  it('refuses an environment that is not deployed', () => {
    expect(() => synth({ 'moderation-environments': 'staging' }, { env: EXAMPLE_ENV })).toThrow(
      /moderation-environments names staging, not in environments \(beta, prod\)/,
    );
  });
});

interface Statement {
  Action: string | string[];
  Resource: unknown;
}

function environmentOf(s: Synthesized, fn: LambdaFunction): Record<string, string> {
  const id = s.stack.getLogicalId(fn.node.defaultChild as never);
  const resource = s.template.toJSON().Resources[id] as {
    Properties: { Environment: { Variables: Record<string, string> } };
  };
  return resource.Properties.Environment.Variables;
}

function webIdentityTrust(federated: unknown, subject: string) {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: federated },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: {
            'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
            'token.actions.githubusercontent.com:sub': subject,
          },
        },
      },
    ],
  };
}

function providerIdOf(stack: Synthesized['stack']): string {
  const provider = stack.github!.node.findChild('Provider');
  return stack.getLogicalId(provider.node.defaultChild as never);
}

function directPolicy(environment: string) {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'UploadToItsOwnPrefix',
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:PutObject'],
        Resource: `arn:aws:s3:::rekognition-label-123456789012-us-east-1/rekognition-input/${environment}/*`,
      },
      { Sid: 'Label', Effect: 'Allow', Action: 'rekognition:DetectLabels', Resource: '*' },
      {
        Sid: 'ItsOwnTable',
        Effect: 'Allow',
        Action: [
          'dynamodb:BatchGetItem',
          'dynamodb:GetItem',
          'dynamodb:PutItem',
          'dynamodb:UpdateItem',
        ],
        Resource: `arn:aws:dynamodb:us-east-1:123456789012:table/${environment}_results`,
      },
      {
        Sid: 'FindSameBytes',
        Effect: 'Allow',
        Action: 'dynamodb:Query',
        Resource: `arn:aws:dynamodb:us-east-1:123456789012:table/${environment}_results/index/sha256-index`,
      },
    ],
  };
}

function uploadOnlyPolicy(environment: string) {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'UploadToItsOwnPrefix',
        Effect: 'Allow',
        Action: 's3:PutObject',
        Resource: `arn:aws:s3:::rekognition-label-123456789012-us-east-1/rekognition-input/${environment}/*`,
      },
      {
        Sid: 'ReadItsOwnTable',
        Effect: 'Allow',
        Action: ['dynamodb:BatchGetItem', 'dynamodb:GetItem'],
        Resource: `arn:aws:dynamodb:us-east-1:123456789012:table/${environment}_results`,
      },
      {
        Sid: 'ExtendItsOwnItems',
        Effect: 'Allow',
        Action: 'dynamodb:UpdateItem',
        Resource: `arn:aws:dynamodb:us-east-1:123456789012:table/${environment}_results`,
        Condition: {
          'ForAllValues:StringEquals': {
            'dynamodb:Attributes': ['filename', 'sha256', 'expires_at'],
          },
        },
      },
    ],
  };
}
