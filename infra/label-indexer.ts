import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyDocument, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  Architecture,
  Code,
  EventSourceMapping,
  Function,
  Runtime,
  StartingPosition,
} from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { indexTableFor } from '../src/shared/label-index.js';
import { ownArns } from './own-arns.js';
import { acknowledge, acknowledgeWildcards } from './acknowledge.js';
import { type IndexWriterArns, indexWriterStatements, streamsOf } from './policies.js';
import { QueueOnFailure, lastResortQueue } from './queue-destination.js';
import { type BackendSettings, indexFunctionFor } from './settings.js';

export interface LabelIndexerProps {
  /** The results table; it must have a NEW_AND_OLD_IMAGES stream. */
  results: Table;
  /** Its name and its ARN built from the name, as the other policies use it. */
  resultsName: string;
  resultsArn: string;
  /** The labeler's function name; the consumer's and its queue's names follow from it. */
  labelerName: string;
  settings: BackendSettings;
  /** The folder holding the committed consumer bundle (`dist/label-index`). */
  codePath: string;
  dataRemovalPolicy: RemovalPolicy;
}

/**
 * How the consumer reads the stream. Batches stay whole and in order (the writer reports the
 * first record it could not apply, so Lambda resumes there); a batch that keeps failing goes
 * to the queue after 10 retries rather than holding the shard, and records are given up on
 * after a day, when DynamoDB trims them from the stream anyway.
 */
export const STREAM_READING = {
  batchSize: 100,
  retryAttempts: 10,
  maxRecordAge: Duration.days(1),
} as const;

interface IndexerNames {
  table: string;
  function: string;
  logGroup: string;
  failureQueue: string;
}

function indexerNames(resultsTable: string, labelerName: string): IndexerNames {
  const functionName = indexFunctionFor(labelerName);
  return {
    table: indexTableFor(resultsTable),
    function: functionName,
    logGroup: `/aws/lambda/${functionName}`,
    failureQueue: `${functionName}-failed`,
  };
}

/**
 * One environment's label index: the index table, and the function that keeps it in step with
 * the results table's stream. The function writes the index and nothing else; it cannot read
 * or write the results table.
 */
export class LabelIndexer extends Construct {
  readonly table: Table;
  readonly function: Function;
  readonly logGroup: LogGroup;
  readonly failureQueue: Queue;
  readonly role: Role;
  readonly mapping: EventSourceMapping;
  /** Built from the name, as the results table's is. */
  readonly tableArn: string;

  constructor(scope: Construct, id: string, props: LabelIndexerProps) {
    super(scope, id);
    const { settings } = props;
    const names = indexerNames(props.resultsName, props.labelerName);
    const stack = Stack.of(this);
    this.tableArn = stack.formatArn({
      service: 'dynamodb',
      resource: 'table',
      resourceName: names.table,
    });
    this.table = indexTable(this, names.table, settings, props.dataRemovalPolicy);
    this.logGroup = new LogGroup(this, 'Logs', {
      logGroupName: names.logGroup,
      retention: settings.logRetentionDays as RetentionDays,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.failureQueue = lastResortQueue(
      this,
      'FailedBatches',
      names.failureQueue,
      "the stream mapping's on-failure destination",
    );
    this.role = indexerRole(this, names, props);
    this.function = new Function(this, 'Function', {
      functionName: names.function,
      description: `rekognition-label: keeps ${names.table} in step with ${props.resultsName}`,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      handler: 'index.handler',
      code: Code.fromAsset(props.codePath),
      // Everything it needs is in the inline policy; CDK's grants would add ListStreams on "*".
      role: this.role.withoutPolicyUpdates(),
      timeout: Duration.seconds(settings.lambdaTimeoutSeconds),
      memorySize: settings.lambdaMemoryMb,
      logGroup: this.logGroup,
      environment: { INDEX_TABLE: names.table },
    });
    this.mapping = new EventSourceMapping(this, 'Stream', {
      target: this.function,
      eventSourceArn: props.results.tableStreamArn!,
      // From the oldest record the stream holds: nothing written since the stream began is missed.
      startingPosition: StartingPosition.TRIM_HORIZON,
      ...STREAM_READING,
      // Halves would be retried out of order; the writer already names where to resume.
      bisectBatchOnError: false,
      reportBatchItemFailures: true,
      onFailure: new QueueOnFailure(this.failureQueue),
    });
  }
}

/** Keyed as label-index.ts writes it; kept and recovered as the results table is. */
function indexTable(
  scope: LabelIndexer,
  name: string,
  settings: BackendSettings,
  removalPolicy: RemovalPolicy,
): Table {
  const table = new Table(scope, 'Table', {
    tableName: name,
    partitionKey: { name: 'index_key', type: AttributeType.STRING },
    sortKey: { name: 'filename', type: AttributeType.STRING },
    billingMode: BillingMode.PAY_PER_REQUEST,
    pointInTimeRecoverySpecification: {
      pointInTimeRecoveryEnabled: settings.pointInTimeRecovery,
    },
    removalPolicy,
  });
  if (!settings.pointInTimeRecovery) {
    acknowledge(
      table,
      'AwsSolutions-DDB3',
      'Off by choice (context point-in-time-recovery): the index is derived from the results table, and relabeling rebuilds it.',
    );
  }
  return table;
}

/** Its own stream, index table, log streams and queue. */
function indexerRole(scope: LabelIndexer, names: IndexerNames, props: LabelIndexerProps): Role {
  const stack = Stack.of(scope);
  const arns: IndexWriterArns = {
    resultsTable: props.resultsArn,
    indexTable: scope.tableArn,
    ...ownArns(stack, names),
  };
  const role = new Role(scope, 'Role', {
    assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
    description: `Writes ${names.table} from the stream of ${props.resultsName}, and nothing else.`,
    inlinePolicies: {
      index: new PolicyDocument({ statements: indexWriterStatements(arns) }),
    },
  });
  acknowledgeWildcards(
    role,
    [streamsOf(arns.resultsTable), arns.logStreams],
    "Scoped: the streams of this environment's results table (a re-enabled stream gets a new label) and the function's own log streams.",
  );
  return role;
}
