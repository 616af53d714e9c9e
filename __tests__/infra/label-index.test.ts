import { Match } from 'aws-cdk-lib/assertions';
import type { Role } from 'aws-cdk-lib/aws-iam';
import { beforeAll, describe, expect, it } from 'vitest';
import { readIndexConfig } from '../../src/lambda/index-stream-handler.js';
import { indexTableFor } from '../../src/shared/label-index.js';
import { SHA256_INDEX } from '../../src/shared/results-table.js';
import {
  EXAMPLE_ENV,
  type PolicyDocumentJson,
  type Synthesized,
  inlinePolicies,
  resourcesOf,
  synth,
  trustPolicy,
} from './synth.js';

/**
 * The label index per environment: the results table's stream and `sha256-index`, the index
 * table, the stream consumer with its mapping, role, queue and alarm, and the writers' Query of
 * the `sha256-index`.
 */

const GITHUB = { 'github-repository': 'pixel-learning/teaching-images' };
const ENVIRONMENTS = ['beta', 'prod'] as const;
const ARN = 'arn:aws:dynamodb:us-east-1:123456789012:table';

const idOf = (s: Synthesized, construct: { node: { defaultChild?: unknown } }): string =>
  s.stack.getLogicalId(construct.node.defaultChild as never);

const labelerOf = (s: Synthesized, environment: string) => s.stack.labelers.get(environment)!;

/** Every statement of every inline policy of a role. */
function statementsOf(role: Role): Record<string, unknown>[] {
  return Object.values(inlinePolicies(role)).flatMap((doc: PolicyDocumentJson) => doc.Statement);
}

function consumerPolicy(environment: string): PolicyDocumentJson {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'ReadItsResultsStream',
        Effect: 'Allow',
        Action: [
          'dynamodb:DescribeStream',
          'dynamodb:GetRecords',
          'dynamodb:GetShardIterator',
          'dynamodb:ListStreams',
        ],
        Resource: `${ARN}/${environment}_results/stream/*`,
      },
      {
        Sid: 'WriteItsIndex',
        Effect: 'Allow',
        Action: ['dynamodb:DeleteItem', 'dynamodb:PutItem'],
        Resource: `${ARN}/${environment}_results-labels`,
      },
      {
        Sid: 'ItsOwnLogGroup',
        Effect: 'Allow',
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Resource: `arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/rekognition-${environment}-handler-index:*`,
      },
      {
        Sid: 'ItsOwnFailureQueue',
        Effect: 'Allow',
        Action: 'sqs:SendMessage',
        Resource: `arn:aws:sqs:us-east-1:123456789012:rekognition-${environment}-handler-index-failed`,
      },
    ],
  };
}

const findSameBytes = (environment: string) => ({
  Sid: 'FindSameBytes',
  Effect: 'Allow',
  Action: 'dynamodb:Query',
  Resource: `${ARN}/${environment}_results/index/sha256-index`,
});

