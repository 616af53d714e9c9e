import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32, createInflate, inflateSync } from 'node:zlib';
import type { ImageFormat } from '../src/shared/image-probe.js';

/*
 * A structural decodability check, standing in for the real decode Rekognition does.
 * The header probe (src/image-probe.ts) only reads the magic bytes and the pixel size;
 * real Rekognition answers InvalidImageFormatException for a file whose header is fine but
 * whose body is not. No pixels are decoded here; the check stops at what a decoder would
 * refuse outright:
 *
 * - PNG: every chunk in bounds with a matching CRC-32, IHDR first and sane, PLTE for
 *   palette images, at least one IDAT, IEND present (bytes after IEND are ignored), the
 *   IDAT stream inflates (zlib verifies its Adler-32), and for non-interlaced images it
 *   holds at least `height` rows whose filter bytes are 0..4. Extra data after the rows is
 *   tolerated, as libpng only warns about it.
 * - JPEG: segments in bounds up to the first SOS, a well-formed SOF before it, and an EOI
 *   somewhere after the SOS header. Huffman/quantisation tables are not required
 *   (Motion-JPEG frames rely on the default tables) and the entropy-coded data is not
 *   decoded.
 */

export type DecodeCheck = { ok: true } | { ok: false; reason: string };

export interface DecodeCheckOptions {
  /**
   * PNGs whose raw (inflated) pixel data would exceed this many bytes are inflated as a
   * stream, counting bytes without keeping them, instead of with one `inflateSync` into a
   * buffer: a 10000 x 10000 RGBA image compresses to a few MB but inflates to 400 MB.
   * Default 64 MiB (the sample photos need under 1 MB).
   */
  syncInflateLimit?: number;
}

const DEFAULT_SYNC_INFLATE_LIMIT = 64 * 1024 * 1024;
/** Inflated bytes allowed beyond the computed image size before inflation stops. */
const INFLATE_SLACK = 64 * 1024;
/** Largest output chunk `inflateSync` allocates at once. */
const MAX_CHUNK = 8 * 1024 * 1024;

const ok: DecodeCheck = { ok: true };
const bad = (reason: string): DecodeCheck => ({ ok: false, reason });

/** Checks that `bytes`, already identified by the header probe as `format`, would decode. */
export async function checkDecodable(
  bytes: Buffer,
  format: ImageFormat,
  opts: DecodeCheckOptions = {},
): Promise<DecodeCheck> {
  return format === 'png' ? checkPng(bytes, opts) : checkJpeg(bytes);
}

// ---------------------------------------------------------------------------------------
// PNG

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Channels per colour type, and the bit depths each allows (PNG spec, table 11.1). */
const COLOUR_TYPES: Record<number, { channels: number; depths: number[] }> = {
  0: { channels: 1, depths: [1, 2, 4, 8, 16] }, // greyscale
  2: { channels: 3, depths: [8, 16] }, // truecolour
  3: { channels: 1, depths: [1, 2, 4, 8] }, // palette
  4: { channels: 2, depths: [8, 16] }, // greyscale + alpha
  6: { channels: 4, depths: [8, 16] }, // truecolour + alpha
};

/** Adam7 passes: x start, y start, x step, y step. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

const KNOWN_CRITICAL = new Set(['IHDR', 'PLTE', 'IDAT', 'IEND']);
const CHUNK_TYPE = /^[A-Za-z]{4}$/;

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  interlaced: boolean;
}

/** Bytes of one scanline of `width` pixels, without its filter byte. */
function rowBytes(width: number, bitsPerPixel: number): number {
  return Math.ceil((width * bitsPerPixel) / 8);
}

/** Size of the inflated IDAT stream: every row's filter byte plus its pixels. */
export function pngRawSize(header: PngHeader): number {
  const bpp = COLOUR_TYPES[header.colourType]!.channels * header.bitDepth;
  if (!header.interlaced) return header.height * (1 + rowBytes(header.width, bpp));
  let total = 0;
  for (const [x0, y0, dx, dy] of ADAM7) {
    const w = Math.ceil(Math.max(0, header.width - x0) / dx);
    const h = Math.ceil(Math.max(0, header.height - y0) / dy);
    if (w > 0 && h > 0) total += h * (1 + rowBytes(w, bpp));
  }
  return total;
}

function parseIhdr(data: Buffer): PngHeader | string {
  if (data.length !== 13) return 'IHDR has the wrong length';
  const header: PngHeader = {
    width: data.readUInt32BE(0),
    height: data.readUInt32BE(4),
    bitDepth: data[8]!,
    colourType: data[9]!,
    interlaced: data[12] === 1,
  };
  if (header.width === 0 || header.height === 0) return 'IHDR has a zero dimension';
  if (header.width > 0x7fffffff || header.height > 0x7fffffff) return 'IHDR size out of range';
  const type = COLOUR_TYPES[header.colourType];
  if (!type) return `IHDR has an invalid colour type ${header.colourType}`;
  if (!type.depths.includes(header.bitDepth)) {
    return `IHDR has an invalid bit depth ${header.bitDepth} for colour type ${header.colourType}`;
  }
  if (data[10] !== 0 || data[11] !== 0) return 'IHDR has an unknown compression or filter method';
  if (data[12]! > 1) return 'IHDR has an unknown interlace method';
  return header;
}

