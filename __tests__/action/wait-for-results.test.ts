import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { RekognitionClient } from '@aws-sdk/client-rekognition';
import { S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { AwsCaller, type RetryPolicy } from '../../src/shared/aws-caller.js';
import type { AwsClients } from '../../src/shared/clients.js';
import type { Services } from '../../src/shared/services.js';
import { type Item, type LabelSettings, buildRecord, toItem } from '../../src/shared/record.js';
import type { ImageResult } from '../../src/action/image-result.js';
import type { Label } from '../../src/shared/label.js';
import { type WaitOptions, isAwaited, waitForResults } from '../../src/action/wait-for-results.js';
import { type FakeClock, fakeClock } from '../helpers/fake-clock.js';
import { describeForAction } from '../../src/action/aws-error-text.js';

const ddbMock = mockClient(DynamoDBClient);

const TABLE = 'prod_results';
const START = Date.UTC(2026, 10, 24, 12, 0, 0);
const SHA = (c: string) => c.repeat(64);

let clock: FakeClock;

beforeEach(() => {
  ddbMock.reset();
  ddbMock.on(GetItemCommand).resolves({});
  clock = fakeClock({ start: START, random: 0.5 });
});

/** Transient errors are not retried by the caller here, so the polling loop's own handling shows. */
const ONE_ATTEMPT: RetryPolicy = { baseDelayMs: 100, maxDelayMs: 100, maxTransientAttempts: 1 };

function services(maxInFlight = 100, policy?: RetryPolicy): Services {
  const clients: AwsClients = {
    s3: new S3Client({ region: 'us-east-1' }),
    dynamodb: new DynamoDBClient({ region: 'us-east-1' }),
    rekognition: new RekognitionClient({ region: 'us-east-1' }),
  };
  return {
    clients,
    caller: new AwsCaller(maxInFlight, clock, START + 60_000, policy),
    clock,
    describe: describeForAction,
  };
}

function uploaded(path: string, sha256: string = SHA('a')): ImageResult {
  return {
    path,
    key: `rekognition-input/prod/${path}`,
    environment: 'prod',
    status: 'uploaded',
    labels: [],
    sha256,
  };
}

/** The item the Lambda writes, built by the same code it uses. */
function lambdaItem(
  result: ImageResult,
  outcome: { labels: Label[] } | { error: string },
  sha256 = result.sha256!,
  settings: LabelSettings = { minConfidence: 70, maxLabels: 10 },
): Item {
  return toItem(
    buildRecord(
      {
        key: result.key,
        environment: 'prod',
        sha256,
        provenance: { branch: 'main', commit: 'c0ffee', repository: 'o/r', runId: '7' },
        settings,
        ttlHours: 24,
        source: 'lambda',
        object: { bucket: 'images' },
      },
      'labels' in outcome
        ? { status: 'labeled', labels: outcome.labels, modelVersion: '3.0' }
        : { status: 'failed', error: outcome.error },
      clock.now(),
    ),
  );
}

const keyOf = (result: ImageResult) => ({ Key: { filename: { S: result.key } } });

/**
 * The table's answers for one key over time: each entry is the item from that many ms after
 * START on (undefined: no item), or an error thrown from then on.
 */
function table(result: ImageResult, timeline: [atMs: number, answer: Item | Error | undefined][]) {
  ddbMock.on(GetItemCommand, keyOf(result)).callsFake(async () => {
    const elapsed = clock.now() - START;
    const current = timeline.filter(([at]) => at <= elapsed).at(-1)?.[1];
    if (current instanceof Error) throw current;
    return current === undefined ? {} : { Item: current };
  });
}

const reads = (result: ImageResult) => ddbMock.commandCalls(GetItemCommand, keyOf(result)).length;

const awsError = (name: string, status: number) =>
  Object.assign(new Error(`${name} happened`), { name, $metadata: { httpStatusCode: status } });

function options(overrides: Partial<WaitOptions> = {}): WaitOptions {
  return {
    table: TABLE,
    seconds: 30,
    concurrency: 4,
    settings: { minConfidence: 70, maxLabels: 10 },
    ...overrides,
  };
}

const CAT: Label[] = [
  { name: 'Cat', confidence: 99.88 },
  { name: 'Pet', confidence: 95.12 },
];

describe('waitForResults', () => {
  it('turns items that appear after some rounds into labeled results, logging each as it arrives', async () => {
    const a = uploaded('images/a.png', SHA('a'));
    const b = uploaded('images/b.png', SHA('b'));
    table(a, [[2_500, lambdaItem(a, { labels: CAT })]]);
    table(b, [[6_000, lambdaItem(b, { labels: [{ name: 'Dog', confidence: 90 }] })]]);
    const seen: string[] = [];

    const outcome = await waitForResults([a, b], services(), {
      ...options(),
      onResult: (r) => seen.push(`${r.path}@${clock.now() - START}`),
    });

    expect(outcome.results).toEqual([
      { ...a, status: 'labeled', labels: CAT },
      { ...b, status: 'labeled', labels: [{ name: 'Dog', confidence: 90 }] },
    ]);
    expect(outcome.report).toEqual({
      seconds: 30,
      waited: 2,
      arrived: 2,
      timedOut: 0,
      unreadable: 0,
    });
    expect(outcome.stopped).toBeUndefined();
    // Rounds at 0, 1, 3 (a arrives) and 7 s (b arrives).
    expect(clock.sleeps).toEqual([1_000, 2_000, 4_000]);
    expect(seen).toEqual(['images/a.png@3000', 'images/b.png@7000']);
    expect([reads(a), reads(b)]).toEqual([3, 4]);
    expect(ddbMock).toHaveReceivedCommandWith(GetItemCommand, {
      TableName: TABLE,
      Key: { filename: { S: a.key } },
      ConsistentRead: true,
    });
    expect(outcome.rounds).toBe(4);
  });

  it('does not count an older item for the same key with another sha256', async () => {
    const a = uploaded('images/a.png', SHA('a'));
    const older = lambdaItem(a, { labels: [{ name: 'Old', confidence: 80 }] }, SHA('0'));
    table(a, [
      [0, older],
      [5_000, lambdaItem(a, { labels: CAT })],
    ]);

    const outcome = await waitForResults([a], services(), options());

    expect(outcome.results[0]).toEqual({ ...a, status: 'labeled', labels: CAT });
    expect(clock.sleeps).toEqual([1_000, 2_000, 4_000]);
  });

  it('times out when only an older item is there', async () => {
    const a = uploaded('images/a.png', SHA('a'));
    table(a, [[0, lambdaItem(a, { labels: CAT }, SHA('0'))]]);

    const outcome = await waitForResults([a], services(), options({ seconds: 5 }));

    expect(outcome.results[0]).toMatchObject({ status: 'uploaded', labels: [] });
    expect(outcome.report.timedOut).toBe(1);
  });

  it('reports an item the Lambda wrote as failed as a failed image', async () => {
    const a = uploaded('images/a.png');
    table(a, [
      [0, lambdaItem(a, { error: 'Rekognition rejected it: InvalidImageFormatException' })],
    ]);

    const outcome = await waitForResults([a], services(), options());

    expect(outcome.results[0]).toEqual({
      ...a,
      status: 'failed',
      labels: [],
      error: 'The Lambda could not label it: Rekognition rejected it: InvalidImageFormatException',
    });
    expect(outcome.report).toMatchObject({ arrived: 1, timedOut: 0 });
  });

  it('keeps an image uploaded with a note when its item does not appear in time, and counts it', async () => {
    const a = uploaded('images/a.png', SHA('a'));
    const b = uploaded('images/b.png', SHA('b'));
    table(b, [[0, lambdaItem(b, { labels: CAT })]]);

    const outcome = await waitForResults([a, b], services(), options({ seconds: 10 }));

    expect(outcome.results[0]).toEqual({
      ...a,
      note: `no result from the Lambda within 10 s (wait-for-results); it may still arrive in table ${TABLE}`,
    });
    expect(outcome.results[1]).toMatchObject({ status: 'labeled', labels: CAT });
    expect(outcome.report).toEqual({
      seconds: 10,
      waited: 2,
      arrived: 1,
      timedOut: 1,
      unreadable: 0,
    });
    // The last sleep is cut to end at the deadline, and one last round runs there.
    expect(clock.sleeps).toEqual([1_000, 2_000, 4_000, 3_000]);
    expect(clock.now() - START).toBe(10_000);
    expect(reads(a)).toBe(5);
    expect(reads(b)).toBe(1);
  });

  it('backs off by doubling up to 5 s and never sleeps past the deadline', async () => {
    const a = uploaded('images/a.png');

    await waitForResults([a], services(), options({ seconds: 20 }));

    expect(clock.sleeps).toEqual([1_000, 2_000, 4_000, 5_000, 5_000, 3_000]);
    expect(clock.now() - START).toBe(20_000);
    expect(reads(a)).toBe(7);
  });

  it('stays at the cap for long waits', async () => {
    const a = uploaded('images/a.png');

    await waitForResults([a], services(), options({ seconds: 120 }));

    expect(clock.sleeps).toEqual([1_000, 2_000, 4_000, ...Array(22).fill(5_000), 3_000]);
    expect(clock.sleeps.reduce((x, y) => x + y, 0)).toBe(120_000);
  });

  it('takes its backoff from the options', async () => {
    const a = uploaded('images/a.png');

    await waitForResults(
      [a],
      services(),
      options({ seconds: 2, backoff: { firstDelayMs: 250, maxDelayMs: 600 } }),
    );

    expect(clock.sleeps).toEqual([250, 500, 600, 600, 50]);
  });

  it('reads each item once and never sleeps when everything is already there', async () => {
    const a = uploaded('images/a.png', SHA('a'));
    const b = uploaded('images/b.png', SHA('b'));
    table(a, [[0, lambdaItem(a, { labels: CAT })]]);
    table(b, [[0, lambdaItem(b, { labels: CAT })]]);

    const outcome = await waitForResults([a, b], services(), options());

    expect(outcome.rounds).toBe(1);
    expect(clock.sleeps).toEqual([]);
    expect(ddbMock).toHaveReceivedCommandTimes(GetItemCommand, 2);
  });

  it('stops at once after the last result arrives, with no extra read', async () => {
    const a = uploaded('images/a.png', SHA('a'));
    const b = uploaded('images/b.png', SHA('b'));
    table(a, [[0, lambdaItem(a, { labels: CAT })]]);
    table(b, [[1_000, lambdaItem(b, { labels: CAT })]]);

    await waitForResults([a, b], services(), options());

    expect([reads(a), reads(b)]).toEqual([1, 2]);
    expect(clock.sleeps).toEqual([1_000]);
  });

  it('leaves results that are not waited for alone and reads nothing for them', async () => {
    const labeled: ImageResult = { ...uploaded('l.png'), status: 'labeled', cached: true };
    const failed: ImageResult = { ...uploaded('f.png'), status: 'failed', error: 'x' };
    const skipped: ImageResult = { ...uploaded('s.png'), status: 'skipped' };
    const noDigest: ImageResult = { ...uploaded('n.png'), sha256: undefined };
    const input = [labeled, failed, skipped, noDigest];

    const outcome = await waitForResults(input, services(), options());

    expect(outcome.results).toEqual(input);
    expect(outcome.results[0]).toBe(labeled);
    expect(outcome.report).toMatchObject({ waited: 0, timedOut: 0 });
    expect(outcome.rounds).toBe(0);
    expect(ddbMock).not.toHaveReceivedAnyCommand();
    expect(clock.sleeps).toEqual([]);
  });

  it('does not change its input', async () => {
    const a = uploaded('images/a.png');
    table(a, [[0, lambdaItem(a, { labels: CAT })]]);
    const input = [a];
    const copy = structuredClone(input);

    await waitForResults(input, services(), options());

    expect(input).toEqual(copy);
  });

  it('stops waiting for an image whose read is denied, and goes on with the others', async () => {
    const denied = uploaded('images/denied.png', SHA('d'));
    const fine = uploaded('images/fine.png', SHA('f'));
    table(denied, [[0, awsError('AccessDeniedException', 400)]]);
    table(fine, [[3_000, lambdaItem(fine, { labels: CAT })]]);
    const seen: ImageResult[] = [];

    const outcome = await waitForResults([denied, fine], services(), {
      ...options(),
      onResult: (r) => seen.push(r),
    });

    expect(outcome.results[0]).toEqual({
      ...denied,
      note:
        "stopped waiting for the Lambda's result: AccessDenied: dynamodb:GetItem on table prod_results was denied. " +
        'Allow dynamodb:GetItem on that resource in the role that made the request (see "IAM permissions" in the README).',
    });
    expect(outcome.results[1]).toMatchObject({ status: 'labeled' });
    expect(outcome.report).toMatchObject({ arrived: 1, unreadable: 1, timedOut: 0 });
    expect(outcome.stopped).toBeUndefined();
    expect(reads(denied)).toBe(1);
    expect(reads(fine)).toBe(3);
    expect(seen.map((r) => r.path)).toEqual(['images/denied.png', 'images/fine.png']);
  });

  it('stops waiting for every image after a fatal error, without reading the rest', async () => {
    const a = uploaded('images/a.png', SHA('a'));
    const b = uploaded('images/b.png', SHA('b'));
    const c = uploaded('images/c.png', SHA('c'));
    table(a, [[0, lambdaItem(a, { labels: CAT })]]);
    table(b, [[0, awsError('ResourceNotFoundException', 400)]]);
    table(c, [[0, lambdaItem(c, { labels: CAT })]]);
    const seen: string[] = [];

    const outcome = await waitForResults([a, b, c], services(), {
      ...options({ concurrency: 1 }),
      onResult: (r) => seen.push(r.path),
    });

    const sentence =
      'table prod_results does not exist in this region (dynamodb:GetItem: ResourceNotFoundException happened). ' +
      'Check the `table` and `aws-region` inputs.';
    expect(outcome.stopped).toBe(sentence);
    expect(outcome.results).toEqual([
      { ...a, status: 'labeled', labels: CAT },
      { ...b, note: `stopped waiting for the Lambda's result: ${sentence}` },
      { ...c, note: `stopped waiting for the Lambda's result: ${sentence}` },
    ]);
    expect(outcome.report).toEqual({
      seconds: 30,
      waited: 3,
      arrived: 1,
      timedOut: 0,
      unreadable: 2,
    });
    expect(reads(c)).toBe(0);
    expect(clock.sleeps).toEqual([]);
    expect(seen).toEqual(['images/a.png']);
  });

  it('stops polling for all after rejected credentials in a later round', async () => {
    const a = uploaded('images/a.png', SHA('a'));
    table(a, [[1_000, awsError('ExpiredTokenException', 400)]]);

    const outcome = await waitForResults([a], services(), options());

    expect(outcome.stopped).toMatch(/^AWS rejected the credentials \(ExpiredTokenException\)/);
    expect(outcome.results[0]!.note).toMatch(
      /^stopped waiting for the Lambda's result: AWS rejected the credentials/,
    );
    expect(reads(a)).toBe(2);
    expect(clock.sleeps).toEqual([1_000]);
  });

  it('keeps polling after a read fails with a server error, and says so if it then times out', async () => {
    const a = uploaded('images/a.png', SHA('a'));
    const b = uploaded('images/b.png', SHA('b'));
    table(a, [
      [0, awsError('InternalServerError', 500)],
      [1_000, lambdaItem(a, { labels: CAT })],
    ]);
    table(b, [[0, awsError('InternalServerError', 500)]]);

    const outcome = await waitForResults(
      [a, b],
      services(100, ONE_ATTEMPT),
      options({ seconds: 3 }),
    );

    expect(outcome.results[0]).toMatchObject({ status: 'labeled', labels: CAT });
    expect(outcome.results[0]).not.toHaveProperty('note');
    expect(outcome.results[1]!.note).toBe(
      `no result from the Lambda within 3 s (wait-for-results); it may still arrive in table ${TABLE} ` +
        '(the last read failed: dynamodb:GetItem failed: InternalServerError: InternalServerError happened)',
    );
    expect(outcome.report).toMatchObject({ arrived: 1, timedOut: 1, unreadable: 0 });
    expect(reads(b)).toBe(3);
  });

  it('reads at most `concurrency` items at once', async () => {
    const many = Array.from({ length: 40 }, (_, i) => uploaded(`images/${i}.png`, SHA('a')));
    let inFlight = 0;
    let most = 0;
    ddbMock.on(GetItemCommand).callsFake(async () => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight--;
      return {};
    });

    const outcome = await waitForResults(many, services(), options({ seconds: 0, concurrency: 3 }));

    expect(most).toBe(3);
    expect(ddbMock).toHaveReceivedCommandTimes(GetItemCommand, 40);
    expect(outcome.report.timedOut).toBe(40);
  });

  it('reads once and does not sleep when it may wait 0 s', async () => {
    const a = uploaded('images/a.png');

    const outcome = await waitForResults([a], services(), options({ seconds: 0 }));

    expect(reads(a)).toBe(1);
    expect(clock.sleeps).toEqual([]);
    expect(outcome.results[0]!.note).toMatch(/^no result from the Lambda within 0 s/);
  });

  it('does not count an item with the right digest but no known status', async () => {
    const a = uploaded('images/a.png');
    const item = lambdaItem(a, { labels: CAT });
    table(a, [[0, { ...item, status: { S: 'processing' } }]]);

    const outcome = await waitForResults([a], services(), options({ seconds: 2 }));

    expect(outcome.results[0]!.status).toBe('uploaded');
    expect(outcome.report.timedOut).toBe(1);
  });
});

