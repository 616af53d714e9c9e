/**
 * The S3 key and DynamoDB partition key of an image: `{prefix}/{environment}/{path}`. The
 * Lambda routes objects by the same layout (lambda/route.ts).
 */
export function objectKey(prefix: string, environment: string, path: string): string {
  return `${prefix}/${environment}/${path}`;
}
