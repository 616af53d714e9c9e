import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/action/user-error.js';
import { DEFAULTS, INPUT, getInputs, type Inputs } from '../../src/action/inputs.js';
import { fillEnvironment } from '../../src/shared/settings-rules.js';
import { readRunContext } from '../../src/action/run-context.js';

const REGION_ENV = { AWS_REGION: 'us-east-1' };

/** A reader over a name -> value map; unknown names read as '' (as @actions/core does). */
function reader(values: Record<string, string> = {}): (name: string) => string {
  return (name) => values[name] ?? '';
}

function parse(values: Record<string, string>, env: NodeJS.ProcessEnv = REGION_ENV): Inputs {
  return getInputs(reader(values), env);
}

/** The UserError thrown for these inputs, split into one problem per line. */
function problems(values: Record<string, string>, env: NodeJS.ProcessEnv = REGION_ENV): string[] {
  let thrown: unknown;
  try {
    getInputs(reader(values), env);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(UserError);
  return (thrown as UserError).message.split('\n');
}

/** `inputs:` keys of action.yml, each with its `default:` value. */
function actionYmlInputs(): Map<string, string | undefined> {
  const yml = readFileSync(new URL('../../action.yml', import.meta.url), 'utf8');
  const block = /^inputs:\r?\n([\s\S]*?)^\S/m.exec(yml)?.[1];
  if (block === undefined) throw new Error('action.yml has no inputs: block');
  const result = new Map<string, string | undefined>();
  for (const match of block.matchAll(/^ {2}([A-Za-z0-9_-]+):\s*\r?\n((?: {4}.*\r?\n?)*)/gm)) {
    const body = match[2] ?? '';
    const quoted = /^ {4}default:\s*'((?:[^']|'')*)'\s*$/m.exec(body)?.[1];
    const plain = /^ {4}default:\s*(.*?)\s*$/m.exec(body)?.[1];
    result.set(match[1]!, quoted !== undefined ? quoted.replace(/''/g, "'") : plain);
  }
  return result;
}

describe('getInputs defaults', () => {
  it('uses every default when all inputs read as empty', () => {
    expect(getInputs(() => '', REGION_ENV)).toEqual({
      images: '**/*.{jpg,jpeg,png}',
      mode: 'direct',
      environment: 'auto',
      minConfidence: 70,
      maxLabels: 10,
      region: 'us-east-1',
      bucket: '',
      prefix: 'rekognition-input',
      tableTemplate: '',
      resolvedEnvironment: {
        name: 'beta',
        reason:
          'auto: the "unknown" event does not name the default branch; set `environment` to choose',
      },
      table: '',
      ttlHours: 168,
      concurrency: 256,
      concurrencyAuto: true,
      ifNoFilesFound: 'warn',
      failOnError: true,
      waitForResults: 0,
      moderation: 'off',
      moderationMinConfidence: 50,
      moderationPolicy: { path: '.github/rekognition-label.yml', explicit: false },
      moderationAdapterArn: '',
      githubToken: '',
      onlyChanged: false,
      compareEnvironment: '',
      compareTable: '',
      comment: 'off',
      commentKey: 'default',
      thumbnails: true,
      ifNoCredentials: 'error',
      reuseEnvironment: '',
      reuseTable: '',
    } satisfies Inputs);
  });

  it('treats whitespace-only values as empty and trims the others', () => {
    const inputs = parse({ 'max-labels': '  20 ', mode: '   ', 'min-confidence': '\t55.5\n' });
    expect(inputs.maxLabels).toBe(20);
    expect(inputs.mode).toBe('direct');
    expect(inputs.minConfidence).toBe(55.5);
  });

  it('reads each input exactly once by its action.yml name', () => {
    const calls: string[] = [];
    getInputs((name) => {
      calls.push(name);
      return '';
    }, REGION_ENV);
    expect([...calls].sort()).toEqual(Object.values(INPUT).sort());
  });

  it('INPUT names are exactly the inputs declared in action.yml', () => {
    const declared = [...actionYmlInputs().keys()].sort();
    expect(declared.length).toBeGreaterThan(0);
    expect(declared).toEqual(Object.values(INPUT).sort());
  });

  it('DEFAULTS mirror every default in action.yml', () => {
    const declared = actionYmlInputs();
    const fromYml = Object.fromEntries(
      (Object.keys(INPUT) as (keyof typeof INPUT)[]).map((key) => [key, declared.get(INPUT[key])]),
    );
    // The token's default is an expression the runner fills; run by hand there is none.
    expect(fromYml).toEqual({ ...DEFAULTS, githubToken: '${{ github.token }}' });
  });
});

