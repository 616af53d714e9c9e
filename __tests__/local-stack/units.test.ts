import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bufferReader, probeImage } from '../../src/shared/image-probe.js';
import {
  ConfigError,
  FaultInjector,
  DEFAULT_CONFIG,
  parseConfigPatch,
} from '../../local-stack/fault-injection.js';
import {
  detectLabels,
  detectModerationLabels,
  fallbackLabels,
  withAncestors,
  loadFixtures,
} from '../../local-stack/labels.js';
import { makePng } from '../../local-stack/png.js';
import { createPrng } from '../../local-stack/prng.js';
import { HoldError, HoldRegistry, nameMatches, RuleList } from '../../local-stack/request-gates.js';
import { storesMetadata, targetOf, userMetadataBytes } from '../../local-stack/s3-faults.js';
import { TokenBucket } from '../../local-stack/token-bucket.js';

describe('makePng', () => {
  it('writes a PNG the project probe reads, with a valid zlib stream', async () => {
    const png = makePng(123, 45);
    expect(await probeImage(bufferReader(png))).toEqual({
      ok: true,
      info: { format: 'png', width: 123, height: 45 },
    });
    const idatLength = png.readUInt32BE(33);
    expect(png.subarray(37, 41).toString('latin1')).toBe('IDAT');
    expect(inflateSync(png.subarray(41, 41 + idatLength))).toHaveLength((1 + 123 * 3) * 45);
    expect(png.subarray(-8, -4).toString('latin1')).toBe('IEND');
  });

  it('makes incompressible noise of a predictable size, deterministic per seed', () => {
    const a = makePng(500, 400, { noise: true, seed: 1 });
    expect(a.length).toBeGreaterThan(500 * 400 * 3);
    expect(a.equals(makePng(500, 400, { noise: true, seed: 1 }))).toBe(true);
    expect(a.equals(makePng(500, 400, { noise: true, seed: 2 }))).toBe(false);
    expect(makePng(500, 400).length).toBeLessThan(100_000);
  });
});

describe('TokenBucket', () => {
  it('allows a burst of rate, then refills at rate per second', () => {
    let now = 0;
    const bucket = new TokenBucket(10, () => now);
    const burst = Array.from({ length: 15 }, () => bucket.tryTake());
    expect(burst.filter(Boolean)).toHaveLength(10);
    now += 100; // one token
    expect(bucket.tryTake()).toBe(true);
    expect(bucket.tryTake()).toBe(false);
    now += 10_000; // capped at capacity
    expect(Array.from({ length: 15 }, () => bucket.tryTake()).filter(Boolean)).toHaveLength(10);
  });
});

