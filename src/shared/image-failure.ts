import type { ErrorKind } from './aws-errors.js';

/** A failure with the sentence to show and whether it is the image's fault. */
export class ImageFailure extends Error {
  constructor(
    message: string,
    readonly kind: ErrorKind,
  ) {
    super(message);
  }
}
