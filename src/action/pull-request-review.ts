import * as core from '@actions/core';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compareCodeUnits } from '../shared/compare.js';
import { errorMessage } from '../shared/aws-errors.js';
import { objectKey } from '../shared/object-key.js';
import type { Item } from '../shared/record.js';
import type { ChangedFile } from './changed-files.js';
import type { GitHubApi } from './github-api.js';
import { httpStatus } from './github-api.js';
import type { Inputs } from './inputs.js';
import type { ModerationPolicy } from './moderation-policy.js';
import type { ResultList } from './result-list.js';
import { type ImageDiff, diffImage, reviewRank } from './review-diff.js';
import { renderReviewComment } from './review-report.js';
import type { ReviewSelection } from './review-selection.js';
import type { RunContext } from './run-context.js';
import { printable } from './runner-output.js';
import { postSticky } from './sticky-comment.js';

/** What the comparison read from the compared environment's table. */
export type Compared =
  | { items: Map<string, Item> }
  /** Not read: why (no credentials, access denied...). */
  | { skipped: string };

/** The compared environment's keys of the taken and removed images (previous path of a rename). */
export function compareKeys(
  inputs: Pick<Inputs, 'prefix' | 'compareEnvironment'>,
  selection: ReviewSelection,
): string[] {
  const key = (change: ChangedFile) =>
    objectKey(inputs.prefix, inputs.compareEnvironment, change.previousPath ?? change.path);
  return [
    ...selection.files.map((file) => key(selection.changeOf(file.path))),
    ...selection.removed.map(key),
  ];
}

export interface ReviewArgs {
  inputs: Inputs;
  context: RunContext;
  selection: ReviewSelection;
  results: ResultList;
  compared?: Compared;
  policy?: ModerationPolicy;
  /** The run's environment. */
  environment: string;
  /** Where report-file and diff-file are written (RUNNER_TEMP). */
  dir: string;
  step: string;
  api?: () => Promise<GitHubApi>;
  runUrl?: string;
}

/**
 * The pull-request review: every taken or removed image compared with the compared
 * environment, the comment's Markdown (`report-file`), the JSON diff (`diff-file`),
 * `changed-count`, and the sticky comment when asked. Nothing here fails the step.
 */
export async function reviewChanges(args: ReviewArgs): Promise<void> {
  const { inputs, context, selection } = args;
  const diffs = buildDiffs(args);
  const notes = [...selection.notes];
  if (args.compared && 'skipped' in args.compared) notes.push(args.compared.skipped);
  const base = context.changeRange?.base;
  const markdown = renderReviewComment({
    key: inputs.commentKey,
    head: context,
    ...(base ? { base: { ...context, commit: base } } : {}),
    thumbnails: inputs.thumbnails,
    environment: args.environment,
    compareEnvironment: comparing(args) ? inputs.compareEnvironment : '',
    diffs,
    source: selection.source,
    notes,
    ...(args.runUrl ? { runUrl: args.runUrl } : {}),
  });
  const reportFile = join(args.dir, `rekognition-label-report-${args.step}.md`);
  const diffFile = join(args.dir, `rekognition-label-diff-${args.step}.json`);
  await writeFile(reportFile, markdown);
  await writeFile(diffFile, diffJson(args, diffs));
  core.setOutput('changed-count', diffs.length);
  core.setOutput('report-file', reportFile);
  core.setOutput('diff-file', diffFile);
  core.info(`Review: ${diffs.length} changed image(s); report in ${reportFile}`);
  if (inputs.comment === 'sticky') await comment(args, markdown, diffs.length > 0, reportFile);
}

function comparing(args: ReviewArgs): boolean {
  return args.compared !== undefined && 'items' in args.compared;
}

function buildDiffs(args: ReviewArgs): ImageDiff[] {
  const { inputs, selection, results, compared, policy } = args;
  const items = compared && 'items' in compared ? compared.items : undefined;
  const itemOf = (change: ChangedFile) =>
    items?.get(
      objectKey(inputs.prefix, inputs.compareEnvironment, change.previousPath ?? change.path),
    );
  const diffs: ImageDiff[] = [];
  const comparingNow = items !== undefined;
  for (let i = 0; i < results.length; i++) {
    const result = results.get(i);
    const file = selection.changeOf(result.path);
    const item = itemOf(file);
    diffs.push(
      diffImage(
        { file, result, ...(item ? { compared: item } : {}), comparing: comparingNow },
        policy,
      ),
    );
  }
  for (const file of selection.removed) {
    const item = itemOf(file);
    diffs.push(
      diffImage({ file, ...(item ? { compared: item } : {}), comparing: comparingNow }, policy),
    );
  }
  return diffs.sort((a, b) => reviewRank(a) - reviewRank(b) || compareCodeUnits(a.path, b.path));
}

function diffJson(args: ReviewArgs, diffs: ImageDiff[]): string {
  const { inputs, context, selection } = args;
  return `${JSON.stringify(
    {
      version: 1,
      commit: context.commit,
      ...(context.pullRequest !== undefined ? { pullRequest: context.pullRequest } : {}),
      environment: args.environment,
      compareEnvironment: comparing(args) ? inputs.compareEnvironment : null,
      compareTable: comparing(args) ? inputs.compareTable : null,
      onlyChanged: selection.onlyChanged,
      source: selection.source,
      changedCount: diffs.length,
      images: diffs,
    },
    null,
    1,
  )}\n`;
}

/** Posts or updates the sticky comment; a refusal is one line in the log, never a failure. */
async function comment(
  args: ReviewArgs,
  markdown: string,
  hasChanges: boolean,
  reportFile: string,
): Promise<void> {
  const { context, inputs } = args;
  const pr = context.pullRequest;
  const why = (reason: string) =>
    core.info(
      printable(
        `Not commenting: ${reason}. The comment's Markdown is in ${reportFile} (the \`report-file\` output); a workflow_run job can post it (docs/pull-requests.md).`,
      ),
    );
  if (pr === undefined) return why('the run is not for a pull request');
  if (!inputs.githubToken || !args.api) return why('`github-token` is empty');
  try {
    const posted = await postSticky(await args.api(), pr, inputs.commentKey, markdown, hasChanges);
    core.info(
      `Pull request #${pr} comment: ${posted.action}${posted.id ? ` (id ${posted.id})` : ''}`,
    );
  } catch (error) {
    const status = httpStatus(error);
    const denied = status === 403 || status === 404 || status === 401;
    why(
      denied
        ? `the token may not write comments on pull request #${pr} (HTTP ${status}: ${errorMessage(error)}; a fork's pull request gets a read-only token, and other runs need \`permissions: pull-requests: write\`)`
        : `commenting on pull request #${pr} failed (${status ? `HTTP ${status}: ` : ''}${errorMessage(error)})`,
    );
  }
}
