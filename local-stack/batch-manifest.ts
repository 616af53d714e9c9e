import type { ManifestField } from './batch-job-request.js';

/**
 * An S3BatchOperations_CSV_20180820 manifest: one object per line, its columns in the order
 * of the job's `Fields`. Keys are URL-encoded in the file and stay so: S3 Batch Operations
 * hands them to the function (`s3Key`) and writes them in the completion report as listed.
 */

export interface ManifestEntry {
  bucket: string;
  /** URL-encoded, exactly as the manifest lists it. */
  key: string;
  /** Null when the manifest has no VersionId column, or leaves it empty. */
  versionId: string | null;
}

/** Why a manifest cannot be read; the job fails with it. */
export class ManifestError extends Error {
  override name = 'ManifestError';
}

/** One CSV record's fields (RFC 4180 quoting, which S3 accepts though keys need none). */
function csvFields(line: string, lineNumber: number): string[] {
  const fields: string[] = [];
  let at = 0;
  for (;;) {
    if (line[at] === '"') {
      let value = '';
      at++;
      for (;;) {
        const quote = line.indexOf('"', at);
        if (quote === -1) throw new ManifestError(`line ${lineNumber} has an unclosed quote`);
        value += line.slice(at, quote);
        if (line[quote + 1] === '"') {
          value += '"';
          at = quote + 2;
          continue;
        }
        at = quote + 1;
        break;
      }
      fields.push(value);
      if (at < line.length && line[at] !== ',') {
        throw new ManifestError(`line ${lineNumber} has text after a quoted field`);
      }
    } else {
      const comma = line.indexOf(',', at);
      fields.push(line.slice(at, comma === -1 ? line.length : comma));
      at = comma === -1 ? line.length : comma;
    }
    if (at >= line.length) return fields;
    at++; // the comma
  }
}

/** The manifest's entries, in order; throws ManifestError naming the first bad line. */
export function parseManifest(body: string, fields: readonly ManifestField[]): ManifestEntry[] {
  const entries: ManifestEntry[] = [];
  const lines = body.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    // A trailing newline (or blank lines) lists nothing.
    if (line.trim() === '') continue;
    const lineNumber = index + 1;
    const values = csvFields(line, lineNumber);
    if (values.length !== fields.length) {
      throw new ManifestError(
        `line ${lineNumber} has ${values.length} fields; the job's Fields name ${fields.length} (${fields.join(',')})`,
      );
    }
    const column = (field: ManifestField) => values[fields.indexOf(field)];
    const bucket = column('Bucket') ?? '';
    const key = column('Key') ?? '';
    if (bucket === '' || key === '') {
      throw new ManifestError(`line ${lineNumber} has an empty bucket or key`);
    }
    const versionId = fields.includes('VersionId') ? column('VersionId') || null : null;
    entries.push({ bucket, key, versionId });
  }
  return entries;
}
