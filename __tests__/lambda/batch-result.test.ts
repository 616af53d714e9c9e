import { describe, expect, it } from 'vitest';
import {
  RESULT_STRING_MAX_BYTES,
  resultString,
  taskAnswer,
} from '../../src/lambda/batch-result.js';
import type { ObjectOutcome } from '../../src/lambda/process-object.js';

const KEY = 'rekognition-input/beta/cat.png';
const outcome = (fields: Omit<ObjectOutcome, 'key'>): ObjectOutcome => ({ key: KEY, ...fields });

describe('resultString', () => {
  it('keeps a short line as it is', () => {
    expect(resultString('labeled: 2 labels')).toBe('labeled: 2 labels');
  });

  it('makes one line of several, for one CSV cell', () => {
    expect(resultString('a\nb\r\n  c\t')).toBe('a b c');
  });

  it('redacts credential-shaped text', () => {
    const text = resultString(
      'error: Credential=AKIAIOSFODNN7EXAMPLE/20261124/us-east-1/s3/aws4_request, Signature=fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024',
    );
    expect(text).toBe(
      'error: Credential=AKIA[REDACTED]/20261124/us-east-1/s3/aws4_request, Signature=[REDACTED]',
    );
  });

  it('caps at 1 KB of UTF-8, on a character boundary, and says it was cut', () => {
    const long = resultString(`failed item written: ${'猫'.repeat(600)}`);
    expect(Buffer.byteLength(long, 'utf8')).toBeLessThanOrEqual(RESULT_STRING_MAX_BYTES);
    expect(Buffer.byteLength(long, 'utf8')).toBeGreaterThan(RESULT_STRING_MAX_BYTES - 4);
    expect(long.endsWith('猫…')).toBe(true);
    expect(long).not.toContain('\uFFFD');
    expect(resultString('x'.repeat(RESULT_STRING_MAX_BYTES))).toBe(
      'x'.repeat(RESULT_STRING_MAX_BYTES),
    );
  });

  it('redacts before it cuts: a cut secret is still gone', () => {
    const text = resultString(`${'x'.repeat(1000)} AKIAIOSFODNN7EXAMPLE`);
    expect(text).not.toContain('AKIAIOSF');
  });
});

describe('taskAnswer', () => {
  it.each<[string, Omit<ObjectOutcome, 'key'>, string, string]>([
    ['labeled', { status: 'labeled', labelsCount: 12 }, 'Succeeded', 'labeled: 12 labels'],
    [
      'labeled with one label',
      { status: 'labeled', labelsCount: 1 },
      'Succeeded',
      'labeled: 1 label',
    ],
    [
      'reused',
      { status: 'labeled', labelsCount: 2, reusedFrom: 'old/cat.png', reason: 'labels reused' },
      'Succeeded',
      'reused: labels of old/cat.png (the same bytes)',
    ],
    [
      'unchanged',
      { status: 'unchanged', reason: 'the stored item already has it' },
      'Succeeded',
      'unchanged: the stored item already has it',
    ],
    [
      'an image fault',
      { status: 'failed', reason: 'Rekognition rejected it' },
      'Succeeded',
      'failed item written: Rekognition rejected it',
    ],
    [
      'a newer item kept',
      { status: 'skipped', reasonKind: 'newer-item', reason: 'a later upload' },
      'Succeeded',
      'kept: a later upload',
    ],
    [
      'replaced bytes',
      { status: 'skipped', reasonKind: 'replaced', reason: 'replaced after this event' },
      'TemporaryFailure',
      'replaced: the object changed while it was labeled',
    ],
    [
      'a missing object',
      { status: 'skipped', reasonKind: 'missing', reason: 'x does not exist' },
      'PermanentFailure',
      'missing: x does not exist',
    ],
    [
      'an unrouted key',
      { status: 'skipped', reasonKind: 'unroutable', reason: 'outside the prefix' },
      'PermanentFailure',
      'unroutable: outside the prefix',
    ],
    [
      'a throttle',
      { status: 'retry', errorKind: 'throttle', reason: 'ThrottlingException' },
      'TemporaryFailure',
      'throttled: ThrottlingException',
    ],
    [
      'a 5xx',
      { status: 'retry', errorKind: 'transient', reason: 'InternalServerError' },
      'TemporaryFailure',
      'temporary error: InternalServerError',
    ],
    [
      'time running out',
      {
        status: 'retry',
        errorKind: 'throttle',
        reasonKind: 'out-of-time',
        reason: 'throttled until the time ran out',
      },
      'TemporaryFailure',
      'throttled until the time ran out',
    ],
    [
      'a forbidden object',
      { status: 'retry', errorKind: 'other', reasonKind: 'forbidden', reason: 'AccessDenied.' },
      'PermanentFailure',
      'forbidden: AccessDenied. (S3 also answers 403 for a key that does not exist when the role may not s3:ListBucket)',
    ],
    [
      'an object deleted between reads',
      { status: 'retry', errorKind: 'other', reasonKind: 'missing', reason: 'NoSuchKey' },
      'PermanentFailure',
      'missing: NoSuchKey',
    ],
    [
      'a missing table',
      { status: 'retry', errorKind: 'fatal', reason: 'table t does not exist' },
      'PermanentFailure',
      'error: table t does not exist',
    ],
  ])('answers %s', (_name, fields, resultCode, text) => {
    expect(taskAnswer(outcome(fields))).toEqual({ resultCode, resultString: text });
  });
});
