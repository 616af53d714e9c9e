import { crc32, deflateSync } from 'node:zlib';
import { createPrng } from './prng.js';

export interface MakePngOptions {
  /**
   * Fill the pixels with seeded random bytes. Noise does not compress, so the file size
   * is predictable (about width * height * 3 bytes): use it to build images over a size
   * limit. Without noise the image is a smooth gradient and compresses to a few KB.
   */
  noise?: boolean;
  /** Seed for the noise; the same seed gives the same bytes. */
  seed?: number;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** One PNG chunk: length, type, data and the CRC of type and data. */
export function pngChunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(4 + typeAndData.length + 4);
  out.writeUInt32BE(data.length, 0);
  typeAndData.copy(out, 4);
  out.writeUInt32BE(crc32(typeAndData), 8 + data.length);
  return out;
}

/** Encodes a valid 8-bit RGB PNG of the given size. */
export function makePng(width: number, height: number, opts: MakePngOptions = {}): Buffer {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`invalid PNG size ${width}x${height}`);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: truecolour RGB
  header[10] = 0; // compression
  header[11] = 0; // filter method
  header[12] = 0; // no interlace

  const stride = 1 + width * 3;
  const raw = Buffer.alloc(stride * height);
  if (opts.noise) {
    const random = createPrng(opts.seed ?? 1);
    for (let y = 0; y < height; y++) {
      const rowStart = y * stride + 1; // byte 0 of every row is filter type 0 (None)
      for (let i = 0; i < width * 3; i += 4) {
        const value = Math.floor(random() * 4294967296);
        for (let b = 0; b < 4 && i + b < width * 3; b++)
          raw[rowStart + i + b] = (value >>> (b * 8)) & 0xff;
      }
    }
  } else {
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const p = y * stride + 1 + x * 3;
        raw[p] = Math.floor((x / width) * 255);
        raw[p + 1] = Math.floor((y / height) * 255);
        raw[p + 2] = 128;
      }
    }
  }
  // Noise would not shrink anyway; storing it uncompressed keeps large images fast to build.
  const idat = deflateSync(raw, { level: opts.noise ? 0 : 6 });
  return Buffer.concat([
    SIGNATURE,
    pngChunk('IHDR', header),
    pngChunk('IDAT', idat),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * A "header fine, body broken" PNG: keeps the signature and the IHDR chunk (so a header
 * probe still reads the format and size) and zeroes every byte after it, keeping the file
 * length. The header probe accepts it; the emulator, like Rekognition, answers
 * InvalidImageFormatException.
 */
export function corruptPngBody(png: Buffer): Buffer {
  if (png.length < 33 || !png.subarray(0, 8).equals(SIGNATURE)) {
    throw new RangeError('not a PNG');
  }
  if (png.toString('latin1', 12, 16) !== 'IHDR') throw new RangeError('PNG has no IHDR chunk');
  const headerEnd = 8 + 12 + png.readUInt32BE(8);
  if (headerEnd > png.length) throw new RangeError('PNG is truncated inside IHDR');
  const out = Buffer.from(png);
  out.fill(0, headerEnd);
  return out;
}
