import { ArnFormat, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyDocument, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Code, Function, Runtime } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { tableVariable } from '../src/lambda/config.js';
import { acknowledge, acknowledgeWildcards } from './acknowledge.js';
import type { ImagesBucket } from './images-bucket.js';
import { type LabelerArns, labelerStatements } from './policies.js';
import { QueueDestination } from './queue-destination.js';
import { fillEnvironment } from '../src/shared/settings-rules.js';
import type { BackendSettings } from './settings.js';

export interface EnvironmentLabelerProps {
  environment: string;
  settings: BackendSettings;
  images: ImagesBucket;
  /** The folder holding the committed Lambda bundle (`dist/lambda`). */
  codePath: string;
  dataRemovalPolicy: RemovalPolicy;
}

/** Lambda's asynchronous invocation retries this many times before the on-failure queue. */
const ASYNC_RETRY_ATTEMPTS = 2;

/**
 * One environment's half of the backend: its table, and the function that labels objects under
 * `{prefix}/{environment}/` into that table and nothing else.
 */
export class EnvironmentLabeler extends Construct {
  readonly table: Table;
  readonly function: Function;
  readonly logGroup: LogGroup;
  readonly failureQueue: Queue;
  readonly role: Role;
  /** Built from the name, so policies need no reference to the table resource. */
  readonly tableArn: string;

  constructor(scope: Construct, id: string, props: EnvironmentLabelerProps) {
    super(scope, id);
    const { environment, settings, images } = props;
    const stack = Stack.of(this);
    const tableName = fillEnvironment(settings.tableName, environment);
    const functionName = fillEnvironment(settings.functionName, environment);
    const logGroupName = `/aws/lambda/${functionName}`;
    const queueName = `${functionName}-failed-events`;

    this.tableArn = stack.formatArn({
      service: 'dynamodb',
      resource: 'table',
      resourceName: tableName,
    });
    this.table = new Table(this, 'Results', {
      tableName,
      partitionKey: { name: 'filename', type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      timeToLiveAttribute: 'expires_at',
      pointInTimeRecoverySpecification: {
        pointInTimeRecoveryEnabled: settings.pointInTimeRecovery,
      },
      removalPolicy: props.dataRemovalPolicy,
    });
    if (!settings.pointInTimeRecovery) {
      acknowledge(
        this.table,
        'AwsSolutions-DDB3',
        'Off by choice (context point-in-time-recovery): items expire by TTL and a re-run of the workflow rebuilds them.',
      );
    }

    // Created here rather than by Lambda, so its retention is set and the role can be scoped to it.
    this.logGroup = new LogGroup(this, 'Logs', {
      logGroupName,
      retention: settings.logRetentionDays as RetentionDays,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    this.failureQueue = new Queue(this, 'FailedEvents', {
      queueName,
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledge(
      this.failureQueue,
      'AwsSolutions-SQS3',
      "This queue is the function's on-failure destination, the end of the line.",
    );

    const arns: LabelerArns = {
      objects: images.objectsOf(environment),
      table: this.tableArn,
      logStreams: stack.formatArn({
        service: 'logs',
        resource: 'log-group',
        resourceName: `${logGroupName}:*`,
        arnFormat: ArnFormat.COLON_RESOURCE_NAME,
      }),
      failureQueue: stack.formatArn({
        service: 'sqs',
        resource: queueName,
        arnFormat: ArnFormat.NO_RESOURCE_NAME,
      }),
    };
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Labels ${images.keyPrefixOf(environment)} into ${tableName}, and nothing else.`,
      inlinePolicies: { label: new PolicyDocument({ statements: labelerStatements(arns) }) },
    });
    acknowledgeWildcards(
      this.role,
      [arns.objects, arns.logStreams, '*'],
      `Scoped: objects under ${images.keyPrefixOf(environment)}, the function's own log streams, and DetectLabels, which has no resource type.`,
    );

    this.function = new Function(this, 'Function', {
      functionName,
      description: `rekognition-label: labels ${images.keyPrefixOf(environment)} into ${tableName}`,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      handler: 'index.handler',
      code: Code.fromAsset(props.codePath),
      // Grants CDK would add (destinations, log group) are already in the inline policy.
      role: this.role.withoutPolicyUpdates(),
      timeout: Duration.seconds(settings.lambdaTimeoutSeconds),
      memorySize: settings.lambdaMemoryMb,
      logGroup: this.logGroup,
      environment: {
        PREFIX: settings.prefix,
        [tableVariable(environment)]: tableName,
        MIN_CONFIDENCE: String(settings.minConfidence),
        MAX_LABELS: String(settings.maxLabels),
        TTL_HOURS: String(settings.ttlHours),
      },
      ...(settings.reservedConcurrency === undefined
        ? {}
        : { reservedConcurrentExecutions: settings.reservedConcurrency }),
      maxEventAge: Duration.seconds(settings.maxEventAgeSeconds),
      retryAttempts: ASYNC_RETRY_ATTEMPTS,
      onFailure: new QueueDestination(this.failureQueue),
    });
  }
}
