import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  type AnnotationPlan,
  annotate,
  annotationText,
  describeResultsCut,
  describeUnannotated,
  planAnnotations,
  logResult,
  printable,
  redactResult,
  resultsFilePath,
  stepId,
  writeOutputs,
  writeSummary,
} from './runner-output.js';
import { awaitLambdaResults } from './lambda-results.js';
import {
  MemoryResults,
  type ResultList,
  type ResultStore,
  countResults,
  inPathOrder,
} from './result-list.js';
import type { ImageResult } from './image-result.js';
import { ResultSpool } from './result-spool.js';
import { AwsCaller, DEFAULT_RETRY_POLICY, type RetryPolicy } from '../shared/aws-caller.js';
import {
  type AwsClients,
  type ClientOptions,
  createClients,
  destroyClients,
  resolveCredentials,
  s3Of,
  traceCredentials,
  type CredentialsTrace,
} from '../shared/clients.js';
import { type Clock, systemClock } from '../shared/clock.js';
import { errorMessage } from '../shared/aws-errors.js';
import {
  describeCredentialsFailure,
  describeForAction,
  foundNoCredentials,
} from './aws-error-text.js';
import { type Git, locateRepository, workspaceGit } from './git-diff.js';
import { type GitHubApi, gitHubApi } from './github-api.js';
import { checkOnly } from './process-image.js';
import { type CompareReader, type ReviewArgs, reviewChanges } from './pull-request-review.js';
import { type ReviewSelection, selectImages } from './review-selection.js';
import { StoredItems } from './stored-items.js';
import { TaskQueue } from './task-queue.js';
import { UserError } from './user-error.js';
import { INPUT, type Inputs, getInputs } from './inputs.js';
import { describeCalls } from './billed-calls.js';
import { moderationFailure } from './moderation-outcome.js';
import { loadPolicy } from './policy-load.js';
import { PRE_CHECKS_AT_ONCE, labelImages, skippedResult } from './image-batch.js';
import { MemoryReclaimer, boundYoungGeneration, fullCollector } from './memory-reclaim.js';
import { objectKey } from '../shared/object-key.js';
import type { ActionServices, LabelPlan } from './run-plan.js';
import { readEventPayload, readRunContext } from './run-context.js';
import type { RunContext } from './run-context.js';
import type { RunReport, WaitReport } from './run-report.js';
import { GlobPatternError, type WorkspaceMatch, resolveWorkspaceFiles } from './workspace-files.js';
import { LAMBDA_IMAGE_EXTENSIONS_TEXT, isLambdaImageKey } from '../shared/lambda-keys.js';
import { VERSION } from '../shared/version.js';
import { redact } from '../shared/redact.js';

export interface ActionDeps {
  env: NodeJS.ProcessEnv;
  clock: Clock;
  createClients: (options: ClientOptions) => AwsClients | Promise<AwsClients>;
  retryPolicy: RetryPolicy;
  /** How long throttled requests keep being retried, from the start of the run. */
  throttleBudgetMs: number;
  /** Where the results file goes when RUNNER_TEMP is not set. */
  tmpdir: string;
  /** A full garbage collection (see memory-reclaim.ts), if the runtime has one. */
  collectGarbage: () => (() => void) | undefined;
  /** Keeps V8's young generation from growing (see memory-reclaim.ts). */
  boundYoungGeneration: () => void;
  /** Runs the credential chain again to explain why it failed (see clients.ts). */
  traceCredentials: (region: string) => Promise<CredentialsTrace>;
}

/**
 * The two V8 adjustments that keep peak memory under 200 MB (docs/benchmarks.md measures what
 * each run buys). `REKOGNITION_LABEL_V8_TUNING=off` leaves V8 alone: for the benchmark's
 * comparison, or a runtime that should not be touched.
 */
