import { describe, expect, it } from 'vitest';
import { checkImage } from '../../src/shared/image-check.js';
import {
  bufferReader,
  probeFile,
  probeImage,
  type ProbeResult,
} from '../../src/shared/image-probe.js';
import { REKOGNITION_LIMITS } from '../../src/shared/limits.js';
import { fixture } from '../helpers/images.js';

const MB = 1024 * 1024;

function png(width: number, height: number): ProbeResult {
  return { ok: true, info: { format: 'png', width, height } };
}

describe('REKOGNITION_LIMITS', () => {
  it('holds the documented Rekognition limits', () => {
    expect(REKOGNITION_LIMITS).toEqual({
      maxBytesInline: 5 * MB,
      maxBytesFromS3: 15 * MB,
      minSidePx: 80,
      maxSidePx: 10_000,
      maxLabels: 1000,
    });
  });
});

describe('checkImage size', () => {
  it('accepts exactly 5 MB as bytes', () => {
    expect(checkImage('a.png', 5 * MB, png(500, 500), 'bytes')).toEqual({
      ok: true,
      info: { format: 'png', width: 500, height: 500 },
    });
  });

  it('rejects one byte over 5 MB as bytes', () => {
    expect(checkImage('a.png', 5 * MB + 1, png(500, 500), 'bytes').ok).toBe(false);
  });

  it('names the file, the size and the 5 MB limit for bytes, and suggests `bucket`', () => {
    expect(checkImage('photos/big.png', 6 * MB, png(500, 500), 'bytes')).toEqual({
      ok: false,
      message:
        'photos/big.png is 6,291,456 bytes (6.00 MiB); Rekognition accepts at most 5 MiB (5,242,880 bytes) as bytes. ' +
        'Set the `bucket` input so Rekognition reads it from S3 (up to 15 MiB), or make it smaller.',
    });
  });

  it('formats the size with two decimals', () => {
    const result = checkImage('x.jpg', Math.round(7.254 * MB), png(500, 500), 'bytes');
    expect(result.ok === false && result.message).toMatch(
      /^x\.jpg is 7,606,370 bytes \(7\.25 MiB\); /,
    );
  });

  it.each([
    [
      5 * MB + 1,
      'bytes',
      '5,242,881 bytes (5.000001 MiB); Rekognition accepts at most 5 MiB (5,242,880 bytes) as bytes',
    ],
    [
      5 * MB + 5_000,
      'bytes',
      '5,247,880 bytes (5.005 MiB); Rekognition accepts at most 5 MiB (5,242,880 bytes) as bytes',
    ],
    [
      15 * MB + 1,
      's3',
      '15,728,641 bytes (15.000001 MiB); Rekognition accepts at most 15 MiB (15,728,640 bytes) from S3',
    ],
  ] as const)(
    'shows enough precision for %d bytes to differ from the limit',
    (size, transport, text) => {
      const result = checkImage('x.png', size, png(500, 500), transport);
      expect(result.ok === false && result.message).toBe(
        `x.png is ${text}. ${transport === 'bytes' ? 'Set the `bucket` input so Rekognition reads it from S3 (up to 15 MiB), or make it smaller.' : 'Make it smaller (resize or recompress).'}`,
      );
    },
  );

  it('accepts 6 MB and exactly 15 MB from S3', () => {
    expect(checkImage('a.png', 6 * MB, png(500, 500), 's3').ok).toBe(true);
    expect(checkImage('a.png', 15 * MB, png(500, 500), 's3').ok).toBe(true);
  });

  it('names the file, the size and the 15 MB limit from S3, without suggesting `bucket`', () => {
    const result = checkImage('photos/huge.jpg', 16 * MB, png(500, 500), 's3');
    expect(result).toEqual({
      ok: false,
      message:
        'photos/huge.jpg is 16,777,216 bytes (16.00 MiB); Rekognition accepts at most 15 MiB (15,728,640 bytes) from S3. ' +
        'Make it smaller (resize or recompress).',
    });
  });

  it('rejects one byte over 15 MB from S3', () => {
    expect(checkImage('a.png', 15 * MB + 1, png(500, 500), 's3').ok).toBe(false);
  });

  it('checks the size before the dimensions', () => {
    const result = checkImage('a.png', 6 * MB, png(10, 10), 'bytes');
    expect(result.ok === false && result.message).toContain(
      'at most 5 MiB (5,242,880 bytes) as bytes',
    );
  });
});

describe('checkImage dimensions', () => {
  it.each([
    [79, 500],
    [500, 79],
    [10_001, 500],
    [500, 10_001],
    [79, 10_001],
  ])('rejects %dx%d px', (width, height) => {
    expect(checkImage('img/a.png', 1000, png(width, height), 'bytes')).toEqual({
      ok: false,
      message: `img/a.png is ${width}x${height} px; Rekognition needs each side between 80 and 10,000 px.`,
    });
  });

  it.each([
    [80, 80],
    [10_000, 10_000],
    [80, 10_000],
    [10_000, 80],
  ])('accepts %dx%d px', (width, height) => {
    expect(checkImage('a.png', 1000, png(width, height), 's3')).toEqual({
      ok: true,
      info: { format: 'png', width, height },
    });
  });
});

describe('checkImage format', () => {
  it('explains a file that is not JPEG or PNG', async () => {
    const gif = Buffer.concat([Buffer.from('GIF89a', 'latin1'), Buffer.alloc(20)]);
    const probe = await probeImage(bufferReader(gif));
    expect(checkImage('images/anim.gif', gif.length, probe, 'bytes')).toEqual({
      ok: false,
      message:
        'images/anim.gif: it is GIF, not JPEG or PNG. Rekognition accepts only JPEG and PNG.',
    });
  });

  it('explains a damaged JPEG', () => {
    const probe: ProbeResult = {
      ok: false,
      detected: 'JPEG',
      reason: 'the JPEG is damaged (no frame header found)',
    };
    expect(checkImage('b.jpg', 10, probe, 's3')).toEqual({
      ok: false,
      message:
        'b.jpg: the JPEG is damaged (no frame header found). Rekognition accepts only JPEG and PNG.',
    });
  });

  it('reports the format before the size', () => {
    const probe: ProbeResult = { ok: false, detected: 'empty', reason: 'the file is empty' };
    expect(checkImage('c.png', 20 * MB, probe, 'bytes')).toEqual({
      ok: false,
      message: 'c.png: the file is empty. Rekognition accepts only JPEG and PNG.',
    });
  });
});

describe('checkImage on the sample photos', () => {
  it.each([
    ['astronaut.png', 791_555],
    ['rocket.jpg', 112_525],
  ])('accepts %s as bytes', async (name, size) => {
    const probe = await probeFile(fixture(name));
    const result = checkImage(name, size, probe, 'bytes');
    expect(result.ok).toBe(true);
  });
});
