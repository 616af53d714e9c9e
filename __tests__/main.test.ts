import { DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { DetectLabelsCommand, RekognitionClient } from '@aws-sdk/client-rekognition';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AwsClients, ClientOptions } from '../src/clients.js';
import { parseOutputs } from '../local-stack/action-runner.js';
import { run } from '../src/main.js';

const s3Mock = mockClient(S3Client);
const ddbMock = mockClient(DynamoDBClient);
const rekMock = mockClient(RekognitionClient);
const FIXTURES = join(import.meta.dirname, '..', '__fixtures__', 'images');

// core.summary remembers the first GITHUB_STEP_SUMMARY path it sees, so the file stays put.
const summaryFile = join(tmpdir(), `main-test-summary-${process.pid}.md`);
let dir: string;
let workspace: string;
let stdout: string[];
let clientOptions: ClientOptions[];

const credentials = async () => ({
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'not-a-real-secret',
});
const noCredentials = async () => {
  throw Object.assign(new Error('Could not load credentials from any providers'), {
    name: 'CredentialsProviderError',
  });
};

function clientsWith(provider: typeof credentials) {
  return (options: ClientOptions): AwsClients => {
    clientOptions.push(options);
    const common = { region: options.region, credentials: provider };
    return {
      s3: new S3Client(common),
      dynamodb: new DynamoDBClient(common),
      rekognition: new RekognitionClient(common),
    };
  };
}

const instantClock = { now: () => Date.UTC(2026, 10, 24), sleep: async () => {}, random: () => 0 };

async function runAction(inputs: Record<string, string>, provider = credentials) {
  for (const [name, value] of Object.entries(inputs)) {
    vi.stubEnv(`INPUT_${name.toUpperCase()}`, value);
  }
  await run({ env: process.env, clock: instantClock, createClients: clientsWith(provider) });
  const outputs = await readFile(join(dir, 'output'), 'utf8');
  const summary = await readFile(summaryFile, 'utf8');
  return { outputs, summary, log: stdout.join(''), exitCode: process.exitCode };
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'main-test-'));
  workspace = join(dir, 'ws');
  await mkdir(join(workspace, 'images'), { recursive: true });
  await copyFile(join(FIXTURES, 'chelsea.png'), join(workspace, 'images', 'chelsea.png'));
  await writeFile(join(workspace, 'images', 'notes.png'), 'not an image');
  await writeFile(join(dir, 'output'), '');
  await writeFile(summaryFile, '');
  await writeFile(
    join(dir, 'event.json'),
    JSON.stringify({
      pull_request: { number: 3, head: { sha: 'feedbeef' } },
      repository: { default_branch: 'main' },
    }),
  );
  vi.stubEnv('GITHUB_WORKSPACE', workspace);
  vi.stubEnv('GITHUB_OUTPUT', join(dir, 'output'));
  vi.stubEnv('GITHUB_STEP_SUMMARY', summaryFile);
  vi.stubEnv('GITHUB_EVENT_PATH', join(dir, 'event.json'));
  vi.stubEnv('GITHUB_EVENT_NAME', 'pull_request');
  vi.stubEnv('GITHUB_REPOSITORY', 'pixel-learning/course-images');
  vi.stubEnv('GITHUB_HEAD_REF', 'feature/cat');
  vi.stubEnv('GITHUB_ACTION', 'label');
  vi.stubEnv('RUNNER_TEMP', dir);
  vi.stubEnv('AWS_REGION', 'us-east-1');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'super-secret-value');
  stdout = [];
  clientOptions = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout.push(String(chunk));
    return true;
  });
  process.exitCode = undefined;
  for (const m of [s3Mock, ddbMock, rekMock]) m.reset();
  rekMock
    .on(DetectLabelsCommand)
    .resolves({ Labels: [{ Name: 'Cat', Confidence: 99.1 }], LabelModelVersion: '3.0' });
  ddbMock.on(GetItemCommand).resolves({});
  ddbMock.on(PutItemCommand).resolves({});
  s3Mock.on(PutObjectCommand).resolves({});
});

afterEach(async () => {
  vi.unstubAllEnvs();
  process.exitCode = undefined;
  await rm(dir, { recursive: true, force: true });
});

