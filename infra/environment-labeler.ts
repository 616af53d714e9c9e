import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  AttributeType,
  BillingMode,
  ProjectionType,
  StreamViewType,
  Table,
} from 'aws-cdk-lib/aws-dynamodb';
import { PolicyDocument, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Code, Function, Runtime } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { tableVariable } from '../src/lambda/config.js';
import { SHA256_INDEX } from '../src/shared/results-table.js';
import { ownArns } from './own-arns.js';
import { acknowledge, acknowledgeWildcards } from './acknowledge.js';
import { BackfillRole, sourceObjectsArn } from './backfill.js';
import type { ImagesBucket } from './images-bucket.js';
import { LabelIndexer } from './label-indexer.js';
import { type LabelerArns, labelerStatements } from './policies.js';
import { QueueDestination, lastResortQueue } from './queue-destination.js';
import { fillEnvironment } from '../src/shared/settings-rules.js';
import type { BackendSettings } from './settings.js';

export interface EnvironmentLabelerProps {
  environment: string;
  settings: BackendSettings;
  images: ImagesBucket;
  /** The folder holding the committed Lambda bundle (`dist/lambda`). */
  codePath: string;
  /** The folder holding the committed label index consumer bundle (`dist/label-index`). */
  indexCodePath: string;
  dataRemovalPolicy: RemovalPolicy;
}

/** Lambda's asynchronous invocation retries this many times before the on-failure queue. */
const ASYNC_RETRY_ATTEMPTS = 2;

/** The physical names of one environment's resources, from the settings' templates. */
interface LabelerNames {
  table: string;
  function: string;
  logGroup: string;
  failureQueue: string;
}

function labelerNames(settings: BackendSettings, environment: string): LabelerNames {
  const functionName = fillEnvironment(settings.functionName, environment);
  return {
    table: fillEnvironment(settings.tableName, environment),
    function: functionName,
    logGroup: `/aws/lambda/${functionName}`,
    failureQueue: `${functionName}-failed-events`,
  };
}

/**
 * One environment's half of the backend: its table, the function that labels objects under
 * `{prefix}/{environment}/` into that table and nothing else, and the table's label index.
 */
export class EnvironmentLabeler extends Construct {
  readonly table: Table;
  readonly function: Function;
  readonly logGroup: LogGroup;
  readonly failureQueue: Queue;
  readonly role: Role;
  /** Built from the name, so policies need no reference to the table resource. */
  readonly tableArn: string;
  readonly index: LabelIndexer;
  /** With the `backfill` setting: the role S3 Batch Operations jobs of this environment use. */
  readonly backfill: BackfillRole | undefined;

