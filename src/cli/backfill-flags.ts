import { MAX_S3_KEY_BYTES } from '../shared/limits.js';
import {
  ENVIRONMENT_NAME,
  ENVIRONMENT_NAME_ALLOWED,
  bucketNameProblem,
} from '../shared/settings-rules.js';
import { numberFlag, parseFlags, textFlag } from './cli-args.js';
import { UsageError } from './cli-io.js';
import {
  type FunctionArn,
  type RoleArn,
  checkSameAccount,
  functionArnFlag,
  roleArnFlag,
} from './backfill-arns.js';
import { DEFAULT_PRICE_PER_IMAGE, DEFAULT_QUOTA_TPS } from './backfill-estimate.js';
import { outputName } from '../shared/backfill-layout.js';
import { BACKFILL_POLICY_DOC } from './backfill-layout.js';

export interface BackfillArgs {
  bucket: string;
  /** '' for the whole bucket. */
  prefix: string;
  environment: string;
  dryRun: boolean;
  json: boolean;
  region?: string;
  moderation: boolean;
  force: boolean;
  pricePerImage: number;
  quotaTps: number;
  /** What the job needs; absent on a dry run that was not given them. */
  job?: JobArgs;
}

export interface JobArgs {
  function: FunctionArn;
  role: RoleArn;
  reportBucket: string;
  priority: number;
  description?: string;
}

const OPTIONS = {
  bucket: { type: 'string' },
  prefix: { type: 'string' },
  environment: { type: 'string' },
  'dry-run': { type: 'boolean' },
  json: { type: 'boolean' },
  region: { type: 'string' },
  moderation: { type: 'boolean' },
  force: { type: 'boolean' },
  'price-per-image': { type: 'string' },
  'quota-tps': { type: 'string' },
  'function-arn': { type: 'string' },
  'role-arn': { type: 'string' },
  'report-bucket': { type: 'string' },
  priority: { type: 'string' },
  description: { type: 'string' },
} as const;

type Flags = Record<string, string | boolean | undefined>;

function bucketFlag(name: string, value: string | boolean | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (value.startsWith('s3://')) {
    throw new UsageError(
      `--${name} is ${JSON.stringify(value)}; give the bucket's name alone (and the rest as --prefix).`,
    );
  }
  const problem = bucketNameProblem(value);
  if (problem) throw new UsageError(`--${name} is ${JSON.stringify(value)}; ${problem}.`);
  return value;
}

function prefixFlag(value: string | boolean | undefined): string {
  if (typeof value !== 'string') return '';
  if (Buffer.byteLength(value) > MAX_S3_KEY_BYTES) {
    throw new UsageError(
      `--prefix is ${Buffer.byteLength(value)} bytes; S3 keys have at most ${MAX_S3_KEY_BYTES}.`,
    );
  }
  return value;
}

function environmentFlag(value: string | boolean | undefined): string {
  if (typeof value !== 'string') {
    throw new UsageError(
      'backfill needs --environment, the environment whose function labels (e.g. --environment prod).',
    );
  }
  if (!ENVIRONMENT_NAME.test(value)) {
    throw new UsageError(
      `--environment is ${JSON.stringify(value)}; environment names are ${ENVIRONMENT_NAME_ALLOWED}.`,
    );
  }
  return value;
}

/** What the job needs; every flag of it is required unless --dry-run, and checked when given. */
function jobArgs(flags: Flags, environment: string, dryRun: boolean): JobArgs | undefined {
  const fnFlag = flags['function-arn'];
  const roleFlag = flags['role-arn'];
  const fn = typeof fnFlag === 'string' ? functionArnFlag(fnFlag) : undefined;
  const role = typeof roleFlag === 'string' ? roleArnFlag(roleFlag) : undefined;
  const reportBucket = bucketFlag('report-bucket', flags['report-bucket']);
  const priority = numberFlag('priority', flags.priority, 0, 2_147_483_647, true) ?? 10;
  const description = textFlag('description', flags.description);
  if (fn && role) checkSameAccount(fn, role);
  if (fn && role && reportBucket) {
    return { function: fn, role, reportBucket, priority, ...(description ? { description } : {}) };
  }
  if (dryRun) return undefined;
  const name = outputName(environment);
  const missing = [
    fn ? undefined : `--function-arn (the CDK output ${name}FunctionArn)`,
    role ? undefined : `--role-arn (the CDK output ${name}BackfillRoleArn)`,
    reportBucket ? undefined : '--report-bucket (the CDK output BackfillReportBucket)',
  ].filter((text) => text !== undefined);
  throw new UsageError(
    `backfill needs ${missing.join(', ')} to create the job, or --dry-run for the estimate ` +
      `alone; ${BACKFILL_POLICY_DOC} says where to find them.`,
  );
}

/** The command line, checked before any request; 'help' for --help. */
export function backfillArgs(args: string[]): BackfillArgs | 'help' {
  const flags: Flags = parseFlags('backfill', args, OPTIONS);
  if (flags.help) return 'help';
  const bucket = bucketFlag('bucket', flags.bucket);
  if (bucket === undefined) {
    throw new UsageError(
      'backfill needs --bucket, the bucket holding the images (e.g. --bucket course-library).',
    );
  }
  const environment = environmentFlag(flags.environment);
  const dryRun = flags['dry-run'] === true;
  const region = typeof flags.region === 'string' ? flags.region : undefined;
  const pricePerImage =
    numberFlag('price-per-image', flags['price-per-image'], 0, 1) ?? DEFAULT_PRICE_PER_IMAGE;
  const quotaTps = numberFlag('quota-tps', flags['quota-tps'], 1, 100_000) ?? DEFAULT_QUOTA_TPS;
  const job = jobArgs(flags, environment, dryRun);
  return {
    bucket,
    prefix: prefixFlag(flags.prefix),
    environment,
    dryRun,
    json: flags.json === true,
    ...(region === undefined ? {} : { region }),
    moderation: flags.moderation === true,
    force: flags.force === true,
    pricePerImage,
    quotaTps,
    ...(job === undefined ? {} : { job }),
  };
}