export function memoryTuning(env: NodeJS.ProcessEnv) {
  if (env.REKOGNITION_LABEL_V8_TUNING === 'off') {
    return { collectGarbage: () => undefined, boundYoungGeneration: () => {} };
  }
  return { collectGarbage: fullCollector, boundYoungGeneration };
}

function defaultDeps(): ActionDeps {
  return {
    env: process.env,
    clock: systemClock,
    createClients,
    retryPolicy: DEFAULT_RETRY_POLICY,
    throttleBudgetMs: 30 * 60 * 1000,
    tmpdir: tmpdir(),
    ...memoryTuning(process.env),
    traceCredentials,
  };
}

/** How a run ended: why the step fails, if it does, and the per-file annotations to emit. */
interface Outcome {
  failure?: string | undefined;
  annotations?: AnnotationPlan;
}

/**
 * The action's entry point. Every failure ends in the one `setFailed` below, which comes before
 * the per-file annotations: GitHub shows only the first 10 errors of a step, and the verdict is
 * the one that matters most.
 */
export async function run(overrides: Partial<ActionDeps> = {}): Promise<void> {
  const deps = { ...defaultDeps(), ...overrides };
  deps.boundYoungGeneration();
  let outcome: Outcome;
  try {
    outcome = await labelWorkspace(deps);
  } catch (error) {
    const failure = errorMessage(error);
    outcome = { failure };
    if (!(error instanceof UserError || error instanceof GlobPatternError)) {
      core.debug(redact(error instanceof Error ? (error.stack ?? failure) : failure));
    }
  }
  if (outcome.failure !== undefined) core.setFailed(annotationText(outcome.failure));
  if (outcome.annotations) annotate(outcome.annotations);
}

async function labelWorkspace(deps: ActionDeps): Promise<Outcome> {
  const { env } = deps;
  maskSecrets(env);
  const context = readRunContext(env, readEventPayload(env.GITHUB_EVENT_PATH));
  // Validates every input, the environment resolved and the table name filled with it.
  const inputs = getInputs((name) => core.getInput(name), env, context);
  const environment = inputs.resolvedEnvironment;
  core.info(`Environment: ${environment.name} (${environment.reason})`);
  if (inputs.mode === 'direct' && inputs.waitForResults > 0) {
    core.info(
      `\`${INPUT.waitForResults}\` is ignored in direct mode: the action labels the images itself.`,
    );
  }

  const policy = await loadPolicy(context.workspace, inputs);
  if (policy) core.info(`Moderation: ${inputs.moderation}, policy ${policy.source}`);
  if (policy && inputs.mode === 'upload-only') {
    core.info(
      `In upload-only mode the Lambda moderates with its own settings (MODERATION_MIN_CONFIDENCE, MODERATION_ADAPTER_ARN); \`${INPUT.moderationMinConfidence}\` and \`${INPUT.moderationAdapterArn}\` are not used. This step judges the items it waits for.`,
    );
  }
  const resolved = await resolveWorkspaceFiles(context.workspace, inputs.images);
  const api = inputs.githubToken
    ? lazyGitHubApi(inputs.githubToken, context.repository)
    : undefined;
  const selection = await selectImages(inputs, context, resolved.files, {
    ...(api ? { api } : {}),
    ...(await gitOf(inputs, context.workspace, resolved.files)),
  });
  logSelection(inputs, selection, resolved.files.length);
  const refused: Refusal[] = resolved.refused
    .filter((r) => selection.takes(r.path))
    .map((r) => ({ path: r.path, error: `${r.path} ${r.reason}` }));
  const resultsFile = resultsFilePath(env, deps.tmpdir);
  const plan = planOf(inputs, policy, context);
  const files =
    plan.mode === 'upload-only'
      ? keepLambdaImages(selection.files, plan, refused)
      : selection.files;
  const reviewing =
    context.pullRequest !== undefined ||
    inputs.onlyChanged ||
    inputs.compareEnvironment !== '' ||
    inputs.comment === 'sticky';
  const review = reviewer(reviewing, deps, {
    inputs,
    context,
    selection,
    ...(policy ? { policy } : {}),
    environment: environment.name,
    dir: dirname(resultsFile),
    step: stepId(env),
    ...(api ? { api } : {}),
    ...runUrl(context),
  });
  const base = { inputs, plan, context, resultsFile, selection };
  if (files.length === 0 && refused.length === 0) {
    const none = new MemoryResults();
    await writeOutputs(none, resultsFile, environment.name, 0);
    await writeSummary(reportOf(base, none), env);
    await review(none, false);
    // A pull request that changes no image is not a missing file.
    return {
      failure:
        selection.onlyChanged && resolved.files.length > 0 ? undefined : noFilesFound(inputs),
    };
  }
  const store = new ResultSpool(spoolPath(resultsFile), files.length + refused.length);
  try {
    refused.forEach((r, i) => keep(store, files.length + i, skippedResult(r.path, plan, r.error)));
    const labeled = await labelOrReport(
      files,
      () => labelFiles(deps, inputs, plan, files, store),
      review,
    );
    const { wait } = labeled;
    // Labeling leaves its garbage (bodies, replies, sockets) for V8's next collection, and the
    // report below reads every result again: collected first, the report starts from the live
    // heap instead of stacking its own garbage on the run's (measured in docs/benchmarks.md).
    deps.collectGarbage()?.();
    // Every way out below (outputs, results file, annotations, summary) reads redacted entries.
    const sorted = inPathOrder(store);
    const cut = await writeOutputs(sorted, resultsFile, environment.name, wait?.timedOut ?? 0);
    const report = {
      ...reportOf(base, sorted, wait),
      ...(labeled.calls ? { calls: labeled.calls } : {}),
    };
    await writeSummary(cut ? { ...report, resultsCut: describeResultsCut(cut) } : report, env);
    await review(sorted, labeled.noCredentials === true);
    const annotations = planAnnotations(sorted, inputs.failOnError);
    const failures = [
      verdict(sorted, inputs, wait, annotations),
      moderationFailure(sorted, inputs, policy),
    ].filter((text) => text !== undefined);
    return { failure: failures.length > 0 ? failures.join('\n') : undefined, annotations };
  } finally {
    store.close();
  }
}

