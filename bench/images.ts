import {
  link,
  copyFile,
  mkdir,
  mkdtemp,
  readFile,
  rename,
  stat,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { makePng, pngChunk } from '../local-stack/png.js';
import { createPrng } from '../local-stack/prng.js';
import { makeNoiseJpeg } from './jpeg.js';

/**
 * The benchmark's images: a fixed, seeded sequence of valid JPEGs and PNGs of varied sizes,
 * generated once into a cache directory and hard-linked into each run's workspace.
 * Image i is the same bytes on every machine and every run, so runs compare.
 */

/** Bump when the generator changes, so an old cache is not reused. */
export const IMAGE_SET_VERSION = 1;

export const DEFAULT_CACHE_DIR = join(tmpdir(), 'rekognition-label-bench');

export interface ImageSpec {
  index: number;
  name: string;
  format: 'jpeg' | 'png';
  /** 'noise' does not compress (like photos); 'smooth' is a gradient of a few KB. */
  content: 'noise' | 'smooth';
  width: number;
  height: number;
  /** Expected file size, to within a few percent (exact for nothing but the tests). */
  approxBytes: number;
}

const KB = 1024;
const MB = 1024 * KB;
/** The largest file in the set: under the 5 MB inline limit that direct mode without a bucket has. */
export const MAX_IMAGE_BYTES = 4.5 * MB;

/** Bytes per pixel of each generator (noise PNG: RGB stored; noise JPEG: 63 coefficients). */
const BYTES_PER_PIXEL = { png: 3, jpeg: 1.05 } as const;

function logUniform(random: () => number, min: number, max: number): number {
  return Math.exp(Math.log(min) + random() * (Math.log(max) - Math.log(min)));
}

/**
 * Sizes like a repository of course images: 10% small smooth PNGs (diagrams, screenshots),
 * 70% photos of 20-600 KB, 20% large photos of 0.6-4.5 MB (mean about 0.5 MB).
 */
export function imageSpec(index: number): ImageSpec {
  const random = createPrng(0x5eed0000 + index);
  const kind = random();
  const format: ImageSpec['format'] = random() < 0.5 ? 'jpeg' : 'png';
  const aspect = 0.6 + random() * 1.1; // width / height
  const name = (f: string) =>
    `img-${String(index).padStart(5, '0')}.${f === 'jpeg' ? 'jpg' : 'png'}`;
  if (kind < 0.1) {
    const width = 200 + Math.floor(random() * 1400);
    const height = Math.max(80, Math.round(width / aspect));
    return {
      index,
      name: name('png'),
      format: 'png',
      content: 'smooth',
      width,
      height,
      approxBytes: 0,
    };
  }
  const target =
    kind < 0.8
      ? logUniform(random, 20 * KB, 600 * KB)
      : logUniform(random, 600 * KB, MAX_IMAGE_BYTES);
  const pixels = target / BYTES_PER_PIXEL[format];
  const height = Math.max(80, Math.round(Math.sqrt(pixels / aspect)));
  const width = Math.max(80, Math.round(pixels / height));
  return {
    index,
    name: name(format),
    format,
    content: 'noise',
    width,
    height,
    approxBytes: Math.round(width * height * BYTES_PER_PIXEL[format]),
  };
}

export function renderImage(spec: ImageSpec): Buffer {
  const seed = 0xbe4c0000 + spec.index;
  if (spec.content === 'smooth') return makePng(spec.width, spec.height);
  return spec.format === 'png'
    ? makePng(spec.width, spec.height, { noise: true, seed })
    : makeNoiseJpeg(spec.width, spec.height, { seed });
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile() && s.size > 0,
    () => false,
  );
}

/** Writes through a temporary name, so an interrupted run never leaves half an image. */
async function writeAtomically(path: string, data: Buffer): Promise<void> {
  const partial = `${path}.${process.pid}.partial`;
  await writeFile(partial, data);
  await rename(partial, path);
}

export interface ImageCache {
  dir: string;
  /** Paths of images 0..count-1, generating the missing ones. */
  ensure(count: number, onProgress?: (done: number, total: number) => void): Promise<string[]>;
  /** One extra PNG of about `bytes` (noise), e.g. the 14 MB image sent through S3. */
  ensureLargePng(bytes: number): Promise<string>;
  /** `count` photos of about MAX_IMAGE_BYTES each, JPEG and PNG in turn: the worst case inline. */
  ensureLargest(count: number): Promise<string[]>;
  /**
   * `count` images whose bytes all differ: the set up to POOL_SIZE, then copies of it that
   * each carry their own marker (distinctCopy), written once under variants/ as
   * "c2-name", "c3-name"... (the names a workspace gives repeats).
   */
  ensureDistinct(
    count: number,
    onProgress?: (done: number, total: number) => void,
  ): Promise<string[]>;
}

/** The largest photo the set has, for the worst-case memory run. */
export function largestSpec(index: number): ImageSpec {
  const format: ImageSpec['format'] = index % 2 === 0 ? 'jpeg' : 'png';
  const pixels = MAX_IMAGE_BYTES / BYTES_PER_PIXEL[format];
  const height = Math.round(Math.sqrt(pixels / 1.33));
  const width = Math.round(pixels / height);
  return {
    index: 100_000 + index,
    name: `largest-${String(index).padStart(3, '0')}.${format === 'jpeg' ? 'jpg' : 'png'}`,
    format,
    content: 'noise',
    width,
    height,
    approxBytes: Math.round(width * height * BYTES_PER_PIXEL[format]),
  };
}

