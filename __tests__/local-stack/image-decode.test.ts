import { readFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import {
  DetectLabelsCommand,
  DetectModerationLabelsCommand,
  type RekognitionClient,
} from '@aws-sdk/client-rekognition';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bufferReader, probeImage } from '../../src/shared/image-probe.js';
import { createBucket, rekognitionClient, s3Client } from '../../local-stack/admin.js';
import { checkDecodable, pngRawSize } from '../../local-stack/image-decode.js';
import { corruptPngBody, makePng } from '../../local-stack/png.js';
import { startLocalStack, type LocalStack } from '../../local-stack/stack.js';
import { expectAwsError } from './expect-aws-error.js';

const IMAGES = new URL('../../__fixtures__/images/', import.meta.url);
const SAMPLES = ['astronaut.png', 'chelsea.png', 'coffee.png', 'rocket.jpg'] as const;
const BUCKET = 'decode-images';
const INVALID_FORMAT = 'Request has invalid image format';

const sample = (name: string): Buffer => readFileSync(new URL(name, IMAGES));
const formatOf = (name: string) => (name.endsWith('.png') ? 'png' : 'jpeg') as 'png' | 'jpeg';

// ---- PNG building blocks -------------------------------------------------------------

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  typeAndData.copy(out, 4);
  out.writeUInt32BE(crc32(typeAndData), 8 + data.length);
  return out;
}

function ihdr(width: number, height: number, bitDepth = 8, colourType = 2, interlace = 0) {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data.set([bitDepth, colourType, 0, 0, interlace], 8);
  return chunk('IHDR', data);
}

interface Chunk {
  offset: number;
  length: number;
  type: string;
}

function chunksOf(png: Buffer): Chunk[] {
  const out: Chunk[] = [];
  for (let offset = 8; offset + 12 <= png.length;) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    out.push({ offset, length, type });
    if (type === 'IEND') break;
    offset += 12 + length;
  }
  return out;
}

