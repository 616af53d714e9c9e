import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Valid 8-bit RGB PNG encoder (node:zlib deflate + crc32), shared with the local stack. */
export { makePng } from '../../local-stack/png.js';

export const FIXTURES_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../__fixtures__/images',
);

export const fixture = (name: string): string => path.join(FIXTURES_DIR, name);

export interface MakeJpegOptions {
  /**
   * Payload bytes of an APP1 ("Exif") segment placed before the frame header,
   * to simulate large EXIF blocks. At most 65533. Omitted: no APP1.
   */
  app1Bytes?: number;
  /** Frame header marker: 0xc0 baseline (default), 0xc2 progressive. */
  sofMarker?: number;
  /** false: leave out the frame header entirely (a damaged JPEG). */
  frame?: boolean;
}

function segment(marker: number, payload: Buffer): Buffer {
  if (payload.length + 2 > 0xffff) throw new RangeError('JPEG segment payload too large');
  const head = Buffer.alloc(4);
  head[0] = 0xff;
  head[1] = marker;
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

/**
 * A minimal JPEG with valid headers only (SOI, APP0 JFIF, optional APP1, SOF,
 * EOI): enough for a header probe, not decodable pixels.
 */
export function makeJpeg(width: number, height: number, options: MakeJpegOptions = {}): Buffer {
  const parts: Buffer[] = [Buffer.from([0xff, 0xd8])];
  const jfif = Buffer.from([
    0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
  ]);
  parts.push(segment(0xe0, jfif));
  if (options.app1Bytes !== undefined) {
    const payload = Buffer.alloc(options.app1Bytes, 0x41);
    Buffer.from('Exif\0\0', 'latin1').copy(payload, 0);
    parts.push(segment(0xe1, payload));
  }
  if (options.frame !== false) {
    const sof = Buffer.alloc(15);
    sof[0] = 8; // precision
    sof.writeUInt16BE(height, 1);
    sof.writeUInt16BE(width, 3);
    sof[5] = 3; // components
    sof.set([1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1], 6);
    parts.push(segment(options.sofMarker ?? 0xc0, sof));
  }
  parts.push(Buffer.from([0xff, 0xd9]));
  return Buffer.concat(parts);
}