describe('getInputs numbers', () => {
  it.each([
    ['10abc', 'a whole number from 1 to 1000'],
    ['0', 'a whole number from 1 to 1000'],
    ['1001', 'a whole number from 1 to 1000'],
    ['1.5', 'a whole number from 1 to 1000'],
    ['-1', 'a whole number from 1 to 1000'],
    ['1e2', 'a whole number from 1 to 1000'],
  ])('rejects max-labels %j', (value, expected) => {
    expect(problems({ 'max-labels': value })).toEqual([
      `Input \`max-labels\` is ${JSON.stringify(value)}; expected ${expected}.`,
    ]);
  });

  it.each([
    ['1', 1],
    ['1000', 1000],
    ['010', 10],
  ])('accepts max-labels %j as %d', (value, expected) => {
    expect(parse({ 'max-labels': value }).maxLabels).toBe(expected);
  });

  it.each(['-1', '101', 'abc', '100.01', '.5', '5.'])('rejects min-confidence %j', (value) => {
    expect(problems({ 'min-confidence': value })).toEqual([
      `Input \`min-confidence\` is ${JSON.stringify(value)}; expected a number from 0 to 100.`,
    ]);
  });

  it.each([
    ['55.5', 55.5],
    ['0', 0],
    ['100', 100],
  ])('accepts min-confidence %j as %d', (value, expected) => {
    expect(parse({ 'min-confidence': value }).minConfidence).toBe(expected);
  });

  it.each(['x', '-2', '87601', '-0.5'])('rejects ttl-hours %j', (value) => {
    expect(problems({ 'ttl-hours': value })).toEqual([
      `Input \`ttl-hours\` is ${JSON.stringify(value)}; expected a number from 0 to 87600.`,
    ]);
  });

  it('takes ttl-hours 0: items that never expire', () => {
    expect(parse({ 'ttl-hours': '0' }).ttlHours).toBe(0);
  });

  it.each([
    ['0.5', 0.5],
    ['87600', 87600],
    ['24', 24],
  ])('accepts ttl-hours %j as %d', (value, expected) => {
    expect(parse({ 'ttl-hours': value }).ttlHours).toBe(expected);
  });

  it.each(['0', '257', '2.5', 'ten', 'Auto'])('rejects concurrency %j', (value) => {
    expect(problems({ concurrency: value })).toEqual([
      `Input \`concurrency\` is ${JSON.stringify(value)}; expected auto, or a whole number from 1 to 256.`,
    ]);
  });

  it.each([
    ['1', 1],
    ['100', 100],
    ['256', 256],
  ])('accepts concurrency %j as a fixed ceiling of %d', (value, expected) => {
    expect(parse({ concurrency: value })).toMatchObject({
      concurrency: expected,
      concurrencyAuto: false,
    });
  });

  it('finds its own level by default (auto), under a ceiling of 256', () => {
    expect(parse({})).toMatchObject({ concurrency: 256, concurrencyAuto: true });
    expect(parse({ concurrency: 'auto' })).toMatchObject({ concurrencyAuto: true });
  });
});

