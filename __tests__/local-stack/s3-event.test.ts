import { describe, expect, it } from 'vitest';
import {
  decodeEventKey,
  encodeEventKey,
  nextSequencer,
  s3EventRecord,
} from '../../local-stack/s3-event.js';

describe('encodeEventKey', () => {
  it.each([
    ['photo.png', 'photo.png'],
    ['rekognition-input/beta/a b.png', 'rekognition-input/beta/a+b.png'],
    ['a+b.png', 'a%2Bb.png'],
    ['100%.png', '100%25.png'],
    ['photo (1).png', 'photo+%281%29.png'],
    ["it's.png", 'it%27s.png'],
    ['star*.png', 'star*.png'],
    ['tilde~.png', 'tilde%7E.png'],
    ['unreserved-_.png', 'unreserved-_.png'],
    ['q?&=#,;:@$!.png', 'q%3F%26%3D%23%2C%3B%3A%40%24%21.png'],
    ['caf\u00e9.png', 'caf%C3%A9.png'],
    ['\u65e5\u672c/\u5199\u771f.png', '%E6%97%A5%E6%9C%AC/%E5%86%99%E7%9C%9F.png'],
    ['\u{1f600}.png', '%F0%9F%98%80.png'],
    ['dir//file', 'dir//file'],
  ])('encodes %j as %j', (key, encoded) => {
    expect(encodeEventKey(key)).toBe(encoded);
  });

  it('encodes a space and a plus differently, so both survive the round trip', () => {
    const key = 'a b+c%20d (\u00e9)*.png';
    expect(encodeEventKey(key)).toBe('a+b%2Bc%2520d+%28%C3%A9%29*.png');
    expect(decodeEventKey(encodeEventKey(key))).toBe(key);
  });

  it('decodes what S3 sends', () => {
    expect(decodeEventKey('rekognition-input/beta/my+photo+%281%29%2B.png')).toBe(
      'rekognition-input/beta/my photo (1)+.png',
    );
  });
});

describe('nextSequencer', () => {
  it('grows for writes within the same millisecond and across milliseconds', () => {
    const now = Date.now();
    const sequence = [nextSequencer(now), nextSequencer(now), nextSequencer(now + 1)];
    expect([...sequence].sort()).toEqual(sequence);
    expect(new Set(sequence).size).toBe(3);
    for (const value of sequence) expect(value).toMatch(/^[0-9A-F]{18}$/);
  });
});

describe('s3EventRecord', () => {
  it('has the shape S3 sends to Lambda', () => {
    const record = s3EventRecord({
      region: 'eu-west-1',
      bucket: 'my-images',
      key: 'rekognition-input/prod/a b.png',
      size: 42,
      eTag: 'd41d8cd98f00b204e9800998ecf8427e',
      eventTime: new Date('2026-01-02T03:04:05.678Z'),
      configurationId: 'prod-trigger',
    });
    expect(record).toEqual({
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: 'eu-west-1',
      eventTime: '2026-01-02T03:04:05.678Z',
      eventName: 'ObjectCreated:Put',
      userIdentity: { principalId: expect.stringMatching(/^AWS:/) },
      requestParameters: { sourceIPAddress: '127.0.0.1' },
      responseElements: {
        'x-amz-request-id': expect.stringMatching(/^[0-9A-F]{16}$/),
        'x-amz-id-2': expect.any(String),
      },
      s3: {
        s3SchemaVersion: '1.0',
        configurationId: 'prod-trigger',
        bucket: {
          name: 'my-images',
          ownerIdentity: { principalId: expect.any(String) },
          arn: 'arn:aws:s3:::my-images',
        },
        object: {
          key: 'rekognition-input/prod/a+b.png',
          size: 42,
          eTag: 'd41d8cd98f00b204e9800998ecf8427e',
          sequencer: expect.stringMatching(/^[0-9A-F]+$/),
        },
      },
    });
  });

  it('keeps the event name and version id it is given', () => {
    const record = s3EventRecord({
      region: 'us-east-1',
      bucket: 'b',
      key: 'k',
      size: 1,
      eTag: 'e',
      eventName: 'ObjectCreated:Copy',
      versionId: 'v1',
    });
    expect(record.eventName).toBe('ObjectCreated:Copy');
    expect(record.s3.object.versionId).toBe('v1');
  });
});