/**
 * Labels, and when that fails outright (no credentials with `if-no-credentials: error`, say),
 * still writes the review saying so before the failure goes on: the report and the comment
 * must not show nothing, or the previous push's images.
 */
async function labelOrReport(
  files: readonly WorkspaceMatch[],
  label: () => Promise<Labeled>,
  review: (results: ResultList, noCredentials: boolean, failure?: string) => Promise<void>,
): Promise<Labeled> {
  if (files.length === 0) return {};
  try {
    return await label();
  } catch (error) {
    await review(new MemoryResults(), true, `The run failed: ${errorMessage(error)}`);
    throw error;
  }
}

/** Runs the pull-request review once the results are known; a failure there is a warning. */
function reviewer(
  reviewing: boolean,
  deps: ActionDeps,
  args: Omit<ReviewArgs, 'results' | 'openCompare' | 'compareSkipped'>,
): (results: ResultList, noCredentials: boolean, failure?: string) => Promise<void> {
  return async (results, noCredentials, failure) => {
    if (!reviewing) return;
    const { inputs } = args;
    const comparing = inputs.compareEnvironment !== '' && failure === undefined;
    try {
      await reviewChanges({
        ...args,
        ...(failure ? { failure } : {}),
        results,
        ...(comparing && !noCredentials
          ? { openCompare: (keys: string[]) => openCompare(deps, inputs, keys) }
          : {}),
        ...(comparing && noCredentials ? { compareSkipped: NO_CREDENTIALS_COMPARE } : {}),
      });
    } catch (error) {
      core.warning(`The pull-request review failed: ${redact(errorMessage(error))}`);
    }
  };
}