describe('run', () => {
  it('labels, writes outputs, the results file, annotations and the summary, and fails once at the end', async () => {
    const { outputs, summary, log, exitCode } = await runAction({
      images: 'images/*.png',
      table: '{environment}_results',
    });
    const out = parseOutputs(outputs);
    const results = JSON.parse(out.results!);
    expect(results.map((r: { path: string; status: string }) => [r.path, r.status])).toEqual([
      ['images/chelsea.png', 'labeled'],
      ['images/notes.png', 'failed'],
    ]);
    expect(out['labeled-count']).toBe('1');
    expect(out['failed-count']).toBe('1');
    expect(out['uploaded-count']).toBe('0');
    expect(out.environment).toBe('beta');
    expect(JSON.parse(await readFile(out['results-file']!, 'utf8'))).toEqual(results);
    expect(ddbMock).toHaveReceivedCommandWith(PutItemCommand, { TableName: 'beta_results' });
    expect(log).toContain(
      '::error title=rekognition-label,file=images/notes.png::images/notes.png: ',
    );
    expect(log.match(/::error::/g)).toHaveLength(1);
    expect(log).toMatch(/::error::1 of 2 image\(s\) were not labeled/);
    expect(log).toContain('Environment: beta (auto: the event "pull_request" is a pull request)');
    // Only the mask command itself may carry the secret: the runner hides it everywhere else.
    expect(log.replace('::add-mask::super-secret-value', '')).not.toContain('super-secret-value');
    expect(summary).toContain(
      'https://github.com/pixel-learning/course-images/blob/feedbeef/images/chelsea.png',
    );
    expect(exitCode).toBe(1);
    expect(clientOptions).toEqual([
      { region: 'us-east-1', userAgent: 'rekognition-label/1.0.0', maxSockets: 10 },
    ]);
  });

  it('cannot be made to emit workflow commands by a file name with a newline', async () => {
    await copyFile(
      join(FIXTURES, 'chelsea.png'),
      join(workspace, 'images', 'x\n::error::spoofed.png'),
    );
    const { log } = await runAction({ images: 'images/x*.png' });
    expect(log).toContain('✔ images/x\\n::error::spoofed.png: Cat 99.1%');
    expect(log.split('\n').filter((line) => line.startsWith('::error'))).toEqual([]);
  });

  it('only warns when fail-on-error is false', async () => {
    const { log, exitCode } = await runAction({ images: 'images/*.png', 'fail-on-error': 'false' });
    expect(log).toContain('::warning title=rekognition-label,file=images/notes.png::');
    expect(log).not.toContain('::error');
    expect(exitCode).toBeUndefined();
  });

  it('rejects bad inputs before any AWS call, all at once', async () => {
    const { log, exitCode } = await runAction({ 'max-labels': '10abc', concurrency: '0' });
    expect(log).toContain('Input `max-labels` is \\"10abc\\"'.replace(/\\"/g, '"'));
    expect(log).toContain('Input `concurrency` is "0"');
    expect(log.match(/::error::/g)).toHaveLength(1);
    expect(clientOptions).toEqual([]);
    expect(exitCode).toBe(1);
  });

  it('explains how to configure credentials when there are none', async () => {
    const { log, exitCode } = await runAction({ images: 'images/chelsea.png' }, noCredentials);
    expect(log).toMatch(
      /::error::No AWS credentials were found\. Add aws-actions\/configure-aws-credentials/,
    );
    expect(log).toContain('forks');
    expect(rekMock).not.toHaveReceivedAnyCommand();
    expect(exitCode).toBe(1);
  });

  it('needs no AWS at all when every match was refused, and says why each was refused', async () => {
    await symlink('/etc/hostname', join(workspace, 'images', 'outside.png'));
    const { log, outputs, exitCode } = await runAction(
      { images: 'images/outside.png' },
      noCredentials,
    );
    expect(clientOptions).toEqual([]);
    expect(log).not.toContain('No AWS credentials');
    expect(log).toContain(
      '✖ images/outside.png: skipped: images/outside.png is a symlink that points outside the workspace; refused',
    );
    expect(log).toContain('::warning title=rekognition-label,file=images/outside.png::');
    expect(JSON.parse(parseOutputs(outputs).results!)).toMatchObject([
      { path: 'images/outside.png', status: 'skipped' },
    ]);
    expect(exitCode).toBe(1);
  });

  it('follows if-no-files-found', async () => {
    const warned = await runAction({ images: 'nothing/*.png' });
    expect(warned.log).toMatch(/::warning::No files matched the `images` input/);
    expect(warned.summary).toContain('No images matched.');
    expect(warned.exitCode).toBeUndefined();
    expect(parseOutputs(warned.outputs).results).toBe('[]');

    stdout.length = 0;
    await writeFile(join(dir, 'output'), '');
    const failed = await runAction({ images: 'nothing/*.png', 'if-no-files-found': 'error' });
    expect(failed.log).toMatch(/::error::No files matched the `images` input/);
    expect(failed.exitCode).toBe(1);
  });
});
