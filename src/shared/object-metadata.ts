import type { Provenance } from './record.js';
import type { Mode } from './mode.js';

/**
 * The user metadata the action attaches to each upload, and the Lambda reads back. S3 sends
 * metadata as HTTP headers, so values outside printable ASCII, and any holding `%`, are
 * percent-encoded; encoding `%` too keeps the decoding unambiguous.
 */
export interface UploadMetadata {
  sha256: string;
  /** `direct` objects were labeled by the action itself; the Lambda leaves them alone. */
  mode: Mode;
  provenance: Provenance;
}

const SHA256 = /^[0-9a-f]{64}$/;

function encodeValue(value: string): string {
  return /^[\x20-\x24\x26-\x7e]*$/.test(value) ? value : encodeURIComponent(value);
}

function decodeValue(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * S3 refuses an upload whose user metadata is over 2 KB, counted as the UTF-8 bytes of every
 * key and value (MetadataTooLarge).
 */
export const MAX_METADATA_BYTES = 2048;

/** Ends a value that was cut to fit; the reader sees it was cut. */
export const TRUNCATION_MARK = '…';

export function metadataBytes(metadata: Record<string, string>): number {
  return Object.entries(metadata).reduce(
    (sum, [key, value]) => sum + Buffer.byteLength(key, 'utf8') + Buffer.byteLength(value, 'utf8'),
    0,
  );
}

/**
 * The metadata for an upload, always under S3's 2 KB: a branch name (up to 255 bytes, and
 * non-ASCII grows threefold when encoded) or a repository name that would not fit is cut at a
 * character boundary and marked with `…`; everything else is short by construction.
 */
export function encodeMetadata(metadata: UploadMetadata): Record<string, string> {
  const { provenance } = metadata;
  const encoded: Record<string, string> = {
    sha256: metadata.sha256,
    mode: metadata.mode,
    repository: encodeValue(provenance.repository),
    branch: encodeValue(provenance.branch),
    commit: encodeValue(provenance.commit),
    'run-id': encodeValue(provenance.runId),
  };
  if (provenance.pullRequest !== undefined) {
    encoded['pull-request'] = String(provenance.pullRequest);
  }
  for (const name of ['branch', 'repository', 'commit', 'run-id'] as const) {
    const excess = metadataBytes(encoded) - MAX_METADATA_BYTES;
    if (excess <= 0) break;
    const field = name === 'run-id' ? 'runId' : name;
    encoded[name] = fitValue(provenance[field], Buffer.byteLength(encoded[name]!) - excess);
  }
  return encoded;
}

/** The longest prefix of `value`, marked as cut, whose encoding takes at most `bytes` bytes. */
function fitValue(value: string, bytes: number): string {
  const characters = [...value];
  let low = 0;
  let high = characters.length;
  const encodedPrefix = (count: number) =>
    encodeValue(characters.slice(0, count).join('') + TRUNCATION_MARK);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (Buffer.byteLength(encodedPrefix(mid)) <= bytes) low = mid;
    else high = mid - 1;
  }
  const fitted = encodedPrefix(low);
  return Buffer.byteLength(fitted) <= bytes ? fitted : '';
}

/** What the Lambda can trust from an object's metadata; anything missing or malformed is left out. */
export interface ReadMetadata {
  sha256?: string;
  mode?: string;
  provenance: Partial<Provenance>;
}

/** S3 lower-cases metadata names; a hand upload may carry none of them. */
export function decodeMetadata(raw: Record<string, string> | undefined): ReadMetadata {
  const get = (name: string): string | undefined => {
    const value = raw?.[name];
    return value === undefined ? undefined : decodeValue(value);
  };
  const provenance: Partial<Provenance> = {};
  const branch = get('branch');
  const commit = get('commit');
  const repository = get('repository');
  const runId = get('run-id');
  if (branch !== undefined) provenance.branch = branch;
  if (commit !== undefined) provenance.commit = commit;
  if (repository !== undefined) provenance.repository = repository;
  if (runId !== undefined) provenance.runId = runId;
  const pullRequest = get('pull-request');
  if (pullRequest !== undefined && /^[1-9]\d{0,9}$/.test(pullRequest)) {
    provenance.pullRequest = Number(pullRequest);
  }
  const read: ReadMetadata = { provenance };
  const sha256 = get('sha256')?.toLowerCase();
  if (sha256 !== undefined && SHA256.test(sha256)) read.sha256 = sha256;
  const mode = get('mode');
  if (mode !== undefined) read.mode = mode;
  return read;
}