/** Reads the compared environment's items with clients of its own, 100 keys a request. */
async function openCompare(
  deps: ActionDeps,
  inputs: Inputs,
  keys: string[],
): Promise<CompareReader> {
  const clients = await deps.createClients({
    region: inputs.region,
    userAgent: `rekognition-label/${VERSION}`,
    maxSockets: 4,
    s3: false,
    dynamodb: true,
  });
  const services = servicesOf(deps, inputs, clients);
  const stored = new StoredItems(inputs.compareTable, keys, services);
  return { get: (index) => stored.get(index), close: () => destroyClients(clients) };
}

function planOf(inputs: Inputs, policy: LabelPlan['policy'], context: RunContext): LabelPlan {
  return {
    mode: inputs.mode,
    environment: inputs.resolvedEnvironment.name,
    prefix: inputs.prefix,
    bucket: inputs.bucket,
    table: inputs.table,
    settings: { minConfidence: inputs.minConfidence, maxLabels: inputs.maxLabels },
    ...(policy && inputs.mode === 'direct'
      ? {
          moderation: {
            minConfidence: inputs.moderationMinConfidence,
            adapter: inputs.moderationAdapterArn,
          },
        }
      : {}),
    ...(policy ? { policy } : {}),
    ttlHours: inputs.ttlHours,
    context,
    reuseTable: inputs.mode === 'direct' ? inputs.reuseTable : '',
    reuseEnvironment: inputs.mode === 'direct' ? inputs.reuseEnvironment : '',
  };
}

/** The repository's git and its place against the workspace; only `only-changed` needs them. */
async function gitOf(
  inputs: Inputs,
  workspace: string,
  files: readonly WorkspaceMatch[],
): Promise<{ git: Git; toWorkspace?: (path: string) => string | undefined }> {
  if (!inputs.onlyChanged) return { git: workspaceGit(workspace) };
  const probe = files[0] ? dirname(files[0].absolutePath) : undefined;
  const place = await locateRepository(workspace, probe);
  return { git: workspaceGit(place.root), toWorkspace: place.toWorkspace };
}

/** The GitHub client, made on first use and once: most runs never need it. */
function lazyGitHubApi(token: string, repository: string): () => Promise<GitHubApi> {
  let made: Promise<GitHubApi> | undefined;
  return () => (made ??= gitHubApi(token, repository));
}

function logSelection(inputs: Inputs, selection: ReviewSelection, matched: number): void {
  for (const note of selection.notes) core.warning(printable(note));
  if (selection.onlyChanged) {
    core.info(
      printable(
        `Only changed: ${selection.files.length} of ${matched} matched image(s), ${selection.removed.length} removed (${selection.source}).`,
      ),
    );
  } else if (inputs.onlyChanged) {
    core.warning(printable(`\`${INPUT.onlyChanged}\`: labeling ${selection.source}.`));
  }
}

