import { createPrng } from '../local-stack/prng.js';

/**
 * A baseline (SOF0) greyscale JPEG whose blocks hold seeded random DCT coefficients,
 * Huffman-coded with the standard tables of ITU T.81 Annex K. Any decoder reads it (as
 * noise); like a photo, it does not compress further, so the file size is set by the
 * pixel count and `coefficients`.
 */
export interface NoiseJpegOptions {
  seed?: number;
  /** Non-zero AC coefficients per 8x8 block, 0..63 (default 63: about 1 byte per pixel). */
  coefficients?: number;
}

// Table K.3 (DC luminance) and K.5 (AC luminance): code counts per length 1..16, then values.
const DC_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
const DC_VALUES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const AC_BITS = [0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7d];
// prettier-ignore
const AC_VALUES = [
  0x01, 0x02, 0x03, 0x00, 0x04, 0x11, 0x05, 0x12, 0x21, 0x31, 0x41, 0x06, 0x13, 0x51, 0x61, 0x07,
  0x22, 0x71, 0x14, 0x32, 0x81, 0x91, 0xa1, 0x08, 0x23, 0x42, 0xb1, 0xc1, 0x15, 0x52, 0xd1, 0xf0,
  0x24, 0x33, 0x62, 0x72, 0x82, 0x09, 0x0a, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x25, 0x26, 0x27, 0x28,
  0x29, 0x2a, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49,
  0x4a, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5a, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69,
  0x6a, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89,
  0x8a, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7,
  0xa8, 0xa9, 0xaa, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xc2, 0xc3, 0xc4, 0xc5,
  0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xd9, 0xda, 0xe1, 0xe2,
  0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8,
  0xf9, 0xfa,
];

interface Code {
  code: number;
  length: number;
}

/** Canonical Huffman codes (T.81 Annex C) for a table given as counts per length and values. */
export function huffmanCodes(
  bits: readonly number[],
  values: readonly number[],
): Map<number, Code> {
  const codes = new Map<number, Code>();
  let code = 0;
  let k = 0;
  for (let length = 1; length <= 16; length++) {
    for (let i = 0; i < bits[length - 1]!; i++) codes.set(values[k++]!, { code: code++, length });
    code <<= 1;
  }
  return codes;
}

const DC_CODES = huffmanCodes(DC_BITS, DC_VALUES);
const AC_CODES = huffmanCodes(AC_BITS, AC_VALUES);

/** Writes bits MSB first, stuffing a 0x00 after every 0xFF byte as entropy-coded data must. */
class BitWriter {
  private out: Buffer;
  private length = 0;
  private acc = 0;
  private count = 0;

  constructor(capacity: number) {
    this.out = Buffer.alloc(Math.max(1024, capacity));
  }

  write(value: number, bits: number): void {
    for (let i = bits - 1; i >= 0; i--) {
      this.acc = (this.acc << 1) | ((value >>> i) & 1);
      if (++this.count === 8) this.flushByte();
    }
  }

  finish(): Buffer {
    // Pad the last byte with 1-bits.
    while (this.count !== 0) this.write(1, 1);
    return this.out.subarray(0, this.length);
  }

  private flushByte(): void {
    if (this.length + 2 > this.out.length) {
      const bigger = Buffer.alloc(this.out.length * 2);
      this.out.copy(bigger);
      this.out = bigger;
    }
    this.out[this.length++] = this.acc;
    if (this.acc === 0xff) this.out[this.length++] = 0;
    this.acc = 0;
    this.count = 0;
  }
}

function category(value: number): number {
  let magnitude = Math.abs(value);
  let bits = 0;
  while (magnitude > 0) {
    bits++;
    magnitude >>= 1;
  }
  return bits;
}

/** The `size` extra bits that follow a Huffman symbol: v, or v - 1 in ones' complement. */
function amplitude(value: number, size: number): number {
  return value >= 0 ? value : value + (1 << size) - 1;
}

function segment(marker: number, payload: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head[0] = 0xff;
  head[1] = marker;
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

function dht(tableClass: number, id: number, bits: number[], values: number[]): Buffer {
  return Buffer.from([(tableClass << 4) | id, ...bits, ...values]);
}

export function makeNoiseJpeg(width: number, height: number, opts: NoiseJpegOptions = {}): Buffer {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`invalid JPEG size ${width}x${height}`);
  }
  if (width > 0xffff || height > 0xffff) throw new RangeError('JPEG sides are at most 65535');
  const coefficients = Math.max(0, Math.min(63, opts.coefficients ?? 63));
  const random = createPrng(opts.seed ?? 1);

  const app0 = Buffer.from([
    0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
  ]);
  // One quantisation table of all ones: the coefficients are the pixels' DCT as written.
  const dqt = Buffer.alloc(65, 1);
  dqt[0] = 0x00;
  const sof = Buffer.alloc(9);
  sof[0] = 8;
  sof.writeUInt16BE(height, 1);
  sof.writeUInt16BE(width, 3);
  sof[5] = 1; // one component (greyscale)
  sof.set([1, 0x11, 0], 6); // id 1, 1x1 sampling, quantisation table 0
  const sos = Buffer.from([1, 1, 0x00, 0, 63, 0]); // component 1 uses DC table 0, AC table 0

  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  const bits = new BitWriter(Math.ceil(blocks * (2 + coefficients * 1.2)));
  const eob = AC_CODES.get(0x00)!;
  let previousDc = 0;
  for (let b = 0; b < blocks; b++) {
    const dc = Math.floor(random() * 401) - 200;
    const diff = dc - previousDc;
    previousDc = dc;
    const dcSize = category(diff);
    const dcCode = DC_CODES.get(dcSize)!;
    bits.write(dcCode.code, dcCode.length);
    if (dcSize > 0) bits.write(amplitude(diff, dcSize), dcSize);
    for (let k = 0; k < coefficients; k++) {
      // Magnitudes 1..31 with a random sign, never zero, so every symbol has run length 0.
      const magnitude = 1 + Math.floor(random() * 31);
      const value = random() < 0.5 ? -magnitude : magnitude;
      const size = category(value);
      const code = AC_CODES.get(size)!;
      bits.write(code.code, code.length);
      bits.write(amplitude(value, size), size);
    }
    if (coefficients < 63) bits.write(eob.code, eob.length);
  }

  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, app0),
    segment(0xdb, dqt),
    segment(0xc0, sof),
    segment(0xc4, dht(0, 0, DC_BITS, DC_VALUES)),
    segment(0xc4, dht(1, 0, AC_BITS, AC_VALUES)),
    segment(0xda, sos),
    bits.finish(),
    Buffer.from([0xff, 0xd9]),
  ]);
}
