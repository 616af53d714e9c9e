import { describe, expect, it } from 'vitest';
import { CONTEXT_KEYS, DEFAULTS } from '../../infra/context-keys.js';
import { fillEnvironment } from '../../src/shared/settings-rules.js';
import { SettingsError, outputName, readSettings } from '../../infra/settings.js';

const read = (context: Record<string, unknown>) => readSettings((key) => context[key]);

function problemsOf(context: Record<string, unknown>): string[] {
  try {
    read(context);
  } catch (error) {
    expect(error).toBeInstanceOf(SettingsError);
    return (error as Error).message.split('\n- ').slice(1);
  }
  throw new Error('expected a SettingsError');
}

describe('readSettings (CDK context)', () => {
  it("defaults to the original design's names", () => {
    expect(read({})).toEqual({
      stackName: 'RekognitionLabel',
      prefix: 'rekognition-input',
      environments: ['beta', 'prod'],
      tableName: '{environment}_results',
      functionName: 'rekognition-{environment}-handler',
      ttlHours: 168,
      minConfidence: 70,
      maxLabels: 10,
      moderationEnvironments: [],
      moderationMinConfidence: 50,
      expireAfterDays: 30,
      logRetentionDays: 14,
      pointInTimeRecovery: false,
      lambdaTimeoutSeconds: 60,
      lambdaMemoryMb: 256,
      maxEventAgeSeconds: 3600,
      removalPolicy: 'retain',
      backfill: [],
    });
    expect(fillEnvironment(DEFAULTS.tableName, 'beta')).toBe('beta_results');
    expect(fillEnvironment(DEFAULTS.functionName, 'prod')).toBe('rekognition-prod-handler');
  });

  it('takes strings from -c key=value and JSON values from cdk.json alike', () => {
    const fromCli = read({
      environments: ' dev , prod ',
      'ttl-hours': '24',
      'point-in-time-recovery': 'true',
      'reserved-concurrency': '3',
    });
    const fromJson = read({
      environments: ['dev', 'prod'],
      'ttl-hours': 24,
      'point-in-time-recovery': true,
      'reserved-concurrency': 3,
    });
    expect(fromCli).toEqual(fromJson);
    expect(fromCli).toMatchObject({
      environments: ['dev', 'prod'],
      ttlHours: 24,
      pointInTimeRecovery: true,
      reservedConcurrency: 3,
    });
  });

  it('takes ttl-hours per environment, from -c and from cdk.json, 0 meaning never', () => {
    const fromCli = read({ 'ttl-hours': 'beta=24, prod=0' });
    expect(fromCli).toMatchObject({ ttlHours: 168, ttlHoursByEnvironment: { beta: 24, prod: 0 } });
    expect(read({ 'ttl-hours': { beta: 24, prod: 0 } }).ttlHoursByEnvironment).toEqual({
      beta: 24,
      prod: 0,
    });
    expect(read({ 'ttl-hours': '0' })).toMatchObject({ ttlHours: 0 });
    expect(problemsOf({ 'ttl-hours': 'beta=-3,staging=1' })).toEqual([
      'ttl-hours for beta is "-3"; expected a number from 0 to 87600.',
      'ttl-hours names "staging", not in environments (beta, prod).',
    ]);
  });

  it('adds GitHub settings only with a repository, with beta for pull requests and prod for main', () => {
    expect(read({}).github).toBeUndefined();
    expect(read({ 'github-repository': 'pixel-learning/teaching-images' }).github).toEqual({
      repository: 'pixel-learning/teaching-images',
      defaultBranch: 'main',
      pullRequestEnvironment: 'beta',
      defaultBranchEnvironment: 'prod',
      actionMode: 'upload-only',
      maxSessionHours: 1,
    });
  });

  it('lists every problem at once, naming the key, the value and what is allowed', () => {
    const problems = problemsOf({
      'stack-name': '9lives',
      prefix: '../up',
      environments: 'beta,Prod,beta',
      'bucket-name': 'My_Bucket',
      'ttl-hours': '-1',
      'min-confidence': '101',
      'max-labels': '10abc',
      'expire-after-days': '-1',
      'log-retention-days': '15',
      'point-in-time-recovery': 'yes',
      'lambda-timeout-seconds': '5',
      'lambda-memory-mb': '64',
      'max-event-age-seconds': '30',
      'reserved-concurrency': '0',
      'removal-policy': 'snapshot',
    });
    expect(problems).toEqual([
      'stack-name is "9lives"; expected a letter, then up to 127 letters, digits and "-".',
      'prefix is "../up"; expected a key prefix such as "rekognition-input": letters, digits, "!_.*\'()-" and "/" between parts.',
      'environments holds "Prod"; expected 1-32 lowercase letters, digits and "-", starting and ending with a letter or digit.',
      'environments names beta more than once (stack outputs ignore "-").',
      'bucket-name is "My_Bucket"; expected 3–63 characters of a-z, 0-9 and "-", starting and ending with a letter or digit.',
      'log-retention-days is 15; CloudWatch Logs accepts 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653.',
      'removal-policy is "snapshot"; expected "retain" or "destroy".',
      'ttl-hours is "-1"; expected a number from 0 to 87600.',
      'min-confidence is "101"; expected a number from 0 to 100.',
      'max-labels is "10abc"; expected a whole number from 1 to 1000.',
      'expire-after-days is "-1"; expected a whole number from 1 to 3650.',
      'point-in-time-recovery is "yes"; expected true or false.',
      'lambda-timeout-seconds is "5"; expected a whole number from 10 to 900.',
      'lambda-memory-mb is "64"; expected a whole number from 128 to 10240.',
      'max-event-age-seconds is "30"; expected a whole number from 60 to 21600.',
      'reserved-concurrency is "0"; expected a whole number from 1 to 1000.',
    ]);
  });

  it.each(['-', 'qa-', '-prod'])(
    'refuses environment %j, which does not start and end with a letter or digit',
    (environment) => {
      expect(problemsOf({ environments: `beta,${environment}` })).toEqual([
        `environments holds "${environment}"; expected 1-32 lowercase letters, digits and "-", starting and ending with a letter or digit.`,
      ]);
    },
  );

  it.each([
    ['amzn-s3-demo-images', 'S3 reserves the prefix "amzn-s3-demo-"; choose another name'],
    [
      'images--table-s3',
      'S3 reserves the suffix "--table-s3" for table buckets; choose another name',
    ],
    ['images--x-s3', 'S3 reserves the suffix "--x-s3" for directory buckets; choose another name'],
  ])("refuses bucket-name %j by S3's naming rules", (bucketName, why) => {
    expect(problemsOf({ 'bucket-name': bucketName })).toEqual([
      `bucket-name is ${JSON.stringify(bucketName)}; ${why}.`,
    ]);
  });

  it('refuses a "*" in the prefix, which IAM would read as a wildcard across environments', () => {
    expect(problemsOf({ prefix: 'img*' })).toEqual([
      'prefix is "img*"; "*" is a wildcard in IAM policies and would let one environment\'s roles reach another\'s keys.',
    ]);
  });

  it('takes an e-mail address for the alarms, and only that', () => {
    expect(read({ 'alarm-email': 'ops@pixel-learning.example' }).alarmEmail).toBe(
      'ops@pixel-learning.example',
    );
    expect(problemsOf({ 'alarm-email': 'ops' })).toEqual([
      'alarm-email is "ops"; expected an e-mail address.',
    ]);
  });

  it('needs {environment} in the names when there are several environments', () => {
    expect(problemsOf({ 'table-name': 'results', 'function-name': 'labeler' })).toEqual([
      'table-name is "results"; it needs {environment} so each environment gets its own.',
      'function-name is "labeler"; it needs {environment} so each environment gets its own.',
    ]);
    expect(read({ environments: 'prod', 'table-name': 'results' }).tableName).toBe('results');
  });

  it("leaves room in the names for the label index's table and function", () => {
    // 59 characters: a valid labeler name, but its consumer's, with "-index", would be 65.
    const long = `labeler-${'x'.repeat(46)}-{environment}`;
    expect(problemsOf({ 'function-name': long })).toEqual([
      `function-name gives "${fillEnvironment(long, 'beta')}-index", "${fillEnvironment(long, 'prod')}-index" for the label index's function; not a function name (1–64 of A-Z, a-z, 0-9, "-", "_").`,
    ]);
    // One character shorter fits: 58 + 6 = 64.
    const fits = `labeler-${'x'.repeat(45)}-{environment}`;
    expect(fillEnvironment(fits, 'prod')).toHaveLength(58);
    expect(read({ 'function-name': fits }).functionName).toBe(fits);
    // 250 characters: the index table's would be 257, over DynamoDB's 255.
    const table = `${'t'.repeat(245)}-{environment}`;
    expect(problemsOf({ 'table-name': table })).toEqual([
      `table-name gives "${fillEnvironment(table, 'beta')}-labels", "${fillEnvironment(table, 'prod')}-labels" for the label index's table; not a table name.`,
    ]);
    // A name that is wrong by itself is named once, without its derived names.
    expect(problemsOf({ 'function-name': 'bad name {environment}' })).toEqual([
      'function-name gives "bad name beta", "bad name prod"; not a function name (1–64 of A-Z, a-z, 0-9, "-", "_").',
    ]);
  });

  it('checks the compared environment of pull requests: known, and not their own', () => {
    const base = { 'github-repository': 'pixel-learning/teaching-images' };
    expect(problemsOf({ ...base, 'github-pull-request-compare-environment': 'staging' })).toEqual([
      'github-pull-request-compare-environment is "staging", which is not one of environments (beta, prod).',
    ]);
    expect(problemsOf({ ...base, 'github-pull-request-compare-environment': 'beta' })).toEqual([
      'github-pull-request-compare-environment is "beta", the environment pull requests write; name the one they are compared with, such as "prod".',
    ]);
    expect(
      read({ ...base, 'github-pull-request-compare-environment': 'prod' }).github
        ?.pullRequestCompareEnvironment,
    ).toBe('prod');
    expect(read(base).github?.pullRequestCompareEnvironment).toBeUndefined();
  });

  it('checks the GitHub settings: repository, branch, provider ARN, environments, mode', () => {
    expect(
      problemsOf({
        'github-repository': 'not a repo',
        'github-default-branch': 'feature//x',
        'github-oidc-provider-arn': 'arn:aws:iam::123:oidc-provider/example.com',
        'github-pull-request-environment': 'preview',
        'github-action-mode': 'both',
        'github-max-session-hours': '13',
      }),
    ).toEqual([
      'github-repository is "not a repo"; expected "owner/name".',
      'github-default-branch is "feature//x"; expected a branch name such as "main".',
      'github-oidc-provider-arn is "arn:aws:iam::123:oidc-provider/example.com"; expected arn:aws:iam::ACCOUNT:oidc-provider/token.actions.githubusercontent.com.',
      'github-pull-request-environment is "preview", which is not one of environments (beta, prod).',
      'github-action-mode is "both"; expected "upload-only" or "direct".',
      'github-max-session-hours is "13"; expected a whole number from 1 to 12.',
    ]);
    expect(
      problemsOf({
        'github-oidc-provider-arn':
          'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com',
      }),
    ).toEqual([
      'github-oidc-provider-arn is set without github-repository; the roles need the repository to trust.',
    ]);
  });

  it('rejects a value of the wrong JSON type', () => {
    expect(problemsOf({ prefix: 42, environments: { beta: true } })).toEqual([
      'prefix is 42; expected a string.',
      'environments is {"beta":true}; expected a list such as "beta,prod".',
    ]);
  });

  it('names stack outputs per environment without collisions', () => {
    expect(outputName('pr-preview')).toBe('PrPreview');
    expect(problemsOf({ environments: 'a-1,a1' })).toEqual([
      'environments names a1 more than once (stack outputs ignore "-").',
    ]);
  });

  describe('backfill', () => {
    it('takes buckets and bucket/prefix/ locations, from -c and from cdk.json alike', () => {
      const expected = [
        { bucket: 'course-library', prefix: '' },
        { bucket: 'old-uploads', prefix: 'images/' },
        { bucket: 'media.example.org', prefix: '2019/raw/' },
      ];
      expect(
        read({ backfill: ' course-library , old-uploads/images/,media.example.org/2019/raw/' })
          .backfill,
      ).toEqual(expected);
      expect(
        read({ backfill: ['course-library', 'old-uploads/images/', 'media.example.org/2019/raw/'] })
          .backfill,
      ).toEqual(expected);
    });

    it('reads a prefix as a folder, however its slashes are written', () => {
      expect(read({ backfill: 'old-uploads/images,b1b/' }).backfill).toEqual([
        { bucket: 'old-uploads', prefix: 'images/' },
        { bucket: 'b1b', prefix: '' },
      ]);
      expect(read({ backfill: 'old-uploads//images//' }).backfill).toEqual([
        { bucket: 'old-uploads', prefix: 'images/' },
      ]);
    });

    it('is empty when absent or blank', () => {
      expect(read({}).backfill).toEqual([]);
      expect(read({ backfill: '' }).backfill).toEqual([]);
      expect(read({ backfill: ' , ' }).backfill).toEqual([]);
      expect(read({ backfill: [] }).backfill).toEqual([]);
    });

    it('may name the images bucket itself', () => {
      expect(
        read({
          'bucket-name': 'pixel-learning-rekognition-10182025',
          backfill: 'pixel-learning-rekognition-10182025/archive/',
        }).backfill,
      ).toEqual([{ bucket: 'pixel-learning-rekognition-10182025', prefix: 'archive/' }]);
    });

    it("refuses bucket names S3 would refuse, by S3's rules, naming the location", () => {
      expect(
        problemsOf({
          backfill: 'My_Bucket,amzn-s3-demo-images/x/,a..b,192.168.1.10,/images/,ok-bucket',
        }),
      ).toEqual([
        'backfill holds "My_Bucket"; bucket "My_Bucket": expected an S3 bucket name: 3-63 lowercase letters, digits, "." and "-", starting and ending with a letter or digit (a name, not an s3:// URL).',
        'backfill holds "amzn-s3-demo-images/x/"; bucket "amzn-s3-demo-images": S3 reserves the prefix "amzn-s3-demo-"; choose another name.',
        'backfill holds "a..b"; bucket "a..b": a bucket name must not contain two adjacent periods.',
        'backfill holds "192.168.1.10"; bucket "192.168.1.10": a bucket name must not be formatted as an IP address.',
        'backfill holds "/images/"; bucket "": expected an S3 bucket name: 3-63 lowercase letters, digits, "." and "-", starting and ending with a letter or digit (a name, not an s3:// URL).',
      ]);
    });

    it('refuses a URL, a bad prefix, a "*" and a location named twice', () => {
      expect(
        problemsOf({
          backfill:
            's3://course-library/images/,old-uploads/a b/,old-uploads/../up/,old-uploads/img*/,course-library,course-library/',
        }),
      ).toEqual([
        'backfill holds "s3://course-library/images/"; write "bucket" or "bucket/prefix/", without the URL scheme.',
        'backfill holds "old-uploads/a b/"; its prefix: expected a key prefix such as "rekognition-input": letters, digits, "!_.*\'()-" and "/" between parts.',
        'backfill holds "old-uploads/../up/"; its prefix: expected a key prefix such as "rekognition-input": letters, digits, "!_.*\'()-" and "/" between parts.',
        'backfill holds "old-uploads/img*/"; "*" is a wildcard in IAM policies and would open more keys than the prefix names.',
        'backfill names "course-library" more than once.',
      ]);
      expect(problemsOf({ backfill: 42 })).toEqual([
        'backfill is 42; expected a list such as "beta,prod".',
      ]);
    });

    it("keeps the labelers' prefix out of rekognition-backfill/, where the job's files go", () => {
      const why =
        'with backfill, the job\'s manifests and reports go under "rekognition-backfill/", which the functions must not be notified of: choose another prefix.';
      expect(problemsOf({ prefix: 'rekognition-backfill', backfill: 'b1b' })).toEqual([
        `prefix is "rekognition-backfill"; ${why}`,
      ]);
      expect(problemsOf({ prefix: 'rekognition-backfill/in/', backfill: 'b1b' })).toEqual([
        `prefix is "rekognition-backfill/in"; ${why}`,
      ]);
      // Only with backfill, and only that folder.
      expect(read({ prefix: 'rekognition-backfill' }).prefix).toBe('rekognition-backfill');
      expect(read({ prefix: 'rekognition-backfill-in', backfill: 'b1b' }).prefix).toBe(
        'rekognition-backfill-in',
      );
    });

    it('leaves room in the function names for the backfill role, at most 64 characters', () => {
      // 56 characters: the index function's name fits (62), the backfill role's (65) does not.
      const long = `labeler-${'x'.repeat(43)}-{environment}`;
      expect(fillEnvironment(long, 'beta')).toHaveLength(56);
      expect(read({ 'function-name': long }).functionName).toBe(long);
      expect(problemsOf({ 'function-name': long, backfill: 'b1b' })).toEqual([
        `function-name gives "${fillEnvironment(long, 'beta')}-backfill", "${fillEnvironment(long, 'prod')}-backfill" for the backfill role; IAM role names have at most 64 characters.`,
      ]);
      const fits = `labeler-${'x'.repeat(42)}-{environment}`;
      expect(`${fillEnvironment(fits, 'prod')}-backfill`).toHaveLength(64);
      expect(read({ 'function-name': fits, backfill: 'b1b' }).backfill).toHaveLength(1);
    });
  });

  it('documents every key in docs/deploy.md, with its default', async () => {
    const { readFile } = await import('node:fs/promises');
    const doc = await readFile(new URL('../../docs/deploy.md', import.meta.url), 'utf8');
    const rows = new Map(
      [...doc.matchAll(/^\| `([a-z-]+)` +\| ([^|]+?) +\|/gm)].map(([, key, value]) => [
        key!,
        value!,
      ]),
    );
    const defaults = read({}) as unknown as Record<string, unknown>;
    const github = read({ 'github-repository': 'o/r' }).github as unknown as Record<
      string,
      unknown
    >;
    const documented = (value: unknown) =>
      Array.isArray(value)
        ? value.length > 0
          ? `\`${value.join(',')}\``
          : 'none'
        : `\`${String(value)}\``;
    for (const [name, key] of Object.entries(CONTEXT_KEYS)) {
      expect(rows.has(key), key).toBe(true);
      const plain = name in defaults ? defaults[name] : undefined;
      const githubName = name.replace(/^github(.)/, (_, c: string) => c.toLowerCase());
      const value = plain ?? (name.startsWith('github') ? github[githubName] : undefined);
      if (value !== undefined && key !== CONTEXT_KEYS.githubRepository) {
        expect(rows.get(key), key).toBe(documented(value));
      }
    }
  });
});
