import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { paramsOf } from '../../local-stack/request-params.js';

const body = (value: unknown) => Buffer.from(JSON.stringify(value));

describe('paramsOf (the emulator reading a request)', () => {
  it('decodes Image.Bytes from the body itself, the other members as JSON', () => {
    const image = randomBytes(70_001);
    const params = paramsOf(
      body({ Image: { Bytes: image.toString('base64') }, MaxLabels: 10, MinConfidence: 55 }),
    );
    expect(Buffer.isBuffer((params.Image as { Bytes: unknown }).Bytes)).toBe(true);
    expect(params).toEqual({ Image: { Bytes: image }, MaxLabels: 10, MinConfidence: 55 });
  });

  it('leaves what it cannot cut out cleanly to JSON.parse, as the text the client sent', () => {
    const escaped = Buffer.from('{"Image":{"Bytes":"QU\\/D"}}'); // "\/" is a legal escape of "/"
    expect(paramsOf(escaped)).toEqual({ Image: { Bytes: 'QU/D' } });
    expect(paramsOf(body({ Image: { Bytes: 'QU JD' } }))).toEqual({ Image: { Bytes: 'QU JD' } });
    expect(paramsOf(body({ Image: { S3Object: { Bytes: 'QUJD' } } }))).toEqual({
      Image: { S3Object: { Bytes: 'QUJD' } },
    });
    const twice = Buffer.from('{"Image":{"Bytes":"QUJD"},"Other":{"Bytes":"QUJD"}}');
    expect(paramsOf(twice)).toEqual({ Image: { Bytes: 'QUJD' }, Other: { Bytes: 'QUJD' } });
  });

  it('reads a body with no image, and an empty one', () => {
    expect(paramsOf(body({ Image: { S3Object: { Bucket: 'b', Name: 'k' } } }))).toEqual({
      Image: { S3Object: { Bucket: 'b', Name: 'k' } },
    });
    expect(paramsOf(Buffer.alloc(0))).toEqual({});
  });

  it('answers malformed JSON as the service does, also around a well-formed image', () => {
    const error = { type: 'SerializationException' };
    expect(() => paramsOf(Buffer.from('{"Image":{"Bytes":"QUJD"}'))).toThrow(
      expect.objectContaining(error) as Error,
    );
    expect(() => paramsOf(Buffer.from('[1]'))).toThrow(expect.objectContaining(error) as Error);
  });
});
