import { DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { DetectLabelsCommand, RekognitionClient } from '@aws-sdk/client-rekognition';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import {
  copyFile,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AwsClients, ClientOptions } from '../../src/shared/clients.js';
import type { Clock } from '../../src/shared/clock.js';
import { parseOutputs } from '../../local-stack/action-runner.js';
import { type ActionDeps, run } from '../../src/action/main.js';
import { createClients, traceCredentials } from '../../src/shared/clients.js';
import { buildRecord, toItem } from '../../src/shared/record.js';
import { fakeClock } from '../helpers/fake-clock.js';
import { batchGetFromGetItem } from '../helpers/batch-get.js';

const s3Mock = mockClient(S3Client);
const ddbMock = mockClient(DynamoDBClient);
const rekMock = mockClient(RekognitionClient);
const FIXTURES = join(import.meta.dirname, '..', '..', '__fixtures__', 'images');

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

async function runAction(
  inputs: Record<string, string>,
  provider = credentials,
  clock: Clock = instantClock,
  overrides: Partial<ActionDeps> = {},
) {
  for (const [name, value] of Object.entries(inputs)) {
    vi.stubEnv(`INPUT_${name.toUpperCase()}`, value);
  }
  // The credential chain run again to explain a failure: here, the same fake provider.
  const traceCredentials = async () => {
    try {
      await provider();
      return { steps: [] };
    } catch (error) {
      return { error, steps: [] };
    }
  };
  await run({
    env: process.env,
    clock,
    createClients: clientsWith(provider),
    traceCredentials,
    ...overrides,
  });
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
  // Pull-request review has tests of its own (pull-request-review.test.ts): here every matched
  // image is labeled and nothing is compared.
  vi.stubEnv('INPUT_ONLY-CHANGED', 'false');
  vi.stubEnv('INPUT_COMPARE-ENVIRONMENT', '');
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
  batchGetFromGetItem(ddbMock, () => new DynamoDBClient({ region: 'us-east-1' }));
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
    expect(out['timed-out-count']).toBe('0');
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
    // No bucket: the S3 SDK is never loaded (a table: DynamoDB's is).
    expect(clientOptions).toEqual([
      {
        region: 'us-east-1',
        userAgent: 'rekognition-label/1.0.0',
        maxSockets: 256,
        s3: false,
        dynamodb: true,
      },
    ]);
  });

  it('keeps the entries in a file of its own beside the results file while it runs, and removes it', async () => {
    const spools = async () => (await readdir(dir)).filter((f) => f.includes('spool'));
    const seen: string[][] = [];
    rekMock.on(DetectLabelsCommand).callsFake(async () => {
      seen.push(await spools());
      return { Labels: [{ Name: 'Cat', Confidence: 99.1 }] };
    });
    const { outputs } = await runAction({ images: 'images/chelsea.png' });
    expect(seen).toEqual([[`rekognition-label-spool-${process.pid}.jsonl`]]);
    expect(await spools()).toEqual([]);
    expect(JSON.parse(parseOutputs(outputs).results!)).toMatchObject([
      { path: 'images/chelsea.png', status: 'labeled', labels: [{ name: 'Cat' }] },
    ]);

    // Also when the run fails as a whole (credentials rejected: it stops early).
    rekMock.on(DetectLabelsCommand).callsFake(async () => {
      seen.push(await spools());
      throw Object.assign(new Error('The security token included in the request is invalid.'), {
        name: 'UnrecognizedClientException',
        $metadata: { httpStatusCode: 403 },
      });
    });
    await writeFile(join(dir, 'output'), '');
    await runAction({ images: 'images/*.png' });
    expect(seen.length).toBe(2);
    expect(await spools()).toEqual([]);
  });

  it('collects garbage once every image is labeled, before the report reads the results again', async () => {
    const seen: { stored: number; outputs: string; summary: string }[] = [];
    const collectGarbage = () => () => {
      seen.push({
        stored: ddbMock.commandCalls(PutItemCommand).length,
        outputs: readFileSync(join(dir, 'output'), 'utf8'),
        summary: readFileSync(summaryFile, 'utf8'),
      });
    };
    await runAction({ images: 'images/*.png', table: 'beta_results' }, credentials, instantClock, {
      collectGarbage,
    });
    // One image is far below the reclaimer's 32 MiB, so the one collection is the report's:
    // after the last write, before any output or summary.
    const stored = ddbMock.commandCalls(PutItemCommand).length;
    expect(stored).toBeGreaterThan(0);
    expect(seen).toEqual([{ stored, outputs: '', summary: '' }]);
    expect(readFileSync(summaryFile, 'utf8')).toContain('chelsea.png');
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
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', undefined);
    const { log, exitCode } = await runAction({ images: 'images/chelsea.png' }, noCredentials);
    expect(log).toMatch(
      /::error::No AWS credentials were found\. Add aws-actions\/configure-aws-credentials/,
    );
    expect(log).toContain('forks');
    expect(rekMock).not.toHaveReceivedAnyCommand();
    expect(exitCode).toBe(1);
  });

  describe('with the real credential chain', () => {
    /** No credentials anywhere, whatever the machine running the tests has. */
    function isolateCredentials(): void {
      for (const name of [
        'AWS_ACCESS_KEY_ID',
        'AWS_SECRET_ACCESS_KEY',
        'AWS_SESSION_TOKEN',
        'AWS_PROFILE',
        'AWS_DEFAULT_PROFILE',
        'AWS_WEB_IDENTITY_TOKEN_FILE',
        'AWS_ROLE_ARN',
        'AWS_CONTAINER_CREDENTIALS_FULL_URI',
        'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
      ]) {
        vi.stubEnv(name, undefined);
      }
      vi.stubEnv('AWS_CONFIG_FILE', join(dir, 'missing-config'));
      vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', join(dir, 'missing-credentials'));
      vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true');
    }
    const real = { createClients, traceCredentials };

    it("names AWS_PROFILE and the SDK's reason when that profile does not exist", async () => {
      isolateCredentials();
      vi.stubEnv('AWS_PROFILE', 'missing-profile');
      const { log, exitCode } = await runAction(
        { images: 'images/chelsea.png' },
        credentials,
        instantClock,
        real,
      );
      expect(log).toContain(
        '::error::AWS_PROFILE is "missing-profile", but the AWS SDK could not load credentials for that profile (Could not resolve credentials using profile: [missing-profile] in configuration/credentials file(s)). Check the profile name, and the files AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE',
      );
      expect(log).not.toContain('No AWS credentials were found');
      expect(rekMock).not.toHaveReceivedAnyCommand();
      expect(exitCode).toBe(1);
    });

    it('names the web identity token file that cannot be read', async () => {
      isolateCredentials();
      const token = join(dir, 'missing-token');
      vi.stubEnv('AWS_WEB_IDENTITY_TOKEN_FILE', token);
      vi.stubEnv('AWS_ROLE_ARN', 'arn:aws:iam::123456789012:role/labeler');
      const { log, exitCode } = await runAction(
        { images: 'images/chelsea.png' },
        credentials,
        instantClock,
        real,
      );
      expect(log).toContain(
        `::error::The AWS credentials from web identity: AWS_WEB_IDENTITY_TOKEN_FILE ("${token}") and AWS_ROLE_ARN could not be loaded: ENOENT: no such file or directory, open '${token}'`,
      );
      expect(exitCode).toBe(1);
    });

    it('says which of the two web identity variables is missing', async () => {
      isolateCredentials();
      vi.stubEnv('AWS_ROLE_ARN', 'arn:aws:iam::123456789012:role/labeler');
      const { log } = await runAction(
        { images: 'images/chelsea.png' },
        credentials,
        instantClock,
        real,
      );
      expect(log).toContain(
        '::error::AWS_ROLE_ARN is set but AWS_WEB_IDENTITY_TOKEN_FILE is not: web identity credentials need both',
      );
    });
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

  it.skipIf(process.platform !== 'linux')(
    'labels the good images when a directory is too deep to open or a name is not UTF-8',
    async () => {
      // 22 directories of 200 bytes, made from inside so no system call names the whole path.
      const script = `
        const fs = require('node:fs');
        process.chdir(process.argv[1]);
        for (let i = 0; i < 22; i++) { fs.mkdirSync('d'.repeat(199)); process.chdir('d'.repeat(199)); }
        fs.writeFileSync('deep.png', 'x');
      `;
      execFileSync(process.execPath, ['-e', script, join(workspace, 'images')]);
      await writeFile(
        Buffer.concat([
          Buffer.from(join(workspace, 'images/')),
          Buffer.from([0x66, 0xff, 0x2e, 0x70, 0x6e, 0x67]),
        ]),
        'x',
      );
      try {
        const { outputs, summary, log } = await runAction({ images: 'images/**/*.png' });
        const results = JSON.parse(parseOutputs(outputs).results!) as {
          path: string;
          status: string;
          error: string;
        }[];
        expect(results.find((r) => r.path === 'images/chelsea.png')?.status).toBe('labeled');
        expect(results.filter((r) => r.status === 'skipped').map((r) => r.error)).toEqual([
          expect.stringMatching(
            /^images\/d+…d+\/ is skipped: its path on disk is [\d,]+ bytes, .*PATH_MAX, 4,096 bytes/,
          ),
          'images/f\\xff.png is skipped: its name is not valid UTF-8 (invalid bytes shown as \\xNN); rename it',
        ]);
        expect(log).not.toContain('ENAMETOOLONG');
        expect(log).not.toContain('ENOENT');
        expect(summary).toContain('f&#92;xff.png');
      } finally {
        execFileSync('rm', ['-rf', join(workspace, 'images', 'd'.repeat(199))]);
      }
    },
  );

  it('rejects a table name that is invalid for the resolved environment before any AWS call', async () => {
    const { log, exitCode } = await runAction({
      images: 'images/chelsea.png',
      table: '{environment}',
      environment: 'ab',
    });
    expect(log).toContain(
      '::error::Input `table` is "{environment}", which names table "ab" for environment "ab" (set by the `environment` input); expected a DynamoDB table name',
    );
    expect(clientOptions).toEqual([]);
    expect(exitCode).toBe(1);
  });

  it('rejects a mistyped region before any AWS call, suggesting the right one', async () => {
    const { log, exitCode } = await runAction({
      images: 'images/chelsea.png',
      'aws-region': 'us-esat-1',
    });
    expect(log).toContain(
      '::error::Input `aws-region` is "us-esat-1"; it is not a known AWS region; did you mean us-east-1?',
    );
    expect(clientOptions).toEqual([]);
    expect(exitCode).toBe(1);
  });

  it('says which endpoint host could not be resolved, and in which region', async () => {
    rekMock.on(DetectLabelsCommand).rejects(
      Object.assign(new Error('getaddrinfo ENOTFOUND rekognition.eu-west-3.amazonaws.com'), {
        code: 'ENOTFOUND',
        syscall: 'getaddrinfo',
      }),
    );
    const { outputs } = await runAction({
      images: 'images/chelsea.png',
      'aws-region': 'eu-west-3',
    });
    expect(JSON.parse(parseOutputs(outputs).results!)[0].error).toBe(
      'rekognition:DetectLabels failed: the endpoint host rekognition.eu-west-3.amazonaws.com for region "eu-west-3" could not be resolved (ENOTFOUND). ' +
        'Check the `aws-region` input (or AWS_REGION); if the region is right, the runner cannot resolve AWS host names (DNS or network).',
    );
  });

  it('keeps credentials quoted by an AWS error out of the outputs, results file, summary and log', async () => {
    const signature = 'fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024';
    const token = 'IQoJb3JpZ2luX2VjEXAMPLEaCXVzLWVhc3QtMSJHMEUCIQD/example+token/value==';
    rekMock
      .on(DetectLabelsCommand)
      .rejects(
        Object.assign(
          new Error(
            'Access Denied for Credential=AKIAIOSFODNN7EXAMPLE/20261124/us-east-1/s3/aws4_request, ' +
              `SignedHeaders=host, Signature=${signature}, X-Amz-Security-Token=${encodeURIComponent(token)}`,
          ),
          { name: 'InvalidS3ObjectException', $metadata: { httpStatusCode: 400 } },
        ),
      );
    const { outputs, summary, log, exitCode } = await runAction({
      images: 'images/chelsea.png',
      bucket: 'course-images',
    });
    const out = parseOutputs(outputs);
    const resultsFile = await readFile(out['results-file']!, 'utf8');
    const error = JSON.parse(out.results!)[0].error as string;
    expect(error).toContain('Credential=AKIA[REDACTED]/20261124/us-east-1/s3/aws4_request');
    expect(error).toContain('Signature=[REDACTED]');
    expect(error).toContain('X-Amz-Security-Token=[REDACTED]');
    for (const [where, text] of Object.entries({ outputs, resultsFile, summary, log })) {
      for (const secret of ['IOSFODNN7EXAMPLE', signature, 'IQoJb3JpZ2lu', 'EXAMPLEaCXVz']) {
        expect(text, `${where} holds ${secret}`).not.toContain(secret);
      }
    }
    expect(exitCode).toBe(1);
  });

  describe('with many failures', () => {
    /** 30 files that are not images, plus chelsea.png: 31 images, 30 failed. */
    async function thirtyFailures(): Promise<void> {
      await rm(join(workspace, 'images', 'notes.png'));
      for (let i = 0; i < 30; i++) {
        await writeFile(join(workspace, 'images', `bad-${String(i).padStart(2, '0')}.png`), 'x');
      }
    }
    const annotationLines = (log: string, kind: 'error' | 'warning') =>
      log.split('\n').filter((line) => line.startsWith(`::${kind}`));

    it('annotates the verdict first and a few files after it, within the 10 errors GitHub shows', async () => {
      await thirtyFailures();
      const { log, exitCode } = await runAction({ images: 'images/*.png' });
      const errors = annotationLines(log, 'error');
      expect(errors.length).toBeLessThanOrEqual(10);
      expect(errors[0]).toBe(
        '::error::30 of 31 image(s) were not labeled; see the annotations below, …and 22 more failed image(s): see the job summary (or results-file). 31 image(s): 1 labeled (0 from cache), 0 uploaded, 30 failed, 0 skipped.',
      );
      expect(errors.slice(1).map((line) => /file=([^:]+)::/.exec(line)?.[1])).toEqual(
        Array.from({ length: 8 }, (_, i) => `images/bad-${String(i).padStart(2, '0')}.png`),
      );
      expect(exitCode).toBe(1);
    });

    it('keeps the verdict within the first 10 errors when the batch also stopped early', async () => {
      await thirtyFailures();
      ddbMock.on(GetItemCommand).rejects(
        Object.assign(new Error('Requested resource not found'), {
          name: 'ResourceNotFoundException',
          $metadata: { httpStatusCode: 400 },
        }),
      );
      await copyFile(join(FIXTURES, 'chelsea.png'), join(workspace, 'images', 'zz.png'));
      const { log } = await runAction({
        images: 'images/*.png',
        table: 'beta_results',
        concurrency: '1',
      });
      const errors = annotationLines(log, 'error');
      expect(errors[0]).toMatch(/^::error::Stopped starting new images: /);
      expect(errors[1]).toMatch(
        /^::error::\d+ of 32 image\(s\) were not labeled; see the annotations below, …and \d+ more failed/,
      );
      expect(errors.length).toBeLessThanOrEqual(10);
    });

    it('warns the verdict first without fail-on-error, then at most 6 files', async () => {
      await thirtyFailures();
      const { log, exitCode } = await runAction({
        images: 'images/*.png',
        'fail-on-error': 'false',
      });
      const warnings = annotationLines(log, 'warning');
      expect(warnings[0]).toMatch(
        /^::warning::30 image\(s\) were not labeled \(fail-on-error is false\); see the annotations below, …and 24 more failed image\(s\): see the job summary \(or results-file\)\./,
      );
      expect(warnings.slice(1)).toHaveLength(6);
      expect(annotationLines(log, 'error')).toEqual([]);
      expect(exitCode).toBeUndefined();
    });
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

describe('run with wait-for-results', () => {
  const CHELSEA_KEY = 'rekognition-input/beta/images/chelsea.png';
  const upload = {
    images: 'images/chelsea.png',
    mode: 'upload-only',
    bucket: 'course-images',
    table: '{environment}_results',
  };
  const chelseaSha = async () =>
    createHash('sha256')
      .update(await readFile(join(workspace, 'images', 'chelsea.png')))
      .digest('hex');

  /** The Lambda: once the object is uploaded, its item appears `afterMs` later (never if undefined). */
  async function lambda(clock: Clock, afterMs: number | undefined, status: 'labeled' | 'failed') {
    const sha256 = await chelseaSha();
    let uploadedAt: number | undefined;
    s3Mock.on(PutObjectCommand, { Key: CHELSEA_KEY }).callsFake(async () => {
      uploadedAt = clock.now();
      return {};
    });
    const item = toItem(
      buildRecord(
        {
          key: CHELSEA_KEY,
          environment: 'beta',
          sha256,
          provenance: { branch: 'feature/cat', commit: 'feedbeef', repository: 'r/r', runId: '1' },
          settings: { minConfidence: 70, maxLabels: 10 },
          ttlHours: 24,
          source: 'lambda',
        },
        status === 'labeled'
          ? {
              status,
              labels: [
                { name: 'Cat', confidence: 97.5 },
                { name: 'Sofa', confidence: 81.25 },
              ],
              modelVersion: '3.0',
            }
          : { status, error: 'Rekognition could not read it' },
        clock.now(),
      ),
    );
    ddbMock
      .on(GetItemCommand, { TableName: 'beta_results', Key: { filename: { S: CHELSEA_KEY } } })
      .callsFake(async () =>
        uploadedAt !== undefined && afterMs !== undefined && clock.now() >= uploadedAt + afterMs
          ? { Item: item }
          : {},
      );
  }

  it('fills labels and status from the Lambda item and reports them everywhere', async () => {
    const clock = fakeClock({ start: Date.UTC(2026, 10, 24) });
    await lambda(clock, 5_000, 'labeled');

    const { outputs, summary, log, exitCode } = await runAction(
      { ...upload, 'wait-for-results': '60' },
      credentials,
      clock,
    );

    const out = parseOutputs(outputs);
    expect(JSON.parse(out.results!)).toMatchObject([
      {
        path: 'images/chelsea.png',
        status: 'labeled',
        labels: [
          { name: 'Cat', confidence: 97.5 },
          { name: 'Sofa', confidence: 81.25 },
        ],
      },
    ]);
    expect(JSON.parse(out.results!)[0]).not.toHaveProperty('note');
    expect(out['labeled-count']).toBe('1');
    expect(out['uploaded-count']).toBe('0');
    expect(out['timed-out-count']).toBe('0');
    expect(log).toContain(
      "Waiting up to 60 s for the Lambda's results for 1 image(s) in table beta_results",
    );
    expect(log).toContain('↑ images/chelsea.png → rekognition-input/beta/images/chelsea.png\n');
    expect(log).toContain('✔ images/chelsea.png: Cat 97.5%, Sofa 81.3%');
    expect(log).toContain('1 image(s): 1 labeled (0 from cache), 0 uploaded, 0 failed, 0 skipped.');
    expect(log).not.toContain('::warning');
    expect(summary).toContain('<td>✅ labeled</td><td>Cat 97.5%, Sofa 81.3%</td></tr>');
    expect(summary).toContain(
      "Labels of uploaded images come from the Lambda's items in the table (waited up to 60 s: 1 of 1 arrived).",
    );
    expect(rekMock).not.toHaveReceivedAnyCommand();
    expect(exitCode).toBeUndefined();
    // Rounds at 0, 1, 3 and 7 s after the upload: the item arrived at 5 s.
    expect(clock.sleeps).toEqual([1_000, 2_000, 4_000]);
  });

  it("shows the Lambda's labels filtered to this step's min-confidence and max-labels, and says so", async () => {
    const clock = fakeClock();
    await lambda(clock, 0, 'labeled');

    const { outputs, summary, log, exitCode } = await runAction(
      { ...upload, 'wait-for-results': '60', 'min-confidence': '95', 'max-labels': '2' },
      credentials,
      clock,
    );

    const note =
      "labeled by the Lambda with min-confidence 70 and max-labels 10; shown filtered to this step's 95 and 2";
    expect(JSON.parse(parseOutputs(outputs).results!)).toEqual([
      expect.objectContaining({
        status: 'labeled',
        labels: [{ name: 'Cat', confidence: 97.5 }],
        note,
        lambdaSettings: { minConfidence: 70, maxLabels: 10 },
      }),
    ]);
    expect(summary).toContain(
      '<td>✅ labeled<br><sub>labeled by the Lambda with min-confidence 70 and max-labels 10; shown filtered to this step&#39;s 95 and 2</sub></td><td>Cat 97.5%</td>',
    );
    expect(log).toContain(
      "1 image(s) were labeled by the Lambda with another `min-confidence` or `max-labels` than this step's; their note says how their labels are shown.",
    );
    expect(exitCode).toBeUndefined();
  });

  it('fails the step for an image the Lambda could not label', async () => {
    const clock = fakeClock();
    await lambda(clock, 0, 'failed');

    const { outputs, log, exitCode } = await runAction(
      { ...upload, 'wait-for-results': '60' },
      credentials,
      clock,
    );

    const out = parseOutputs(outputs);
    expect(out['failed-count']).toBe('1');
    expect(log).toContain(
      '::error title=rekognition-label,file=images/chelsea.png::The Lambda could not label it: Rekognition could not read it',
    );
    expect(exitCode).toBe(1);
  });

  it('keeps an image uploaded with a note when its item is late, without failing the step', async () => {
    const clock = fakeClock();
    await lambda(clock, undefined, 'labeled');

    const { outputs, summary, log, exitCode } = await runAction(
      { ...upload, 'wait-for-results': '5' },
      credentials,
      clock,
    );

    const out = parseOutputs(outputs);
    const note =
      'no result from the Lambda within 5 s (wait-for-results); it may still arrive in table beta_results';
    expect(JSON.parse(out.results!)).toMatchObject([
      { path: 'images/chelsea.png', status: 'uploaded', labels: [], note },
    ]);
    expect(out['uploaded-count']).toBe('1');
    expect(out['timed-out-count']).toBe('1');
    expect(log).toContain(
      '::warning::1 image(s) had no result from the Lambda within 5 s (`wait-for-results`); they stay "uploaded", and their results may still arrive in table beta_results.',
    );
    expect(log.match(/::warning/g)).toHaveLength(1);
    expect(log).toContain('1 uploaded (1 timed out)');
    expect(summary).toContain('1 uploaded (1 timed out), 0 failed');
    expect(summary).toContain('no result from the Lambda within 5 s &#40;wait-for-results&#41;');
    expect(exitCode).toBeUndefined();
    expect(clock.sleeps).toEqual([1_000, 2_000, 2_000]);
  });

  it('stops waiting on a fatal error with one warning, keeping the image uploaded', async () => {
    const clock = fakeClock();
    let uploaded = false;
    s3Mock.on(PutObjectCommand).callsFake(async () => {
      uploaded = true;
      return {};
    });
    ddbMock.on(GetItemCommand, { Key: { filename: { S: CHELSEA_KEY } } }).callsFake(async () => {
      if (!uploaded) return {};
      throw Object.assign(new Error('Requested resource not found'), {
        name: 'ResourceNotFoundException',
        $metadata: { httpStatusCode: 400 },
      });
    });

    const { outputs, log, exitCode } = await runAction(
      { ...upload, 'wait-for-results': '60' },
      credentials,
      clock,
    );

    const out = parseOutputs(outputs);
    expect(JSON.parse(out.results!)[0]).toMatchObject({
      status: 'uploaded',
      note: expect.stringMatching(
        /^stopped waiting for the Lambda's result: table beta_results does not exist/,
      ),
    });
    expect(out['timed-out-count']).toBe('0');
    expect(log).toContain(
      '::warning::1 image(s) stay "uploaded" because their item could not be read: table beta_results does not exist in this region',
    );
    expect(clock.sleeps).toEqual([]);
    expect(exitCode).toBeUndefined();
  });

  it('does not wait when every image was served from the cache', async () => {
    const clock = fakeClock();
    const sha256 = await chelseaSha();
    ddbMock.on(GetItemCommand, { Key: { filename: { S: CHELSEA_KEY } } }).resolves({
      Item: {
        filename: { S: CHELSEA_KEY },
        status: { S: 'labeled' },
        sha256: { S: sha256 },
        min_confidence: { N: '70' },
        max_labels: { N: '10' },
        labels: { S: '[{"Name":"Cat","Confidence":99}]' },
      },
    });

    const { outputs, log } = await runAction(
      { ...upload, 'wait-for-results': '60' },
      credentials,
      clock,
    );

    expect(parseOutputs(outputs)['timed-out-count']).toBe('0');
    expect(log).not.toContain('Waiting up to');
    expect(ddbMock).toHaveReceivedCommandTimes(GetItemCommand, 1);
    expect(clock.sleeps).toEqual([]);
  });

  it('ignores wait-for-results in direct mode with one info line', async () => {
    const clock = fakeClock();
    const { outputs, log, exitCode } = await runAction(
      { images: 'images/chelsea.png', table: '{environment}_results', 'wait-for-results': '60' },
      credentials,
      clock,
    );

    expect(log).toContain('`wait-for-results` is ignored in direct mode');
    expect(log.match(/wait-for-results/g)).toHaveLength(1);
    expect(log).not.toContain('::warning');
    expect(parseOutputs(outputs)['timed-out-count']).toBe('0');
    // Only the cache check: nothing is polled.
    expect(ddbMock).toHaveReceivedCommandTimes(GetItemCommand, 1);
    expect(clock.sleeps).toEqual([]);
    expect(exitCode).toBeUndefined();
  });

  it('refuses to wait in upload-only mode without a table, before any AWS call', async () => {
    const { log, exitCode } = await runAction({
      images: 'images/chelsea.png',
      mode: 'upload-only',
      bucket: 'course-images',
      'wait-for-results': '60',
    });

    expect(log).toContain('::error::Input `wait-for-results` is 60 but `table` is empty');
    expect(clientOptions).toEqual([]);
    expect(exitCode).toBe(1);
  });

  it('sets timed-out-count to 0 when no file matched', async () => {
    const { outputs } = await runAction({ images: 'nothing/*.png' });
    expect(parseOutputs(outputs)['timed-out-count']).toBe('0');
  });
});

describe('run in upload-only mode with files the Lambda would skip', () => {
  const REFUSED = (path: string) =>
    `${path}: upload-only mode hands images to the Lambda, which handles only .jpg, .jpeg and .png keys; rename it, or use mode: direct`;

  beforeEach(async () => {
    // A JPEG and a PNG by content, under names the Lambda skips by extension.
    await copyFile(join(FIXTURES, 'rocket.jpg'), join(workspace, 'images', 'photo.jfif'));
    await copyFile(join(FIXTURES, 'chelsea.png'), join(workspace, 'images', 'scan'));
  });

  it('refuses them before any upload and never waits for them, while direct mode labels them', async () => {
    const clock = fakeClock();
    const images = 'images/photo.jfif\nimages/scan\nimages/chelsea.png';
    const { outputs, log, summary, exitCode } = await runAction(
      {
        images,
        mode: 'upload-only',
        bucket: 'course-images',
        table: '{environment}_results',
        'wait-for-results': '2',
      },
      credentials,
      clock,
    );

    const results = JSON.parse(parseOutputs(outputs).results!);
    expect(results).toMatchObject([
      { path: 'images/chelsea.png', status: 'uploaded' },
      {
        path: 'images/photo.jfif',
        key: 'rekognition-input/beta/images/photo.jfif',
        status: 'skipped',
        labels: [],
        error: REFUSED('images/photo.jfif'),
      },
      { path: 'images/scan', status: 'skipped', labels: [], error: REFUSED('images/scan') },
    ]);
    expect(s3Mock).toHaveReceivedCommandTimes(PutObjectCommand, 1);
    expect(s3Mock).toHaveReceivedCommandWith(PutObjectCommand, {
      Key: 'rekognition-input/beta/images/chelsea.png',
    });
    // Only chelsea.png is read: its cache check, then the wait's rounds.
    const readKeys = new Set(
      ddbMock.commandCalls(GetItemCommand).map((c) => c.args[0].input.Key?.filename?.S),
    );
    expect([...readKeys]).toEqual(['rekognition-input/beta/images/chelsea.png']);
    expect(log).toContain(
      `::warning title=rekognition-label,file=images/photo.jfif::${REFUSED('images/photo.jfif')}`,
    );
    expect(log).toContain(`✖ images/scan: skipped: ${REFUSED('images/scan')}`);
    expect(summary).toContain(
      'which handles only .jpg, .jpeg and .png keys; rename it, or use mode',
    );
    expect(exitCode).toBe(1);

    // The same files in direct mode: labeled by their content.
    stdout.length = 0;
    s3Mock.resetHistory();
    process.exitCode = undefined;
    await writeFile(join(dir, 'output'), '');
    const direct = await runAction({ images, mode: 'direct', bucket: '', table: '' });
    expect(JSON.parse(parseOutputs(direct.outputs).results!)).toMatchObject([
      { path: 'images/chelsea.png', status: 'labeled' },
      { path: 'images/photo.jfif', status: 'labeled', labels: [{ name: 'Cat' }] },
      { path: 'images/scan', status: 'labeled', labels: [{ name: 'Cat' }] },
    ]);
    expect(rekMock).toHaveReceivedCommandTimes(DetectLabelsCommand, 3);
    expect(direct.exitCode).toBeUndefined();
  });

  it('refuses a refused-only run without calling AWS at all', async () => {
    const { outputs, exitCode } = await runAction(
      { images: 'images/photo.jfif', mode: 'upload-only', bucket: 'course-images' },
      noCredentials,
    );
    expect(clientOptions).toEqual([]);
    expect(JSON.parse(parseOutputs(outputs).results!)).toMatchObject([
      { path: 'images/photo.jfif', status: 'skipped', error: REFUSED('images/photo.jfif') },
    ]);
    expect(s3Mock).not.toHaveReceivedAnyCommand();
    expect(exitCode).toBe(1);
  });
});
