import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CONTENT_TYPES,
  bufferReader,
  probeFile,
  probeImage,
  type ByteReader,
} from '../../src/shared/image-probe.js';
import { fixture, makeJpeg, makePng } from '../helpers/images.js';

const probe = (data: Buffer) => probeImage(bufferReader(data));

let tempDir = '';
beforeAll(async () => {
  tempDir = await fs.mkdtemp(path.join(os.tmpdir(), 'image-probe-'));
});
afterAll(async () => {
  await fs.rm(tempDir, { recursive: true, force: true });
});

/** Wraps a reader to count the bytes requested, to show only headers are read. */
function countingReader(data: Buffer): { read: ByteReader; bytes: () => number } {
  let total = 0;
  const inner = bufferReader(data);
  return {
    read: async (position, length) => {
      const chunk = await inner(position, length);
      total += chunk.length;
      return chunk;
    },
    bytes: () => total,
  };
}

/** Deterministic non-image bytes (a simple LCG), starting with a byte no format uses. */
function noiseBytes(length: number, seed = 7): Buffer {
  const out = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    out[i] = state >>> 24;
  }
  out[0] = 0x13;
  return out;
}

/**
 * Inserts `count` segments after SOI and APP0 (alternating COM and APP1-APP15), each with
 * `payloadBytes` of payload, before the rest of the JPEG.
 */
function withSegmentsBeforeFrame(jpeg: Buffer, count: number, payloadBytes = 12): Buffer {
  const segments: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const segment = Buffer.alloc(4 + payloadBytes, 0x20);
    segment[0] = 0xff;
    segment[1] = i % 2 === 0 ? 0xfe : 0xe1 + (i % 15);
    segment.writeUInt16BE(payloadBytes + 2, 2);
    segments.push(segment);
  }
  // SOI (2) + APP0 JFIF (18).
  return Buffer.concat([jpeg.subarray(0, 20), ...segments, jpeg.subarray(20)]);
}

