import { createHash } from 'node:crypto';
import { type IncomingHttpHeaders, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { configuredEndpoint, hostTakesNoPrefix } from '../../src/cli/backfill-aws.js';
import { run } from '../../src/cli/main.js';
import {
  ACCOUNT,
  JOB_FLAGS,
  REGION,
  REPORT_BUCKET,
  SOURCE,
  capture,
  stubCredentials,
} from './backfill-fixtures.js';

/**
 * The requests on the wire, against a local server standing in for S3 and S3 Control: the
 * configured endpoints are honoured, S3 goes path-style, and CreateJob reaches the configured
 * host as it is (S3 Control's endpoint rules would otherwise put the account id in front of it).
 */

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

let server: Server;
let port: number;
let seen: Seen[];

const LISTING = `<?xml version="1.0" encoding="UTF-8"?>
<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
  <Name>${SOURCE}</Name><Prefix>photos/</Prefix><KeyCount>3</KeyCount><MaxKeys>1000</MaxKeys>
  <IsTruncated>false</IsTruncated><EncodingType>url</EncodingType>
  <Contents><Key>photos/a+b.jpg</Key><Size>100</Size></Contents>
  <Contents><Key>photos/%C3%A9t%C3%A9%2C%22x%22.png</Key><Size>200</Size></Contents>
  <Contents><Key>photos/readme.txt</Key><Size>5</Size></Contents>
</ListBucketResult>`;

const JOB_ID = '9f8e7d6c-0000-4000-8000-000000000001';

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      seen.push({ method: request.method!, url: request.url!, headers: request.headers, body });
      if (request.method === 'GET') {
        response.writeHead(200, { 'content-type': 'application/xml' }).end(LISTING);
      } else if (request.method === 'PUT') {
        response.writeHead(200, { etag: '"feedface"' }).end();
      } else {
        response
          .writeHead(200, { 'content-type': 'application/xml' })
          .end(
            `<?xml version="1.0" encoding="UTF-8"?><CreateJobResult xmlns="http://awss3control.amazonaws.com/doc/2018-08-20/"><JobId>${JOB_ID}</JobId></CreateJobResult>`,
          );
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  seen = [];
  stubCredentials();
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('backfill on the wire, with configured endpoints', () => {
  it.each([
    ['localhost', '127.0.0.1'],
    ['127.0.0.1', 'localhost'],
  ])('S3 at %s (path-style), S3 Control at %s (no account prefix)', async (s3Host, controlHost) => {
    const env = {
      AWS_REGION: REGION,
      AWS_ENDPOINT_URL_S3: `http://${s3Host}:${port}`,
      AWS_ENDPOINT_URL_S3_CONTROL: `http://${controlHost}:${port}`,
    };
    const io = capture();
    const exitCode = await run(
      [
        'backfill',
        '--bucket',
        SOURCE,
        '--prefix',
        'photos/',
        '--environment',
        'prod',
        '--json',
        ...JOB_FLAGS,
      ],
      env,
      io,
    );
    expect(io.stderr).toBe('');
    expect(exitCode).toBe(0);
    expect(seen.map((r) => `${r.method} ${r.headers.host} ${r.url.split('?')[0]}`)).toEqual([
      `GET ${s3Host}:${port} /${SOURCE}/`,
      expect.stringMatching(
        new RegExp(
          `^PUT ${s3Host}:${port} /${REPORT_BUCKET}/rekognition-backfill/prod/manifests/\\d{8}T\\d{6}Z-[0-9a-f]{8}\\.csv$`,
        ),
      ),
      `POST ${controlHost}:${port} /v20180820/jobs`,
    ]);
    const [list, put, create] = seen as [Seen, Seen, Seen];
    expect(new URL(list.url, 'http://x').searchParams.get('encoding-type')).toBe('url');

    // The manifest: S3's url-encoded listing decoded, then encoded for the manifest.
    const manifest = `${SOURCE},photos/a%20b.jpg\n${SOURCE},photos/%C3%A9t%C3%A9%2C%22x%22.png\n`;
    expect(put.body).toBe(manifest);
    const sha256 = createHash('sha256').update(manifest).digest();
    expect(put.headers['content-length']).toBe(String(Buffer.byteLength(manifest)));
    expect(put.headers['x-amz-checksum-sha256']).toBe(sha256.toString('base64'));
    expect(put.headers['x-amz-content-sha256']).toBe(sha256.toString('hex'));
    expect(put.headers['content-encoding']).toBeUndefined();
    expect(put.headers['content-type']).toBe('text/csv');

    expect(create.headers['x-amz-account-id']).toBe(ACCOUNT);
    expect(create.headers.authorization).toContain(`/${REGION}/s3/aws4_request`);
    const key = put.url.split('?')[0]!.slice(`/${REPORT_BUCKET}/`.length);
    for (const element of [
      '<ConfirmationRequired>true</ConfirmationRequired>',
      `<ObjectArn>arn:aws:s3:::${REPORT_BUCKET}/${key}</ObjectArn>`,
      '<ETag>feedface</ETag>',
      '<Fields><member>Bucket</member><member>Key</member></Fields>',
      '<InvocationSchemaVersion>2.0</InvocationSchemaVersion>',
      '<entry><key>environment</key><value>prod</value></entry>',
      '<entry><key>force</key><value>false</value></entry>',
      `<Bucket>arn:aws:s3:::${REPORT_BUCKET}</Bucket>`,
      '<Prefix>rekognition-backfill/prod/reports</Prefix>',
      '<ReportScope>AllTasks</ReportScope>',
    ]) {
      expect(create.body).toContain(element);
    }
    expect(JSON.parse(io.stdout)).toMatchObject({
      objects: 3,
      toLabel: 2,
      leftOut: { notImage: 1 },
      manifest: { bucket: REPORT_BUCKET, key, etag: 'feedface' },
      job: { id: JOB_ID, accountId: ACCOUNT, region: REGION },
    });
  });
});

describe('the configured endpoints', () => {
  it('are the service’s variable, else AWS_ENDPOINT_URL, unless ignored', () => {
    const both = { AWS_ENDPOINT_URL: 'http://a:1', AWS_ENDPOINT_URL_S3_CONTROL: 'http://b:2' };
    expect(configuredEndpoint(both, 'S3_CONTROL')).toBe('http://b:2');
    expect(configuredEndpoint(both, 'S3')).toBe('http://a:1');
    expect(configuredEndpoint({}, 'S3')).toBeUndefined();
    expect(
      configuredEndpoint({ ...both, AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' }, 'S3'),
    ).toBeUndefined();
  });

  it.each([
    ['http://127.0.0.1:4566', true],
    ['http://localhost:4566', true],
    ['http://[::1]:4566', true],
    // A DNS name can take the account id in front (PrivateLink, LocalStack's domain).
    ['https://s3-control.vpce.example.com', false],
    ['http://localhost.localstack.cloud:4566', false],
  ])('%s takes no account prefix: %s', (endpoint, asIs) => {
    expect(hostTakesNoPrefix(endpoint)).toBe(asIs);
  });
});
