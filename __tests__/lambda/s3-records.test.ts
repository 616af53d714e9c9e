import { describe, expect, it } from 'vitest';
import { decodeEventKey, isLaterSequencer, readRecord } from '../../src/lambda/s3-records.js';
import { encodeEventKey } from '../../local-stack/s3-event.js';
import { objectCreated } from '../helpers/s3-events.js';

describe('S3 event records', () => {
  it.each(['plain/key.png', 'a b+c.png', '100%/50% off.png', 'café/猫 🐱.png', "it's (1) *.png"])(
    'decodes %j exactly as S3 encoded it',
    (key) => {
      expect(decodeEventKey(encodeEventKey(key))).toBe(key);
    },
  );

  it('treats + as a space and %2B as a plus', () => {
    expect(decodeEventKey('a+b%2Bc.png')).toBe('a b+c.png');
    expect(decodeEventKey('broken%zz.png')).toBeUndefined();
  });

  it('reads bucket, key, ETag, size and sequencer', () => {
    const read = readRecord(
      objectCreated({ key: 'x/a b.png', bucket: 'b1', eTag: 'e', size: 5, sequencer: '0A' }),
    );
    expect(read).toEqual({
      ok: true,
      object: {
        bucket: 'b1',
        key: 'x/a b.png',
        rawKey: 'x/a+b.png',
        eventName: 'ObjectCreated:Put',
        eTag: 'e',
        size: 5,
        sequencer: '0A',
        eventTime: Date.parse('2026-11-24T12:00:00.000Z'),
      },
    });
    expect(readRecord(undefined)).toEqual({ ok: false, reason: 'not an S3 notification record' });
  });

  it('orders sequencers as S3 documents: pad, then compare', () => {
    expect(isLaterSequencer('0055AED6DCD90281E6', '0055AED6DCD90281E5')).toBe(true);
    expect(isLaterSequencer('0055AED6DCD90281E5', '0055AED6DCD90281E6')).toBe(false);
    expect(isLaterSequencer('10', 'F')).toBe(true);
    expect(isLaterSequencer(undefined, 'F')).toBe(false);
    expect(isLaterSequencer('F', undefined)).toBe(true);
  });
});