describe("waitForResults with an item labeled with other settings than this step's", () => {
  const label = (name: string, confidence: number): Label => ({ name, confidence });
  /** What the Lambda stored with 70 and 10: 8 labels, down to 74.51. */
  const STORED: Label[] = [
    label('Cat', 99.5),
    label('Pet', 97.25),
    label('Animal', 96),
    label('Mammal', 95),
    label('Kitten', 94.99),
    label('Sofa', 88),
    label('Furniture', 80.1),
    label('Indoors', 74.51),
  ];

  async function arrive(
    step: LabelSettings,
    item: LabelSettings,
    labels: Label[],
  ): Promise<ImageResult> {
    const a = uploaded('images/a.png');
    table(a, [[0, lambdaItem(a, { labels }, a.sha256, item)]]);
    const outcome = await waitForResults([a], services(), options({ settings: step }));
    expect(outcome.report.arrived).toBe(1);
    return outcome.results[0]!;
  }

  it("filters a 70/10 item to this step's 95 and 2, and says so", async () => {
    const result = await arrive(
      { minConfidence: 95, maxLabels: 2 },
      { minConfidence: 70, maxLabels: 10 },
      STORED,
    );
    expect(result).toEqual({
      ...uploaded('images/a.png'),
      status: 'labeled',
      labels: [label('Cat', 99.5), label('Pet', 97.25)],
      note: "labeled by the Lambda with min-confidence 70 and max-labels 10; shown filtered to this step's 95 and 2",
      lambdaSettings: { minConfidence: 70, maxLabels: 10 },
    });
  });

  it('keeps every label at or above the floor when there are fewer than max-labels', async () => {
    const result = await arrive(
      { minConfidence: 95, maxLabels: 10 },
      { minConfidence: 70, maxLabels: 10 },
      STORED,
    );
    expect(result.labels.map((l) => l.name)).toEqual(['Cat', 'Pet', 'Animal', 'Mammal']);
    expect(result.note).toBe(
      "labeled by the Lambda with min-confidence 70 and max-labels 10; shown filtered to this step's 95 and 10",
    );
  });

  it('shows the labels of a stricter item as stored, and says so', async () => {
    const stored = STORED.slice(0, 5);
    const result = await arrive(
      { minConfidence: 70, maxLabels: 10 },
      { minConfidence: 80, maxLabels: 5 },
      stored,
    );
    expect(result).toEqual({
      ...uploaded('images/a.png'),
      status: 'labeled',
      labels: stored,
      note: "labeled by the Lambda with min-confidence 80 and max-labels 5, stricter than this step's min-confidence 70 and max-labels 10; shown as stored",
      lambdaSettings: { minConfidence: 80, maxLabels: 5 },
    });
  });

  it('filters exactly whenever the stored labels determine the answer, and only then', async () => {
    const step = { minConfidence: 90, maxLabels: 3 };
    const filtered = (used: string) =>
      `labeled by the Lambda with ${used}; shown filtered to this step's 90 and 3`;
    const asStored = (used: string, stricter: string) =>
      `labeled by the Lambda with ${used}, stricter than this step's ${stricter}; shown as stored`;
    const cases: [LabelSettings, Label[], string[], string][] = [
      // A higher floor, but enough labels above it: they are the top 3 of this step's too.
      [
        { minConfidence: 95, maxLabels: 10 },
        STORED.slice(0, 4),
        ['Cat', 'Pet', 'Animal'],
        filtered('min-confidence 95 and max-labels 10'),
      ],
      // A higher floor with too few labels: this step's labels between 90 and 95 are unknown.
      [
        { minConfidence: 95, maxLabels: 10 },
        STORED.slice(0, 2),
        ['Cat', 'Pet'],
        asStored('min-confidence 95 and max-labels 10', 'min-confidence 90'),
      ],
      // Fewer labels, cut short while still above this step's floor: more may exist.
      [
        { minConfidence: 70, maxLabels: 2 },
        STORED.slice(0, 2),
        ['Cat', 'Pet'],
        asStored('min-confidence 70 and max-labels 2', 'max-labels 3'),
      ],
      // Fewer labels, but the list already reached below this step's floor: nothing is missing.
      [
        { minConfidence: 70, maxLabels: 2 },
        [label('Cat', 99.5), label('Sofa', 88)],
        ['Cat'],
        filtered('min-confidence 70 and max-labels 2'),
      ],
      // Fewer labels, but the item holds fewer than its own max-labels: nothing was cut.
      [
        { minConfidence: 70, maxLabels: 2 },
        [label('Cat', 99.5)],
        ['Cat'],
        filtered('min-confidence 70 and max-labels 2'),
      ],
    ];
    for (const [used, stored, names, note] of cases) {
      ddbMock.reset();
      const result = await arrive(step, used, stored);
      expect(
        { names: result.labels.map((l) => l.name), note: result.note },
        JSON.stringify(used),
      ).toEqual({ names, note });
      expect(result.lambdaSettings).toEqual(used);
    }
  });

  it('shows the labels as stored, and says so, when the item does not record its settings', async () => {
    const a = uploaded('images/a.png');
    const item = lambdaItem(a, { labels: STORED });
    delete item.min_confidence;
    delete item.max_labels;
    table(a, [[0, item]]);
    const outcome = await waitForResults([a], services(), options());
    expect(outcome.results[0]).toEqual({
      ...a,
      status: 'labeled',
      labels: STORED,
      note: 'labeled by the Lambda with settings its item does not record; shown as stored',
    });
  });

  it('adds no note when the settings are equal, next to one that differs', async () => {
    const a = uploaded('images/a.png', SHA('a'));
    const b = uploaded('images/b.png', SHA('b'));
    const step = { minConfidence: 95, maxLabels: 2 };
    table(a, [[0, lambdaItem(a, { labels: STORED.slice(0, 2) }, a.sha256, step)]]);
    table(b, [
      [0, lambdaItem(b, { labels: STORED }, b.sha256, { minConfidence: 70, maxLabels: 10 })],
    ]);

    const outcome = await waitForResults([a, b], services(), options({ settings: step }));

    expect(outcome.results[0]).toEqual({ ...a, status: 'labeled', labels: STORED.slice(0, 2) });
    expect(outcome.results[1]).toMatchObject({
      status: 'labeled',
      labels: STORED.slice(0, 2),
      lambdaSettings: { minConfidence: 70, maxLabels: 10 },
    });
  });
});

