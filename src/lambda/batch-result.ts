import { redact } from '../shared/redact.js';
import type { BatchResultCode } from './batch-job.js';
import type { ObjectOutcome } from './process-object.js';

export interface TaskAnswer {
  resultCode: BatchResultCode;
  resultString: string;
}

/** A result string lands in one cell of the CSV completion report: this many UTF-8 bytes at most. */
export const RESULT_STRING_MAX_BYTES = 1024;

const ELLIPSIS = '…';

/**
 * One line, credential-free (AWS error text may quote a key id or a signature), and at most
 * RESULT_STRING_MAX_BYTES, cut on a character, never inside one. Redacted before the cut, so
 * a cut never leaves the start of a secret that redaction would no longer recognise.
 */
export function resultString(text: string): string {
  const line = redact(text).replace(/\s+/g, ' ').trim();
  if (Buffer.byteLength(line, 'utf8') <= RESULT_STRING_MAX_BYTES) return line;
  const budget = RESULT_STRING_MAX_BYTES - Buffer.byteLength(ELLIPSIS, 'utf8');
  let out = '';
  let bytes = 0;
  for (const char of line) {
    bytes += Buffer.byteLength(char, 'utf8');
    if (bytes > budget) break;
    out += char;
  }
  return `${out}${ELLIPSIS}`;
}

const answer = (resultCode: BatchResultCode, text: string): TaskAnswer => ({
  resultCode,
  resultString: resultString(text),
});

/** S3 answers 403, not 404, for a missing key to a role that may not list the bucket. */
const FORBIDDEN_HINT =
  ' (S3 also answers 403 for a key that does not exist when the role may not s3:ListBucket)';

/**
 * The result S3 Batch Operations records for one object's outcome. Succeeded: the table holds
 * the object's result (labeled, reused, unchanged, or a failed item for a fault of the image).
 * TemporaryFailure: throttling, a 5xx, time running out, bytes that changed while being read;
 * the job redrives the task. PermanentFailure: the same answer would come again (a missing or
 * forbidden object, a key the configuration cannot route, a denial or a missing table).
 */
export function taskAnswer(outcome: ObjectOutcome): TaskAnswer {
  const reason = outcome.reason ?? '';
  switch (outcome.status) {
    case 'labeled':
      return outcome.reusedFrom !== undefined
        ? answer('Succeeded', `reused: labels of ${outcome.reusedFrom} (the same bytes)`)
        : answer('Succeeded', `labeled: ${labelCount(outcome.labelsCount ?? 0)}`);
    case 'unchanged':
      return answer('Succeeded', `unchanged: ${reason}`);
    case 'failed':
      return answer('Succeeded', `failed item written: ${reason}`);
    case 'skipped':
      return skippedAnswer(outcome, reason);
    case 'retry':
      return retryAnswer(outcome, reason);
  }
}

function labelCount(count: number): string {
  return count === 1 ? '1 label' : `${count} labels`;
}

function skippedAnswer(outcome: ObjectOutcome, reason: string): TaskAnswer {
  switch (outcome.reasonKind) {
    case 'replaced':
      // The newer bytes may have no event of their own: the redrive labels them.
      return answer('TemporaryFailure', `replaced: the object changed while it was labeled`);
    case 'newer-item':
      return answer('Succeeded', `kept: ${reason}`);
    case 'direct-mode':
      return answer('Succeeded', `skipped: ${reason}`);
    case 'missing':
      return answer('PermanentFailure', `missing: ${reason}`);
    default:
      return answer('PermanentFailure', `unroutable: ${reason}`);
  }
}

function retryAnswer(outcome: ObjectOutcome, reason: string): TaskAnswer {
  if (outcome.reasonKind === 'out-of-time') return answer('TemporaryFailure', reason);
  if (outcome.errorKind === 'throttle') return answer('TemporaryFailure', `throttled: ${reason}`);
  if (outcome.errorKind === 'transient') {
    return answer('TemporaryFailure', `temporary error: ${reason}`);
  }
  if (outcome.reasonKind === 'forbidden') {
    return answer('PermanentFailure', `forbidden: ${reason}${FORBIDDEN_HINT}`);
  }
  if (outcome.reasonKind === 'missing') return answer('PermanentFailure', `missing: ${reason}`);
  return answer('PermanentFailure', `error: ${reason}`);
}
