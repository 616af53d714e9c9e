import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkDecodable } from '../../local-stack/image-decode.js';
import {
  imageSpec,
  largestSpec,
  distinctCopy,
  MAX_IMAGE_BYTES,
  renderImage,
  repeatPool,
  workspaceNames,
} from '../../bench/images.js';
import { huffmanCodes, makeNoiseJpeg } from '../../bench/jpeg.js';
import {
  formatBytes,
  formatDuration,
  formatRatio,
  median,
  parseAwsRequestsLine,
  parseCounts,
  parseList,
  parseTransports,
  perSecond,
  slidingRates,
  timeToReach,
} from '../../bench/stats.js';
import { itemsForRepeats } from '../../bench/rerun.js';
import {
  backfillSetups,
  busyShare,
  concurrencyFor,
  csvRecords,
  reportTaskCounts,
  stackPlans,
  targetOf,
} from '../../bench/backfill.js';
import { arrangeRows, formatTable, type Row } from '../../bench/table.js';
import { bufferReader, probeImage } from '../../src/shared/image-probe.js';

describe('bench stats helpers', () => {
  it('reads the last "AWS requests" line of the action log', () => {
    const log = [
      'AWS requests: 3 (throttled 1, retried 1)',
      '✔ images/a.png: labeled',
      'AWS requests: 512 (throttled 12, retried 13)',
    ].join('\n');
    expect(parseAwsRequestsLine(log)).toEqual({ requests: 512, throttled: 12, retried: 13 });
    expect(parseAwsRequestsLine('nothing here')).toBeNull();
  });

  it('takes the median of odd and even counts, and refuses none', () => {
    expect(median([300, 100, 200])).toBe(200);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(RangeError);
  });

  it('formats durations and sizes', () => {
    expect(formatDuration(850.4)).toBe('850 ms');
    expect(formatDuration(12_345)).toBe('12.3 s');
    expect(formatDuration(NaN)).toBe('-');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2 KiB');
    expect(formatBytes(14.5 * 1024 * 1024)).toBe('14.5 MiB');
  });

  it('parses lists and counts, naming the option when a count is bad', () => {
    expect(parseList(' throughput, memory ,,')).toEqual(['throughput', 'memory']);
    expect(parseCounts('memory-n', '100,500,2000')).toEqual([100, 500, 2000]);
    expect(() => parseCounts('memory-n', '100,x')).toThrow(/--memory-n/);
    expect(() => parseCounts('memory-n', '0')).toThrow(RangeError);
    expect(() => parseCounts('memory-n', '')).toThrow(RangeError);
  });
});