describe('getInputs choices', () => {
  it.each(['Direct', 'upload', 'UPLOAD-ONLY'])('rejects mode %j', (value) => {
    expect(problems({ mode: value })).toEqual([
      `Input \`mode\` is ${JSON.stringify(value)}; allowed: "direct", "upload-only".`,
    ]);
  });

  it.each(['Prod', 'a_b', 'a'.repeat(33), 'pr 1', 'beta/prod'])(
    'rejects environment %j',
    (value) => {
      expect(problems({ environment: value })).toEqual([
        `Input \`environment\` is ${JSON.stringify(value)}; expected "auto" or a name of 1-32 lowercase letters, digits and "-", starting and ending with a letter or digit, such as "beta" or "prod".`,
      ]);
    },
  );

  it.each(['-', '--', '-beta', 'beta-', `-${'a'.repeat(30)}`])(
    'rejects environment %j, which does not start and end with a letter or digit',
    (value) => {
      expect(problems({ environment: value })).toEqual([
        `Input \`environment\` is ${JSON.stringify(value)}; expected "auto" or a name of 1-32 lowercase letters, digits and "-", starting and ending with a letter or digit, such as "beta" or "prod".`,
      ]);
    },
  );

  it.each(['auto', 'beta', 'prod', 'pr-123', 'x', '7', 'a--b', 'a'.repeat(32)])(
    'accepts environment %j',
    (value) => {
      expect(parse({ environment: value }).environment).toBe(value);
    },
  );

  it.each(['warn', 'error', 'ignore'] as const)('accepts if-no-files-found %j', (value) => {
    expect(parse({ 'if-no-files-found': value }).ifNoFilesFound).toBe(value);
  });

  it.each(['fail', 'Warn', 'none'])('rejects if-no-files-found %j', (value) => {
    expect(problems({ 'if-no-files-found': value })).toEqual([
      `Input \`if-no-files-found\` is ${JSON.stringify(value)}; allowed: "warn", "error", "ignore".`,
    ]);
  });

  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
  ])('reads fail-on-error %j as %s', (value, expected) => {
    expect(parse({ 'fail-on-error': value }).failOnError).toBe(expected);
  });

  it.each(['yes', 'no', '1', 'tRuE'])('rejects fail-on-error %j', (value) => {
    expect(problems({ 'fail-on-error': value })).toEqual([
      `Input \`fail-on-error\` is ${JSON.stringify(value)}; expected true or false.`,
    ]);
  });
});

describe('getInputs problems', () => {
  it('reports several problems together, in input order, as one UserError', () => {
    let thrown: unknown;
    try {
      getInputs(
        reader({ 'fail-on-error': 'yes', 'max-labels': '0', mode: 'Direct', prefix: '../x' }),
        REGION_ENV,
      );
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UserError);
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).name).toBe('UserError');
    expect((thrown as Error).message.split('\n')).toEqual([
      'Input `mode` is "Direct"; allowed: "direct", "upload-only".',
      'Input `max-labels` is "0"; expected a whole number from 1 to 1000.',
      'Input `prefix` is "../x"; expected a key prefix such as "rekognition-input": letters, digits, "!_.*\'()-" and "/" between parts.',
      'Input `fail-on-error` is "yes"; expected true or false.',
    ]);
  });

  it('reports a missing region together with other problems', () => {
    expect(problems({ concurrency: '0' }, {})).toEqual([
      'No AWS region: set the `aws-region` input, or AWS_REGION (aws-actions/configure-aws-credentials sets it from its `aws-region`).',
      'Input `concurrency` is "0"; expected auto, or a whole number from 1 to 256.',
    ]);
  });
});

