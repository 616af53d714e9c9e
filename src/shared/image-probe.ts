import { open } from 'node:fs/promises';
import { REKOGNITION_LIMITS } from './limits.js';

export type ImageFormat = 'jpeg' | 'png';

export interface ImageInfo {
  format: ImageFormat;
  width: number;
  height: number;
}

export type ProbeResult =
  { ok: true; info: ImageInfo } | { ok: false; detected: string; reason: string };

/** Reads `length` bytes at `position`; may return fewer at the end of the data. */
export type ByteReader = (position: number, length: number) => Promise<Buffer>;

export const CONTENT_TYPES: Record<ImageFormat, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
};

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Formats people try to label, so the error can say what the file really is. */
const OTHER_FORMATS: { name: string; test: (b: Buffer) => boolean }[] = [
  { name: 'GIF', test: (b) => b.subarray(0, 4).toString('latin1') === 'GIF8' },
  {
    name: 'WebP',
    test: (b) =>
      b.subarray(0, 4).toString('latin1') === 'RIFF' &&
      b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
  {
    name: 'HEIC/AVIF',
    test: (b) => b.subarray(4, 8).toString('latin1') === 'ftyp',
  },
  { name: 'BMP', test: (b) => b.subarray(0, 2).toString('latin1') === 'BM' },
  {
    name: 'TIFF',
    test: (b) => ['II*\0', 'MM\0*'].includes(b.subarray(0, 4).toString('latin1')),
  },
  { name: 'PDF', test: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
  {
    name: 'a Git LFS pointer (check out with `lfs: true`)',
    test: (b) => b.subarray(0, 40).toString('latin1').startsWith('version https://git-lfs'),
  },
  {
    name: 'SVG/XML text',
    test: (b) => /^\s*<(\?xml|svg)/i.test(b.subarray(0, 64).toString('latin1')),
  },
];

const JPEG_SOF_MARKERS = new Set([
  0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf,
]);

/**
 * How far the probe walks a JPEG's segments looking for the frame header: libjpeg and Rekognition
 * accept any number of segments before it (EXIF, ICC profiles, thousands of COM or APP blocks),
 * so the bound is the bytes Rekognition accepts at most, not a segment count.
 */
const JPEG_PROBE_LIMIT = REKOGNITION_LIMITS.maxBytesFromS3;

/** Segment headers are read through a window of this size, so many small segments cost one read. */
const JPEG_PROBE_CHUNK = 4096;

export function bufferReader(data: Buffer): ByteReader {
  return async (position, length) => data.subarray(position, position + length);
}

/**
 * Identifies JPEG and PNG by their magic bytes and reads the pixel size from the
 * header alone, so a 15 MB image costs a few small reads.
 */
export async function probeImage(read: ByteReader): Promise<ProbeResult> {
  const head = await read(0, 64);
  if (head.length >= 8 && head.subarray(0, 8).equals(PNG_SIGNATURE)) {
    if (head.length < 24) {
      return { ok: false, detected: 'PNG', reason: 'the PNG is truncated (no complete header)' };
    }
    if (head.subarray(12, 16).toString('latin1') !== 'IHDR') {
      return { ok: false, detected: 'PNG', reason: 'the PNG header is damaged (no IHDR chunk)' };
    }
    return {
      ok: true,
      info: { format: 'png', width: head.readUInt32BE(16), height: head.readUInt32BE(20) },
    };
  }
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) {
    return probeJpeg(read);
  }
  if (head.length === 0) return { ok: false, detected: 'empty', reason: 'the file is empty' };
  const other = OTHER_FORMATS.find((f) => f.test(head));
  const detected = other?.name ?? 'unknown';
  return {
    ok: false,
    detected,
    reason: other
      ? `it is ${other.name}, not JPEG or PNG`
      : 'it is not a JPEG or PNG image (unrecognised magic bytes)',
  };
}

/** Serves small reads from one larger read, so walking many small segments costs few reads. */
function windowedReader(read: ByteReader): ByteReader {
  let start = 0;
  let data: Buffer = Buffer.alloc(0);
  return async (position, length) => {
    if (position < start || position + length > start + data.length) {
      data = await read(position, Math.max(length, JPEG_PROBE_CHUNK));
      start = position;
    }
    return data.subarray(position - start, position - start + length);
  };
}

const DAMAGED_JPEG: ProbeResult = {
  ok: false,
  detected: 'JPEG',
  reason: 'the JPEG is damaged (no frame header found)',
};

/** Walks the segments from SOI to the frame header (SOFn), or to the end of the data. */
async function probeJpeg(readAt: ByteReader): Promise<ProbeResult> {
  const read = windowedReader(readAt);
  let position = 2;
  while (position < JPEG_PROBE_LIMIT) {
    const header = await read(position, 10);
    if (header.length < 4 || header[0] !== 0xff) return DAMAGED_JPEG;
    const marker = header[1]!;
    // Fill bytes and standalone markers carry no length.
    if (marker === 0xff) {
      position += 1;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      position += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return DAMAGED_JPEG;
    const length = header.readUInt16BE(2);
    if (length < 2) return DAMAGED_JPEG;
    if (JPEG_SOF_MARKERS.has(marker)) {
      if (header.length < 9) return DAMAGED_JPEG;
      return {
        ok: true,
        info: { format: 'jpeg', height: header.readUInt16BE(5), width: header.readUInt16BE(7) },
      };
    }
    position += 2 + length;
  }
  return {
    ok: false,
    detected: 'JPEG',
    reason: `the JPEG has no frame header in its first ${JPEG_PROBE_LIMIT / (1024 * 1024)} MiB, more than Rekognition reads`,
  };
}

export async function probeFile(path: string): Promise<ProbeResult> {
  const handle = await open(path, 'r');
  try {
    return await probeImage(async (position, length) => {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, position);
      return buffer.subarray(0, bytesRead);
    });
  } finally {
    await handle.close();
  }
}