describe('the label index, default settings', () => {
  let s: Synthesized;
  beforeAll(() => {
    s = synth(GITHUB, { env: EXAMPLE_ENV });
  });

  describe('the results tables', () => {
    it.each(ENVIRONMENTS)('%s: streams every change with the item before and after', (e) => {
      s.template.hasResourceProperties('AWS::DynamoDB::Table', {
        TableName: `${e}_results`,
        StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
      });
    });

    it.each(ENVIRONMENTS)('%s: has the sha256-index, keyed by sha256, every attribute', (e) => {
      expect(SHA256_INDEX).toBe('sha256-index');
      s.template.hasResourceProperties('AWS::DynamoDB::Table', {
        TableName: `${e}_results`,
        AttributeDefinitions: Match.arrayWith([{ AttributeName: 'sha256', AttributeType: 'S' }]),
        GlobalSecondaryIndexes: [
          {
            IndexName: 'sha256-index',
            KeySchema: [{ AttributeName: 'sha256', KeyType: 'HASH' }],
            Projection: { ProjectionType: 'ALL' },
          },
        ],
      });
    });
  });

  describe('the index tables', () => {
    it.each(ENVIRONMENTS)(
      '%s: {results table}-labels, index_key and filename, on demand, kept, no PITR',
      (e) => {
        expect(indexTableFor(`${e}_results`)).toBe(`${e}_results-labels`);
        const table = labelerOf(s, e).index.table;
        expect(resourcesOf(s.template, 'AWS::DynamoDB::Table')[idOf(s, table)]).toEqual({
          Type: 'AWS::DynamoDB::Table',
          Properties: {
            TableName: `${e}_results-labels`,
            KeySchema: [
              { AttributeName: 'index_key', KeyType: 'HASH' },
              { AttributeName: 'filename', KeyType: 'RANGE' },
            ],
            AttributeDefinitions: [
              { AttributeName: 'index_key', AttributeType: 'S' },
              { AttributeName: 'filename', AttributeType: 'S' },
            ],
            BillingMode: 'PAY_PER_REQUEST',
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: false },
          },
          DeletionPolicy: 'Retain',
          UpdateReplacePolicy: 'Retain',
        });
      },
    );
  });

  describe('the consumers', () => {
    it.each(ENVIRONMENTS)('%s: Node.js 24, arm64, configured with its index table only', (e) => {
      const index = labelerOf(s, e).index;
      s.template.hasResourceProperties('AWS::Lambda::Function', {
        FunctionName: `rekognition-${e}-handler-index`,
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        Timeout: 60,
        MemorySize: 256,
        Role: { 'Fn::GetAtt': [idOf(s, index.role), 'Arn'] },
        Environment: { Variables: { INDEX_TABLE: `${e}_results-labels` } },
        LoggingConfig: { LogGroup: { Ref: idOf(s, index.logGroup) } },
      });
      s.template.hasResourceProperties('AWS::Logs::LogGroup', {
        LogGroupName: `/aws/lambda/rekognition-${e}-handler-index`,
        RetentionInDays: 14,
      });
      // The handler's own cold-start check accepts that configuration.
      expect(
        readIndexConfig({ INDEX_TABLE: `${e}_results-labels`, AWS_REGION: 'us-east-1' }),
      ).toEqual({ indexTable: `${e}_results-labels`, region: 'us-east-1' });
    });

    it.each(ENVIRONMENTS)(
      "%s: reads its results table's stream in whole batches of 100, from the oldest record",
      (e) => {
        const labeler = labelerOf(s, e);
        const mappings = resourcesOf(s.template, 'AWS::Lambda::EventSourceMapping');
        expect(mappings[idOf(s, labeler.index.mapping)]!.Properties).toEqual({
          EventSourceArn: { 'Fn::GetAtt': [idOf(s, labeler.table), 'StreamArn'] },
          FunctionName: { Ref: idOf(s, labeler.index.function) },
          StartingPosition: 'TRIM_HORIZON',
          BatchSize: 100,
          BisectBatchOnFunctionError: false,
          FunctionResponseTypes: ['ReportBatchItemFailures'],
          MaximumRetryAttempts: 10,
          MaximumRecordAgeInSeconds: 86_400,
          DestinationConfig: {
            OnFailure: {
              Destination: { 'Fn::GetAtt': [idOf(s, labeler.index.failureQueue), 'Arn'] },
            },
          },
        });
      },
    );

    it('maps each stream once, and nothing else', () => {
      s.template.resourceCountIs('AWS::Lambda::EventSourceMapping', 2);
      // The consumers are invoked by the mapping alone: no resource policy lets anyone else.
      const permissions = Object.values(resourcesOf(s.template, 'AWS::Lambda::Permission'));
      const consumers = ENVIRONMENTS.map((e) => idOf(s, labelerOf(s, e).index.function));
      for (const permission of permissions) {
        const target = (permission.Properties!.FunctionName as { 'Fn::GetAtt': string[] })[
          'Fn::GetAtt'
        ][0];
        expect(consumers).not.toContain(target);
      }
    });

    it.each(ENVIRONMENTS)('%s: gives up on batches into its own encrypted, TLS-only queue', (e) => {
      const queue = labelerOf(s, e).index.failureQueue;
      s.template.hasResourceProperties('AWS::SQS::Queue', {
        QueueName: `rekognition-${e}-handler-index-failed`,
        SqsManagedSseEnabled: true,
        MessageRetentionPeriod: 14 * 24 * 3600,
      });
      s.template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: idOf(s, queue) }],
        PolicyDocument: {
          Statement: [
            Match.objectLike({
              Effect: 'Deny',
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            }),
          ],
        },
      });
    });

    it.each(ENVIRONMENTS)('%s: alarms as soon as one batch waits in that queue', (e) => {
      const queue = labelerOf(s, e).index.failureQueue;
      const alarms = Object.values(resourcesOf(s.template, 'AWS::CloudWatch::Alarm')).filter(
        (alarm) =>
          JSON.stringify(alarm.Properties!.Dimensions) ===
          JSON.stringify([
            { Name: 'QueueName', Value: { 'Fn::GetAtt': [idOf(s, queue), 'QueueName'] } },
          ]),
      );
      expect(alarms).toHaveLength(1);
      expect(alarms[0]!.Properties).toEqual({
        AlarmDescription: {
          'Fn::Join': [
            '',
            [
              `Label index updates for ${e} failed after every retry; the stream ranges wait in `,
              { 'Fn::GetAtt': [idOf(s, queue), 'QueueName'] },
              '.',
            ],
          ],
        },
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [idOf(s, queue), 'QueueName'] } }],
        Statistic: 'Maximum',
        Period: 300,
        Threshold: 1,
        EvaluationPeriods: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        TreatMissingData: 'notBreaching',
      });
    });
  });

  describe("the consumers' roles", () => {
    it.each(ENVIRONMENTS)(
      '%s: exactly its stream, its index table, its log group, its queue',
      (e) => {
        const role = labelerOf(s, e).index.role;
        expect(inlinePolicies(role)).toEqual({ index: consumerPolicy(e) });
        expect(trustPolicy(role)).toEqual({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Service: 'lambda.amazonaws.com' },
              Action: 'sts:AssumeRole',
            },
          ],
        });
        const cfn = resourcesOf(s.template, 'AWS::IAM::Role')[idOf(s, role)]!;
        expect(cfn.Properties!.ManagedPolicyArns).toBeUndefined();
      },
    );

    it.each(ENVIRONMENTS)('%s: can neither read nor write the results table', (e) => {
      const resources = statementsOf(labelerOf(s, e).index.role).flatMap((st) =>
        [st.Resource].flat(),
      );
      expect(resources).not.toContain(`${ARN}/${e}_results`);
      expect(resources.filter((r) => String(r).includes(`${e}_results/index`))).toEqual([]);
      // The only statement about the results table is the stream's, and it only reads.
      const onResults = statementsOf(labelerOf(s, e).index.role).filter((st) =>
        [st.Resource].flat().some((r) => String(r).startsWith(`${ARN}/${e}_results/`)),
      );
      expect(onResults.map((st) => st.Sid)).toEqual(['ReadItsResultsStream']);
      // Nor another environment's anything.
      const other = e === 'beta' ? 'prod' : 'beta';
      expect(JSON.stringify(inlinePolicies(labelerOf(s, e).index.role))).not.toContain(other);
    });

    it("get nothing from CDK's grants: no policy resources, no wildcard beyond the two scoped", () => {
      s.template.resourceCountIs('AWS::IAM::Policy', 0);
      for (const e of ENVIRONMENTS) {
        const wildcards = statementsOf(labelerOf(s, e).index.role)
          .flatMap((st) => [st.Resource].flat())
          .filter((r) => String(r).includes('*'));
        expect(wildcards).toEqual([
          `${ARN}/${e}_results/stream/*`,
          `arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/rekognition-${e}-handler-index:*`,
        ]);
      }
    });

    it('only the consumers may write the index tables', () => {
      for (const [id, role] of Object.entries(resourcesOf(s.template, 'AWS::IAM::Role'))) {
        const policies = (role.Properties!.Policies ?? []) as {
          PolicyDocument: { Statement: { Resource: unknown }[] };
        }[];
        const onIndex = policies
          .flatMap((p) => p.PolicyDocument.Statement)
          .filter((st) => [st.Resource].flat().some((r) => String(r).endsWith('_results-labels')));
        const consumers = ENVIRONMENTS.map((e) => idOf(s, labelerOf(s, e).index.role));
        expect(onIndex.length > 0, id).toBe(consumers.includes(id));
      }
    });
  });

  describe('the writers of items', () => {
    it.each(ENVIRONMENTS)('%s: the labeler may Query its own sha256-index, and no more', (e) => {
      const statements = statementsOf(labelerOf(s, e).role);
      expect(statements.filter((st) => [st.Action].flat().includes('dynamodb:Query'))).toEqual([
        findSameBytes(e),
      ]);
    });

    it('upload-only workflow roles write no item, so they get no Query', () => {
      for (const role of [s.stack.github!.pullRequestRole, s.stack.github!.defaultBranchRole]) {
        const actions = statementsOf(role).flatMap((st) => [st.Action].flat());
        expect(actions).not.toContain('dynamodb:Query');
      }
    });

    it('direct-mode workflow roles may Query their own sha256-index, and not the compared one', () => {
      const { stack } = synth(
        {
          ...GITHUB,
          'github-action-mode': 'direct',
          'github-pull-request-compare-environment': 'prod',
        },
        { env: EXAMPLE_ENV },
      );
      const queries = (role: Role) =>
        statementsOf(role).filter((st) => [st.Action].flat().includes('dynamodb:Query'));
      expect(queries(stack.github!.pullRequestRole)).toEqual([findSameBytes('beta')]);
      expect(queries(stack.github!.defaultBranchRole)).toEqual([findSameBytes('prod')]);
    });
  });

  describe('the outputs', () => {
    it.each(ENVIRONMENTS)('%s: the index table, its consumer and its failure queue', (e) => {
      const index = labelerOf(s, e).index;
      const name = e === 'beta' ? 'Beta' : 'Prod';
      s.template.hasOutput(`${name}IndexTableName`, { Value: { Ref: idOf(s, index.table) } });
      s.template.hasOutput(`${name}IndexFunctionName`, {
        Value: { Ref: idOf(s, index.function) },
      });
      s.template.hasOutput(`${name}IndexFailedQueueUrl`, {
        Value: { Ref: idOf(s, index.failureQueue) },
      });
    });
  });
});

