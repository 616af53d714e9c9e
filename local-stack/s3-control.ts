import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readBody } from './aws-json.js';
import { S3ControlError } from './batch-errors.js';
import { readCreateJob } from './batch-job-request.js';
import type { BatchOperations } from './batch-operations.js';
import {
  createJobResultXml,
  document,
  errorXml,
  jobDescriptorXml,
  jobListMemberXml,
  updateJobStatusResultXml,
} from './batch-xml.js';
import { readXml, XmlReadError } from './batch-xml-read.js';
import { listen } from './listen.js';

/**
 * The S3 Control API of S3 Batch Operations on its wire protocol (REST-XML, SigV4 accepted
 * without checking, as the other local services do): CreateJob, DescribeJob, UpdateJobStatus
 * and ListJobs, as the AWS SDK's S3ControlClient sends them (see s3ControlClientConfig). The
 * jobs themselves are BatchOperations' (batch-operations.ts).
 */

export interface S3ControlServerOptions {
  operations: BatchOperations;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** Receives unexpected internal errors; silent by default. */
  log?: (message: string) => void;
}

export interface S3ControlServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const JOBS_PATH = '/v20180820/jobs';
/** CreateJob bodies are a few KB; anything far beyond is not a CreateJobRequest. */
const MAX_BODY_BYTES = 1024 * 1024;

interface Reply {
  status: number;
  body: string;
}

const ok = (body: string): Reply => ({ status: 200, body });

/**
 * An S3ControlClient for this endpoint. S3 Control's endpoint rules put the account id in front
 * of a configured endpoint's host (`000000000000.127.0.0.1`, no URL at all), so the endpoint is
 * given as it is through `endpointProvider`, as the CLI does for an IP or `localhost` host.
 */
export function s3ControlClientConfig(endpoint: string, region: string) {
  return {
    endpoint,
    region,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    disableHostPrefix: true,
    endpointProvider: () => ({ url: new URL(endpoint) }),
  };
}

/** What AWS's front end checks before the operation: a SigV4 signature and the account. */
function accountOf(req: IncomingMessage): string {
  const auth = req.headers.authorization;
  if (!auth || !auth.startsWith('AWS4-HMAC-SHA256 ') || !auth.includes('Credential=')) {
    throw new S3ControlError('AccessDenied', 'Access Denied');
  }
  const account = req.headers['x-amz-account-id'];
  if (typeof account !== 'string' || !/^\d{12}$/.test(account)) {
    throw new S3ControlError(
      'InvalidRequest',
      'The x-amz-account-id header must be a 12-digit AWS account id',
    );
  }
  return account;
}

function integerParam(url: URL, name: string): number | undefined {
  const value = url.searchParams.get(name);
  if (value === null) return undefined;
  if (!/^\d+$/.test(value))
    throw new S3ControlError('InvalidRequest', `${name} must be an integer`);
  return Number(value);
}

class S3ControlApi {
  constructor(private readonly operations: BatchOperations) {}

  async handle(req: IncomingMessage): Promise<Reply> {
    const { body } = await readBody(req, MAX_BODY_BYTES);
    const account = accountOf(req);
    const url = new URL(req.url ?? '/', 'http://s3-control.local');
    const path = url.pathname;
    if (path === JOBS_PATH && req.method === 'POST') return this.createJob(account, body);
    if (path === JOBS_PATH && req.method === 'GET') return this.listJobs(account, url);
    const match = /^\/v20180820\/jobs\/([^/]+)(\/status)?$/.exec(path);
    if (match && !match[2] && req.method === 'GET') return this.describeJob(account, match[1]!);
    if (match && match[2] && req.method === 'POST') {
      return this.updateJobStatus(account, match[1]!, url);
    }
    throw new S3ControlError(
      'NotImplemented',
      `${req.method} ${path} is not implemented: the local S3 Control answers CreateJob, DescribeJob, UpdateJobStatus and ListJobs`,
    );
  }

  private createJob(account: string, body: Buffer): Reply {
    let root;
    try {
      root = readXml(body.toString('utf8'));
    } catch (error) {
      if (!(error instanceof XmlReadError)) throw error;
      throw new S3ControlError(
        'MalformedXML',
        `The XML you provided was not well-formed: ${error.message}`,
      );
    }
    const jobId = this.operations.createJob(account, readCreateJob(root));
    return ok(createJobResultXml(jobId));
  }

  private describeJob(account: string, jobId: string): Reply {
    const job = this.operations.describeJob(account, jobId);
    return ok(
      document('DescribeJobResult', jobDescriptorXml(job, this.operations.activeSeconds(job))),
    );
  }

  private updateJobStatus(account: string, jobId: string, url: URL): Reply {
    const requested = url.searchParams.get('requestedJobStatus');
    if (requested === null) {
      throw new S3ControlError('InvalidRequest', 'requestedJobStatus is required');
    }
    const reason = url.searchParams.get('statusUpdateReason') ?? undefined;
    // Job ids are [A-Za-z0-9-_]: an escaped one names no job, as on AWS.
    const status = this.operations.updateJobStatus(account, jobId, requested, reason);
    const job = this.operations.describeJob(account, jobId);
    return ok(updateJobStatusResultXml(jobId, status, job.statusUpdateReason));
  }

  private listJobs(account: string, url: URL): Reply {
    const maxResults = integerParam(url, 'maxResults');
    const nextToken = url.searchParams.get('nextToken') ?? undefined;
    const { jobs, nextToken: next } = this.operations.listJobs(account, {
      statuses: url.searchParams.getAll('jobStatuses'),
      ...(maxResults !== undefined ? { maxResults } : {}),
      ...(nextToken !== undefined ? { nextToken } : {}),
    });
    const members = jobs.map((job) => jobListMemberXml(job, this.operations.activeSeconds(job)));
    const token = next === undefined ? '' : `<NextToken>${next}</NextToken>`;
    return ok(document('ListJobsResult', token, `<Jobs>${members.join('')}</Jobs>`));
  }
}

function send(res: ServerResponse, reply: Reply, requestId: string): void {
  const payload = Buffer.from(reply.body, 'utf8');
  res.writeHead(reply.status, {
    'Content-Type': 'application/xml',
    'Content-Length': payload.length,
    'x-amz-request-id': requestId,
    'x-amz-id-2': requestId,
  });
  res.end(payload);
}

export async function startS3ControlServer(
  options: S3ControlServerOptions,
): Promise<S3ControlServer> {
  const api = new S3ControlApi(options.operations);
  const log = options.log ?? (() => {});
  const server: Server = createServer((req, res) => {
    const requestId = randomBytes(8).toString('hex').toUpperCase();
    api
      .handle(req)
      .then((reply) => send(res, reply, requestId))
      .catch((error: unknown) => {
        let known = error instanceof S3ControlError ? error : undefined;
        if (!known) {
          log(`s3 control: ${(error as Error).stack ?? String(error)}`);
          known = new S3ControlError('InternalError', 'We encountered an internal error.');
        }
        if (res.headersSent) return;
        send(
          res,
          { status: known.status, body: errorXml(known.code, known.message, requestId) },
          requestId,
        );
      });
  });
  const listening = await listen(server, options.port, options.host);
  return { url: listening.url, port: listening.port, close: () => listening.close() };
}