describe('getInputs region', () => {
  it('prefers the input over AWS_REGION and AWS_DEFAULT_REGION', () => {
    const env = { AWS_REGION: 'us-east-1', AWS_DEFAULT_REGION: 'us-west-2' };
    expect(parse({ 'aws-region': 'eu-west-1' }, env).region).toBe('eu-west-1');
  });

  it('falls back to AWS_REGION, then AWS_DEFAULT_REGION', () => {
    expect(parse({}, { AWS_REGION: 'us-east-1', AWS_DEFAULT_REGION: 'us-west-2' }).region).toBe(
      'us-east-1',
    );
    expect(parse({}, { AWS_DEFAULT_REGION: 'us-west-2' }).region).toBe('us-west-2');
    expect(parse({}, { AWS_REGION: '', AWS_DEFAULT_REGION: 'ap-southeast-2' }).region).toBe(
      'ap-southeast-2',
    );
  });

  it('does not read process.env unless it is passed', () => {
    const saved = process.env.AWS_REGION;
    process.env.AWS_REGION = 'eu-central-1';
    try {
      expect(problems({}, {})[0]).toMatch(/^No AWS region: set the `aws-region` input/);
    } finally {
      if (saved === undefined) delete process.env.AWS_REGION;
      else process.env.AWS_REGION = saved;
    }
  });

  it('names the aws-region input when no region is set anywhere', () => {
    expect(problems({}, {})).toEqual([
      'No AWS region: set the `aws-region` input, or AWS_REGION (aws-actions/configure-aws-credentials sets it from its `aws-region`).',
    ]);
  });

  it.each(['us-gov-west-1', 'cn-north-1', 'eu-central-2', 'ap-southeast-5'])(
    'accepts region %j',
    (value) => {
      expect(parse({ 'aws-region': value }, {}).region).toBe(value);
    },
  );

  it.each(['US-EAST-1', 'us-east', 'useast1', 'us-east-1a'])('rejects region %j', (value) => {
    expect(problems({ 'aws-region': value }, {})).toEqual([
      `Input \`aws-region\` is ${JSON.stringify(value)}; expected a region code such as "us-east-1".`,
    ]);
  });

  it('validates a region that came from AWS_REGION under the aws-region name', () => {
    expect(problems({}, { AWS_REGION: 'Frankfurt' })).toEqual([
      'Input `aws-region` is "Frankfurt" (from AWS_REGION); expected a region code such as "us-east-1".',
    ]);
  });

  it.each(['eusc-de-east-1', 'us-isob-east-1', 'us-iso-west-1', 'eu-isoe-west-1'])(
    'accepts partition region %j',
    (value) => {
      expect(parse({ 'aws-region': value }, {}).region).toBe(value);
    },
  );

  it.each([
    ['us-esat-1', 'did you mean us-east-1?'],
    ['eu-wset-1', 'did you mean eu-west-1?'],
    ['us-east-3', 'did you mean us-east-1 or us-east-2?'],
    ['us-gov-wets-1', 'did you mean us-gov-west-1?'],
    ['ap-southeast-12', 'did you mean ap-southeast-1 or ap-southeast-2?'],
  ])('rejects %j, a region the SDK does not know, suggesting the nearest', (value, guess) => {
    expect(problems({ 'aws-region': value }, {})).toEqual([
      `Input \`aws-region\` is ${JSON.stringify(value)}; it is not a known AWS region; ${guess} (a region launched after this release of the action needs a newer release).`,
    ]);
  });

  it('rejects an unknown region far from any known one without a guess', () => {
    expect(problems({ 'aws-region': 'xx-nowhere-1' }, {})).toEqual([
      'Input `aws-region` is "xx-nowhere-1"; it is not a known AWS region (a region launched after this release of the action needs a newer release).',
    ]);
  });

  it('checks a region from AWS_REGION or AWS_DEFAULT_REGION the same way, naming where it came from', () => {
    expect(problems({}, { AWS_REGION: 'us-esat-1' })[0]).toMatch(
      /^Input `aws-region` is "us-esat-1" \(from AWS_REGION\); it is not a known AWS region; did you mean us-east-1\?/,
    );
    expect(problems({}, { AWS_DEFAULT_REGION: 'us-wst-2' })[0]).toMatch(
      /^Input `aws-region` is "us-wst-2" \(from AWS_DEFAULT_REGION\); it is not a known AWS region; did you mean us-west-2\?/,
    );
  });
});