describe('the label index, settings from context', () => {
  it('follows the names, PITR, removal policy, retention, timeout and memory', () => {
    const s = synth(
      {
        environments: 'dev,prod',
        'table-name': 'labels-{environment}',
        'function-name': 'labeler-{environment}',
        'point-in-time-recovery': 'true',
        'removal-policy': 'destroy',
        'log-retention-days': '30',
        'lambda-timeout-seconds': '120',
        'lambda-memory-mb': '512',
        'reserved-concurrency': '5',
      },
      { env: EXAMPLE_ENV },
    );
    for (const e of ['dev', 'prod']) {
      const index = labelerOf(s, e).index;
      s.template.hasResource('AWS::DynamoDB::Table', {
        Properties: Match.objectLike({
          TableName: `labels-${e}-labels`,
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        }),
        DeletionPolicy: 'Delete',
      });
      s.template.hasResourceProperties('AWS::Lambda::Function', {
        FunctionName: `labeler-${e}-index`,
        Environment: { Variables: { INDEX_TABLE: `labels-${e}-labels` } },
        Timeout: 120,
        MemorySize: 512,
        // One invocation per shard at a time already; a cap would only delay the index.
        ReservedConcurrentExecutions: Match.absent(),
      });
      s.template.hasResourceProperties('AWS::Logs::LogGroup', {
        LogGroupName: `/aws/lambda/labeler-${e}-index`,
        RetentionInDays: 30,
      });
      s.template.hasResourceProperties('AWS::SQS::Queue', {
        QueueName: `labeler-${e}-index-failed`,
      });
      expect(statementsOf(index.role).map((st) => st.Resource)).toEqual([
        `${ARN}/labels-${e}/stream/*`,
        `${ARN}/labels-${e}-labels`,
        `arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/labeler-${e}-index:*`,
        `arn:aws:sqs:us-east-1:123456789012:labeler-${e}-index-failed`,
      ]);
    }
  });

  it('mails the index alarms to alarm-email, as the failed-events ones', () => {
    const s = synth({ 'alarm-email': 'ops@pixel-learning.example' }, { env: EXAMPLE_ENV });
    const [topicId] = Object.keys(s.template.findResources('AWS::SNS::Topic'));
    for (const e of ENVIRONMENTS) {
      const queue = labelerOf(s, e).index.failureQueue;
      s.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [idOf(s, queue), 'QueueName'] } }],
        AlarmActions: [{ Ref: topicId }],
      });
    }
  });

  it('builds the ARNs from the deploying account and region when none is given', () => {
    const s = synth();
    const [stream] = statementsOf(labelerOf(s, 'beta').index.role);
    expect(s.stack.resolve(stream!.Resource)).toEqual({
      'Fn::Join': [
        '',
        [
          'arn:',
          { Ref: 'AWS::Partition' },
          ':dynamodb:',
          { Ref: 'AWS::Region' },
          ':',
          { Ref: 'AWS::AccountId' },
          ':table/beta_results/stream/*',
        ],
      ],
    });
  });
});
