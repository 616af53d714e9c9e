import * as core from '@actions/core';
import { open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { errorMessage } from '../shared/aws-errors.js';
import { objectKey } from '../shared/object-key.js';
import { redact } from '../shared/redact.js';
import type { Item } from '../shared/record.js';
import type { ChangedFile } from './changed-files.js';
import { type DiffList, DiffSpool } from './diff-spool.js';
import type { GitHubApi } from './github-api.js';
import type { Inputs } from './inputs.js';
import type { ModerationPolicy } from './moderation-policy.js';
import type { ResultList } from './result-list.js';
import { diffImage } from './review-diff.js';
import { renderReviewComment } from './review-report.js';
import type { ReviewSelection } from './review-selection.js';
import type { RunContext } from './run-context.js';
import { postReviewComment } from './review-comment.js';

/** The compared environment's items, read by the index of their key (100 a request, ahead). */
export interface CompareReader {
  get(index: number): Promise<Item | undefined>;
  close(): void;
}

export interface ReviewArgs {
  inputs: Inputs;
  context: RunContext;
  selection: ReviewSelection;
  results: ResultList;
  /** Opens the comparison for these keys; absent when nothing is compared. */
  openCompare?: (keys: string[]) => Promise<CompareReader>;
  /** Why nothing is compared although `compare-environment` is set (no credentials). */
  compareSkipped?: string;
  /** The run failed before labeling: the report says so, and lists no image. */
  failure?: string;
  policy?: ModerationPolicy;
  /** The run's environment. */
  environment: string;
  /** Where report-file, diff-file and the review's spool are written (RUNNER_TEMP). */
  dir: string;
  step: string;
  api?: () => Promise<GitHubApi>;
  runUrl?: string;
}

/**
 * The pull-request review: every taken or removed image compared with the compared
 * environment, the comment's Markdown (`report-file`), the JSON diff (`diff-file`),
 * `changed-count`, and the sticky comment when asked. Entries go to a file as they are made,
 * so a review of 20,000 images holds only their ranks and paths. Nothing here fails the step.
 */
export async function reviewChanges(args: ReviewArgs): Promise<void> {
  const { inputs, context, selection } = args;
  const spool = new DiffSpool(join(args.dir, `rekognition-label-review-${process.pid}.jsonl`));
  try {
    const notes = [...selection.notes, ...(args.failure ? [args.failure] : [])];
    const compared = args.failure ? false : await writeDiffs(args, spool, notes);
    const diffs = spool.inReviewOrder();
    const base = context.changeRange?.base;
    const markdown = renderReviewComment({
      key: inputs.commentKey,
      head: context,
      ...(base ? { base: { ...context, commit: base } } : {}),
      thumbnails: inputs.thumbnails,
      moderation: args.policy !== undefined,
      ...(args.failure ? { failed: true } : {}),
      environment: args.environment,
      compareEnvironment: compared ? inputs.compareEnvironment : '',
      diffs,
      source: selection.source,
      notes: notes.map(redact),
      ...(args.runUrl ? { runUrl: args.runUrl } : {}),
    });
    const reportFile = join(args.dir, `rekognition-label-report-${args.step}.md`);
    const diffFile = join(args.dir, `rekognition-label-diff-${args.step}.json`);
    await writeFile(reportFile, markdown);
    await writeDiffFile(diffFile, args, compared, diffs);
    core.setOutput('changed-count', diffs.length);
    core.setOutput('report-file', reportFile);
    core.setOutput('diff-file', diffFile);
    core.info(`Review: ${diffs.length} changed image(s); report in ${reportFile}`);
    if (inputs.comment === 'sticky') {
      await postReviewComment(args, markdown, diffs.length > 0, reportFile);
    }
  } finally {
    spool.close();
  }
}

/** Diffs every taken and removed image into `spool`; true when the comparison was made. */
async function writeDiffs(args: ReviewArgs, spool: DiffSpool, notes: string[]): Promise<boolean> {
  const { inputs, selection, results, policy } = args;
  const changes: ChangedFile[] = [];
  for (let i = 0; i < results.length; i++) changes.push(selection.changeOf(results.facts(i).path));
  changes.push(...selection.removed);
  const reader = await openReader(args, changes, notes);
  let comparing = reader !== undefined;
  try {
    for (const [index, file] of changes.entries()) {
      let compared: Item | undefined;
      if (reader && comparing) {
        try {
          compared = await reader.get(index);
        } catch (error) {
          // Half compared is worse than not compared: the rest say so in their `compared`.
          comparing = false;
          notes.push(compareFailure(inputs.compareTable, error));
        }
      }
      const result = index < results.length ? results.get(index) : undefined;
      const input = { file, ...(result ? { result } : {}), ...(compared ? { compared } : {}) };
      spool.put(diffImage({ ...input, comparing }, policy));
    }
  } finally {
    reader?.close();
  }
  return comparing;
}

async function openReader(
  args: ReviewArgs,
  changes: readonly ChangedFile[],
  notes: string[],
): Promise<CompareReader | undefined> {
  const { inputs } = args;
  if (args.compareSkipped) notes.push(args.compareSkipped);
  if (!args.openCompare || changes.length === 0) return undefined;
  const keys = changes.map((change) =>
    objectKey(inputs.prefix, inputs.compareEnvironment, change.previousPath ?? change.path),
  );
  try {
    return await args.openCompare(keys);
  } catch (error) {
    notes.push(compareFailure(inputs.compareTable, error));
    return undefined;
  }
}

function compareFailure(table: string, error: unknown): string {
  return `The items of table ${table} could not be read, so nothing was compared (${errorMessage(error)}). The pull-request role needs dynamodb:GetItem and dynamodb:BatchGetItem on it (docs/pull-requests.md).`;
}

/** `diff-file`: a header, then the entries in review order, written as they are read. */
async function writeDiffFile(
  file: string,
  args: ReviewArgs,
  compared: boolean,
  diffs: DiffList,
): Promise<void> {
  const { inputs, context, selection } = args;
  const header = {
    version: 1,
    commit: context.commit,
    ...(context.pullRequest !== undefined ? { pullRequest: context.pullRequest } : {}),
    environment: args.environment,
    compareEnvironment: compared ? inputs.compareEnvironment : null,
    compareTable: compared ? inputs.compareTable : null,
    onlyChanged: selection.onlyChanged,
    source: selection.source,
    changedCount: diffs.length,
  };
  const handle = await open(file, 'w');
  try {
    const head = JSON.stringify(header);
    let chunk = `${head.slice(0, -1)},"images":[`;
    for (let i = 0; i < diffs.length; i++) {
      chunk += `${i > 0 ? ',' : ''}\n${diffs.json(i)}`;
      if (chunk.length >= 64 * 1024) {
        await handle.write(chunk);
        chunk = '';
      }
    }
    await handle.write(`${chunk}\n]}\n`);
  } finally {
    await handle.close();
  }
}