describe('getInputs bucket', () => {
  it('requires a bucket in upload-only mode', () => {
    expect(problems({ mode: 'upload-only' })).toEqual([
      'Input `bucket` is required when `mode` is "upload-only": the Lambda reads the images from that bucket.',
    ]);
  });

  it('accepts upload-only with a bucket', () => {
    const inputs = parse({ mode: 'upload-only', bucket: 'my-images.bucket-1' });
    expect(inputs.mode).toBe('upload-only');
    expect(inputs.bucket).toBe('my-images.bucket-1');
  });

  it.each(['s3://x', 's3://my-bucket', 'My-Bucket', 'ab', '-bucket', 'bucket.', 'a'.repeat(64)])(
    'rejects bucket %j',
    (value) => {
      expect(problems({ bucket: value })).toEqual([
        `Input \`bucket\` is ${JSON.stringify(value)}; expected an S3 bucket name: 3-63 lowercase letters, digits, "." and "-", starting and ending with a letter or digit (a name, not an s3:// URL).`,
      ]);
    },
  );

  it.each([
    ['my..bucket', 'a bucket name must not contain two adjacent periods'],
    ['192.168.1.1', 'a bucket name must not be formatted as an IP address'],
    ['10.0.0.255', 'a bucket name must not be formatted as an IP address'],
    [
      'a.-b',
      'a bucket name must not have a period next to a hyphen ("a.-b", "a-.b"): each part between periods starts and ends with a letter or digit',
    ],
    [
      'a-.b',
      'a bucket name must not have a period next to a hyphen ("a.-b", "a-.b"): each part between periods starts and ends with a letter or digit',
    ],
    ['xn--abc', 'S3 reserves the prefix "xn--"; choose another name'],
    ['sthree-x', 'S3 reserves the prefix "sthree-"; choose another name'],
    ['sthree-configurator', 'S3 reserves the prefix "sthree-"; choose another name'],
    ['amzn-s3-demo-bucket', 'S3 reserves the prefix "amzn-s3-demo-"; choose another name'],
    [
      'abc-s3alias',
      'S3 reserves the suffix "-s3alias" for access point aliases; choose another name',
    ],
    [
      'abc--ol-s3',
      'S3 reserves the suffix "--ol-s3" for Object Lambda access point aliases; choose another name',
    ],
    [
      'abc.mrap',
      'S3 reserves the suffix ".mrap" for Multi-Region Access Points; choose another name',
    ],
    ['abc--x-s3', 'S3 reserves the suffix "--x-s3" for directory buckets; choose another name'],
    ['abc--table-s3', 'S3 reserves the suffix "--table-s3" for table buckets; choose another name'],
  ])("rejects bucket %j by S3's naming rules", (value, why) => {
    expect(problems({ bucket: value })).toEqual([
      `Input \`bucket\` is ${JSON.stringify(value)}; ${why}.`,
    ]);
  });

  it('accepts a 63-character bucket name', () => {
    expect(parse({ bucket: 'a'.repeat(63) }).bucket).toBe('a'.repeat(63));
  });
});