describe('bench ratios and rates', () => {
  it('formats ratios with fewer decimals as they grow', () => {
    expect(formatRatio(1.0432)).toBe('1.04');
    expect(formatRatio(9.994)).toBe('9.99');
    expect(formatRatio(35.24)).toBe('35.2');
    expect(formatRatio(412.4)).toBe('412');
    expect(formatRatio(NaN)).toBe('-');
    expect(formatRatio(Infinity)).toBe('-');
  });

  it('computes the rate over the last window of at least windowMs', () => {
    // 5 per second for 2 s, then 50 per second, read every 250 ms.
    const samples = Array.from({ length: 17 }, (_, i) => {
      const ms = 1000 + i * 250;
      const s = (ms - 1000) / 1000;
      return { ms, count: s <= 2 ? 5 * s : 10 + 50 * (s - 2) };
    });
    const rates = slidingRates(samples, 1000);
    expect(rates[0]).toEqual({ ms: 2000, rate: 5 }); // no full window before 1 s
    expect(rates).toHaveLength(samples.length - 4);
    expect(rates.find((r) => r.ms === 3000)!.rate).toBeCloseTo(5);
    expect(rates.find((r) => r.ms === 3500)!.rate).toBeCloseTo(27.5); // half and half
    expect(rates.at(-1)!.rate).toBeCloseTo(50);
    // The quota returned at 3000: 38.75/s over the window ending at 3750, 50/s at 4000.
    expect(timeToReach(rates, 3000, 45)).toBe(1000);
    expect(timeToReach(rates, 3000, 51)).toBeNull();
  });

  it('splits a counter into what it gained each second', () => {
    // Read every 250 ms from 1000: 50/s for 2 s, then nothing, then 10 more by the end.
    const samples = [
      ...Array.from({ length: 9 }, (_, i) => ({ ms: 1000 + i * 250, count: 12.5 * i })),
      { ms: 3600, count: 100 },
      { ms: 4100, count: 110 },
    ];
    expect(perSecond(samples, 1000)).toEqual([50, 50, 0]);
    // Seconds before the first sample gained nothing; no partial second at the end.
    expect(perSecond(samples, 0)).toEqual([0, 50, 50, 0]);
    expect(perSecond([], 0)).toEqual([]);
  });

  it('uses the latest sample at least a window back when reads are irregular', () => {
    const rates = slidingRates(
      [
        { ms: 0, count: 0 },
        { ms: 400, count: 4 },
        { ms: 1100, count: 11 },
        { ms: 1500, count: 23 },
      ],
      1000,
    );
    expect(rates).toEqual([
      { ms: 1100, rate: 10 },
      { ms: 1500, rate: (19 * 1000) / 1100 },
    ]);
    expect(slidingRates([], 1000)).toEqual([]);
    expect(slidingRates([{ ms: 0, count: 1 }], 1000)).toEqual([]);
  });

  it('counts the time to reach a rate only from the given moment on', () => {
    const rates = [
      { ms: 100, rate: 60 },
      { ms: 200, rate: 4 },
      { ms: 900, rate: 46 },
    ];
    expect(timeToReach(rates, 150, 45)).toBe(750);
    expect(timeToReach(rates, 0, 45)).toBe(100);
  });

  it('parses transports, refusing unknown ones', () => {
    expect(parseTransports('s3, bytes,s3')).toEqual(['s3', 'bytes']);
    expect(() => parseTransports('bytes,ftp')).toThrow(/--transports/);
    expect(() => parseTransports('')).toThrow(RangeError);
  });
});

describe('bench table', () => {
  const rows: Row[] = [
    {
      scenario: '1 throughput',
      setup: 'N=500, 50 TPS',
      measured: '10.4 s',
      ideal: '10.0 s',
      ratio: 1.0432,
      requests: '512/12/12',
      failed: 0,
      peakRssMB: 131.6,
      target: 'ratio <= 1.15',
      met: true,
    },
    { scenario: '4 start-up', setup: 'a|b', measured: '190 ms', target: '< 300 ms', met: false },
  ];

  it('prints a Markdown table whose columns line up', () => {
    const lines = formatTable(rows).split('\n');
    expect(lines).toHaveLength(4);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
    expect(lines[0]).toMatch(/^\| scenario +\| setup +\| measured +\| ideal +\| +ratio \|/);
    expect(lines[1]).toMatch(/^\| -+ \| -+ \|/);
    expect(lines[1]).toContain('-:'); // numeric columns right-aligned
    expect(lines[2]).toMatch(/\| +1\.04 \|/);
    expect(lines[2]).toContain('132 MB');
    expect(lines[2]).toContain('| yes ');
    expect(lines[3]).toContain('| NO ');
  });

  it('escapes pipes in cells and leaves out columns no row fills', () => {
    const table = formatTable(rows);
    expect(table).toContain('a\\|b');
    expect(table).not.toContain('note');
    expect(table).not.toContain('who');
  });

  it('prints the rows of a group together, where the group first appears', () => {
    const row = (setup: string, group?: string, who?: string): Row => ({
      scenario: 'x',
      setup,
      measured: '',
      target: '',
      ...(group ? { group } : {}),
      ...(who ? { who } : {}),
    });
    const arranged = arrangeRows([
      row('start-up'),
      row('ours A', 'A', 'ours'),
      row('ours B', 'B', 'ours'),
      row('memory'),
      row('pool A', 'A', 'pool'),
      row('pool C', 'C', 'pool'),
      row('script A', 'A', 'script'),
    ]);
    expect(arranged.map((r) => r.setup)).toEqual([
      'start-up',
      'ours A',
      'pool A',
      'script A',
      'ours B',
      'memory',
      'pool C',
    ]);
    const table = formatTable(arranged);
    expect(table.split('\n')[0]).toMatch(/^\| scenario \| who +\| setup/);
    expect(table).not.toContain('group');
  });
});