function runUrl(context: RunContext): { runUrl?: string } {
  const { serverUrl, repository, runId } = context;
  if (!/^https?:\/\//i.test(serverUrl) || !repository || !runId) return {};
  return { runUrl: `${serverUrl.replace(/\/+$/, '')}/${repository}/actions/runs/${runId}` };
}

/** Logs a finished image and stores its entry with anything credential-shaped redacted. */
function keep(store: ResultStore, index: number, result: ImageResult): void {
  logResult(result);
  store.put(index, redactResult(result));
}

/** Beside the results file, one per process: two steps of a job never share one. */
function spoolPath(resultsFile: string): string {
  return join(dirname(resultsFile), `rekognition-label-spool-${process.pid}.jsonl`);
}

/** A matched file that is not labeled, and why (the `error` of its `skipped` result). */
interface Refusal {
  path: string;
  error: string;
}

/**
 * In upload-only mode the Lambda labels the images, and it skips every key it does not handle
 * (shared/lambda-keys.ts) without writing an item: such a file would be uploaded and never
 * labeled, and `wait-for-results` would wait for it in vain. So it is refused before any
 * upload, as a `skipped` result added to `refused`. Direct mode labels by content instead.
 */
function keepLambdaImages(
  files: readonly WorkspaceMatch[],
  plan: LabelPlan,
  refused: Refusal[],
): WorkspaceMatch[] {
  return files.filter((file) => {
    if (isLambdaImageKey(objectKey(plan.prefix, plan.environment, file.path))) return true;
    refused.push({
      path: file.path,
      error:
        `${file.path}: upload-only mode hands images to the Lambda, which handles only ` +
        `${LAMBDA_IMAGE_EXTENSIONS_TEXT} keys; rename it, or use mode: direct`,
    });
    return false;
  });
}

interface Labeled {
  wait?: WaitReport;
  calls?: Record<string, number>;
  /** The run had no AWS credentials (`if-no-credentials: warn`): pre-checks only. */
  noCredentials?: boolean;
}

async function labelFiles(
  deps: ActionDeps,
  inputs: Inputs,
  plan: LabelPlan,
  files: readonly WorkspaceMatch[],
  store: ResultStore,
): Promise<Labeled> {
  const clients = await deps.createClients({
    region: inputs.region,
    userAgent: `rekognition-label/${VERSION}`,
    maxSockets: inputs.concurrency,
    s3: plan.bucket !== '',
    dynamodb: plan.table !== '',
  });
  try {
    try {
      await resolveCredentials(plan.mode === 'direct' ? clients.rekognition : s3Of(clients));
    } catch (error) {
      const trace = await deps.traceCredentials(inputs.region);
      if (inputs.ifNoCredentials === 'warn' && foundNoCredentials(error, trace, deps.env)) {
        await checkWithoutCredentials(files, plan, store);
        return { noCredentials: true };
      }
      throw new UserError(describeCredentialsFailure(error, trace, deps.env));
    }
    const services = servicesOf(deps, inputs, clients);
    return await labelWith(services, inputs, plan, files, store);
  } finally {
    destroyClients(clients);
  }
}

function servicesOf(deps: ActionDeps, inputs: Inputs, clients: AwsClients): ActionServices {
  const caller = new AwsCaller(
    { max: inputs.concurrency, auto: inputs.concurrencyAuto },
    deps.clock,
    deps.clock.now() + deps.throttleBudgetMs,
    deps.retryPolicy,
  );
  const collect = deps.collectGarbage();
  return {
    clients,
    caller,
    clock: deps.clock,
    describe: (failure) => describeForAction(failure, inputs.region),
    ...(collect ? { reclaimer: new MemoryReclaimer(collect) } : {}),
  };
}

async function labelWith(
  services: ActionServices,
  inputs: Inputs,
  plan: LabelPlan,
  files: readonly WorkspaceMatch[],
  store: ResultStore,
): Promise<Labeled> {
  const where = [plan.bucket && `bucket ${plan.bucket}`, plan.table && `table ${plan.table}`]
    .filter(Boolean)
    .join(', ');
  core.startGroup(
    `Labeling ${files.length} image(s): ${plan.mode}, ${plan.environment}, ${inputs.region}${where ? `, ${where}` : ''}`,
  );
  const batch = await labelImages(files, plan, services, {
    concurrency: inputs.concurrency,
    keep: (index, result) => keep(store, index, result),
    onNotice: (message) => core.info(printable(message)),
  });
  const { requests, throttled, retried } = services.caller.stats;
  const calls = services.caller.succeeded;
  core.info(`AWS requests: ${requests} (throttled ${throttled}, retried ${retried})`);
  core.info(describeCalls(calls));
  core.endGroup();
  if (batch.aborted) core.error(annotationText(`Stopped starting new images: ${batch.aborted}`));
  const waiting = plan.mode === 'upload-only' && plan.table !== '' && inputs.waitForResults > 0;
  if (!waiting) return { calls };
  const wait = await awaitLambdaResults(store, plan.table, inputs, services, plan.policy);
  return { calls, ...(wait ? { wait } : {}) };
}

const NO_CREDENTIALS_NOTE = 'not labeled: no AWS credentials on this run';
const NO_CREDENTIALS_COMPARE =
  "No AWS credentials on this run (a fork's pull request gets no secrets and no OIDC token), so nothing was labeled or compared; the images passed or failed the free pre-checks only.";

/** `if-no-credentials: warn`: the free pre-checks only, each image `checked` or `failed`. */
async function checkWithoutCredentials(
  files: readonly WorkspaceMatch[],
  plan: LabelPlan,
  store: ResultStore,
): Promise<void> {
  core.warning(
    `No AWS credentials on this run (\`${INPUT.ifNoCredentials}\` is "warn"): ${files.length} image(s) get the free pre-checks (format, size, dimensions) and are marked "${NO_CREDENTIALS_NOTE}".`,
  );
  const queue = new TaskQueue(PRE_CHECKS_AT_ONCE);
  await Promise.all(
    files.map((file, index) =>
      queue.run(async () => keep(store, index, await checkOnly(file, plan, NO_CREDENTIALS_NOTE))),
    ),
  );
}

function noFilesFound(inputs: Inputs): string | undefined {
  const message = printable(`No files matched the \`${INPUT.images}\` input: ${inputs.images}`);
  switch (inputs.ifNoFilesFound) {
    case 'error':
      return message;
    case 'warn':
      core.warning(message);
      return undefined;
    default:
      core.info(message);
      return undefined;
  }
}

/** The step's verdict: the failure message, or a warning (emitted here) without fail-on-error. */
function verdict(
  results: ResultList,
  inputs: Inputs,
  wait: WaitReport | undefined,
  annotations: AnnotationPlan,
): string | undefined {
  const counts = countResults(results);
  const bad = counts.failed + counts.skipped;
  const late = wait?.timedOut ? ` (${wait.timedOut} timed out)` : '';
  const summary = `${results.length} image(s): ${counts.labeled} labeled (${counts.cached} from cache), ${counts.uploaded} uploaded${late}, ${counts.failed} failed, ${counts.skipped} skipped.`;
  core.info(summary);
  if (bad === 0) return undefined;
  const rest = describeUnannotated(annotations);
  const where = rest
    ? `see the annotations below, ${rest}`
    : 'see the annotations and the job summary';
  if (inputs.failOnError) {
    return `${bad} of ${results.length} image(s) were not labeled; ${where}. ${summary}`;
  }
  core.warning(`${bad} image(s) were not labeled (fail-on-error is false); ${where}. ${summary}`);
  return undefined;
}

interface ReportBase {
  inputs: Inputs;
  plan: LabelPlan;
  context: RunContext;
  resultsFile: string;
  selection: ReviewSelection;
}

function reportOf(base: ReportBase, results: ResultList, wait?: WaitReport): RunReport {
  const { inputs, plan, context, resultsFile, selection } = base;
  return {
    mode: plan.mode,
    environment: plan.environment,
    region: inputs.region,
    bucket: plan.bucket,
    table: plan.table,
    repository: context.repository,
    serverUrl: context.serverUrl,
    commit: context.commit,
    results,
    resultsFile,
    thumbnails: inputs.thumbnails,
    ...(selection.onlyChanged ? { changes: { description: selection.source } } : {}),
    ...(wait ? { wait } : {}),
    ...(plan.policy ? { moderation: { policySource: plan.policy.source } } : {}),
  };
}

/** configure-aws-credentials masks these too; doing it again costs nothing. */
function maskSecrets(env: NodeJS.ProcessEnv): void {
  for (const name of ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) {
    const value = env[name];
    if (value) core.setSecret(value);
  }
  // The runner masks the job's token; a personal one given as `github-token` is masked here.
  const token = (env['INPUT_GITHUB-TOKEN'] ?? '').trim();
  if (token) core.setSecret(token);
}
