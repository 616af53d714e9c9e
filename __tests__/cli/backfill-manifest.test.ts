import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backfillManifestsOf } from '../../src/shared/backfill-layout.js';
import {
  ManifestFile,
  encodeManifestKey,
  manifestKeyFor,
  manifestLine,
} from '../../src/cli/backfill-manifest.js';
import { decodeEventKey } from '../../src/lambda/s3-records.js';

/** Keys that break a naive CSV or a naive encoding. */
const TRICKY_KEYS = [
  'photos/a b.jpg',
  'photos/a+b.jpg',
  'photos/a%2Bb.jpg',
  'photos/commas, in, it.png',
  'photos/"quoted".jpeg',
  "photos/it's.jpg",
  'photos/élève/Ünïcode 日本語.png',
  'photos/emoji 🐱.jpg',
  'photos/semi;colon#hash?query&amp=1.jpg',
  'photos//double-slash.jpg',
  '/leading-slash.jpg',
  'photos/tab\there.jpg',
  'photos/new\nline.jpg',
];

describe('the manifest', () => {
  it.each(TRICKY_KEYS)('encodes %j so that each segment decodes back', (key) => {
    const encoded = encodeManifestKey(key);
    // Nothing a CSV reader would split or quote on, and no `+` the Lambda would read as a space.
    expect(encoded).not.toMatch(/[,"\n\r\t +]/);
    expect(encoded.split('/').map(decodeURIComponent).join('/')).toBe(key);
    // The Lambda's own decoding (`+` as a space, then %XX) gives the key back too.
    expect(decodeEventKey(encoded)).toBe(key);
  });

  it('writes one Bucket,Key line per object', () => {
    expect(manifestLine('course-library', 'a b/c,d.jpg')).toBe('course-library,a%20b/c%2Cd.jpg\n');
  });

  it('names a manifest by time under the environment’s manifests prefix', () => {
    const key = manifestKeyFor('prod', Date.UTC(2026, 10, 28, 10, 15, 0, 123), '1a2b3c4d');
    expect(key).toBe('rekognition-backfill/prod/manifests/20261128T101500Z-1a2b3c4d.csv');
    // The backfill role reads its manifests under exactly this prefix.
    expect(key.startsWith(backfillManifestsOf('prod'))).toBe(true);
  });

  it('streams to a temporary file with its size and SHA-256, then removes it', async () => {
    const file = await ManifestFile.create();
    await file.write('b,one.jpg\n');
    await file.write('');
    await file.write('b,%C3%A9.png\n');
    const written = await file.close();
    const text = 'b,one.jpg\nb,%C3%A9.png\n';
    expect(await readFile(written.path, 'utf8')).toBe(text);
    expect(written.bytes).toBe(Buffer.byteLength(text));
    expect(written.sha256).toBe(createHash('sha256').update(text).digest('hex'));
    let streamed = '';
    for await (const chunk of written.open()) streamed += String(chunk);
    expect(streamed).toBe(text);
    await file.remove();
    expect(existsSync(dirname(written.path))).toBe(false);
    await file.remove();
  });
});