describe('fault injection', () => {
  it('uses a seeded PRNG', () => {
    const a = createPrng(9);
    const b = createPrng(9);
    const seq = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(seq);
    expect(seq.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('fails about failureRate of the calls', () => {
    const faults = new FaultInjector({ ...DEFAULT_CONFIG, failureRate: 0.3, seed: 3 });
    const failed = Array.from({ length: 1000 }, () => faults.gate()).filter(
      (d) => d.kind === 'error',
    ).length;
    expect(failed).toBeGreaterThan(250);
    expect(failed).toBeLessThan(350);
  });

  it('validates config patches', () => {
    expect(parseConfigPatch({ tps: 0, latencyMs: 5 })).toEqual({ tps: null, latencyMs: 5 });
    expect(() => parseConfigPatch({ throttleRate: -0.1 })).toThrow(ConfigError);
    expect(() => parseConfigPatch({ failNames: [{ match: 'x', error: 'Nope' }] })).toThrow(
      /not a known error type/,
    );
    expect(() => parseConfigPatch([])).toThrow(ConfigError);
  });
});

describe('labels', () => {
  const fixtures = loadFixtures();

  it('has 12–20 labels for each of the four sample photos', () => {
    expect([...fixtures.values()].map((f) => f.file).sort()).toEqual([
      'astronaut.png',
      'chelsea.png',
      'coffee.png',
      'rocket.jpg',
    ]);
    for (const entry of fixtures.values()) {
      expect(entry.labels.length).toBeGreaterThanOrEqual(12);
      expect(entry.labels.length).toBeLessThanOrEqual(20);
    }
  });

  it('derives 5–15 fallback labels from the hash, the same every time', () => {
    for (const sha of ['00', 'ab'.repeat(32), 'ff'.repeat(32), '1234']) {
      const labels = fallbackLabels(sha);
      expect(labels).toEqual(fallbackLabels(sha));
      expect(labels.length).toBeGreaterThanOrEqual(5);
      expect(labels.length).toBeLessThanOrEqual(15);
      expect(new Set(labels.map((l) => l.Name)).size).toBe(labels.length);
    }
    expect(fallbackLabels('a'.repeat(64))).not.toEqual(fallbackLabels('b'.repeat(64)));
  });

  it('gives unknown images no moderation labels unless a rule chooses them', () => {
    for (let i = 0; i < 50; i++) {
      expect(detectModerationLabels(fixtures, `img-${i}`, {})).toEqual([]);
    }
  });

  it("answers a rule's labels with their taxonomy and ancestors, above the floor", () => {
    const chosen = [
      { Name: 'Weapon Violence', Confidence: 88 },
      { Name: 'Alcohol', Confidence: 40 },
    ];
    expect(detectModerationLabels(fixtures, 'x', {}, chosen)).toEqual([
      { Name: 'Graphic Violence', Confidence: 88, ParentName: 'Violence', TaxonomyLevel: 2 },
      { Name: 'Violence', Confidence: 88, ParentName: '', TaxonomyLevel: 1 },
      { Name: 'Weapon Violence', Confidence: 88, ParentName: 'Graphic Violence', TaxonomyLevel: 3 },
    ]);
    expect(detectModerationLabels(fixtures, 'x', { minConfidence: 30 }, chosen)).toContainEqual({
      Name: 'Alcohol',
      Confidence: 40,
      ParentName: '',
      TaxonomyLevel: 1,
    });
    // A label given with its own parent and level keeps them; the higher child sets an ancestor.
    expect(
      withAncestors([
        { Name: 'Violence', Confidence: 60 },
        { Name: 'Weapons', Confidence: 90 },
      ]),
    ).toEqual([
      { Name: 'Violence', Confidence: 60, ParentName: '', TaxonomyLevel: 1 },
      { Name: 'Weapons', Confidence: 90, ParentName: 'Violence', TaxonomyLevel: 2 },
    ]);
  });

  it('filters, sorts and truncates', () => {
    const labels = detectLabels(fixtures, 'unknown', { minConfidence: 0, maxLabels: 3 });
    expect(labels.length).toBeLessThanOrEqual(3);
    const confidences = labels.map((l) => l.Confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
  });
});

describe('request gates', () => {
  it('applies a rule to `count` matching requests within its untilMs window', () => {
    let now = 0;
    const rules = new RuleList<{ match?: string; count?: number; untilMs?: number }>(() => now);
    rules.arm([{ match: 'a', count: 2 }, { untilMs: 100 }]);
    const take = (name: string) => rules.take((rule) => nameMatches(rule.match, [name]));
    expect(take('xa')).toEqual({ match: 'a', count: 2 });
    expect(take('b')).toEqual({ untilMs: 100 }); // first rule does not match
    expect(take('a')).toEqual({ match: 'a', count: 2 });
    expect(take('a')).toEqual({ untilMs: 100 }); // count used up
    now = 99;
    expect(take('a')).toEqual({ untilMs: 100 });
    now = 100;
    expect(take('a')).toBeUndefined();
    rules.arm([{ untilMs: 100 }]); // windows start when the rules are set
    expect(take('a')).toEqual({ untilMs: 100 });
  });

  it('holds, lists, waits for and releases requests', async () => {
    let now = 10;
    const holds = new HoldRegistry(() => now);
    const released: string[] = [];
    const waiting = holds.waitFor({ count: 2 });
    void holds.hold('PutItem', 'table', ['{"k":"one"}']).then(() => released.push('one'));
    void holds.hold('GET', 'b/two', ['two']).then(() => released.push('two'));
    expect(await waiting).toEqual([
      { id: 1, operation: 'PutItem', name: 'table', heldMs: 0 },
      { id: 2, operation: 'GET', name: 'b/two', heldMs: 0 },
    ]);
    now = 15;
    expect(holds.list('one')).toEqual([{ id: 1, operation: 'PutItem', name: 'table', heldMs: 5 }]);
    expect(holds.release({ match: 'two' })).toBe(1);
    expect(() => holds.release({ id: 2 })).toThrow(HoldError);
    await expect(holds.waitFor({ count: 2, timeoutMs: 10 })).rejects.toThrow(
      '1 of 2 held requests after 10 ms',
    );
    expect(holds.release()).toBe(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(released).toEqual(['two', 'one']);
  });
});

describe('S3 request checks', () => {
  it('parses path-style targets, decoding the key', () => {
    const target = targetOf('/bucket/a%20b/c%2Bd+e.png?uploads&x-id=CreateMultipartUpload');
    expect(target).toMatchObject({ bucket: 'bucket', key: 'a b/c+d+e.png' });
    expect(target.query.has('uploads')).toBe(true);
    expect(targetOf('/bucket?list-type=2')).toMatchObject({ bucket: 'bucket', key: '' });
  });

  it('sums user metadata as S3 does: key without prefix plus value, repeats joined', () => {
    expect(
      userMetadataBytes(['X-Amz-Meta-A', '12', 'x-amz-meta-a', '3', 'Content-Type', 'x']),
    ).toBe(1 + '12,3'.length);
    expect(userMetadataBytes(['x-amz-meta-note', Buffer.from('é').toString('latin1')])).toBe(6);
  });

  it('checks the metadata of object writes only', () => {
    const check = (method: string, url: string, headers = {}) =>
      storesMetadata(method, targetOf(url), headers);
    expect(check('PUT', '/b/k')).toBe(true);
    expect(check('POST', '/b/k?uploads')).toBe(true);
    expect(check('PUT', '/b/k?partNumber=1&uploadId=x')).toBe(false);
    expect(check('PUT', '/b/k?tagging')).toBe(false);
    expect(check('PUT', '/b')).toBe(false);
    expect(check('PUT', '/b/k', { 'x-amz-copy-source': '/b/s' })).toBe(false);
    expect(
      check('PUT', '/b/k', { 'x-amz-copy-source': '/b/s', 'x-amz-metadata-directive': 'REPLACE' }),
    ).toBe(true);
  });
});
