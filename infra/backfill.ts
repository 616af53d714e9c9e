import { ArnFormat, Stack } from 'aws-cdk-lib';
import { PolicyDocument, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { acknowledgeWildcards } from './acknowledge.js';
import type { ImagesBucket } from './images-bucket.js';
import {
  type BackfillJobArns,
  type BackfillRunnerArns,
  backfillJobStatements,
} from './policies.js';
import type { BackfillSource } from './settings.js';
import {
  BACKFILL_PREFIX,
  backfillManifestsOf,
  backfillReportPrefixOf,
} from '../src/shared/backfill-layout.js';

/** The backfill role is named after the labeler it invokes: `rekognition-prod-handler-backfill`. */
export const backfillRoleFor = (functionName: string): string => `${functionName}-backfill`;

/** S3 Batch Operations assumes the job's role as this service. */
export const BATCH_OPERATIONS_PRINCIPAL = 'batchoperations.s3.amazonaws.com';

/** `arn:aws:s3:::bucket/prefix/*`, or `arn:aws:s3:::bucket/*` for a whole bucket. */
export function sourceObjectsArn(stack: Stack, source: BackfillSource): string {
  return `arn:${stack.partition}:s3:::${source.bucket}/${source.prefix}*`;
}

export interface BackfillRoleProps {
  environment: string;
  /** The labeler's name: the one function the role may invoke, and the role's name. */
  functionName: string;
  images: ImagesBucket;
  sources: BackfillSource[];
}

/**
 * The role an S3 Batch Operations job assumes to label one environment's share of existing
 * images with that environment's labeler. Every ARN is built from names, as the labelers' are.
 */
export class BackfillRole extends Construct {
  readonly role: Role;
  readonly roleName: string;
  /** What the role itself may touch. */
  readonly jobArns: BackfillJobArns;
  /** What the person who creates its jobs needs (docs/deploy.md); no role of the stack. */
  readonly runnerArns: BackfillRunnerArns;

  constructor(scope: Construct, id: string, props: BackfillRoleProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const { environment, images } = props;
    this.roleName = backfillRoleFor(props.functionName);
    this.jobArns = {
      function: stack.formatArn({
        service: 'lambda',
        resource: 'function',
        resourceName: props.functionName,
        arnFormat: ArnFormat.COLON_RESOURCE_NAME,
      }),
      sources: props.sources.map((source) => sourceObjectsArn(stack, source)),
      manifests: `${images.bucketArn}/${backfillManifestsOf(environment)}*`,
      reports: `${images.bucketArn}/${backfillReportPrefixOf(environment)}/*`,
    };
    this.runnerArns = {
      sourceBuckets: [...new Set(props.sources.map((s) => s.bucket))].map(
        (bucket) => `arn:${stack.partition}:s3:::${bucket}`,
      ),
      manifests: this.jobArns.manifests,
      reports: this.jobArns.reports,
      role: stack.formatArn({
        service: 'iam',
        region: '',
        resource: 'role',
        resourceName: this.roleName,
      }),
      jobs: stack.formatArn({ service: 's3', resource: 'job', resourceName: '*' }),
    };
    this.role = new Role(this, 'Role', {
      roleName: this.roleName,
      // Against a confused deputy, should S3 name the job's account. "IfExists": S3's documented
      // trust policy for Batch Operations has no condition, and AWS's own roles for it (Clean
      // Rooms ML) condition their other principals but not this one, so the key may be absent,
      // and StringEquals on an absent key would refuse every job. Another account's job cannot
      // be given this role anyway: iam:PassRole passes only roles of the caller's account.
      assumedBy: new ServicePrincipal(BATCH_OPERATIONS_PRINCIPAL, {
        conditions: { StringEqualsIfExists: { 'aws:SourceAccount': stack.account } },
      }),
      description: `S3 Batch Operations backfill of ${environment}: invokes ${props.functionName} on existing images, and nothing else.`,
      inlinePolicies: {
        backfill: new PolicyDocument({ statements: backfillJobStatements(this.jobArns) }),
      },
    });
    acknowledgeWildcards(
      this.role,
      [...this.jobArns.sources, this.jobArns.manifests, this.jobArns.reports],
      `Scoped: the backfill locations named in the settings, and the ${environment} job's own manifests and reports under ${BACKFILL_PREFIX}/${environment}/.`,
    );
  }
}