describe('getInputs table', () => {
  it('keeps {environment} in the template and fills it later', () => {
    const inputs = parse({ table: '{environment}_results' });
    expect(inputs.tableTemplate).toBe('{environment}_results');
    expect(fillEnvironment(inputs.tableTemplate, 'prod')).toBe('prod_results');
    expect(fillEnvironment('{environment}-labels-{environment}', 'beta')).toBe('beta-labels-beta');
    expect(fillEnvironment('plain-table', 'beta')).toBe('plain-table');
  });

  it('rejects an unknown placeholder, naming it', () => {
    expect(problems({ table: '{env}_x' })).toEqual([
      'Input `table` is "{env}_x"; unknown placeholder {env}; only {environment} is replaced.',
    ]);
  });

  it.each(['ab', 'my table', 'labels/prod', 'a'.repeat(256)])('rejects table %j', (value) => {
    expect(problems({ table: value })).toEqual([
      `Input \`table\` is ${JSON.stringify(value)}; expected a DynamoDB table name (3-255 of A-Z a-z 0-9 _ . -), optionally with {environment}.`,
    ]);
  });

  it('accepts a plain table name', () => {
    expect(parse({ table: 'Image_Labels.v2-prod' }).tableTemplate).toBe('Image_Labels.v2-prod');
  });

  it('checks the table name with the environment the run resolves to, naming both', () => {
    expect(problems({ table: '{environment}', environment: 'ab' })).toEqual([
      'Input `table` is "{environment}", which names table "ab" for environment "ab" (set by the `environment` input); expected a DynamoDB table name (3-255 of A-Z a-z 0-9 _ . -).',
    ]);
  });

  it('resolves `auto` before checking the table: prod on a push to the default branch', () => {
    const env = { ...REGION_ENV, GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main' };
    const context = readRunContext(env, { repository: { default_branch: 'main' } });
    const inputs = getInputs(reader({ table: '{environment}_results' }), env, context);
    expect(inputs.resolvedEnvironment).toEqual({
      name: 'prod',
      reason: 'auto: refs/heads/main is the default branch',
    });
    expect(inputs.table).toBe('prod_results');
  });

  it('does not check the table against an environment that is itself invalid', () => {
    expect(problems({ table: '{environment}', environment: 'A' })).toEqual([
      'Input `environment` is "A"; expected "auto" or a name of 1-32 lowercase letters, digits and "-", starting and ending with a letter or digit, such as "beta" or "prod".',
    ]);
  });
});

describe('getInputs images', () => {
  it.each([
    ['**/*.{png', 'a `{` has no matching `}` (write `[{]` to match a literal `{`)'],
    ['**/*.{png,jpg}}', 'a `}` has no matching `{` (write `[}]` to match a literal `}`)'],
    ['images/*.[jp', 'a `[` has no matching `]` (write `[[]` to match a literal `[`)'],
    ['images/*.png]', 'a `]` has no matching `[` (write `[]]` to match a literal `]`)'],
    ['!vendor/{a,b/**', 'a `{` has no matching `}` (write `[{]` to match a literal `{`)'],
  ])('rejects the unbalanced pattern %j, naming it', (pattern, why) => {
    const line = pattern.startsWith('!') ? 2 : 1;
    const input = pattern.startsWith('!') ? `**/*.png\n${pattern}` : pattern;
    expect(problems({ images: input })).toEqual([
      `Input \`images\`: Invalid glob on line ${line} ("${pattern}"): ${why}. Globs are relative to the workspace (GITHUB_WORKSPACE).`,
    ]);
  });
});

describe('getInputs prefix', () => {
  it.each([
    ['/rekognition-input/', 'rekognition-input'],
    ['//a/b//', 'a/b'],
    ["team_1/(raw)!*'.x", "team_1/(raw)!*'.x"],
  ])('normalises prefix %j to %j', (value, expected) => {
    expect(parse({ prefix: value }).prefix).toBe(expected);
  });

  it.each(['../x', 'a/../b', './a', 'a//b', '/', 'a b', 'a/%2e'])('rejects prefix %j', (value) => {
    expect(problems({ prefix: value })).toEqual([
      `Input \`prefix\` is ${JSON.stringify(value)}; expected a key prefix such as "rekognition-input": letters, digits, "!_.*'()-" and "/" between parts.`,
    ]);
  });
});

describe('getInputs images', () => {
  it('keeps the raw glob lines', () => {
    const images = 'photos/**/*.png\n!photos/private/**';
    expect(parse({ images }).images).toBe(images);
  });

  it('rejects a glob that leaves the workspace, naming the images input and the line', () => {
    const list = problems({ images: '../x' });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatch(/^Input `images`: /);
    expect(list[0]).toContain('line 1');
    expect(list[0]).toContain('"../x"');
    expect(list[0]).toContain('`..`');
  });

  it('rejects an images input with only excludes', () => {
    const list = problems({ images: '!a/**' });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatch(/^Input `images`: .*no include pattern/);
  });
});

describe('getInputs wait-for-results', () => {
  const upload = { mode: 'upload-only', bucket: 'images-bucket', table: '{environment}_results' };
  const limit =
    'expected a whole number of seconds from 0 to 3600: at most an hour, because the AWS session from configure-aws-credentials lasts an hour by default and the runner is billed while it waits';

  it.each([
    ['0', 0],
    ['30', 30],
    ['3600', 3600],
    ['0120', 120],
    [' 45 ', 45],
  ])('accepts %j as %d seconds', (value, expected) => {
    expect(parse({ ...upload, 'wait-for-results': value }).waitForResults).toBe(expected);
  });

  it.each(['-1', '3601', '1.5', '30s', '1e3', 'abc', '0x10', '99999999999999999999'])(
    'rejects %j, explaining the limit',
    (value) => {
      expect(problems({ ...upload, 'wait-for-results': value })).toEqual([
        `Input \`wait-for-results\` is ${JSON.stringify(value)}; ${limit}.`,
      ]);
    },
  );

  it('needs a table in upload-only mode, naming both inputs', () => {
    expect(
      problems({ mode: 'upload-only', bucket: 'images-bucket', 'wait-for-results': '60' }),
    ).toEqual([
      'Input `wait-for-results` is 60 but `table` is empty: in "upload-only" mode the results are read from the items the Lambda writes in that table. Set `table`, or leave `wait-for-results` at 0.',
    ]);
  });

  it('needs no table when it does not wait', () => {
    const inputs = parse({ mode: 'upload-only', bucket: 'images-bucket', 'wait-for-results': '0' });
    expect(inputs.waitForResults).toBe(0);
  });

  it('does not add a missing-table problem when the table is given but invalid', () => {
    expect(problems({ ...upload, table: 'ab', 'wait-for-results': '60' })).toEqual([
      'Input `table` is "ab"; expected a DynamoDB table name (3-255 of A-Z a-z 0-9 _ . -), optionally with {environment}.',
    ]);
  });

  it('is kept, not an error, in direct mode without a table (the action ignores it there)', () => {
    expect(parse({ 'wait-for-results': '60' })).toMatchObject({
      mode: 'direct',
      waitForResults: 60,
      tableTemplate: '',
    });
  });

  it('reports its problems together with the others', () => {
    expect(problems({ mode: 'upload-only', 'wait-for-results': '20', concurrency: '0' })).toEqual([
      'Input `concurrency` is "0"; expected auto, or a whole number from 1 to 256.',
      'Input `bucket` is required when `mode` is "upload-only": the Lambda reads the images from that bucket.',
      'Input `wait-for-results` is 20 but `table` is empty: in "upload-only" mode the results are read from the items the Lambda writes in that table. Set `table`, or leave `wait-for-results` at 0.',
    ]);
  });
});

describe('moderation inputs', () => {
  const ARN = 'arn:aws:rekognition:eu-west-1:123456789012:project/school/version/v1/1700000000000';

  it('reads them, with off as the default and the default policy path', () => {
    expect(parse({})).toMatchObject({
      moderation: 'off',
      moderationMinConfidence: 50,
      moderationPolicy: { path: '.github/rekognition-label.yml', explicit: false },
      moderationAdapterArn: '',
    });
    expect(
      parse({
        moderation: 'fail',
        'moderation-min-confidence': '40',
        'moderation-policy': './policies/school.yml',
        'moderation-adapter-arn': ARN,
      }),
    ).toMatchObject({
      moderation: 'fail',
      moderationMinConfidence: 40,
      moderationPolicy: { path: 'policies/school.yml', explicit: true },
      moderationAdapterArn: ARN,
    });
  });

  it('refuses bad values, each naming its input and what is allowed', () => {
    expect(
      problems({
        moderation: 'on',
        'moderation-min-confidence': '101',
        'moderation-policy': '../outside.yml',
        'moderation-adapter-arn': 'arn:aws:rekognition:eu-west-1:123:project/x',
      }),
    ).toEqual([
      'Input `moderation` is "on"; allowed: "off", "report", "fail".',
      'Input `moderation-min-confidence` is "101"; expected a number from 0 to 100.',
      'Input `moderation-policy` is "../outside.yml"; expected a path inside the workspace, with forward slashes, such as ".github/rekognition-label.yml".',
      'Input `moderation-adapter-arn` is "arn:aws:rekognition:eu-west-1:123:project/x"; expected the ARN of a moderation adapter version, arn:aws:rekognition:REGION:ACCOUNT:project/NAME/version/NAME/NUMBER.',
    ]);
    expect(problems({ 'moderation-policy': '/etc/policy.yml' })[0]).toMatch(/inside the workspace/);
  });

  it('refuses fail in upload-only mode when the step does not wait for the Lambda', () => {
    expect(problems({ mode: 'upload-only', bucket: 'images-bucket', moderation: 'fail' })).toEqual([
      'Input `moderation` is "fail" but `wait-for-results` is 0: in "upload-only" mode the Lambda moderates, and this step can only judge what it waits for. Set `wait-for-results`, or use "report".',
    ]);
    expect(
      parse({ mode: 'upload-only', bucket: 'images-bucket', moderation: 'report' }).moderation,
    ).toBe('report');
  });
});

describe('reuse-environment', () => {
  it('is off by default; names another environment whose table is the table template filled', () => {
    expect(parse({ table: '{environment}_results' })).toMatchObject({
      reuseEnvironment: '',
      reuseTable: '',
    });
    expect(
      parse({ table: '{environment}_results', environment: 'prod', 'reuse-environment': 'beta' }),
    ).toMatchObject({
      reuseEnvironment: 'beta',
      reuseTable: 'beta_results',
      table: 'prod_results',
    });
  });

  it("refuses a bad name, the run's own environment, and a table without {environment}", () => {
    expect(problems({ table: '{environment}_results', 'reuse-environment': 'Beta!' })).toEqual([
      'Input `reuse-environment` is "Beta!"; expected "" (off) or a name of 1-32 lowercase letters, digits and "-", starting and ending with a letter or digit, such as "beta".',
    ]);
    expect(
      problems({
        table: '{environment}_results',
        environment: 'prod',
        'reuse-environment': 'prod',
      }),
    ).toEqual([
      'Input `reuse-environment` is "prod", the environment this run writes: its own items are always reused. Name another environment, or set it to "".',
    ]);
    // The test event is a pull request, so the run writes beta.
    expect(problems({ table: 'results', 'reuse-environment': 'staging' })).toEqual([
      'Input `reuse-environment` is "staging" but `table` ("results") has no {environment}: the other environment\'s table is `table` filled with its name. Set `table` to a template such as "{environment}_results", or set `reuse-environment` to "".',
    ]);
    expect(problems({ 'reuse-environment': 'staging' })[0]).toMatch(/but `table` is empty/);
  });
});

describe('pull-request review inputs', () => {
  const prEnv = { ...REGION_ENV, GITHUB_EVENT_NAME: 'pull_request' };
  const prContext = readRunContext(prEnv, {
    pull_request: { number: 4, head: { sha: 'c'.repeat(40) } },
  });
  const onPr = (values: Record<string, string>, env: NodeJS.ProcessEnv = prEnv) =>
    getInputs(reader(values), env, prContext);

  it('only-changed auto is on for pull_request and pull_request_target, off for a push', () => {
    expect(onPr({}).onlyChanged).toBe(true);
    const target = { ...REGION_ENV, GITHUB_EVENT_NAME: 'pull_request_target' };
    expect(getInputs(reader(), target, readRunContext(target, {})).onlyChanged).toBe(true);
    const push = { ...REGION_ENV, GITHUB_EVENT_NAME: 'push' };
    expect(getInputs(reader(), push, readRunContext(push, {})).onlyChanged).toBe(false);
    expect(onPr({ 'only-changed': 'false' }).onlyChanged).toBe(false);
    expect(
      getInputs(reader({ 'only-changed': 'true' }), push, readRunContext(push, {})).onlyChanged,
    ).toBe(true);
  });

  it('compares with prod on a pull request with a table, filling the table template', () => {
    expect(onPr({ table: '{environment}_results' })).toMatchObject({
      compareEnvironment: 'prod',
      compareTable: 'prod_results',
    });
    // No table: nothing to read; not a pull request: nothing to compare.
    expect(onPr({}).compareEnvironment).toBe('');
    expect(parse({ table: '{environment}_results' }).compareEnvironment).toBe('');
  });

  it('turns the comparison off with an empty value, told apart from an unset input', () => {
    const env = { ...prEnv, 'INPUT_COMPARE-ENVIRONMENT': '' };
    expect(onPr({ table: '{environment}_results' }, env).compareEnvironment).toBe('');
  });

  it('refuses a comparison without a table, with itself, or with a bad name', () => {
    const env = { ...prEnv, 'INPUT_COMPARE-ENVIRONMENT': 'x' };
    const problemsOf = (values: Record<string, string>) => {
      try {
        getInputs(reader(values), env, prContext);
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    };
    expect(problemsOf({ 'compare-environment': 'prod' })).toContain(
      'Input `compare-environment` is "prod" but `table` is empty',
    );
    expect(problemsOf({ 'compare-environment': 'beta', table: '{environment}_results' })).toContain(
      'the environment this run writes',
    );
    expect(problemsOf({ 'compare-environment': 'pr od', table: 't' })).toContain(
      'Input `compare-environment` is "pr od"; expected "auto", "" (off) or a name of',
    );
  });

  it('checks comment, comment-key, thumbnails and if-no-credentials together', () => {
    expect(
      problems({
        comment: 'always',
        'comment-key': 'a key -->',
        thumbnails: 'yes',
        'if-no-credentials': 'skip',
      }),
    ).toEqual([
      'Input `comment` is "always"; allowed: "off", "sticky".',
      'Input `thumbnails` is "yes"; allowed: "on", "off".',
      'Input `if-no-credentials` is "skip"; allowed: "error", "warn".',
      'Input `comment-key` is "a key -->"; expected 1 to 64 letters, digits, ".", "_" or "-": it goes into the hidden marker that finds the comment again.',
    ]);
  });

  it('reads the token as given and never defaults it', () => {
    expect(onPr({ 'github-token': ' ghs_abc ' }).githubToken).toBe('ghs_abc');
    expect(onPr({}).githubToken).toBe('');
  });
});