describe('bench images', () => {
  it('describes the same image for the same index, in the size ranges of the set', () => {
    expect(imageSpec(7)).toEqual(imageSpec(7));
    const specs = Array.from({ length: 400 }, (_, i) => imageSpec(i));
    expect(new Set(specs.map((s) => s.name)).size).toBe(400);
    for (const s of specs) {
      expect(Math.min(s.width, s.height)).toBeGreaterThanOrEqual(80);
      expect(s.approxBytes).toBeLessThanOrEqual(MAX_IMAGE_BYTES * 1.01);
    }
    const smooth = specs.filter((s) => s.content === 'smooth').length;
    const large = specs.filter((s) => s.approxBytes > 600 * 1024).length;
    expect(smooth).toBeGreaterThan(20);
    expect(smooth).toBeLessThan(70);
    expect(large).toBeGreaterThan(50);
    expect(large).toBeLessThan(120);
    expect(specs.some((s) => s.format === 'jpeg')).toBe(true);
  });

  it('renders images that pass the action’s probe and the emulator’s decode check', async () => {
    // Small ones only, to keep the test fast: the generators are the same at any size.
    const specs = Array.from({ length: 60 }, (_, i) => imageSpec(i))
      .filter((s) => s.approxBytes < 100 * 1024)
      .slice(0, 6);
    expect(specs.map((s) => s.format)).toContain('jpeg');
    expect(specs.map((s) => s.format)).toContain('png');
    for (const spec of specs) {
      const bytes = renderImage(spec);
      const probe = await probeImage(bufferReader(bytes));
      expect(probe).toEqual({
        ok: true,
        info: { format: spec.format, width: spec.width, height: spec.height },
      });
      await expect(checkDecodable(bytes, spec.format)).resolves.toEqual({ ok: true });
      if (spec.content === 'noise') {
        expect(bytes.length / spec.approxBytes).toBeGreaterThan(0.9);
        expect(bytes.length / spec.approxBytes).toBeLessThan(1.1);
      }
    }
  });

  it('makes distinct copies that decode and probe as their originals, with other bytes', async () => {
    const specs = Array.from({ length: 60 }, (_, i) => imageSpec(i))
      .filter((s) => s.approxBytes < 100 * 1024)
      .slice(0, 6);
    for (const spec of specs) {
      const original = renderImage(spec);
      const copies = [distinctCopy(original, 'copy 2'), distinctCopy(original, 'copy 3')];
      const hashes = [original, ...copies].map((b) => createHash('sha256').update(b).digest('hex'));
      expect(new Set(hashes).size).toBe(3);
      for (const copy of copies) {
        expect(copy.length - original.length).toBeLessThan(32);
        expect(await probeImage(bufferReader(copy))).toEqual(
          await probeImage(bufferReader(original)),
        );
        await expect(checkDecodable(copy, spec.format)).resolves.toEqual({ ok: true });
      }
    }
    expect(() => distinctCopy(Buffer.from('GIF89a-not-ours'), 'x')).toThrow(RangeError);
  });

  it('sizes the worst-case images just under the 5 MB inline limit', () => {
    for (const spec of [largestSpec(0), largestSpec(1)]) {
      expect(spec.approxBytes).toBeGreaterThan(4 * 1024 * 1024);
      expect(spec.approxBytes).toBeLessThan(5 * 1024 * 1024);
    }
  });
});

