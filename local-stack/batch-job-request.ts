import { invalid } from './batch-errors.js';
import { childOf, textOf, type XmlElement } from './batch-xml-read.js';

/**
 * A CreateJobRequest, read and checked as S3 Control checks it. Only what the local stack runs
 * is accepted: a LambdaInvoke operation over a CSV manifest; anything else is refused with a
 * message that says so, never silently ignored.
 */

export type InvocationSchema = '1.0' | '2.0';
export type ManifestField = 'Ignore' | 'Bucket' | 'Key' | 'VersionId';
export type ReportScope = 'AllTasks' | 'FailedTasksOnly';

export const CSV_MANIFEST_FORMAT = 'S3BatchOperations_CSV_20180820';
export const REPORT_FORMAT = 'Report_CSV_20180820';

export interface ManifestSpec {
  format: typeof CSV_MANIFEST_FORMAT;
  fields: ManifestField[];
  objectArn: string;
  bucket: string;
  key: string;
  etag: string;
  objectVersionId?: string;
}

export type ReportSpec =
  | { enabled: false }
  | {
      enabled: true;
      bucketArn: string;
      bucket: string;
      prefix?: string;
      format: typeof REPORT_FORMAT;
      scope: ReportScope;
    };

export interface LambdaInvokeSpec {
  functionArn: string;
  schema: InvocationSchema;
  userArguments?: Record<string, string>;
}

export interface JobRequest {
  confirmationRequired: boolean;
  clientRequestToken: string;
  priority: number;
  roleArn: string;
  description?: string;
  lambdaInvoke: LambdaInvokeSpec;
  manifest: ManifestSpec;
  report: ReportSpec;
  tags: { key: string; value: string }[];
}

/** LambdaInvokeOperation.FunctionArn's pattern in the S3 Control API reference. */
export const FUNCTION_ARN =
  /^(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\$LATEST|[a-zA-Z0-9-_]+))?$/;
const ROLE_ARN = /^arn:[^:]+:iam::\d{12}:role\/.+$/;
const OBJECT_ARN = /^arn:[^:]+:s3:::([^/]+)\/(.+)$/;
const BUCKET_ARN = /^arn:[^:]+:s3:::([^/]+)$/;
const OPERATIONS = [
  'LambdaInvoke',
  'S3PutObjectCopy',
  'S3PutObjectAcl',
  'S3PutObjectTagging',
  'S3DeleteObjectTagging',
  'S3InitiateRestoreObject',
  'S3PutObjectLegalHold',
  'S3PutObjectRetention',
  'S3ReplicateObject',
  'S3ComputeObjectChecksum',
  'S3UpdateObjectEncryption',
];

function required(element: XmlElement, name: string, where: string): string {
  const value = textOf(element, name);
  if (value === undefined || value === '') throw invalid(`${where}${name} is required`);
  return value;
}

function limited(value: string, name: string, min: number, max: number): string {
  if (value.length < min || value.length > max) {
    throw invalid(`${name} must be ${min} to ${max} characters long`);
  }
  return value;
}

function booleanOf(value: string | undefined, name: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (value !== 'true' && value !== 'false') throw invalid(`${name} must be true or false`);
  return value === 'true';
}

/** A map member: `<entry><key/><value/></entry>`... */
function mapOf(element: XmlElement | undefined): Record<string, string> | undefined {
  if (!element) return undefined;
  const map: Record<string, string> = {};
  for (const entry of element.children.filter((child) => child.name === 'entry')) {
    map[textOf(entry, 'key') ?? ''] = textOf(entry, 'value') ?? '';
  }
  return map;
}

/** A list member: `<member/>`... */
function listOf(element: XmlElement | undefined): XmlElement[] {
  return element?.children.filter((child) => child.name === 'member') ?? [];
}

function readUserArguments(
  element: XmlElement | undefined,
  schema: InvocationSchema,
): Record<string, string> | undefined {
  const userArguments = mapOf(element);
  if (userArguments === undefined) return undefined;
  if (schema !== '2.0') {
    throw invalid('UserArguments require InvocationSchemaVersion 2.0 for LambdaInvoke operations');
  }
  const entries = Object.entries(userArguments);
  if (entries.length > 10) throw invalid('UserArguments can have at most 10 entries');
  for (const [key, value] of entries) {
    limited(key, 'A UserArguments key', 1, 64);
    limited(value, `UserArguments value of ${key}`, 0, 1024);
  }
  return userArguments;
}

function readOperation(element: XmlElement): LambdaInvokeSpec {
  const operation = childOf(element, 'Operation');
  const given = operation?.children.filter((child) => OPERATIONS.includes(child.name)) ?? [];
  if (given.length !== 1) throw invalid('Operation must name exactly one operation');
  const lambda = given[0]!;
  if (lambda.name !== 'LambdaInvoke') {
    throw invalid(
      `Operation ${lambda.name} is not emulated: the local S3 Batch Operations runs LambdaInvoke jobs only`,
    );
  }
  const functionArn = required(lambda, 'FunctionArn', 'Operation.LambdaInvoke.');
  if (!FUNCTION_ARN.test(functionArn)) {
    throw invalid(`Operation.LambdaInvoke.FunctionArn ${functionArn} is not a Lambda function ARN`);
  }
  const schema = textOf(lambda, 'InvocationSchemaVersion') ?? '1.0';
  if (schema !== '1.0' && schema !== '2.0') {
    throw invalid(`InvocationSchemaVersion must be 1.0 or 2.0, got ${schema}`);
  }
  const userArguments = readUserArguments(childOf(lambda, 'UserArguments'), schema);
  return { functionArn, schema, ...(userArguments ? { userArguments } : {}) };
}