/** An 8-bit RGB PNG whose IDAT holds exactly `raw` (filter bytes included), deflated. */
function pngWithRaw(width: number, height: number, raw: Buffer, interlace = 0): Buffer {
  return Buffer.concat([
    PNG_SIGNATURE,
    ihdr(width, height, 8, 2, interlace),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Raw Adam7 data for an 8-bit RGB image, built pixel by pixel (independent of the checker). */
function adam7Raw(width: number, height: number): Buffer {
  const passes = [
    [0, 0, 8, 8],
    [4, 0, 8, 8],
    [0, 4, 4, 8],
    [2, 0, 4, 4],
    [0, 2, 2, 4],
    [1, 0, 2, 2],
    [0, 1, 1, 2],
  ];
  const rows: number[] = [];
  for (const [x0, y0, dx, dy] of passes) {
    for (let y = y0!; y < height; y += dy!) {
      const row: number[] = [];
      for (let x = x0!; x < width; x += dx!) row.push(x & 0xff, y & 0xff, 0x80);
      if (row.length > 0) rows.push(0, ...row);
    }
  }
  return Buffer.from(rows);
}

// ---- JPEG building blocks ------------------------------------------------------------

function segment(marker: number, payload: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

const SOI = Buffer.from([0xff, 0xd8]);
const EOI = Buffer.from([0xff, 0xd9]);
const APP0 = segment(
  0xe0,
  Buffer.from([0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]),
);

function sof0(width: number, height: number): Buffer {
  const payload = Buffer.alloc(15);
  payload[0] = 8;
  payload.writeUInt16BE(height, 1);
  payload.writeUInt16BE(width, 3);
  payload[5] = 3;
  payload.set([1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1], 6);
  return segment(0xc0, payload);
}

const SOS = segment(0xda, Buffer.from([3, 1, 0x00, 2, 0x11, 3, 0x11, 0, 0x3f, 0]));

/** SOI + APP0 + SOF0 + EOI: a header probe reads it, a decoder finds no scan. */
const headerOnlyJpeg = (w: number, h: number) => Buffer.concat([SOI, APP0, sof0(w, h), EOI]);

// ---- fixtures ------------------------------------------------------------------------

function flipIdatByte(png: Buffer): Buffer {
  const idat = chunksOf(png).find((c) => c.type === 'IDAT')!;
  const out = Buffer.from(png);
  const at = idat.offset + 8 + Math.floor(idat.length / 2);
  out[at] = out[at]! ^ 0xff;
  return out;
}

function truncateBeforeIend(png: Buffer): Buffer {
  const iend = chunksOf(png).find((c) => c.type === 'IEND')!;
  return png.subarray(0, iend.offset);
}

describe('checkDecodable', () => {
  it.each(SAMPLES)('accepts the sample photo %s (buffered and streamed inflate)', async (name) => {
    const bytes = sample(name);
    expect(await checkDecodable(bytes, formatOf(name))).toEqual({ ok: true });
    expect(await checkDecodable(bytes, formatOf(name), { syncInflateLimit: 0 })).toEqual({
      ok: true,
    });
  });

  it('accepts makePng output, gradient and noise', async () => {
    for (const png of [
      makePng(80, 80),
      makePng(123, 45),
      makePng(500, 400, { noise: true, seed: 7 }),
      makePng(1, 1),
    ]) {
      expect(await checkDecodable(png, 'png')).toEqual({ ok: true });
      expect(await checkDecodable(png, 'png', { syncInflateLimit: 0 })).toEqual({ ok: true });
    }
  });

  it('rejects a PNG whose body is zeroed after IHDR', async () => {
    const result = await checkDecodable(corruptPngBody(sample('chelsea.png')), 'png');
    expect(result.ok).toBe(false);
  });

  it('rejects a flipped byte inside IDAT (CRC mismatch)', async () => {
    const result = await checkDecodable(flipIdatByte(sample('coffee.png')), 'png');
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/CRC mismatch in IDAT/) });
  });

  it('rejects truncated PNGs: before IEND, inside a chunk, right after IHDR', async () => {
    const png = sample('astronaut.png');
    expect(await checkDecodable(truncateBeforeIend(png), 'png')).toEqual({
      ok: false,
      reason: 'no IEND chunk',
    });
    expect((await checkDecodable(png.subarray(0, png.length - 5000), 'png')).ok).toBe(false);
    expect((await checkDecodable(png.subarray(0, 33), 'png')).ok).toBe(false);
  });

  it('rejects an IDAT with a valid CRC but a corrupt zlib stream', async () => {
    const png = Buffer.concat([
      PNG_SIGNATURE,
      ihdr(100, 100),
      chunk('IDAT', Buffer.alloc(5000, 0xaa)),
      chunk('IEND', Buffer.alloc(0)),
    ]);
    expect(await checkDecodable(png, 'png')).toEqual({
      ok: false,
      reason: 'the IDAT stream does not inflate',
    });
    expect((await checkDecodable(png, 'png', { syncInflateLimit: 0 })).ok).toBe(false);
  });

  it('rejects a zlib stream cut short (valid CRCs, missing Adler-32)', async () => {
    const idat = deflateSync(Buffer.alloc((1 + 300) * 100));
    const png = Buffer.concat([
      PNG_SIGNATURE,
      ihdr(100, 100),
      chunk('IDAT', idat.subarray(0, idat.length - 4)),
      chunk('IEND', Buffer.alloc(0)),
    ]);
    expect((await checkDecodable(png, 'png')).ok).toBe(false);
  });

  it('rejects too few rows and bad filter bytes, tolerates extra data', async () => {
    const rows = (n: number) => Buffer.alloc((1 + 100 * 3) * n);
    expect(await checkDecodable(pngWithRaw(100, 100, rows(99)), 'png')).toEqual({
      ok: false,
      reason: `the IDAT stream holds ${301 * 99} bytes, ${301 * 100} needed`,
    });
    expect(
      (await checkDecodable(pngWithRaw(100, 100, rows(99)), 'png', { syncInflateLimit: 0 })).ok,
    ).toBe(false);
    const badFilter = rows(100);
    badFilter[301 * 42] = 5;
    expect(await checkDecodable(pngWithRaw(100, 100, badFilter), 'png')).toEqual({
      ok: false,
      reason: 'invalid filter type 5 in row 42',
    });
    expect(await checkDecodable(pngWithRaw(100, 100, rows(101)), 'png')).toEqual({ ok: true });
    // Far more data than needed: inflation stops at the cap and the image is accepted.
    expect(await checkDecodable(pngWithRaw(100, 100, rows(2000)), 'png')).toEqual({ ok: true });
  });

  it('accepts bytes after IEND and IDAT split over many chunks', async () => {
    const png = makePng(200, 150);
    expect(await checkDecodable(Buffer.concat([png, Buffer.from('trailer')]), 'png')).toEqual({
      ok: true,
    });
    const idat = chunksOf(png).find((c) => c.type === 'IDAT')!;
    const data = png.subarray(idat.offset + 8, idat.offset + 8 + idat.length);
    const parts: Buffer[] = [];
    for (let i = 0; i < data.length; i += 100) parts.push(chunk('IDAT', data.subarray(i, i + 100)));
    const split = Buffer.concat([
      png.subarray(0, idat.offset),
      ...parts,
      chunk('IEND', Buffer.alloc(0)),
    ]);
    expect(await checkDecodable(split, 'png')).toEqual({ ok: true });
    expect(await checkDecodable(split, 'png', { syncInflateLimit: 0 })).toEqual({ ok: true });
  });

  it('checks chunk order and the header fields', async () => {
    const idat = chunk('IDAT', deflateSync(Buffer.alloc(301 * 100)));
    const iend = chunk('IEND', Buffer.alloc(0));
    const noIdat = Buffer.concat([PNG_SIGNATURE, ihdr(100, 100), iend]);
    expect(await checkDecodable(noIdat, 'png')).toEqual({ ok: false, reason: 'no IDAT chunk' });
    const textFirst = Buffer.concat([
      PNG_SIGNATURE,
      chunk('tEXt', Buffer.from('a\0b')),
      ihdr(100, 100),
      idat,
      iend,
    ]);
    expect(await checkDecodable(textFirst, 'png')).toEqual({
      ok: false,
      reason: 'the first chunk is not IHDR',
    });
    const badDepth = Buffer.concat([PNG_SIGNATURE, ihdr(100, 100, 4, 2), idat, iend]);
    expect((await checkDecodable(badDepth, 'png')).ok).toBe(false);
    const paletteNoPlte = Buffer.concat([
      PNG_SIGNATURE,
      ihdr(100, 100, 8, 3),
      chunk('IDAT', deflateSync(Buffer.alloc(101 * 100))),
      iend,
    ]);
    expect(await checkDecodable(paletteNoPlte, 'png')).toEqual({
      ok: false,
      reason: 'palette image without PLTE',
    });
    const palette = Buffer.concat([
      PNG_SIGNATURE,
      ihdr(100, 100, 8, 3),
      chunk('PLTE', Buffer.alloc(3 * 4)),
      chunk('IDAT', deflateSync(Buffer.alloc(101 * 100))),
      iend,
    ]);
    expect(await checkDecodable(palette, 'png')).toEqual({ ok: true });
    const unknownCritical = Buffer.concat([
      PNG_SIGNATURE,
      ihdr(100, 100),
      chunk('CgBI', Buffer.alloc(4)),
      idat,
      iend,
    ]);
    expect((await checkDecodable(unknownCritical, 'png')).ok).toBe(false);
    const ancillary = Buffer.concat([
      PNG_SIGNATURE,
      ihdr(100, 100),
      chunk('zzZz', Buffer.alloc(4)),
      idat,
      iend,
    ]);
    expect(await checkDecodable(ancillary, 'png')).toEqual({ ok: true });
  });

  it('computes row sizes from bit depth and colour type', () => {
    const size = (bitDepth: number, colourType: number, width = 100) =>
      pngRawSize({ width, height: 10, bitDepth, colourType, interlaced: false });
    expect(size(8, 2)).toBe(10 * (1 + 300));
    expect(size(16, 6)).toBe(10 * (1 + 800));
    expect(size(8, 4)).toBe(10 * (1 + 200));
    expect(size(1, 0, 81)).toBe(10 * (1 + 11));
    expect(size(4, 3, 81)).toBe(10 * (1 + 41));
    expect(
      pngRawSize({ width: 99, height: 81, bitDepth: 8, colourType: 2, interlaced: true }),
    ).toBe(adam7Raw(99, 81).length);
  });

  it('accepts an interlaced PNG and rejects one whose stream is corrupt', async () => {
    const png = pngWithRaw(99, 81, adam7Raw(99, 81), 1);
    expect(await checkDecodable(png, 'png')).toEqual({ ok: true });
    expect(await checkDecodable(png, 'png', { syncInflateLimit: 0 })).toEqual({ ok: true });
    const broken = Buffer.concat([
      PNG_SIGNATURE,
      ihdr(99, 81, 8, 2, 1),
      chunk('IDAT', Buffer.alloc(200, 0x55)),
      chunk('IEND', Buffer.alloc(0)),
    ]);
    expect((await checkDecodable(broken, 'png')).ok).toBe(false);
  });

  it('rejects a JPEG truncated before EOI and a header-only JPEG', async () => {
    const rocket = sample('rocket.jpg');
    expect(await checkDecodable(rocket.subarray(0, rocket.length - 1000), 'jpeg')).toEqual({
      ok: false,
      reason: 'no EOI after the scan (truncated JPEG)',
    });
    expect(await checkDecodable(headerOnlyJpeg(640, 480), 'jpeg')).toEqual({
      ok: false,
      reason: 'unexpected 0xFFD9 before the scan',
    });
    expect((await checkDecodable(headerOnlyJpeg(640, 480).subarray(0, 30), 'jpeg')).ok).toBe(false);
  });

  it('checks JPEG segment order and bounds, leniently', async () => {
    const entropy = Buffer.from([0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56]);
    // No DQT/DHT (Motion-JPEG style): accepted.
    const minimal = Buffer.concat([SOI, APP0, sof0(640, 480), SOS, entropy, EOI]);
    expect(await checkDecodable(minimal, 'jpeg')).toEqual({ ok: true });
    // Bytes after EOI are ignored.
    expect(await checkDecodable(Buffer.concat([minimal, Buffer.from('xyz')]), 'jpeg')).toEqual({
      ok: true,
    });
    const scanFirst = Buffer.concat([SOI, APP0, SOS, sof0(640, 480), entropy, EOI]);
    expect(await checkDecodable(scanFirst, 'jpeg')).toEqual({
      ok: false,
      reason: 'scan before the frame header',
    });
    const noEntropy = Buffer.concat([SOI, APP0, sof0(640, 480), SOS, EOI]);
    expect((await checkDecodable(noEntropy, 'jpeg')).ok).toBe(false);
    const longApp = Buffer.from(APP0);
    longApp.writeUInt16BE(0xfff0, 2);
    const outOfBounds = Buffer.concat([SOI, longApp, sof0(640, 480), SOS, entropy, EOI]);
    expect((await checkDecodable(outOfBounds, 'jpeg')).ok).toBe(false);
    const badSof = sof0(640, 480);
    badSof[9] = 5; // five components but room for three
    expect((await checkDecodable(Buffer.concat([SOI, badSof, SOS, entropy, EOI]), 'jpeg')).ok).toBe(
      false,
    );
    const junk = Buffer.concat([SOI, APP0, Buffer.from([0x00, 0x11]), sof0(640, 480)]);
    expect((await checkDecodable(Buffer.concat([junk, SOS, entropy, EOI]), 'jpeg')).ok).toBe(false);
  });
});

describe('corruptPngBody', () => {
  it('keeps the signature, IHDR and length; zeroes the rest', async () => {
    const png = sample('coffee.png');
    const corrupt = corruptPngBody(png);
    expect(corrupt).toHaveLength(png.length);
    expect(corrupt.subarray(0, 33).equals(png.subarray(0, 33))).toBe(true);
    expect(corrupt.subarray(33).every((b) => b === 0)).toBe(true);
    expect(png.subarray(33).some((b) => b !== 0)).toBe(true); // input untouched
    expect(await probeImage(bufferReader(corrupt))).toEqual({
      ok: true,
      info: { format: 'png', width: 600, height: 400 },
    });
  });

  it('refuses anything that is not a PNG with IHDR', () => {
    expect(() => corruptPngBody(sample('rocket.jpg'))).toThrow(RangeError);
    expect(() => corruptPngBody(makePng(100, 100).subarray(0, 20))).toThrow(RangeError);
  });
});

describe('the emulator decodes images like Rekognition (real SDK, in-process stack)', () => {
  let stack: LocalStack;
  let rekognition: RekognitionClient;
  let s3: S3Client;

  beforeAll(async () => {
    stack = await startLocalStack();
    await createBucket(stack, BUCKET);
    rekognition = rekognitionClient(stack, { maxAttempts: 1 });
    s3 = s3Client(stack);
  });

  afterAll(async () => {
    rekognition?.destroy();
    s3?.destroy();
    await stack?.stop();
  });

  const viaBytes = (bytes: Buffer) =>
    rekognition.send(new DetectLabelsCommand({ Image: { Bytes: bytes } }));

  async function viaS3(key: string, bytes: Buffer) {
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: bytes }));
    return rekognition.send(
      new DetectLabelsCommand({ Image: { S3Object: { Bucket: BUCKET, Name: key } } }),
    );
  }

  async function expectInvalidFormat(call: Promise<unknown>) {
    const error = await expectAwsError(call, 'InvalidImageFormatException', 400);
    expect(error.message).toBe(INVALID_FORMAT);
  }

  it.each(SAMPLES)('still labels %s from Bytes and from S3Object', async (name) => {
    const bytes = sample(name);
    const inline = await viaBytes(bytes);
    expect(inline.Labels!.length).toBeGreaterThan(0);
    const fromS3 = await viaS3(`samples/${name}`, bytes);
    expect(fromS3.Labels).toEqual(inline.Labels);
  });

  it('still labels makePng output, with and without noise', async () => {
    expect((await viaBytes(makePng(300, 200))).Labels).toBeDefined();
    expect((await viaBytes(makePng(300, 200, { noise: true, seed: 11 }))).Labels).toBeDefined();
    expect(
      (await viaS3('made/noise.png', makePng(400, 300, { noise: true }))).Labels,
    ).toBeDefined();
  });

  it('rejects a valid IHDR over a zeroed body, from Bytes and from S3Object', async () => {
    const corrupt = corruptPngBody(sample('chelsea.png'));
    // The header probe the action uses is satisfied...
    expect((await probeImage(bufferReader(corrupt))).ok).toBe(true);
    // ...Rekognition is not.
    await expectInvalidFormat(viaBytes(corrupt));
    await expectInvalidFormat(viaS3('broken/chelsea.png', corrupt));
    await expectInvalidFormat(
      rekognition.send(new DetectModerationLabelsCommand({ Image: { Bytes: corrupt } })),
    );
    await expectInvalidFormat(viaBytes(corruptPngBody(makePng(120, 90))));
  });

  it('rejects a flipped IDAT byte and a PNG truncated before IEND', async () => {
    await expectInvalidFormat(viaBytes(flipIdatByte(sample('coffee.png'))));
    await expectInvalidFormat(viaS3('broken/flipped.png', flipIdatByte(sample('astronaut.png'))));
    await expectInvalidFormat(viaBytes(truncateBeforeIend(sample('chelsea.png'))));
    await expectInvalidFormat(viaS3('broken/truncated.png', truncateBeforeIend(makePng(200, 200))));
  });

  it('rejects rocket.jpg cut by 1000 bytes and a header-only JPEG', async () => {
    const rocket = sample('rocket.jpg');
    const cut = rocket.subarray(0, rocket.length - 1000);
    expect(await probeImage(bufferReader(cut))).toMatchObject({ ok: true });
    await expectInvalidFormat(viaBytes(cut));
    await expectInvalidFormat(viaS3('broken/rocket.jpg', cut));
    const headerOnly = headerOnlyJpeg(640, 480);
    expect(await probeImage(bufferReader(headerOnly))).toMatchObject({ ok: true });
    await expectInvalidFormat(viaBytes(headerOnly));
  });

  it('checks dimensions before decoding, as before', async () => {
    await expectAwsError(
      viaBytes(corruptPngBody(makePng(40, 40))),
      'InvalidParameterException',
      400,
    );
    const wide = await expectAwsError(
      viaBytes(corruptPngBody(makePng(10_001, 80))),
      'InvalidParameterException',
      400,
    );
    expect(wide.message).toMatch(/exceed maximum dimension size/);
  });
});
