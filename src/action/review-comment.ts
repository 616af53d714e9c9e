import * as core from '@actions/core';
import { errorMessage } from '../shared/aws-errors.js';
import { redact } from '../shared/redact.js';
import { httpStatus } from './github-api.js';
import type { ReviewArgs } from './pull-request-review.js';
import { printable } from './runner-output.js';
import { postSticky } from './sticky-comment.js';

/** Posts or updates the sticky comment; a refusal is one line in the log, never a failure. */
export async function postReviewComment(
  args: Pick<ReviewArgs, 'context' | 'inputs' | 'api'>,
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
    const id = posted.id ? ` (id ${posted.id})` : '';
    core.info(`Pull request #${pr} comment: ${posted.action}${id}`);
  } catch (error) {
    const status = httpStatus(error);
    const message = redact(errorMessage(error));
    const denied = status === 403 || status === 404 || status === 401;
    why(
      denied
        ? `the token may not write comments on pull request #${pr} (HTTP ${status}: ${message}; a fork's pull request gets a read-only token, and other runs need \`permissions: pull-requests: write\`)`
        : `commenting on pull request #${pr} failed (${status ? `HTTP ${status}: ` : ''}${message})`,
    );
  }
}
