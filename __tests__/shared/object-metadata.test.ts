import { describe, expect, it } from 'vitest';
import {
  MAX_METADATA_BYTES,
  decodeMetadata,
  encodeMetadata,
  metadataBytes,
} from '../../src/shared/object-metadata.js';

const provenance = {
  repository: 'pixel-learning/course-images',
  branch: 'feature/cats',
  commit: 'abc123',
  runId: '42',
};
const SHA = 'a'.repeat(64);

describe('upload metadata', () => {
  it('round-trips unicode and percent signs unambiguously', () => {
    for (const branch of ['feature/ünïcode', 'fix%41', '100% done', 'plain', 'a%2Fb']) {
      const encoded = encodeMetadata({
        sha256: SHA,
        mode: 'upload-only',
        provenance: { ...provenance, branch },
      });
      expect(encoded.branch).toMatch(/^[\x20-\x7e]*$/);
      expect(decodeMetadata(encoded).provenance.branch).toBe(branch);
    }
  });

  it('keeps printable ASCII readable in the S3 console', () => {
    const encoded = encodeMetadata({
      sha256: SHA,
      mode: 'direct',
      provenance: { ...provenance, pullRequest: 7 },
    });
    expect(encoded).toEqual({
      sha256: SHA,
      mode: 'direct',
      repository: 'pixel-learning/course-images',
      branch: 'feature/cats',
      commit: 'abc123',
      'run-id': '42',
      'pull-request': '7',
    });
    expect(decodeMetadata(encoded)).toEqual({
      sha256: SHA,
      mode: 'direct',
      provenance: { ...provenance, pullRequest: 7 },
    });
  });

  it('drops what it cannot trust from a hand upload', () => {
    expect(decodeMetadata({ sha256: 'not-a-hash', 'pull-request': '7; drop table' })).toEqual({
      provenance: {},
    });
    expect(decodeMetadata(undefined)).toEqual({ provenance: {} });
    expect(decodeMetadata({ sha256: SHA.toUpperCase() }).sha256).toBe(SHA);
    expect(decodeMetadata({ branch: 'bad%zz' }).provenance.branch).toBe('bad%zz');
  });

  it("stays under S3's 2 KB by cutting a long non-ASCII branch, marked with …", () => {
    // 245 characters of 3 UTF-8 bytes each: 2,205 bytes once percent-encoded, over 2 KB alone.
    const branch = `feature/${'猫'.repeat(237)}`;
    const encoded = encodeMetadata({
      sha256: SHA,
      mode: 'upload-only',
      provenance: { ...provenance, branch, pullRequest: 1234567 },
    });
    expect(metadataBytes(encoded)).toBeLessThanOrEqual(MAX_METADATA_BYTES);
    expect(metadataBytes(encoded)).toBeGreaterThan(MAX_METADATA_BYTES - 9 * 2);
    const read = decodeMetadata(encoded);
    expect(read.provenance.branch).toMatch(/^feature\/猫+…$/);
    expect(branch.startsWith(read.provenance.branch!.slice(0, -1))).toBe(true);
    // Everything else is whole.
    expect(read).toMatchObject({ sha256: SHA, mode: 'upload-only' });
    expect(read.provenance).toMatchObject({ commit: 'abc123', runId: '42', pullRequest: 1234567 });
  });

  it('leaves metadata that fits untouched', () => {
    const branch = `feature/${'ü'.repeat(200)}`;
    const encoded = encodeMetadata({
      sha256: SHA,
      mode: 'direct',
      provenance: { ...provenance, branch },
    });
    expect(decodeMetadata(encoded).provenance.branch).toBe(branch);
  });
});