  constructor(scope: Construct, id: string, props: EnvironmentLabelerProps) {
    super(scope, id);
    const { environment, settings } = props;
    const names = labelerNames(settings, environment);
    this.tableArn = Stack.of(this).formatArn({
      service: 'dynamodb',
      resource: 'table',
      resourceName: names.table,
    });
    // The role and the function read what is made before them from `this`; the order is also
    // the order of the template's resources.
    this.table = resultsTable(this, names, settings, props.dataRemovalPolicy);
    // Created here rather than by Lambda, so its retention is set and the role can be scoped to it.
    this.logGroup = new LogGroup(this, 'Logs', {
      logGroupName: names.logGroup,
      retention: settings.logRetentionDays as RetentionDays,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.failureQueue = lastResortQueue(
      this,
      'FailedEvents',
      names.failureQueue,
      "the function's on-failure destination",
    );
    this.role = labelerRole(this, names, props);
    this.function = labelerFunction(this, names, props);
    this.index = new LabelIndexer(this, 'Index', {
      results: this.table,
      resultsName: names.table,
      resultsArn: this.tableArn,
      labelerName: names.function,
      settings,
      codePath: props.indexCodePath,
      dataRemovalPolicy: props.dataRemovalPolicy,
    });
    this.backfill =
      settings.backfill.length === 0
        ? undefined
        : new BackfillRole(this, 'Backfill', {
            environment,
            functionName: names.function,
            images: props.images,
            sources: settings.backfill,
          });
  }
}

function resultsTable(
  scope: EnvironmentLabeler,
  names: LabelerNames,
  settings: BackendSettings,
  removalPolicy: RemovalPolicy,
): Table {
  const table = new Table(scope, 'Results', {
    tableName: names.table,
    partitionKey: { name: 'filename', type: AttributeType.STRING },
    billingMode: BillingMode.PAY_PER_REQUEST,
    timeToLiveAttribute: 'expires_at',
    pointInTimeRecoverySpecification: {
      pointInTimeRecoveryEnabled: settings.pointInTimeRecovery,
    },
    // The label index's consumer needs each item as it was and as it is to change only its rows.
    stream: StreamViewType.NEW_AND_OLD_IMAGES,
    removalPolicy,
  });
  // Writers find an item about the same bytes under another path (a rename, a copy) and reuse
  // its labels; ALL, because the reuse check reads the whole item.
  table.addGlobalSecondaryIndex({
    indexName: SHA256_INDEX,
    partitionKey: { name: 'sha256', type: AttributeType.STRING },
    projectionType: ProjectionType.ALL,
  });
  if (!settings.pointInTimeRecovery) {
    acknowledge(
      table,
      'AwsSolutions-DDB3',
      'Off by choice (context point-in-time-recovery): items expire by TTL and a re-run of the workflow rebuilds them.',
    );
  }
  return table;
}

/** Whether `environment`'s function moderates (the `moderation-environments` setting). */
export function moderates(settings: BackendSettings, environment: string): boolean {
  return settings.moderationEnvironments.includes(environment);
}

/** The function's role: its own objects, table, log streams and queue, and DetectLabels. */
function labelerRole(
  scope: EnvironmentLabeler,
  names: LabelerNames,
  { environment, images, settings }: EnvironmentLabelerProps,
): Role {
  const stack = Stack.of(scope);
  const arns: LabelerArns = {
    objects: images.objectsOf(environment),
    table: scope.tableArn,
    ...ownArns(stack, names),
  };
  // A backfill job hands the function objects of the `backfill` locations; it reads them (and
  // Rekognition reads the S3Object) with this role.
  const sources = settings.backfill.map((source) => sourceObjectsArn(stack, source));
  const role = new Role(scope, 'Role', {
    assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
    description: `Labels ${images.keyPrefixOf(environment)}${sources.length > 0 ? ' and the backfill locations' : ''} into ${names.table}, and nothing else.`,
    inlinePolicies: {
      label: new PolicyDocument({
        statements: labelerStatements(arns, moderates(settings, environment), sources),
      }),
    },
  });
  acknowledgeWildcards(
    role,
    [arns.objects, arns.logStreams, '*'],
    `Scoped: objects under ${images.keyPrefixOf(environment)}, the function's own log streams, and DetectLabels, which has no resource type.`,
  );
  const moreSources = sources.filter((source) => source !== arns.objects);
  if (moreSources.length > 0) {
    acknowledgeWildcards(
      role,
      moreSources,
      'Scoped: the backfill locations named in the settings, read only (GetObject, GetObjectVersion).',
    );
  }
  return role;
}

/** Needs the table ARN, log group, queue and role already made on `scope`. */
function labelerFunction(
  scope: EnvironmentLabeler,
  names: LabelerNames,
  { environment, settings, images, codePath }: EnvironmentLabelerProps,
): Function {
  return new Function(scope, 'Function', {
    functionName: names.function,
    description: `rekognition-label: labels ${images.keyPrefixOf(environment)} into ${names.table}`,
    runtime: Runtime.NODEJS_24_X,
    architecture: Architecture.ARM_64,
    handler: 'index.handler',
    code: Code.fromAsset(codePath),
    // Grants CDK would add (destinations, log group) are already in the inline policy.
    role: scope.role.withoutPolicyUpdates(),
    timeout: Duration.seconds(settings.lambdaTimeoutSeconds),
    memorySize: settings.lambdaMemoryMb,
    logGroup: scope.logGroup,
    environment: {
      PREFIX: settings.prefix,
      [tableVariable(environment)]: names.table,
      MIN_CONFIDENCE: String(settings.minConfidence),
      MAX_LABELS: String(settings.maxLabels),
      TTL_HOURS: String(settings.ttlHoursByEnvironment?.[environment] ?? settings.ttlHours),
      ...(moderates(settings, environment)
        ? {
            MODERATION: 'on',
            MODERATION_MIN_CONFIDENCE: String(settings.moderationMinConfidence),
          }
        : {}),
    },
    ...(settings.reservedConcurrency === undefined
      ? {}
      : { reservedConcurrentExecutions: settings.reservedConcurrency }),
    maxEventAge: Duration.seconds(settings.maxEventAgeSeconds),
    retryAttempts: ASYNC_RETRY_ATTEMPTS,
    onFailure: new QueueDestination(scope.failureQueue),
  });
}
