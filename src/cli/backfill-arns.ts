import { UsageError } from './cli-io.js';
import { BACKFILL_POLICY_DOC } from './backfill-layout.js';

export interface FunctionArn {
  arn: string;
  partition: string;
  region: string;
  account: string;
  name: string;
}

export interface RoleArn {
  arn: string;
  partition: string;
  account: string;
}

const FUNCTION_ARN =
  /^arn:(aws[a-z-]*):lambda:([a-z]{2}(?:-[a-z]+)+-\d+):(\d{12}):function:([A-Za-z0-9_-]{1,64})(:[^:]*)?$/;

const ROLE_ARN = /^arn:(aws[a-z-]*):iam::(\d{12}):role\/(?:[\x21-\x7e]*\/)?[\w+=,.@-]{1,64}$/;

/**
 * `--function-arn`: an unqualified Lambda function ARN. The backfill role may invoke only
 * that ARN (infra/policies.ts), so a version or alias would be denied on every task.
 */
export function functionArnFlag(value: string): FunctionArn {
  const match = FUNCTION_ARN.exec(value);
  if (!match) {
    throw new UsageError(
      `--function-arn is ${JSON.stringify(value)}; expected a Lambda function ARN, ` +
        'arn:aws:lambda:REGION:ACCOUNT:function:NAME (the CDK output {Env}FunctionArn).',
    );
  }
  const [, partition, region, account, name, qualifier] = match;
  if (qualifier !== undefined) {
    throw new UsageError(
      `--function-arn ends with the qualifier "${qualifier.slice(1)}"; give the unqualified ARN ` +
        `(arn:${partition}:lambda:${region}:${account}:function:${name}): the backfill role may invoke only that one.`,
    );
  }
  return { arn: value, partition: partition!, region: region!, account: account!, name: name! };
}

/** `--role-arn`: an IAM role ARN (the CDK output {Env}BackfillRoleArn). */
export function roleArnFlag(value: string): RoleArn {
  const match = ROLE_ARN.exec(value);
  if (!match) {
    throw new UsageError(
      `--role-arn is ${JSON.stringify(value)}; expected an IAM role ARN, ` +
        'arn:aws:iam::ACCOUNT:role/NAME (the CDK output {Env}BackfillRoleArn).',
    );
  }
  return { arn: value, partition: match[1]!, account: match[2]! };
}

/** The two ARNs are outputs of one stack: one partition, one account (S3 Control's AccountId). */
export function checkSameAccount(fn: FunctionArn, role: RoleArn): void {
  if (fn.partition !== role.partition || fn.account !== role.account) {
    throw new UsageError(
      `--function-arn is in account ${fn.account} (${fn.partition}) and --role-arn in ${role.account} ` +
        `(${role.partition}); give the outputs of one stack (${BACKFILL_POLICY_DOC}).`,
    );
  }
}

/**
 * The job is created in the command's region; the function must be there too: the stack puts
 * the function, the role's grants and the report bucket in one region, so another region is
 * almost surely the wrong AWS_REGION.
 */
export function checkJobRegion(fn: FunctionArn, region: string): void {
  if (fn.region !== region) {
    throw new UsageError(
      `--function-arn is in ${fn.region} but the job would be created in ${region}; ` +
        `pass --region ${fn.region}: the job, its function and its report bucket share a region.`,
    );
  }
}
