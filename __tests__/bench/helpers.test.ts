import { describe, expect, it } from 'vitest';
import { checkDecodable } from '../../local-stack/image-decode.js';
import { imageSpec, largestSpec, MAX_IMAGE_BYTES, renderImage } from '../../bench/images.js';
import { huffmanCodes, makeNoiseJpeg } from '../../bench/jpeg.js';
import {
  formatBytes,
  formatDuration,
  median,
  parseAwsRequestsLine,
  parseCounts,
  parseList,
} from '../../bench/stats.js';
import { formatTable, type Row } from '../../bench/table.js';
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

  it('sizes the worst-case images just under the 5 MB inline limit', () => {
    for (const spec of [largestSpec(0), largestSpec(1)]) {
      expect(spec.approxBytes).toBeGreaterThan(4 * 1024 * 1024);
      expect(spec.approxBytes).toBeLessThan(5 * 1024 * 1024);
    }
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
