import { describe, expect, it } from 'vitest';
import { decodeMetadata, encodeMetadata } from '../../src/shared/object-metadata.js';

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
});
