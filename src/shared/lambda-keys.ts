/**
 * The keys the S3-triggered Lambda labels, by their final extension, in any case. The Lambda
 * routes by this rule (lambda/route.ts) and skips every other key without writing an item, so
 * the action refuses, in `upload-only` mode, any file whose key it would skip: nothing is
 * uploaded that no one will ever label. Direct mode labels by content and does not use it.
 */
export const LAMBDA_IMAGE_EXTENSIONS: readonly string[] = ['.jpg', '.jpeg', '.png'];

/** `.jpg, .jpeg and .png`, for messages. */
export const LAMBDA_IMAGE_EXTENSIONS_TEXT = `${LAMBDA_IMAGE_EXTENSIONS.slice(0, -1).join(', ')} and ${LAMBDA_IMAGE_EXTENSIONS.at(-1)}`;

const LAMBDA_IMAGE_KEY = new RegExp(
  `(?:${LAMBDA_IMAGE_EXTENSIONS.map((e) => e.replace('.', '\\.')).join('|')})$`,
  'i',
);

/** True when the Lambda labels an object under this key (`IMG.JPG` too; not `a.jfif`, not `a`). */
export function isLambdaImageKey(key: string): boolean {
  return LAMBDA_IMAGE_KEY.test(key);
}