describe('isAwaited', () => {
  it('is true only for uploaded results with a sha256', () => {
    expect(isAwaited(uploaded('a.png'))).toBe(true);
    expect(isAwaited({ ...uploaded('a.png'), sha256: '' })).toBe(false);
    expect(isAwaited({ ...uploaded('a.png'), sha256: undefined })).toBe(false);
    expect(isAwaited({ ...uploaded('a.png'), status: 'labeled' })).toBe(false);
  });
});

describe('waitForResults with a moderation policy', () => {
  it("judges the Lambda's moderation labels, and reports an item without them as not moderated", async () => {
    const { BUILT_IN_POLICY } = await import('../../src/action/moderation-policy.js');
    const a = uploaded('images/a.png', SHA('a'));
    const b = uploaded('images/b.png', SHA('b'));
    const moderated = {
      ...lambdaItem(a, { labels: CAT }),
      moderation_labels: {
        S: JSON.stringify([{ Name: 'Explicit', ParentName: '', TaxonomyLevel: 1, Confidence: 97 }]),
      },
      moderation_min_confidence: { N: '50' },
      moderation_model_version: { S: '7.0' },
    };
    table(a, [[0, moderated]]);
    table(b, [[0, lambdaItem(b, { labels: CAT })]]);
    const outcome = await waitForResults([a, b], services(), options({ policy: BUILT_IN_POLICY }));
    expect(outcome.results[0]!.moderation).toMatchObject({
      verdict: 'block',
      findings: [{ name: 'Explicit', rule: 'Explicit' }],
    });
    expect(outcome.results[1]!.moderation?.verdict).toBe('not-moderated');
  });
});
