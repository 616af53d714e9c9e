import type { _Object } from '@aws-sdk/client-s3';
import { vi } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io.js';

/** What a command printed, and an io that collects it. */
export interface Captured extends CliIo {
  stdout: string;
  stderr: string;
}

export function capture(): Captured {
  const captured: Captured = {
    stdout: '',
    stderr: '',
    out: (text) => void (captured.stdout += text),
    err: (text) => void (captured.stderr += text),
  };
  return captured;
}

export const ACCOUNT = '123456789012';
export const REGION = 'eu-west-1';
export const FUNCTION_ARN = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:rekognition-prod-handler`;
export const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/rekognition-prod-handler-backfill`;
export const REPORT_BUCKET = 'rekognition-images-123456789012';
export const SOURCE = 'course-library';

/** The flags of a real run against SOURCE for prod. */
export const JOB_FLAGS = [
  '--function-arn',
  FUNCTION_ARN,
  '--role-arn',
  ROLE_ARN,
  '--report-bucket',
  REPORT_BUCKET,
];

/** The environment the command is given: a region, nothing else. */
export const ENV = { AWS_REGION: REGION } as NodeJS.ProcessEnv;

/**
 * Credentials for the SDK's default chain, which reads process.env (not the command's env):
 * the command checks them before its first request.
 */
export function stubCredentials(): void {
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIAIOSFODNN7EXAMPLE');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
  vi.stubEnv('AWS_SESSION_TOKEN', undefined);
  vi.stubEnv('AWS_PROFILE', undefined);
}

/** No credentials anywhere the default chain looks, and no instance metadata to ask. */
export function stubNoCredentials(home: string): void {
  for (const name of [
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'AWS_PROFILE',
    'AWS_WEB_IDENTITY_TOKEN_FILE',
    'AWS_ROLE_ARN',
    'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
    'AWS_CONTAINER_CREDENTIALS_FULL_URI',
  ]) {
    vi.stubEnv(name, undefined);
  }
  vi.stubEnv('HOME', home);
  vi.stubEnv('AWS_CONFIG_FILE', `${home}/config`);
  vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', `${home}/credentials`);
  vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true');
}

const MB = 1024 * 1024;

/** An object of a listing page. */
export const object = (key: string, size: number): _Object => ({ Key: key, Size: size });

/**
 * Three pages of mixed objects: 6 to label, 3 not images by extension, 2 over 15 MB,
 * 2 folder markers, 1 empty image.
 */
export const MIXED_PAGES: _Object[][] = [
  [
    object('photos/', 0),
    object('photos/a.jpg', 120_000),
    object('photos/B.JPEG', 15 * MB),
    object('photos/notes.txt', 10),
    object('photos/huge.png', 15 * MB + 1),
  ],
  [
    object('photos/2019/', 0),
    object('photos/2019/c.png', 1),
    object('photos/2019/d.jfif', 5_000),
    object('photos/2019/empty.jpg', 0),
    object('photos/2019/e f.jpg', 2_000),
  ],
  [
    object('photos/2020/g+h.PNG', 3_000),
    object('photos/2020/raw.gif', 3_000),
    object('photos/2020/poster.jpg', 40 * MB),
    object('photos/2020/x,"y".jpg', 9),
  ],
];

/** The keys of MIXED_PAGES the manifest must hold, in listing order. */
export const MIXED_TO_LABEL = [
  'photos/a.jpg',
  'photos/B.JPEG',
  'photos/2019/c.png',
  'photos/2019/e f.jpg',
  'photos/2020/g+h.PNG',
  'photos/2020/x,"y".jpg',
];