function readFields(spec: XmlElement): ManifestField[] {
  const fields = listOf(childOf(spec, 'Fields')).map((member) => member.text);
  const known = ['Ignore', 'Bucket', 'Key', 'VersionId'];
  const unknown = fields.find((field) => !known.includes(field));
  if (unknown !== undefined) throw invalid(`Manifest.Spec.Fields has an unknown field ${unknown}`);
  const once = (field: string) => fields.filter((f) => f === field).length === 1;
  if (!once('Bucket') || !once('Key') || fields.filter((f) => f === 'VersionId').length > 1) {
    throw invalid(
      'Manifest.Spec.Fields must name Bucket and Key once each (and VersionId at most once)',
    );
  }
  return fields as ManifestField[];
}

function readManifest(element: XmlElement): ManifestSpec {
  if (childOf(element, 'ManifestGenerator')) {
    throw invalid(
      'ManifestGenerator is not emulated: give a Manifest (a CSV object in the local S3)',
    );
  }
  const manifest = childOf(element, 'Manifest');
  const spec = childOf(manifest, 'Spec');
  const location = childOf(manifest, 'Location');
  if (!manifest || !spec || !location) throw invalid('Manifest with Spec and Location is required');
  const format = required(spec, 'Format', 'Manifest.Spec.');
  if (format !== CSV_MANIFEST_FORMAT) {
    throw invalid(`Manifest format ${format} is not emulated: use ${CSV_MANIFEST_FORMAT}`);
  }
  const objectArn = required(location, 'ObjectArn', 'Manifest.Location.');
  const parts = OBJECT_ARN.exec(objectArn);
  if (!parts) throw invalid(`Manifest.Location.ObjectArn ${objectArn} is not an S3 object ARN`);
  const etag = limited(required(location, 'ETag', 'Manifest.Location.'), 'ETag', 1, 1024);
  const objectVersionId = textOf(location, 'ObjectVersionId');
  return {
    format,
    fields: readFields(spec),
    objectArn,
    bucket: parts[1]!,
    key: parts[2]!,
    etag,
    ...(objectVersionId ? { objectVersionId } : {}),
  };
}

function readReport(element: XmlElement): ReportSpec {
  const report = childOf(element, 'Report');
  if (!report) throw invalid('Report is required (Enabled false for none)');
  if (!booleanOf(required(report, 'Enabled', 'Report.'), 'Report.Enabled', false)) {
    return { enabled: false };
  }
  const bucketArn = required(report, 'Bucket', 'Report.');
  const bucket = BUCKET_ARN.exec(bucketArn)?.[1];
  if (!bucket) throw invalid(`Report.Bucket ${bucketArn} is not an S3 bucket ARN`);
  const format = required(report, 'Format', 'Report.');
  if (format !== REPORT_FORMAT) throw invalid(`Report.Format must be ${REPORT_FORMAT}`);
  const scope = required(report, 'ReportScope', 'Report.');
  if (scope !== 'AllTasks' && scope !== 'FailedTasksOnly') {
    throw invalid('Report.ReportScope must be AllTasks or FailedTasksOnly');
  }
  const prefix = textOf(report, 'Prefix');
  if (prefix !== undefined) limited(prefix, 'Report.Prefix', 1, 512);
  return { enabled: true, bucketArn, bucket, format, scope, ...(prefix ? { prefix } : {}) };
}

function readTags(element: XmlElement): { key: string; value: string }[] {
  const tags = listOf(childOf(element, 'Tags')).map((tag) => ({
    key: limited(textOf(tag, 'Key') ?? '', 'A tag key', 1, 128),
    value: limited(textOf(tag, 'Value') ?? '', 'A tag value', 0, 256),
  }));
  if (tags.length > 50) throw invalid('Tags can have at most 50 tags');
  return tags;
}

/** The CreateJobRequest element, checked; throws InvalidRequest with what is wrong. */
export function readCreateJob(root: XmlElement): JobRequest {
  if (root.name !== 'CreateJobRequest') throw invalid('the body must be a CreateJobRequest');
  const clientRequestToken = limited(
    required(root, 'ClientRequestToken', ''),
    'ClientRequestToken',
    1,
    64,
  );
  const priorityText = required(root, 'Priority', '');
  const priority = Number(priorityText);
  if (!/^\d+$/.test(priorityText) || priority > 2_147_483_647) {
    throw invalid('Priority must be an integer from 0 to 2147483647');
  }
  const roleArn = required(root, 'RoleArn', '');
  if (!ROLE_ARN.test(roleArn)) throw invalid(`RoleArn ${roleArn} is not an IAM role ARN`);
  const description = textOf(root, 'Description');
  if (description !== undefined) limited(description, 'Description', 0, 256);
  return {
    confirmationRequired: booleanOf(
      textOf(root, 'ConfirmationRequired'),
      'ConfirmationRequired',
      false,
    ),
    clientRequestToken,
    priority,
    roleArn,
    ...(description ? { description } : {}),
    lambdaInvoke: readOperation(root),
    manifest: readManifest(root),
    report: readReport(root),
    tags: readTags(root),
  };
}

/** The function a FunctionArn names: name, region and qualifier, when the ARN gives them. */
export function functionOf(functionArn: string): {
  name: string;
  region?: string;
  qualifier?: string;
} {
  const parts = FUNCTION_ARN.exec(functionArn);
  if (!parts) throw invalid(`${functionArn} is not a Lambda function ARN`);
  const region = parts[3]?.slice(0, -1);
  return {
    name: parts[10]!,
    ...(region ? { region } : {}),
    ...(parts[12] ? { qualifier: parts[12] } : {}),
  };
}
