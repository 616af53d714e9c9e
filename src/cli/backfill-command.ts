import { randomUUID } from 'node:crypto';
import { type Clock, systemClock } from '../shared/clock.js';
import { regionOf } from './cli-aws.js';
import type { CliIo } from './cli-io.js';
import { checkJobRegion } from './backfill-arns.js';
import { type BackfillAws, connectBackfill } from './backfill-aws.js';
import {
  DEFAULT_PRICE_PER_IMAGE,
  DEFAULT_QUOTA_TPS,
  PRICE_DATE,
  estimate,
} from './backfill-estimate.js';
import { type BackfillArgs, type JobArgs, backfillArgs } from './backfill-flags.js';
import { createJob, defaultDescription, jobCommands } from './backfill-job.js';
import { backfillReportPrefixOf } from '../shared/backfill-layout.js';
import { type SourceCounts, listSource } from './backfill-listing.js';
import { ManifestFile, manifestKeyFor, manifestRandom } from './backfill-manifest.js';
import { type Created, backfillJson, backfillText, sourceUrl } from './backfill-text.js';
import { putManifest } from './backfill-upload.js';

export const BACKFILL_USAGE = `usage: node dist/cli/index.js backfill --bucket BUCKET --environment ENV [options]

Labels the images already in a bucket with ENV's function, on S3 Batch Operations. Lists the
objects under s3://BUCKET/PREFIX (JPEG and PNG by extension, at most 15 MB), prints how many,
the Rekognition calls, their cost and the time they take at your quota; then, without
--dry-run, writes the manifest to the report bucket and creates the job, which waits for you
to confirm it (the command to do so is printed). docs/deploy.md, "Backfill", has the policy.

  --bucket BUCKET          the bucket holding the images
  --prefix PREFIX          only the keys starting with it (default: the whole bucket)
  --environment ENV        the environment whose function labels them, into its table
  --dry-run                list and estimate only: no manifest, no job
  --moderation             the function runs DetectModerationLabels too (MODERATION=on):
                           2 calls per image
  --force                  label again objects whose item already holds the same bytes
  --price-per-image USD    per Rekognition call (default ${DEFAULT_PRICE_PER_IMAGE}, the first-tier
                           list price of DetectLabels as of ${PRICE_DATE})
  --quota-tps N            Rekognition calls a second (default ${DEFAULT_QUOTA_TPS}); yours:
                           aws service-quotas list-service-quotas --service-code rekognition
  --function-arn ARN       the CDK output {Env}FunctionArn        } required
  --role-arn ARN           the CDK output {Env}BackfillRoleArn    } without
  --report-bucket BUCKET   the CDK output BackfillReportBucket    } --dry-run
  --priority N             the job's priority (default 10)
  --description TEXT       the job's description (1-256 characters)
  --region REGION          default: AWS_REGION; the function's region
  --json                   one JSON document: {command, bucket, prefix, environment, region,
                           objects, toLabel, leftOut: {notImage, tooLarge, folders, empty},
                           rekognitionCalls, pricePerImage, priceDate, estimatedCostUsd,
                           quotaTps, estimatedSeconds, dryRun, manifest?: {bucket, key, etag},
                           job?: {id, accountId, region, confirmCommand, watchCommand,
                           reportPrefix}}
  -h, --help               this text`;

/** Time and randomness as seams, so tests control retries and names. */
export interface BackfillDeps {
  clock: Clock;
  /** The random part of the manifest's name. */
  random(): string;
  /** CreateJob's ClientRequestToken. */
  uuid(): string;
}

export type BackfillCommand = (
  args: string[],
  env: NodeJS.ProcessEnv,
  io: CliIo,
) => Promise<number>;

/** Lists, then writes the manifest and creates the job; the files it wrote, and the job. */
async function listAndCreate(
  args: BackfillArgs,
  aws: BackfillAws,
  deps: BackfillDeps,
  progress: (counts: SourceCounts) => void,
): Promise<{ counts: SourceCounts; created?: Created }> {
  if (args.dryRun || args.job === undefined) {
    return { counts: await listSource(args, aws, undefined, progress) };
  }
  const file = await ManifestFile.create();
  try {
    const counts = await listSource(args, aws, (lines) => file.write(lines), progress);
    if (counts.toLabel === 0) return { counts };
    const written = await file.close();
    const created = await putAndCreate(args, args.job, aws, deps, written);
    return { counts, created };
  } finally {
    await file.remove();
  }
}

async function putAndCreate(
  args: BackfillArgs,
  job: JobArgs,
  aws: BackfillAws,
  deps: BackfillDeps,
  written: Awaited<ReturnType<ManifestFile['close']>>,
): Promise<Created> {
  const key = manifestKeyFor(args.environment, deps.clock.now(), deps.random());
  const etag = await putManifest(written, { bucket: job.reportBucket, key }, aws);
  const accountId = job.role.account;
  const id = await createJob(
    {
      accountId,
      partition: job.role.partition,
      functionArn: job.function.arn,
      roleArn: job.role.arn,
      environment: args.environment,
      force: args.force,
      reportBucket: job.reportBucket,
      manifest: { bucket: job.reportBucket, key, etag },
      priority: job.priority,
      description:
        job.description ?? defaultDescription(args.bucket, args.prefix, args.environment),
      clientRequestToken: deps.uuid(),
    },
    aws,
  );
  const commands = jobCommands(accountId, id, aws.region);
  return {
    manifest: { bucket: job.reportBucket, key, etag },
    job: {
      id,
      accountId,
      region: aws.region,
      confirmCommand: commands.confirm,
      watchCommand: commands.watch,
      reportPrefix: backfillReportPrefixOf(args.environment),
    },
  };
}

export function backfillCommandWith(deps: BackfillDeps): BackfillCommand {
  return async (argv, env, io) => {
    const args = backfillArgs(argv);
    if (args === 'help') {
      io.out(`${BACKFILL_USAGE}\n`);
      return 0;
    }
    const region = regionOf(args.region, env);
    if (args.job) checkJobRegion(args.job.function, region);
    const aws = await connectBackfill(region, env, deps.clock);
    try {
      if (!args.json) io.err(`Listing ${sourceUrl(args)} in ${region}…\n`);
      const { counts, created } = await listAndCreate(args, aws, deps, (sofar) => {
        // A million objects take a thousand pages: a line every hundred says it is moving.
        if (!args.json && sofar.pages % 100 === 0) {
          io.err(`${sofar.objects} objects listed, ${sofar.toLabel} to label\n`);
        }
      });
      const estimated = estimate({ ...args, toLabel: counts.toLabel });
      const answer = args.json ? backfillJson : backfillText;
      io.out(answer(args, region, counts, estimated, created));
      return 0;
    } finally {
      aws.close();
    }
  };
}

export const backfillCommand: BackfillCommand = backfillCommandWith({
  clock: systemClock,
  random: manifestRandom,
  uuid: randomUUID,
});