describe('probeFile on the sample photos', () => {
  it.each([
    ['astronaut.png', 'png', 512, 512],
    ['chelsea.png', 'png', 451, 300],
    ['coffee.png', 'png', 600, 400],
    ['rocket.jpg', 'jpeg', 640, 427],
  ] as const)('%s is %s %dx%d', async (name, format, width, height) => {
    expect(await probeFile(fixture(name))).toEqual({ ok: true, info: { format, width, height } });
  });

  it('detects a PNG renamed to .jpg by its magic bytes', async () => {
    const renamed = path.join(tempDir, 'astronaut.jpg');
    await fs.copyFile(fixture('astronaut.png'), renamed);
    expect(await probeFile(renamed)).toEqual({
      ok: true,
      info: { format: 'png', width: 512, height: 512 },
    });
  });

  it('detects a JPEG renamed to .png by its magic bytes', async () => {
    const renamed = path.join(tempDir, 'rocket.png');
    await fs.copyFile(fixture('rocket.jpg'), renamed);
    expect(await probeFile(renamed)).toEqual({
      ok: true,
      info: { format: 'jpeg', width: 640, height: 427 },
    });
  });

  it('reports an empty file', async () => {
    const empty = path.join(tempDir, 'empty.png');
    await fs.writeFile(empty, '');
    expect(await probeFile(empty)).toEqual({
      ok: false,
      detected: 'empty',
      reason: 'the file is empty',
    });
  });

  it('rejects a missing file', async () => {
    await expect(probeFile(path.join(tempDir, 'missing.png'))).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});

describe('probeImage PNG', () => {
  it.each([
    [80, 80],
    [1, 1],
    [1234, 77],
  ])('reads %dx%d from a generated PNG', async (width, height) => {
    expect(await probe(makePng(width, height))).toEqual({
      ok: true,
      info: { format: 'png', width, height },
    });
  });

  it('reads sizes above 16 bits from the IHDR', async () => {
    const png = makePng(2, 2);
    png.writeUInt32BE(70_000, 16);
    png.writeUInt32BE(10_001, 20);
    expect(await probe(png)).toEqual({
      ok: true,
      info: { format: 'png', width: 70_000, height: 10_001 },
    });
  });

  it('reports a PNG whose first chunk is not IHDR as damaged PNG', async () => {
    const png = makePng(10, 10);
    png.write('IDAT', 12, 'latin1');
    expect(await probe(png)).toEqual({
      ok: false,
      detected: 'PNG',
      reason: 'the PNG header is damaged (no IHDR chunk)',
    });
  });

  it('does not accept a truncated PNG (signature, under 24 bytes)', async () => {
    const truncated = makePng(100, 100).subarray(0, 20);
    const result = await probe(truncated);
    expect(result.ok).toBe(false);
  });

  it('names a truncated PNG (signature, under 24 bytes) as a PNG', async () => {
    // The file starts with the PNG signature, so "unrecognised magic bytes" would be wrong.
    const truncated = makePng(100, 100).subarray(0, 20);
    const result = await probe(truncated);
    expect(result).toMatchObject({ ok: false, detected: 'PNG' });
    expect(result.ok === false && result.reason).toMatch(/PNG/);
  });
});

describe('probeImage JPEG', () => {
  it('reads the size from a minimal baseline JPEG', async () => {
    expect(await probe(makeJpeg(1234, 567))).toEqual({
      ok: true,
      info: { format: 'jpeg', width: 1234, height: 567 },
    });
  });

  it('reads the size from a progressive (SOF2) JPEG', async () => {
    expect(await probe(makeJpeg(300, 200, { sofMarker: 0xc2 }))).toEqual({
      ok: true,
      info: { format: 'jpeg', width: 300, height: 200 },
    });
  });

  it('skips a 60 KB APP1 (EXIF) segment before the frame header, reading only headers', async () => {
    const jpeg = makeJpeg(4032, 3024, { app1Bytes: 60 * 1024 });
    expect(jpeg.length).toBeGreaterThan(60 * 1024);
    const reader = countingReader(jpeg);
    expect(await probeImage(reader.read)).toEqual({
      ok: true,
      info: { format: 'jpeg', width: 4032, height: 3024 },
    });
    // One window at the start and one at the frame header: the 60 KB payload is never read.
    expect(reader.bytes()).toBeLessThan(8 * 1024);
  });

  it('skips a maximum-size (65533-byte) APP1 segment', async () => {
    expect(await probe(makeJpeg(81, 82, { app1Bytes: 65533 }))).toEqual({
      ok: true,
      info: { format: 'jpeg', width: 81, height: 82 },
    });
  });

  it('skips fill bytes between segments', async () => {
    const jpeg = makeJpeg(500, 400);
    // Insert two 0xFF fill bytes before the SOF0 marker (after SOI + 18-byte APP0).
    const withFill = Buffer.concat([
      jpeg.subarray(0, 20),
      Buffer.from([0xff, 0xff]),
      jpeg.subarray(20),
    ]);
    expect(await probe(withFill)).toEqual({
      ok: true,
      info: { format: 'jpeg', width: 500, height: 400 },
    });
  });

  it('does not take a DHT segment (0xC4) for a frame header', async () => {
    const jpeg = makeJpeg(500, 400);
    const dht = Buffer.from([0xff, 0xc4, 0x00, 0x07, 0x00, 0x11, 0x22, 0x33, 0x44]);
    const withDht = Buffer.concat([jpeg.subarray(0, 20), dht, jpeg.subarray(20)]);
    expect(await probe(withDht)).toEqual({
      ok: true,
      info: { format: 'jpeg', width: 500, height: 400 },
    });
  });

  it('walks 2,000 small APP and COM segments before the frame header, as libjpeg does', async () => {
    const jpeg = withSegmentsBeforeFrame(makeJpeg(640, 480), 2000);
    const reader = countingReader(jpeg);
    let reads = 0;
    const probed = await probeImage(async (position, length) => {
      reads++;
      return reader.read(position, length);
    });
    expect(probed).toEqual({ ok: true, info: { format: 'jpeg', width: 640, height: 480 } });
    // Read in chunks, not one read per segment.
    expect(reads).toBeLessThan(30);
  });

  it('finds the frame header after 2,000 segments in a file', async () => {
    const file = path.join(tempDir, 'many-segments.jpg');
    await fs.writeFile(file, withSegmentsBeforeFrame(makeJpeg(300, 200), 2000));
    expect(await probeFile(file)).toEqual({
      ok: true,
      info: { format: 'jpeg', width: 300, height: 200 },
    });
  });

  it('gives up past 15 MiB of segments without a frame header', async () => {
    // 241 maximum-size APP2 segments: 15.04 MiB, then the frame header.
    const jpeg = withSegmentsBeforeFrame(makeJpeg(300, 200), 241, 65533);
    expect(jpeg.length).toBeGreaterThan(15 * 1024 * 1024);
    expect(await probe(jpeg)).toEqual({
      ok: false,
      detected: 'JPEG',
      reason: 'the JPEG has no frame header in its first 15 MiB, more than Rekognition reads',
    });
  });

  it('reports a JPEG without a frame header as damaged', async () => {
    expect(await probe(makeJpeg(100, 100, { frame: false }))).toEqual({
      ok: false,
      detected: 'JPEG',
      reason: 'the JPEG is damaged (no frame header found)',
    });
  });

  it('reports a JPEG cut off inside the APP1 segment as damaged', async () => {
    const cut = makeJpeg(100, 100, { app1Bytes: 1000 }).subarray(0, 500);
    expect(await probe(cut)).toEqual({
      ok: false,
      detected: 'JPEG',
      reason: 'the JPEG is damaged (no frame header found)',
    });
  });

  it('reports a JPEG cut off inside the frame header as damaged', async () => {
    const jpeg = makeJpeg(100, 100);
    // SOI(2) + APP0(18) + SOF0 marker, length and precision only.
    expect(await probe(jpeg.subarray(0, 25))).toMatchObject({ ok: false, detected: 'JPEG' });
  });
});

describe('probeImage other formats', () => {
  const gif = Buffer.concat([Buffer.from('GIF89a', 'latin1'), Buffer.alloc(40)]);
  const webp = Buffer.concat([
    Buffer.from('RIFF', 'latin1'),
    Buffer.from([0x24, 0, 0, 0]),
    Buffer.from('WEBPVP8 ', 'latin1'),
    Buffer.alloc(40),
  ]);
  const bmp = Buffer.concat([Buffer.from('BM', 'latin1'), Buffer.alloc(60)]);
  const pdf = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n', 'latin1');
  const heic = Buffer.concat([
    Buffer.from([0, 0, 0, 0x18]),
    Buffer.from('ftypheic', 'latin1'),
    Buffer.alloc(20),
  ]);
  const tiff = Buffer.concat([Buffer.from('II*\0', 'latin1'), Buffer.alloc(20)]);
  const svg = Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>');
  const lfs = Buffer.from(
    'version https://git-lfs.github.com/spec/v1\n' +
      'oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\n' +
      'size 12345\n',
  );

  it.each([
    ['GIF', gif, 'GIF'],
    ['WebP', webp, 'WebP'],
    ['BMP', bmp, 'BMP'],
    ['PDF', pdf, 'PDF'],
    ['HEIC', heic, 'HEIC/AVIF'],
    ['TIFF', tiff, 'TIFF'],
    ['SVG', svg, 'SVG/XML text'],
    ['a Git LFS pointer', lfs, 'a Git LFS pointer (check out with `lfs: true`)'],
  ])('names %s', async (_label, data, detected) => {
    expect(await probe(data)).toEqual({
      ok: false,
      detected,
      reason: `it is ${detected}, not JPEG or PNG`,
    });
  });

  it('reports random bytes as unknown', async () => {
    expect(await probe(noiseBytes(4096))).toEqual({
      ok: false,
      detected: 'unknown',
      reason: 'it is not a JPEG or PNG image (unrecognised magic bytes)',
    });
  });

  it('reports an empty buffer as empty', async () => {
    expect(await probe(Buffer.alloc(0))).toEqual({
      ok: false,
      detected: 'empty',
      reason: 'the file is empty',
    });
  });

  it('does not take two JPEG bytes (FF D8) for a JPEG', async () => {
    expect(await probe(Buffer.from([0xff, 0xd8]))).toMatchObject({
      ok: false,
      detected: 'unknown',
    });
  });
});

describe('CONTENT_TYPES', () => {
  it('maps the formats to MIME types', () => {
    expect(CONTENT_TYPES).toEqual({ jpeg: 'image/jpeg', png: 'image/png' });
  });
});
