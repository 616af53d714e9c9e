import { CfnOutput, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { BACKFILL_PREFIX } from '../src/shared/backfill-layout.js';
import { EnvironmentLabeler, moderates } from './environment-labeler.js';
import { FailedEventsAlarms } from './failed-events-alarms.js';
import { GitHubOidcRoles } from './github-oidc.js';
import { ImagesBucket } from './images-bucket.js';
import { type BackendSettings, outputName } from './settings.js';

export interface BackendStackProps extends StackProps {
  settings: BackendSettings;
  /** The folder holding the committed Lambda bundle (`dist/lambda`). */
  lambdaCodePath: string;
  /** The folder holding the committed label index consumer bundle (`dist/label-index`). */
  indexCodePath: string;
}

/**
 * The whole backend of the action: one bucket, and per environment a table, a function, and the
 * table's label index with the function that keeps it.
 */
export class BackendStack extends Stack {
  readonly images: ImagesBucket;
  readonly labelers: ReadonlyMap<string, EnvironmentLabeler>;
  readonly github: GitHubOidcRoles | undefined;

  constructor(scope: Construct, id: string, props: BackendStackProps) {
    super(scope, id, props);
    const { settings } = props;
    const dataRemovalPolicy =
      settings.removalPolicy === 'destroy' ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;

    this.images = new ImagesBucket(this, 'Images', {
      ...(settings.bucketName === undefined ? {} : { bucketName: settings.bucketName }),
      prefix: settings.prefix,
      expireAfterDays: settings.expireAfterDays,
      removalPolicy: dataRemovalPolicy,
    });
    output(this, 'BucketName', this.images.bucketName, 'The action input `bucket`.');
    output(this, 'Prefix', settings.prefix, 'The action input `prefix`.');
    output(this, 'Region', this.region, 'The `aws-region` of configure-aws-credentials.');

    const alarms = new FailedEventsAlarms(this, 'Alarms', {
      ...(settings.alarmEmail === undefined ? {} : { email: settings.alarmEmail }),
    });
    if (alarms.topic !== undefined) {
      output(this, 'AlarmTopicArn', alarms.topic.topicArn, 'Failed-events alarms go here.');
    }

    const labelers = new Map<string, EnvironmentLabeler>();
    for (const environment of settings.environments) {
      const labeler = new EnvironmentLabeler(this, `Labeler-${environment}`, {
        environment,
        settings,
        images: this.images,
        codePath: props.lambdaCodePath,
        indexCodePath: props.indexCodePath,
        dataRemovalPolicy,
      });
      this.images.notify(environment, labeler.function);
      alarms.watch(environment, labeler.failureQueue);
      alarms.watchIndex(environment, labeler.index.failureQueue);
      labelers.set(environment, labeler);
      outputsOf(this, environment, labeler);
      backfillOutputsOf(this, environment, labeler);
    }
    this.labelers = labelers;
    if (settings.backfill.length > 0) {
      output(
        this,
        'BackfillReportBucket',
        this.images.bucketName,
        `--report-bucket of \`node dist/cli/index.js backfill\`: the jobs' manifests and completion reports go under ${BACKFILL_PREFIX}/{environment}/ in it.`,
      );
    }

    this.github =
      settings.github === undefined
        ? undefined
        : new GitHubOidcRoles(this, 'GitHub', {
            github: settings.github,
            arnsOf: (environment) => ({
              objects: this.images.objectsOf(environment),
              table: labelers.get(environment)!.tableArn,
            }),
            moderates: (environment) => moderates(settings, environment),
          });
    if (this.github !== undefined) {
      output(
        this,
        'PullRequestRoleArn',
        this.github.pullRequestRole.roleArn,
        'role-to-assume for pull requests.',
      );
      output(
        this,
        'DefaultBranchRoleArn',
        this.github.defaultBranchRole.roleArn,
        'role-to-assume for the default branch.',
      );
    }
  }
}

function output(stack: Stack, id: string, value: string, description: string): void {
  new CfnOutput(stack, id, { value, description });
}

/** What the workflows and an operator need of one environment. */
function outputsOf(stack: Stack, environment: string, labeler: EnvironmentLabeler): void {
  const name = outputName(environment);
  const of = `(${environment})`;
  const { index } = labeler;
  output(stack, `${name}TableName`, labeler.table.tableName, `The results table ${of}.`);
  output(stack, `${name}FunctionName`, labeler.function.functionName, `The labeler ${of}.`);
  output(stack, `${name}LogGroupName`, labeler.logGroup.logGroupName, `Its logs ${of}.`);
  output(
    stack,
    `${name}FailedEventsQueueUrl`,
    labeler.failureQueue.queueUrl,
    `Events that failed after every retry ${of}.`,
  );
  output(stack, `${name}IndexTableName`, index.table.tableName, `The label index ${of}.`);
  output(
    stack,
    `${name}IndexFunctionName`,
    index.function.functionName,
    `The function that keeps the label index ${of}.`,
  );
  output(
    stack,
    `${name}IndexFailedQueueUrl`,
    index.failureQueue.queueUrl,
    `Stream batches the index missed after every retry ${of}.`,
  );
}

/** What `node dist/cli/index.js backfill --environment {environment}` is given, with `backfill`. */
function backfillOutputsOf(stack: Stack, environment: string, labeler: EnvironmentLabeler): void {
  if (labeler.backfill === undefined) return;
  const name = outputName(environment);
  const command = `\`node dist/cli/index.js backfill --environment ${environment}\``;
  output(
    stack,
    `${name}BackfillRoleArn`,
    labeler.backfill.role.roleArn,
    `--role-arn of ${command}: the role S3 Batch Operations assumes to invoke the ${environment} labeler.`,
  );
  output(
    stack,
    `${name}FunctionArn`,
    labeler.function.functionArn,
    `--function-arn of ${command}: the ${environment} labeler, which the job invokes per object.`,
  );
}
