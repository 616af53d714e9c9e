import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { CfnPermission } from 'aws-cdk-lib/aws-lambda';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type CfnBucket,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledge } from './acknowledge.js';

export interface ImagesBucketProps {
  /** Undefined: `rekognition-label-{account}-{region}`. */
  bucketName?: string;
  prefix: string;
  expireAfterDays: number;
  removalPolicy: RemovalPolicy;
}

/**
 * The private bucket the action uploads to. S3 notifies each environment's function directly
 * (the bucket's own NotificationConfiguration), rather than through CDK's notification custom
 * resource, which would add a Python function and a role allowed `s3:PutBucketNotification` on
 * every bucket. That needs the bucket's name before the bucket exists, so the name is always
 * set, and the functions' permissions refer to it by name.
 */
export class ImagesBucket extends Construct {
  readonly bucket: Bucket;
  readonly bucketName: string;
  readonly bucketArn: string;
  private readonly prefix: string;
  private readonly account: string;
  private readonly notifications: CfnBucket.LambdaConfigurationProperty[] = [];

  constructor(scope: Construct, id: string, props: ImagesBucketProps) {
    super(scope, id);
    this.prefix = props.prefix;
    const stack = Stack.of(this);
    this.account = stack.account;
    this.bucketName = props.bucketName ?? `rekognition-label-${stack.account}-${stack.region}`;
    this.bucketArn = `arn:${stack.partition}:s3:::${this.bucketName}`;
    this.bucket = new Bucket(this, 'Bucket', {
      bucketName: this.bucketName,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [
        {
          id: 'expire-inputs',
          prefix: `${props.prefix}/`,
          expiration: Duration.days(props.expireAfterDays),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
      removalPolicy: props.removalPolicy,
    });
    acknowledge(
      this.bucket,
      'AwsSolutions-S1',
      'Inputs are short-lived CI uploads whose provenance (run, commit) is in each item; use CloudTrail data events for an access audit.',
    );
  }

  /** `arn:aws:s3:::BUCKET/{prefix}/{environment}/*`. */
  objectsOf(environment: string): string {
    return `${this.bucketArn}/${this.keyPrefixOf(environment)}*`;
  }

  keyPrefixOf(environment: string): string {
    return `${this.prefix}/${environment}/`;
  }

  /** Invokes `fn` for every object created under `{prefix}/{environment}/`. */
  notify(environment: string, fn: IFunction): void {
    const permission = new CfnPermission(this, `Invoke-${environment}`, {
      action: 'lambda:InvokeFunction',
      functionName: fn.functionArn,
      principal: 's3.amazonaws.com',
      sourceArn: this.bucketArn,
      sourceAccount: this.account,
    });
    this.notifications.push({
      event: 's3:ObjectCreated:*',
      function: fn.functionArn,
      filter: { s3Key: { rules: [{ name: 'prefix', value: this.keyPrefixOf(environment) }] } },
    });
    const cfnBucket = this.bucket.node.defaultChild as CfnBucket;
    cfnBucket.notificationConfiguration = { lambdaConfigurations: this.notifications };
    // S3 checks that it may invoke the function when the configuration is saved.
    cfnBucket.node.addDependency(permission);
  }
}