describe('bench workspaces', () => {
  it('repeats a pool to any size', () => {
    expect(repeatPool(['a', 'b', 'c'], 7)).toEqual(['a', 'b', 'c', 'a', 'b', 'c', 'a']);
    expect(repeatPool(['a', 'b', 'c'], 2)).toEqual(['a', 'b']);
    expect(() => repeatPool([], 1)).toThrow(RangeError);
  });

  it('names repeated files apart, keeping the first appearance as it is', () => {
    const names = workspaceNames(repeatPool(['/c/img-1.png', '/c/img-2.jpg'], 5));
    expect(names).toEqual([
      'img-1.png',
      'img-2.jpg',
      'c2-img-1.png',
      'c2-img-2.jpg',
      'c3-img-1.png',
    ]);
    const many = workspaceNames(repeatPool(['/c/a.png', '/c/b.png'], 2000));
    expect(new Set(many).size).toBe(2000);
  });
});

describe('bench re-run fill', () => {
  it('copies each first appearance’s item under its repeats’ names', () => {
    const item = (name: string, sha: string) => ({
      filename: { S: `rekognition-input/beta/images/${name}` },
      sha256: { S: sha },
    });
    const names = workspaceNames(repeatPool(['/c/a.png', '/c/b.jpg', '/c/z.png'], 7));
    // z.png has no item (say, it failed): its repeats get none either.
    const copies = itemsForRepeats([item('a.png', 'A'), item('b.jpg', 'B')], names, 3);
    expect(copies).toEqual([item('c2-a.png', 'A'), item('c2-b.jpg', 'B'), item('c3-a.png', 'A')]);
    expect(itemsForRepeats([item('a.png', 'A')], ['a.png'], 1)).toEqual([]);
  });
});

