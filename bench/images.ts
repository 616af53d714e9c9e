import { link, copyFile, mkdir, mkdtemp, rename, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makePng } from '../local-stack/png.js';
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
  };
}

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
