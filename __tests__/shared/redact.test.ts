import { describe, expect, it } from 'vitest';
import { REDACTED, redact } from '../../src/shared/redact.js';

// AWS's documentation examples: not real credentials.
const KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
const TEMP_KEY_ID = 'ASIAIOSFODNN7EXAMPLE';
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const SIGNATURE = 'fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024';
const TOKEN =
  'FwoGZXIvYXdzEBYaDHhBTEXAMPLEt0kCKoUB+ihoDZ1jzrT/example/tokenb1cF0V1fxlfv0OqXmaYW2ya+9xzjDRs7Rr9+abcDEF=';
const NEW_TOKEN = 'IQoJb3JpZ2luX2VjEXAMPLEaCXVzLWVhc3QtMSJHMEUCIQD/example+token/value==';

describe('redact', () => {
  it.each([
    [
      'an access key id',
      `User with key ${KEY_ID} is not authorized`,
      `User with key AKIA${REDACTED} is not authorized`,
    ],
    ['a temporary access key id', `key ${TEMP_KEY_ID}.`, `key ASIA${REDACTED}.`],
    [
      'a SigV4 Credential= scope',
      `Credential=${KEY_ID}/20261124/us-east-1/rekognition/aws4_request, SignedHeaders=host`,
      `Credential=AKIA${REDACTED}/20261124/us-east-1/rekognition/aws4_request, SignedHeaders=host`,
    ],
    [
      'a URL-encoded X-Amz-Credential',
      `X-Amz-Credential=${KEY_ID}%2F20261124%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=x`,
      `X-Amz-Credential=AKIA${REDACTED}%2F20261124%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=x`,
    ],
    [
      'a doubly encoded credential',
      `url=https%3A%2F%2Fb.s3.amazonaws.com%2Fk%3FX-Amz-Credential%3D${KEY_ID}%252F2026`,
      `url=https%3A%2F%2Fb.s3.amazonaws.com%2Fk%3FX-Amz-Credential%3DAKIA${REDACTED}%252F2026`,
    ],
    [
      'a SigV4 Signature=',
      `SignedHeaders=host;x-amz-date, Signature=${SIGNATURE}`,
      `SignedHeaders=host;x-amz-date, Signature=${REDACTED}`,
    ],
    [
      'an X-Amz-Signature= parameter',
      `&X-Amz-Signature=${SIGNATURE}&x=1`,
      `&X-Amz-Signature=${REDACTED}&x=1`,
    ],
    [
      'a URL-encoded X-Amz-Signature',
      `X-Amz-Signature%3D${SIGNATURE}`,
      `X-Amz-Signature%3D${REDACTED}`,
    ],
    [
      'a SigV2 base64 signature',
      'Signature=vjbyPxybdZaNmGa%2ByT272YEAiv4%3D&Expires=1',
      `Signature=${REDACTED}&Expires=1`,
    ],
    [
      'a secret next to "secret"',
      `aws_secret_access_key = ${SECRET}`,
      `aws_secret_access_key = ${REDACTED}`,
    ],
    ['a secret in JSON', `{"SecretAccessKey":"${SECRET}"}`, `{"SecretAccessKey":"${REDACTED}"}`],
    [
      'a URL-encoded secret',
      `secret=${SECRET.replace(/\//g, '%2F')}&x=1`,
      `secret=${REDACTED}&x=1`,
    ],
    ['a 40-character secret after "Signature"', `Signature: ${SECRET}`, `Signature: ${REDACTED}`],
    [
      'an X-Amz-Security-Token parameter',
      `?X-Amz-Security-Token=${encodeURIComponent(TOKEN)}&X-Amz-Date=1`,
      `?X-Amz-Security-Token=${REDACTED}&X-Amz-Date=1`,
    ],
    ['a session token by name', `"SessionToken": "${NEW_TOKEN}"`, `"SessionToken": "${REDACTED}"`],
    ['an FwoGZXIvYXdzE… token on its own', `token ${TOKEN} expired`, `token ${REDACTED} expired`],
    [
      'an IQoJb3JpZ2lu… token on its own',
      `token ${NEW_TOKEN} expired`,
      `token ${REDACTED} expired`,
    ],
    ['a URL-encoded token on its own', `t=${encodeURIComponent(NEW_TOKEN)}&`, `t=${REDACTED}&`],
  ])('redacts %s', (_what, text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it('redacts every credential in a presigned URL quoted by an error', () => {
    const url =
      `https://b.s3.us-east-1.amazonaws.com/k.png?X-Amz-Algorithm=AWS4-HMAC-SHA256` +
      `&X-Amz-Credential=${TEMP_KEY_ID}%2F20261124%2Fus-east-1%2Fs3%2Faws4_request` +
      `&X-Amz-Date=20261124T000000Z&X-Amz-Expires=900` +
      `&X-Amz-Security-Token=${encodeURIComponent(NEW_TOKEN)}` +
      `&X-Amz-Signature=${SIGNATURE}&X-Amz-SignedHeaders=host`;
    const redacted = redact(`AccessDenied: Request has expired: ${url}`);
    for (const secret of ['IOSFODNN7EXAMPLE', SIGNATURE, 'IQoJb3JpZ2lu', 'EXAMPLEaCXVz']) {
      expect(redacted).not.toContain(secret);
    }
    expect(redacted).toContain('X-Amz-Date=20261124T000000Z&X-Amz-Expires=900');
  });

  it('redacts GitHub tokens by their prefixes, and leaves look-alikes', () => {
    const ghs = `ghs_${'A1b2C3d4E5'.repeat(4)}`;
    const pat = `github_pat_${'11ABCDEFG0_abcdefghij'.repeat(3)}`;
    expect(redact(`fatal: https://x-access-token:${ghs}@github.com/o/r`)).toBe(
      'fatal: https://x-access-token:[REDACTED]@github.com/o/r',
    );
    expect(redact(`token ${pat} rejected`)).toBe('token [REDACTED] rejected');
    expect(redact('ghp_short and my_ghp_' + 'x'.repeat(40))).toBe(
      'ghp_short and my_ghp_' + 'x'.repeat(40),
    );
  });

  it('is idempotent', () => {
    const once = redact(`Credential=${KEY_ID}/x, Signature=${SIGNATURE} ${TOKEN}`);
    expect(redact(once)).toBe(once);
  });

  it.each([
    'rekognition:DetectLabels on arn:aws:rekognition:us-east-1:123456789012:* was denied.',
    'The security token included in the request is invalid.',
    'The request signature we calculated does not match the signature you provided.',
    'sha256 3f786850e387550fdab836ed7e6dc881de23001b3f786850e387550fdab836ed',
    'images/AKIAIOSFODNN7EXAMPLEX.png',
    'Re-run aws-actions/configure-aws-credentials before this step; session tokens expire.',
  ])('leaves ordinary text alone: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});