describe('bench noise JPEG', () => {
  it('builds the canonical codes of the standard DC table (T.81 Annex K.3)', () => {
    const dc = huffmanCodes(
      [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0],
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    );
    expect(dc.get(0)).toEqual({ code: 0b00, length: 2 });
    expect(dc.get(1)).toEqual({ code: 0b010, length: 3 });
    expect(dc.get(5)).toEqual({ code: 0b110, length: 3 });
    expect(dc.get(6)).toEqual({ code: 0b1110, length: 4 });
    expect(dc.get(11)).toEqual({ code: 0b111111110, length: 9 });
  });

  it('is a baseline JPEG with the requested size, the same bytes for the same seed', async () => {
    const a = makeNoiseJpeg(320, 200, { seed: 3 });
    expect(a.equals(makeNoiseJpeg(320, 200, { seed: 3 }))).toBe(true);
    expect(a.equals(makeNoiseJpeg(320, 200, { seed: 4 }))).toBe(false);
    expect(a.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    expect(a.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
    await expect(probeImage(bufferReader(a))).resolves.toEqual({
      ok: true,
      info: { format: 'jpeg', width: 320, height: 200 },
    });
    await expect(checkDecodable(a, 'jpeg')).resolves.toEqual({ ok: true });
    // Entropy-coded data never holds a bare 0xFF: each is followed by a stuffed 0x00.
    const sos = a.indexOf(Buffer.from([0xff, 0xda]));
    const data = a.subarray(sos + 2 + a.readUInt16BE(sos + 2), -2);
    for (let i = data.indexOf(0xff); i >= 0; i = data.indexOf(0xff, i + 1)) {
      expect(data[i + 1]).toBe(0);
    }
  });

  it('grows with the coefficients kept per block', () => {
    const sparse = makeNoiseJpeg(400, 400, { coefficients: 5 });
    const dense = makeNoiseJpeg(400, 400);
    expect(dense.length).toBeGreaterThan(sparse.length * 5);
    expect(dense.length / (400 * 400)).toBeGreaterThan(0.9);
  });
});

describe('bench backfill', () => {
  it('runs each latency unthrottled, then the first latency with the injected throttling', () => {
    expect(backfillSetups([100, 500], 0.2)).toEqual([
      { latencyMs: 100, throttleRate: 0 },
      { latencyMs: 500, throttleRate: 0 },
      { latencyMs: 100, throttleRate: 0.2 },
    ]);
    expect(backfillSetups([100], 0)).toEqual([{ latencyMs: 100, throttleRate: 0 }]);
  });

  it("sizes the concurrency by Little's law with a quarter more: rate x (latency + overhead)", () => {
    // 50/s x (100 + 150) ms = 12.5 in flight, x 1.25 = 15.6.
    expect(concurrencyFor(50, 100)).toBe(16);
    expect(concurrencyFor(50, 500)).toBe(41);
    expect(concurrencyFor(5, 100)).toBe(2);
  });

  it('groups setups by the concurrency they need, one stack each, in order of appearance', () => {
    const setups = backfillSetups([100, 500], 0.2);
    expect(stackPlans(setups, undefined)).toEqual([
      { concurrency: 16, setups: [setups[0], setups[2]] },
      { concurrency: 41, setups: [setups[1]] },
    ]);
    expect(stackPlans(setups, 8)).toEqual([{ concurrency: 8, setups }]);
  });

  it('holds the quota rows to N / TPS and the throttled row to exactness alone', () => {
    expect(targetOf({ latencyMs: 100, throttleRate: 0 })).toBe(
      'ratio <= 1.15, every task Succeeded, calls = N (issue 15)',
    );
    expect(targetOf({ latencyMs: 100, throttleRate: 0.2 })).toBe(
      'every task Succeeded, calls = N (issue 15)',
    );
  });

  it('reads CSV records with quoted commas, quotes, newlines and CRLF', () => {
    const csv =
      'b,k%2Cx.png,,succeeded,200,,"labeled: 7 labels"\r\n' +
      'b,k2.png,,failed,400,PermanentFailure,"missing: ""k2.png"", gone\nfor good"\n\n' +
      'b,k3.png,,succeeded,200,,';
    expect(csvRecords(csv)).toEqual([
      ['b', 'k%2Cx.png', '', 'succeeded', '200', '', 'labeled: 7 labels'],
      ['b', 'k2.png', '', 'failed', '400', 'PermanentFailure', 'missing: "k2.png", gone\nfor good'],
      ['b', 'k3.png', '', 'succeeded', '200', '', ''],
    ]);
    expect(csvRecords('')).toEqual([]);
  });

  it('counts a completion report by task status, and refuses a row without one', () => {
    const csv =
      'b,a.png,,succeeded,200,,"labeled: 3 labels"\n' +
      'b,b.png,,failed,500,TemporaryFailure,"throttled: x, y"\n' +
      'b,c.png,,succeeded,200,,"unchanged: same bytes"\n';
    expect(reportTaskCounts(csv)).toEqual({ succeeded: 2, failed: 1 });
    expect(() => reportTaskCounts('b,a.png,,200,succeeded\n')).toThrow(/without a task status/);
  });

  it("gives the machine's busy share between two os.cpus() readings", () => {
    const times = (user: number, sys: number, idle: number) => ({
      user,
      nice: 0,
      sys,
      idle,
      irq: 0,
    });
    const before = [times(1000, 500, 10_000), times(2000, 0, 9000)];
    // Core 0: 300 busy of 400; core 1: 100 busy of 400 -> 400 of 800.
    const after = [times(1200, 600, 10_100), times(2100, 0, 9300)];
    expect(busyShare(before, after)).toBe(0.5);
    expect(busyShare(before, before)).toBeNaN();
  });
});