async function checkPng(bytes: Buffer, opts: DecodeCheckOptions): Promise<DecodeCheck> {
  if (bytes.length < 8 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) {
    return bad('no PNG signature');
  }
  let header: PngHeader | undefined;
  let sawPalette = false;
  let sawEnd = false;
  const idat: Buffer[] = [];
  let position = 8;
  while (position < bytes.length) {
    if (position + 12 > bytes.length) return bad(`truncated chunk header at ${position}`);
    const length = bytes.readUInt32BE(position);
    const type = bytes.toString('latin1', position + 4, position + 8);
    if (length > 0x7fffffff) return bad(`chunk length out of range at ${position}`);
    const end = position + 12 + length;
    if (end > bytes.length) return bad(`${JSON.stringify(type)} chunk runs past the end`);
    if (!CHUNK_TYPE.test(type)) return bad(`invalid chunk type at ${position}`);
    const stored = bytes.readUInt32BE(end - 4);
    if (crc32(bytes.subarray(position + 4, end - 4)) !== stored) {
      return bad(`CRC mismatch in ${type} chunk at ${position}`);
    }
    const data = bytes.subarray(position + 8, end - 4);
    if (!header) {
      if (type !== 'IHDR') return bad('the first chunk is not IHDR');
      const parsed = parseIhdr(data);
      if (typeof parsed === 'string') return bad(parsed);
      header = parsed;
    } else if (type === 'IHDR') {
      return bad('a second IHDR chunk');
    } else if (type === 'PLTE') {
      sawPalette = true;
    } else if (type === 'IDAT') {
      if (header.colourType === 3 && !sawPalette) return bad('palette image without PLTE');
      idat.push(data);
    } else if (type === 'IEND') {
      sawEnd = true;
      break;
    } else if (!KNOWN_CRITICAL.has(type) && type.charCodeAt(0) < 0x61) {
      return bad(`unknown critical chunk ${type}`);
    }
    position = end;
  }
  if (!header) return bad('no IHDR chunk');
  if (idat.length === 0) return bad('no IDAT chunk');
  if (!sawEnd) return bad('no IEND chunk');
  return checkPngPixels(header, idat, opts.syncInflateLimit ?? DEFAULT_SYNC_INFLATE_LIMIT);
}

async function checkPngPixels(
  header: PngHeader,
  idat: Buffer[],
  syncLimit: number,
): Promise<DecodeCheck> {
  const expected = pngRawSize(header);
  const cap = expected + INFLATE_SLACK;
  if (expected > syncLimit) {
    // Large images: count the inflated bytes without keeping them.
    const counted = await inflatedLength(idat, cap);
    if (counted === undefined) return bad('the IDAT stream does not inflate');
    if (!header.interlaced && counted < expected) {
      return bad(`the IDAT stream holds ${counted} bytes, ${expected} needed`);
    }
    return ok;
  }
  let raw: Buffer;
  try {
    raw = inflateSync(idat.length === 1 ? idat[0]! : Buffer.concat(idat), {
      maxOutputLength: cap,
      // One output buffer for typical photos (default 16 KiB chunks cost about 40% more).
      chunkSize: Math.min(cap, MAX_CHUNK),
    });
  } catch (error) {
    // More data than the image needs: a decoder reads its rows and ignores the rest.
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return ok;
    return bad('the IDAT stream does not inflate');
  }
  if (header.interlaced) return ok;
  if (raw.length < expected) {
    return bad(`the IDAT stream holds ${raw.length} bytes, ${expected} needed`);
  }
  const stride = expected / header.height;
  for (let row = 0; row < expected; row += stride) {
    if (raw[row]! > 4) return bad(`invalid filter type ${raw[row]} in row ${row / stride}`);
  }
  return ok;
}

/** Inflates `parts` as one zlib stream; the inflated length, or undefined if it is corrupt. */
async function inflatedLength(parts: Buffer[], cap: number): Promise<number | undefined> {
  let total = 0;
  let capped = false;
  try {
    await pipeline(Readable.from(parts), createInflate(), async (source: AsyncIterable<Buffer>) => {
      for await (const chunk of source) {
        total += chunk.length;
        if (total > cap) {
          capped = true;
          return;
        }
      }
    });
  } catch {
    if (!capped) return undefined;
  }
  return total;
}

// ---------------------------------------------------------------------------------------
// JPEG

const SOF_MARKERS = new Set([
  0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf,
]);
const SOS = 0xda;
const EOI = Buffer.from([0xff, 0xd9]);

function hex(marker: number): string {
  return `0xFF${marker.toString(16).toUpperCase().padStart(2, '0')}`;
}

function checkJpeg(bytes: Buffer): DecodeCheck {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return bad('no SOI marker');
  let sawFrame = false;
  let position = 2;
  while (position + 2 <= bytes.length) {
    if (bytes[position] !== 0xff) return bad(`expected a marker at ${position}`);
    const marker = bytes[position + 1]!;
    if (marker === 0xff) {
      position += 1; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      position += 2; // standalone markers carry no length
      continue;
    }
    if (marker === 0x00 || marker === 0xd8 || marker === 0xd9) {
      return bad(`unexpected ${hex(marker)} before the scan`);
    }
    if (position + 4 > bytes.length) return bad(`truncated ${hex(marker)} segment`);
    const length = bytes.readUInt16BE(position + 2);
    const end = position + 2 + length;
    if (length < 2 || end > bytes.length) return bad(`${hex(marker)} segment out of bounds`);
    if (SOF_MARKERS.has(marker)) {
      const components = length >= 8 ? bytes[position + 9]! : 0;
      if (components < 1 || components > 4 || length !== 8 + 3 * components) {
        return bad(`malformed frame header ${hex(marker)}`);
      }
      sawFrame = true;
    } else if (marker === SOS) {
      if (!sawFrame) return bad('scan before the frame header');
      // Entropy-coded data stuffs every 0xFF as 0xFF00, so the last FFD9 is the real EOI.
      const eoi = bytes.lastIndexOf(EOI);
      if (eoi <= end) return bad('no EOI after the scan (truncated JPEG)');
      return ok;
    }
    position = end;
  }
  return bad('no scan (SOS) before the end of the data');
}