export function imageCache(root = DEFAULT_CACHE_DIR): ImageCache {
  const dir = join(root, `images-v${IMAGE_SET_VERSION}`);
  return {
    dir,
    async ensure(count, onProgress) {
      await mkdir(dir, { recursive: true });
      const paths: string[] = [];
      let generated = 0;
      for (let i = 0; i < count; i++) {
        const spec = imageSpec(i);
        const path = join(dir, spec.name);
        if (!(await exists(path))) {
          await writeAtomically(path, renderImage(spec));
          generated++;
          if (onProgress && generated % 100 === 0) onProgress(i + 1, count);
        }
        paths.push(path);
      }
      return paths;
    },
    async ensureLargePng(bytes) {
      await mkdir(dir, { recursive: true });
      const side = Math.ceil(Math.sqrt(bytes / 3));
      const path = join(dir, `large-${side}x${side}.png`);
      if (!(await exists(path))) {
        await writeAtomically(path, makePng(side, side, { noise: true, seed: 14 }));
      }
      return path;
    },
    async ensureLargest(count) {
      await mkdir(dir, { recursive: true });
      const paths: string[] = [];
      for (let i = 0; i < count; i++) {
        const spec = largestSpec(i);
        const path = join(dir, spec.name);
        if (!(await exists(path))) await writeAtomically(path, renderImage(spec));
        paths.push(path);
      }
      return paths;
    },
    async ensureDistinct(count, onProgress) {
      const pool = await this.ensure(Math.min(count, POOL_SIZE));
      const variants = join(dir, 'variants');
      await mkdir(variants, { recursive: true });
      const paths = pool.slice();
      let written = 0;
      for (let i = pool.length; i < count; i++) {
        const original = pool[i % POOL_SIZE]!;
        const copy = Math.floor(i / POOL_SIZE) + 1;
        const path = join(variants, `c${copy}-${basename(original)}`);
        if (!(await exists(path))) {
          await writeAtomically(path, distinctCopy(await readFile(original), `copy ${copy}`));
          written++;
          if (onProgress && written % 1000 === 0) onProgress(i + 1, count);
        }
        paths.push(path);
      }
      return paths;
    },
  };
}

/**
 * The same picture with other bytes: `marker` in a JPEG comment (COM) right after SOI, or a
 * PNG text chunk (tEXt) right after IHDR. Decoders skip both, so the copy decodes, probes and
 * sizes as its original, but its SHA-256 differs: the action labels it rather than reusing
 * the original's labels, as it would a different photo.
 */
export function distinctCopy(image: Buffer, marker: string): Buffer {
  const text = Buffer.from(marker, 'latin1');
  if (image[0] === 0xff && image[1] === 0xd8) {
    const comment = Buffer.alloc(4);
    comment.writeUInt16BE(0xfffe, 0);
    comment.writeUInt16BE(text.length + 2, 2);
    return Buffer.concat([image.subarray(0, 2), comment, text, image.subarray(2)]);
  }
  const afterHeader = PNG_SIGNATURE_BYTES + PNG_IHDR_CHUNK_BYTES;
  if (image.subarray(12, 16).toString('latin1') !== 'IHDR') {
    throw new RangeError('distinctCopy: neither a JPEG nor a PNG starting with IHDR');
  }
  const chunk = pngChunk('tEXt', Buffer.concat([Buffer.from('bench\0', 'latin1'), text]));
  return Buffer.concat([image.subarray(0, afterHeader), chunk, image.subarray(afterHeader)]);
}

const PNG_SIGNATURE_BYTES = 8;
/** Length, type, 13 bytes of header, CRC. */
const PNG_IHDR_CHUNK_BYTES = 4 + 4 + 13 + 4;

/**
 * The generated set stops at this many images (about 1 GB): larger runs link each of them
 * several times under other names (nothing dedupes within a run, so they count as N images).
 */
export const POOL_SIZE = 2000;

/** `n` paths from `pool`, in turn: the pool once, then again from the start. */
export function repeatPool<T>(pool: readonly T[], n: number): T[] {
  if (pool.length === 0) throw new RangeError('an empty pool');
  return Array.from({ length: n }, (_, i) => pool[i % pool.length]!);
}

/** The first `n` images, generated up to POOL_SIZE and repeated beyond. */
export async function ensureImages(cache: ImageCache, n: number): Promise<string[]> {
  return repeatPool(await cache.ensure(Math.min(n, POOL_SIZE)), n);
}

/**
 * The name each file gets in a workspace: its own, and "c2-name", "c3-name"... for its
 * second, third... appearance, so a repeated pool gives distinct paths.
 */
export function workspaceNames(files: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return files.map((file) => {
    const base = file.slice(file.lastIndexOf('/') + 1);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `c${count}-${base}`;
  });
}

/**
 * A fresh workspace holding `files` under images/ (repeats renamed: workspaceNames), as
 * hard links when the file system allows (instant, no extra disk), else as copies.
 */
export async function makeWorkspace(files: readonly string[], root = tmpdir()): Promise<string> {
  const workspace = await mkdtemp(join(root, 'bench-ws-'));
  const images = join(workspace, 'images');
  await mkdir(images);
  const names = workspaceNames(files);
  for (const [i, file] of files.entries()) {
    const target = join(images, names[i]!);
    await link(file, target).catch(() => copyFile(file, target));
  }
  return workspace;
}
