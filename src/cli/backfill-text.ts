import { LAMBDA_IMAGE_EXTENSIONS_TEXT } from '../shared/lambda-keys.js';
import { REKOGNITION_LIMITS } from '../shared/limits.js';
import type { BackfillArgs } from './backfill-flags.js';
import {
  DEFAULT_PRICE_PER_IMAGE,
  type Estimate,
  PRICE_DATE,
  PRICE_SOURCE,
  QUOTA_SOURCE,
  formatCount,
  formatDuration,
  formatUsd,
} from './backfill-estimate.js';
import type { SourceCounts } from './backfill-listing.js';
import { printable } from './terminal-text.js';

/** What the command did besides estimating: the manifest it put and the job it created. */
export interface Created {
  manifest: { bucket: string; key: string; etag: string };
  job: {
    id: string;
    accountId: string;
    region: string;
    confirmCommand: string;
    watchCommand: string;
    reportPrefix: string;
  };
}

const MB = REKOGNITION_LIMITS.maxBytesFromS3 / 1024 / 1024;

export const sourceUrl = (args: BackfillArgs): string =>
  printable(`s3://${args.bucket}/${args.prefix}`);

function countsText(counts: SourceCounts): string[] {
  const { leftOut } = counts;
  const out = counts.objects - counts.toLabel;
  const reasons = [
    `${formatCount(leftOut.notImage)} not ${LAMBDA_IMAGE_EXTENSIONS_TEXT.replace(' and ', ' or ')}`,
    `${formatCount(leftOut.tooLarge)} over ${MB} MB`,
    `${formatCount(leftOut.folders)} folder markers`,
    `${formatCount(leftOut.empty)} empty`,
  ];
  return [
    `  ${formatCount(counts.objects)} objects found`,
    `  ${formatCount(counts.toLabel)} to label (JPEG and PNG by extension, at most ${MB} MB)`,
    `  ${formatCount(out)} left out: ${reasons.join(', ')}`,
  ];
}

function estimateText(args: BackfillArgs, estimate: Estimate): string[] {
  const calls = args.moderation
    ? `2 per image: DetectLabels and DetectModerationLabels, which the environment's function runs too (MODERATION=on)`
    : `1 per image: DetectLabels; add --moderation if the environment's function runs DetectModerationLabels too (MODERATION=on)`;
  const price =
    args.pricePerImage === DEFAULT_PRICE_PER_IMAGE
      ? `${PRICE_SOURCE}; --price-per-image to change it`
      : `--price-per-image; the default, ${formatUsd(DEFAULT_PRICE_PER_IMAGE)}, is ${PRICE_SOURCE}`;
  const bound = args.force
    ? '  With --force every object is labeled again: no object is spared.'
    : '  An upper bound: an object whose item already holds the same bytes costs nothing (the Lambda answers unchanged); this command does not read the table.';
  return [
    `Rekognition calls: ${formatCount(estimate.rekognitionCalls)} (${calls})`,
    `Estimated cost: ${formatUsd(estimate.estimatedCostUsd)} at ${formatUsd(args.pricePerImage)} per call (${price})`,
    bound,
    `Estimated time: ${formatDuration(estimate.estimatedSeconds)} at ${formatCount(args.quotaTps)} calls a second (--quota-tps; the default is ${QUOTA_SOURCE})`,
  ];
}

function createdText(created: Created, toLabel: number): string[] {
  const { manifest, job } = created;
  return [
    `Manifest: s3://${manifest.bucket}/${manifest.key} (${formatCount(toLabel)} objects)`,
    `Job ${job.id} created in account ${job.accountId}, ${job.region}. It waits for your confirmation; confirm it with:`,
    `  ${job.confirmCommand}`,
    'Watch it with:',
    `  ${job.watchCommand}`,
    `Its completion report goes under s3://${manifest.bucket}/${job.reportPrefix}/job-${job.id}/.`,
  ];
}

/** The answer for a terminal. */
export function backfillText(
  args: BackfillArgs,
  region: string,
  counts: SourceCounts,
  estimate: Estimate,
  created: Created | undefined,
): string {
  const lines = [
    `${sourceUrl(args)} for ${args.environment} in ${region}`,
    ...countsText(counts),
    ...estimateText(args, estimate),
  ];
  if (args.dryRun) {
    lines.push('Dry run: no manifest written, no job created.');
  } else if (created === undefined) {
    lines.push(`Nothing to label under ${sourceUrl(args)}: no manifest written, no job created.`);
  } else {
    lines.push(...createdText(created, counts.toLabel));
  }
  return `${lines.join('\n')}\n`;
}

/** The answer for --json: one stable object (BACKFILL_USAGE describes it). */
export function backfillJson(
  args: BackfillArgs,
  region: string,
  counts: SourceCounts,
  estimate: Estimate,
  created: Created | undefined,
): string {
  return `${JSON.stringify({
    command: 'backfill',
    bucket: args.bucket,
    prefix: args.prefix,
    environment: args.environment,
    region,
    objects: counts.objects,
    toLabel: counts.toLabel,
    leftOut: counts.leftOut,
    rekognitionCalls: estimate.rekognitionCalls,
    pricePerImage: args.pricePerImage,
    priceDate: PRICE_DATE,
    estimatedCostUsd: estimate.estimatedCostUsd,
    quotaTps: args.quotaTps,
    estimatedSeconds: estimate.estimatedSeconds,
    dryRun: args.dryRun,
    ...(created === undefined
      ? {}
      : {
          manifest: created.manifest,
          job: {
            id: created.job.id,
            accountId: created.job.accountId,
            region: created.job.region,
            confirmCommand: created.job.confirmCommand,
            watchCommand: created.job.watchCommand,
            reportPrefix: created.job.reportPrefix,
          },
        }),
  })}\n`;
}
